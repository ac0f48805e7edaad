import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as checks from '../../src/lib/worker/sources/check';
import { parseSourcesText } from '../../src/lib/core/sources/parse';

const FIXTURES = join(__dirname, '../e2e/fixtures');
const SCORECARD = {
  generatedAt: '2026-12-01T02:00:00Z',
  view: { from: '2026-10-01', to: '2026-11-30', grain: 'month', filters: {}, hours: 'calendar' },
  kpis: [
    {
      id: 'csat',
      unit: 'percent',
      direction: 'maximize',
      value: 80,
      n: 50,
      target: { value: 85 },
      status: 'bad',
      previous: null,
      change: null,
      trend: []
    }
  ]
};
const PERSIAN = 'persian-requests-october.csv';

let dirs: string[] = [];
function folder(files: string[], extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'publish-'));
  dirs.push(dir);
  for (const f of files) copyFileSync(join(FIXTURES, f), join(dir, f));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

type Built = {
  sources: { sources: { url: string; kind: string; mapping?: unknown }[]; timeZone: string } | null;
  problems: string[];
  lines: string[];
};
// The script is plain JavaScript for Node; imported by path so the type checker leaves it be.
const SCRIPT = '../../scripts/publish.mjs';
const build = async (dir: string, options: Record<string, unknown> = {}): Promise<Built> => {
  const { buildSources } = await import(/* @vite-ignore */ SCRIPT);
  return buildSources(dir, { now: new Date('2026-12-03T02:00:00Z'), timeZone: 'Europe/Berlin', ...options }, checks);
};

describe('publish: a folder of exports → sources.json', () => {
  it('names each file’s kind as the app’s mapper recognises it; a scorecard JSON is a scorecard', async () => {
    const dir = folder(['tickets.csv', 'calls.csv', 'surveys.csv'], { 'scorecard.json': JSON.stringify(SCORECARD) });
    const { sources, problems, lines } = await build(dir, { title: 'Support', publishedBy: 'Ops lead' });
    expect(problems).toEqual([]);
    expect(sources!.sources).toEqual([
      { url: 'calls.csv', kind: 'calls' },
      { url: 'scorecard.json', kind: 'scorecard' },
      { url: 'surveys.csv', kind: 'surveys' },
      { url: 'tickets.csv', kind: 'tickets' }
    ]);
    expect(lines[0]).toMatch(/^calls\.csv: calls \(Canonical template\), 7 columns mapped$/);
    const parsed = parseSourcesText(JSON.stringify(sources), 'https://x.example/data/sources.json');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.publishedAt).toBe('2026-12-03T02:00:00Z');
  });

  it('a header the mapper does not know is an error that says what is missing; a mapping in sources.json fixes it', async () => {
    const dir = folder([PERSIAN]);
    const first = await build(dir);
    expect(first.problems).toHaveLength(1);
    expect(first.problems[0]).toMatch(new RegExp(`^${PERSIAN}: This file cannot be read without a column mapping`));
    const mapping = {
      ticket_id: 'برچسب یکتای گفتگو',
      created_at: 'لحظه رسیدن پیام',
      channel: 'راه ارتباط',
      first_response_at: 'نخستین واکنش کارشناس'
    };
    writeFileSync(
      join(dir, 'sources.json'),
      JSON.stringify({ title: 'Tehran', sources: [{ url: PERSIAN, kind: 'tickets', mapping }] })
    );
    const second = await build(dir);
    expect(second.problems).toEqual([]);
    expect(second.sources!.sources).toEqual([{ url: PERSIAN, kind: 'tickets', mapping }]);
  });

  it('refuses aggregated reports, broken scorecards and files the list names but the folder lacks', async () => {
    const dir = folder(['tickets.csv'], {
      'report.csv': 'Interval,Incoming Calls,Average wait,Abandon rate\n08:00,10,9,1\n',
      'bad.json': '{"kpis": [1]}',
      'sources.json': JSON.stringify({ sources: [{ url: 'tickets.csv' }, { url: 'gone.csv' }] })
    });
    const { problems } = await build(dir);
    expect(problems).toEqual([
      `gone.csv: listed in sources.json but not in ${dir}.`,
      'bad.json: generatedAt: Expected the time the scorecard was made, such as "2026-11-22T10:00:00Z".',
      'bad.json: view: Expected the view ({ "from", "to", "grain", "filters", "hours" }), got nothing.',
      'bad.json: kpis[0]: Expected a KPI object, got the number 1.',
      expect.stringMatching(/^report\.csv: This looks like a report already aggregated per interval/)
    ]);
  });
});

describe('publish: the command', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [join(__dirname, '../../scripts/publish.mjs'), ...args], { encoding: 'utf8' });

  it('writes sources.json and exits 0; a bad file: exit 1 and nothing written; bad usage: exit 2', () => {
    const dir = folder(['tickets.csv', 'calls.csv']);
    const ok = run([dir, '--title', 'Support', '--published-by', 'Ops lead', '--time-zone', 'Europe/Berlin']);
    expect(ok.status, ok.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    expect(written).toMatchObject({ title: 'Support', publishedBy: 'Ops lead', timeZone: 'Europe/Berlin' });
    expect(written.sources.map((s: { url: string }) => s.url)).toEqual(['calls.csv', 'tickets.csv']);

    const bad = folder(['tickets.csv'], { 'x.csv': 'a,b\n1,2\n' });
    const failed = run([bad]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/bad x\.csv: /);
    expect(failed.stderr).toMatch(/nothing was written/);
    expect(existsSync(join(bad, 'sources.json'))).toBe(false);

    expect(run([]).status).toBe(2);
    expect(run([dir, '--colour', 'red']).status).toBe(2);
    const check = folder(['tickets.csv']);
    expect(run([check, '--check']).status).toBe(0);
    expect(existsSync(join(check, 'sources.json'))).toBe(false);
  }, 60_000);
});
