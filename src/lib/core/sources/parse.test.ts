import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ENTRY_KEYS, parseSourcesText, SOURCE_KINDS, TOP_KEYS } from './parse';

const HREF = 'https://team.example/tools/scorecard/data/sources.json';
const parse = (value: unknown) => parseSourcesText(typeof value === 'string' ? value : JSON.stringify(value), HREF);

describe('parseSourcesText', () => {
  it('reads the contract example: urls resolved against the sources file, one workspace per scorecard', () => {
    const r = parse({
      title: 'Support team, Berlin',
      publishedBy: 'Ops lead',
      sources: [
        { url: 'tickets.csv', kind: 'tickets' },
        { url: 'calls.csv' },
        { url: 'scorecard.json', kind: 'scorecard' }
      ]
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [t, c, s] = r.value.sources;
    expect(t.href).toBe('https://team.example/tools/scorecard/data/tickets.csv');
    expect(c.kind).toBeUndefined();
    expect(t.workspaceName).toBe('Support team, Berlin');
    expect(c.workspaceId).toBe(t.workspaceId);
    expect(s.workspaceName).toBe('Support team, Berlin · scorecard');
    expect(s.workspaceId).not.toBe(t.workspaceId);
    expect(r.value.publishedBy).toBe('Ops lead');
    expect(r.value.warnings).toEqual([]);
  });

  it('gives the same workspace ids on every parse, and different ones for another sources URL', () => {
    const file = { sources: [{ url: 'a.csv' }] };
    const a = parse(file);
    const b = parse(file);
    const other = parseSourcesText(JSON.stringify(file), 'https://team.example/other/data/sources.json');
    expect(a.ok && b.ok && other.ok).toBe(true);
    if (!a.ok || !b.ok || !other.ok) return;
    expect(a.value.sources[0].workspaceId).toBe(b.value.sources[0].workspaceId);
    expect(a.value.sources[0].workspaceId).not.toBe(other.value.sources[0].workspaceId);
    expect(a.value.sources[0].workspaceName).toBe('Published data');
  });

  it('locates a JSON syntax error by line and column', () => {
    const r = parse('{\n  "sources": [\n    { "url": "a.csv" }\n    { "url": "b.csv" }\n  ]\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].path).toMatch(/^line 4, column \d+$/);
    expect(r.problems[0].message).toMatch(/not valid JSON/);
  });

  it('lists every problem with its path, and returns nothing partial', () => {
    const r = parse({
      timeZone: 'Mars/Olympus',
      publishedAt: 'yesterday',
      sources: [
        { url: 'a.csv', kind: 'tikets' },
        { kind: 'calls' },
        { url: 'https://elsewhere.example/x.csv' },
        { url: 'a.csv' },
        'b.csv',
        { url: 'c.csv', kind: 'tickets', mapping: { created: 'Opened', created_at: 3 } }
      ]
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path);
    expect(paths).toEqual([
      'publishedAt',
      'timeZone',
      'sources[0].kind',
      'sources[1].url',
      'sources[2].url',
      'sources[3].url',
      'sources[4]',
      'sources[5].mapping.created',
      'sources[5].mapping.created_at'
    ]);
    expect(r.problems[2].message).toContain('tickets, calls');
    expect(r.problems[4].message).toContain('another site');
    expect(r.problems[5].message).toContain('listed twice');
  });

  it('refuses what is not a sources object', () => {
    for (const bad of ['[]', '"x"', '{}', '{"sources": {}}', '']) {
      const r = parse(bad);
      expect(r.ok, bad).toBe(false);
    }
  });

  it('keeps a scorecard alone in its workspace', () => {
    const r = parse({
      sources: [
        { url: 'a.csv', workspace: 'X' },
        { url: 's.json', kind: 'scorecard', workspace: 'X' }
      ]
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].path).toBe('sources[1].workspace');
  });

  it('warns about unknown keys instead of refusing a newer file', () => {
    const r = parse({ sources: [{ url: 'a.csv', colour: 'red' }], future: 1 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.warnings.map((w) => w.path)).toEqual(['future', 'sources[0].colour']);
  });

  it('passes the team zone to every entry unless the entry has its own', () => {
    const r = parse({
      timeZone: 'Europe/Berlin',
      sources: [{ url: 'a.csv' }, { url: 'b.csv', timeZone: 'Asia/Tehran' }]
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.sources.map((s) => s.timeZone)).toEqual(['Europe/Berlin', 'Asia/Tehran']);
  });
});

describe('static/sources.schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../../../static/sources.schema.json', import.meta.url), 'utf8'));
  it('documents exactly the keys and kinds the app reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...TOP_KEYS].sort());
    expect(Object.keys(schema.$defs.source.properties).sort()).toEqual([...ENTRY_KEYS].sort());
    expect(schema.$defs.source.properties.kind.enum).toEqual([...SOURCE_KINDS]);
  });
});
