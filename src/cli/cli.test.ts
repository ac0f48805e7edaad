/**
 * The command-line tool as a user runs it: `npm run build:cli`, then `node
 * bin/service-scorecard.js compute …` spawned on generated CSV, the same data as Parquet and as a
 * DuckDB database, bad files, bad rows and bad usage. Checks the export JSON, stdout/stderr and
 * the exit codes (0 done, 1 bad input, 2 bad usage).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_IDS } from '../lib/core/catalog';
import { openDuck } from './duck';

const ROOT = process.cwd();
const BIN = path.join(ROOT, 'bin/service-scorecard.js');
const NOW = '2026-11-02T00:00:00Z';
let dir: string;

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface ExportKpi {
  id: string;
  value: number | null;
  n: number;
  status: string;
  trend: { start: string; value: number | null; n: number }[];
  missing?: string[];
  median?: number | null;
}
const kpisOf = (r: Run) => {
  const json = JSON.parse(r.out) as { view: Record<string, unknown>; kpis: ExportKpi[]; timeZone: string };
  return { ...json, byId: Object.fromEntries(json.kpis.map((k) => [k.id, k])) };
};

beforeAll(() => {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], { cwd: ROOT });
  dir = mkdtempSync(path.join(tmpdir(), 'scorecard-cli-'));
  execFileSync(process.execPath, [
    'bench/generate-data.mjs',
    '--tickets',
    '3000',
    '--calls',
    '2000',
    '--out',
    dir,
    '--seed',
    '3'
  ]);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('service-scorecard compute', () => {
  let fromCsv: ReturnType<typeof kpisOf>;

  it('computes every catalog KPI from CSV exports and writes the export JSON', () => {
    const r = cli('compute', '--now', NOW, path.join(dir, 'tickets.csv'), path.join(dir, 'calls.csv'));
    expect(r.code, r.err).toBe(0);
    fromCsv = kpisOf(r);
    expect(fromCsv.kpis.map((k) => k.id)).toEqual(KPI_IDS);
    expect(fromCsv.view).toMatchObject({ grain: 'month', hours: 'calendar', filters: {} });
    expect(fromCsv.byId.ticket_volume.value).toBe(3000);
    expect(fromCsv.byId.first_response_time.value).toBeGreaterThan(0);
    expect(fromCsv.byId.first_response_time.median).toBeGreaterThan(0);
    expect(fromCsv.byId.abandonment_rate.n).toBeGreaterThan(0);
    // No messages, customers or costs: unavailable with the columns that would enable them, never 0.
    expect(fromCsv.byId.revenue_per_customer).toMatchObject({
      value: null,
      status: 'unavailable',
      missing: ['customers.revenue']
    });
    // Progress on stderr, nothing but JSON on stdout.
    expect(r.err).toMatch(/tickets\.csv: tickets .*3,000 rows read, 0 skipped/);
    expect(r.err).toMatch(/41 KPIs computed/);
  });

  it('takes the view as the scorecard URL query', () => {
    const r = cli(
      'compute',
      '--quiet',
      '--now',
      NOW,
      '--view',
      'from=2025-03-01&to=2025-03-31&channel=email&grain=week&hours=business',
      path.join(dir, 'tickets.csv')
    );
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
    const { view, byId } = kpisOf(r);
    expect(view).toEqual({
      from: '2025-03-01',
      to: '2025-03-31',
      grain: 'week',
      filters: { channel: ['email'] },
      hours: 'business'
    });
    expect(byId.ticket_volume.value).toBeGreaterThan(0);
    expect(byId.ticket_volume.value).toBeLessThan(3000);
    expect(byId.channel_mix.value).toBe(100);
    expect(byId.ticket_volume.trend.map((p) => p.start)).toEqual([
      '2025-02-24',
      '2025-03-03',
      '2025-03-10',
      '2025-03-17',
      '2025-03-24',
      '2025-03-31'
    ]);
  });

  it('gives the same figures from Parquet files and from a DuckDB database', async () => {
    const duck = await openDuck(path.join(dir, 'canonical.duckdb'));
    for (const kind of ['tickets', 'calls']) {
      const csv = path.join(dir, `${kind}.csv`);
      await duck.conn.run(
        `COPY (SELECT * FROM read_csv('${csv}')) TO '${path.join(dir, `${kind}.parquet`)}' (FORMAT parquet)`
      );
      await duck.conn.run(`CREATE TABLE ${kind} AS SELECT * FROM read_csv('${csv}')`);
    }
    duck.close();
    const fromParquet = cli(
      'compute',
      '--now',
      NOW,
      path.join(dir, 'tickets.parquet'),
      path.join(dir, 'calls.parquet')
    );
    const fromDb = cli('compute', '--now', NOW, path.join(dir, 'canonical.duckdb'));
    for (const r of [fromParquet, fromDb]) {
      expect(r.code, r.err).toBe(0);
      const { byId } = kpisOf(r);
      // Surveys are derived from calls.csat only on the CSV path (as the app's import does).
      for (const id of KPI_IDS.filter((k) => k !== 'csat' && k !== 'satisfaction_index')) {
        const a = fromCsv.byId[id];
        const b = byId[id];
        expect([id, b.n, b.value === null]).toEqual([id, a.n, a.value === null]);
        if (a.value !== null)
          expect(Math.abs((b.value as number) - a.value), id).toBeLessThan(1e-6 * Math.max(1, Math.abs(a.value)));
      }
    }
  }, 120_000);

  it('reports bad rows with file, line, column and reason, and --strict fails on them', () => {
    const file = path.join(dir, 'bad-tickets.csv');
    writeFileSync(
      file,
      'ticket_id,created_at,channel\nA1,2025-03-01T10:00:00Z,email\nA2,not a date,chat\nA3,2025-03-02T10:00:00Z,phone\n'
    );
    const ok = cli('compute', '--now', NOW, file);
    expect(ok.code).toBe(0);
    expect(ok.err).toMatch(/bad-tickets\.csv:3: row skipped: column "created_at": /);
    expect(kpisOf(ok).byId.ticket_volume.value).toBe(2);
    const strict = cli('compute', '--strict', '--now', NOW, file);
    expect(strict.code).toBe(1);
    expect(strict.out).toBe('');
    expect(strict.err).toMatch(/1 rows were skipped/);
  });

  it('refuses unreadable input with exit code 1 and names the file', () => {
    const missing = cli('compute', path.join(dir, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope\.csv: no such file/);
    const binary = path.join(dir, 'image.csv');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    const b = cli('compute', binary);
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/image\.csv: /);
    const unknown = path.join(dir, 'notes.csv');
    writeFileSync(unknown, 'foo,bar\n1,2\n');
    expect(cli('compute', unknown).code).toBe(1);
    const settings = path.join(dir, 'settings.json');
    writeFileSync(settings, '{"settings": {"timeZone": "Mars/Olympus"}}');
    const s = cli('compute', '--workspace-settings', settings, path.join(dir, 'tickets.csv'));
    expect(s.code).toBe(1);
    expect(s.err).toMatch(/settings\.json: settings\.timeZone: unknown time zone "Mars\/Olympus"/);
  });

  it('exits 2 on bad usage', () => {
    for (const args of [
      ['compute'],
      ['frobnicate', 'x.csv'],
      ['compute', '--bogus', 'x.csv'],
      ['compute', '--now', 'soon', 'x.csv']
    ]) {
      const r = cli(...args);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expect(r.err).toMatch(/Usage: service-scorecard compute/);
    }
    expect(cli('--help')).toMatchObject({ code: 0 });
  });

  it('applies the workspace settings file: zone, targets and status', () => {
    const settings = path.join(dir, 'workspace.json');
    writeFileSync(
      settings,
      JSON.stringify({
        name: 'Berlin support',
        settings: { timeZone: 'Europe/Berlin', serviceLevelSeconds: 30 },
        targets: { ticket_volume: { target: { value: 1 } } }
      })
    );
    const r = cli('compute', '--quiet', '--now', NOW, '--workspace-settings', settings, path.join(dir, 'tickets.csv'));
    expect(r.code, r.err).toBe(0);
    const json = kpisOf(r);
    expect(json.timeZone).toBe('Europe/Berlin');
    expect(json.byId.ticket_volume.status).toBe('bad');
  });
});
