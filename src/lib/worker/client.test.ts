import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TableBuilder } from '../core/columns/builder';
import type { Dataset, ScorecardResult } from '../core/engine/types';
import { freshDb } from '../storage/test-helpers';
import { createLocalClient } from './local-client';
import { file } from './import/test-files';
import type { ImportProgress } from './protocol';

const CSV = (ids: string[]) =>
  'ticket_id,created_at,agent\n' + ids.map((id, i) => `${id},2026-05-0${(i % 9) + 1} 10:00,A${i}`).join('\n') + '\n';

/** A stand-in engine: counts rows, so tests see exactly what data the worker hands over. */
function fakeCompute(calls: { n: number }) {
  return (data: Dataset): ScorecardResult => {
    calls.n++;
    return {
      view: { from: '', to: '', start: 0, end: 0, grain: 'day', filters: {}, hours: 'calendar' },
      kpis: [
        {
          id: 'ticket_volume',
          available: true,
          missing: [],
          value: data.tickets?.length ?? null,
          n: data.tickets?.length ?? 0,
          previous: null,
          previousN: 0,
          trend: [],
          breakdowns: {}
        }
      ],
      dataStart: null,
      dataEnd: null,
      filterValues: {},
      computeMs: 0
    };
  };
}

const VIEW = { range: 'all', grain: 'month', filters: {}, hours: 'calendar' } as const;

describe('data client (same thread): protocol flows', () => {
  it('workspace → import → compute (cached) → re-import → delete import → events', async () => {
    const calls = { n: 0 };
    const client = createLocalClient({ db: freshDb(), compute: fakeCompute(calls), timeZone: 'UTC' });
    const ws = await client.request('createWorkspace', { name: 'Support' });
    const list = await client.request('listWorkspaces', {});
    expect(list.workspaces.map((w) => w.name)).toEqual(['Support']);
    const opened = await client.request('open', { workspace: ws.id });
    expect(opened.counts).toEqual({});
    const changed: number[] = [];
    const progress: ImportProgress[] = [];
    const off = client.on('data-changed', (e) => changed.push(e.summary.counts.tickets ?? 0));
    client.on('import-progress', (e) => progress.push(e.progress));

    const first = await client.request('import', { files: [file(CSV(['a', 'b', 'c']), 'one.csv')] });
    expect(first.results.map((r) => r.status)).toEqual(['imported']);
    expect(first.summary.counts.tickets).toBe(3);
    expect(progress.at(-1)).toMatchObject({ fileName: 'one.csv', rows: 3 });
    const r1 = await client.request('compute', { view: VIEW, now: Date.UTC(2026, 5, 1) });
    await client.request('compute', { view: VIEW, now: Date.UTC(2026, 5, 1) });
    expect(r1.kpis[0].value).toBe(3);
    expect(calls.n).toBe(1); // cached

    const second = await client.request('import', { files: [file(CSV(['c', 'd']), 'two.csv')] });
    const imported = second.results[0];
    expect(imported.status === 'imported' && [imported.import.rowsStored, imported.import.rowsUpdated]).toEqual([2, 1]);
    expect(second.summary.counts.tickets).toBe(4);
    expect(second.summary.imports.map((i) => [i.rowsStored, i.rowsVisible])).toEqual([
      [3, 2],
      [2, 2]
    ]);
    const r2 = await client.request('compute', { view: VIEW, now: Date.UTC(2026, 5, 1) });
    expect(r2.kpis[0].value).toBe(4); // cache invalidated by the import

    const del = await client.request('deleteImport', { id: first.summary.imports[0].id });
    expect(del.counts.tickets).toBe(2);
    expect(changed).toEqual([3, 4, 2]);
    off();
    client.terminate();
  });

  it('a file needing a mapping is answered with the guess; sending the mapping imports it and remembers it', async () => {
    const client = createLocalClient({ db: freshDb(), timeZone: 'UTC' });
    await client.request('open', { workspace: 'w' });
    // Invented headers ("column A/B/C" in Persian) that no synonym list will ever contain.
    const csv = 'ستون الف,ستون ب,ستون ج\nx1,2026-01-01 10:00,Sara\nx2,2026-01-02 11:00,Reza\n';
    const r = await client.request('import', { files: [file(csv, 'fa.csv')] });
    const first = r.results[0];
    expect(first.status).toBe('needsMapping');
    if (first.status !== 'needsMapping') return;
    expect(r.summary.imports).toEqual([]);
    expect(first.headers).toEqual(['ستون الف', 'ستون ب', 'ستون ج']);
    expect(first.preview.length).toBe(2);
    const mapping = {
      ...(first.guess ?? { formatName: null, format: null, hasHeader: true, headerRow: 0, confidence: 1 }),
      kind: 'tickets' as const,
      columns: [
        { index: 0, header: 'ستون الف', field: 'ticket_id', confidence: 1 },
        { index: 1, header: 'ستون ب', field: 'created_at', confidence: 1 },
        { index: 2, header: 'ستون ج', field: 'agent', confidence: 1 }
      ],
      missingRequired: [],
      complete: true
    };
    const again = await client.request('import', { files: [file(csv, 'fa.csv')], mappings: { 0: mapping } });
    expect(again.results[0].status).toBe('imported');
    // Remembered: the same header imports with no question next time.
    const third = await client.request('import', { files: [file(csv, 'fa-2.csv')] });
    expect(third.results[0].status).toBe('imported');
    expect(third.summary.counts.tickets).toBe(2);
    client.terminate();
  });

  it('settings, targets, errors CSV, storage estimate, backup and restore through the protocol', async () => {
    const client = createLocalClient({ db: freshDb(), timeZone: 'UTC' });
    await client.request('open', { workspace: 'w' });
    await client.request('saveSettings', { language: 'he' });
    expect(await client.request('getSettings', {})).toEqual({ language: 'he' });
    await client.request('saveTargets', { targets: { fcr: { target: { value: 80 } } } });
    expect((await client.request('getTargets', {})).targets).toEqual({ fcr: { target: { value: 80 } } });
    const r = await client.request('import', {
      files: [file('ticket_id,created_at\n1,2026-01-01\n2,never\n', 'bad.csv')]
    });
    const id = r.summary.imports[0].id;
    const { csv, fileName } = await client.request('importErrorsCsv', { id });
    expect(fileName).toBe('bad-problems.csv');
    expect(csv).toContain('"never"');
    expect(await client.request('storageEstimate', {})).toHaveProperty('usage');
    const { blob } = await client.request('exportBackup', {});
    const restored = await client.request('restoreBackup', { file: blob, replace: 'w' });
    expect(restored.summary.counts.tickets).toBe(1);
    expect((await client.request('listWorkspaces', {})).workspaces.map((w) => w.id)).toEqual([restored.workspace.id]);
    expect(await client.request('getSettings', {})).toEqual({ language: 'he' });
    client.terminate();
  });

  it('loads the demo into its own workspace and resets it', async () => {
    const gen = (scenario: string) => {
      const b = new TableBuilder('tickets', [
        { name: 'ticket_id', type: 'text' },
        { name: 'created_at', type: 'time' }
      ]);
      const n = scenario === 'baseline' ? 120 : 80;
      for (let i = 0; i < n; i++) {
        b.text('ticket_id').push(`D${i}`);
        b.numeric('created_at').push(Date.UTC(2026, 0, 1) + i * 3600_000);
        b.endRow();
      }
      return { tickets: b.finish() };
    };
    const client = createLocalClient({ db: freshDb(), generateDemo: gen, timeZone: 'UTC' });
    const own = await client.request('createWorkspace', { name: 'Mine' });
    await client.request('open', { workspace: own.id });
    await client.request('import', { files: [file('ticket_id,created_at\nM1,2026-01-01\n')] });
    const demo = await client.request('loadDemo', { scenario: 'backlog-crisis' });
    expect(demo.workspace).toBe('demo');
    expect(demo.counts.tickets).toBe(80);
    const again = await client.request('resetDemo', {});
    expect(again.counts.tickets).toBe(80);
    expect(again.imports.length).toBe(1);
    const mine = await client.request('open', { workspace: own.id });
    expect(mine.counts.tickets).toBe(1);
    const ws = await client.request('listWorkspaces', {});
    expect(ws.workspaces.find((w) => w.id === 'demo')).toMatchObject({ isDemo: true, demoScenario: 'backlog-crisis' });
    client.terminate();
  });
});

describe('compute takes the view only', () => {
  it('uses the settings stored in the worker, recomputes after they change, and shares one entry per view', async () => {
    const seen: string[] = [];
    const compute = (data: Dataset, view: unknown, settings: { timeZone: string }) => {
      seen.push(settings.timeZone);
      return fakeCompute({ n: 0 })(data);
    };
    const client = createLocalClient({ db: freshDb(), compute: compute as never, timeZone: 'UTC' });
    const opened = await client.request('open', { workspace: 'w' });
    expect(opened.span).toEqual({ start: null, end: null });
    const r = await client.request('import', { files: [file(CSV(['a', 'b']), 'one.csv')] });
    // The data summary carries the span a default period is chosen from.
    expect(r.summary.span).toEqual({ start: Date.UTC(2026, 4, 1, 10), end: Date.UTC(2026, 4, 2, 10) });
    const now = Date.UTC(2026, 5, 1);
    await client.request('compute', { view: VIEW, now });
    expect(seen).toEqual(['UTC']);
    // The same view with its keys in another order is the same question: answered from the cache.
    const reordered = JSON.parse(JSON.stringify({ hours: 'calendar', filters: {}, grain: 'month', range: 'all' }));
    await client.request('compute', { view: reordered, now });
    expect(seen).toEqual(['UTC']);
    const { defaultSettings } = await import('../core/time/settings');
    await client.request('saveSettings', { settings: defaultSettings('Asia/Tehran') });
    await client.request('compute', { view: VIEW, now });
    expect(seen).toEqual(['UTC', 'Asia/Tehran']);
    client.terminate();
  });
});

describe('warm-up after data changes', () => {
  it('computes range=all in the background after open and import, so the first asked view is warm', async () => {
    const calls = { n: 0 };
    const client = createLocalClient({ db: freshDb(), compute: fakeCompute(calls), timeZone: 'UTC', warmUp: true });
    const ws = await client.request('createWorkspace', { name: 'Support' });
    await client.request('open', { workspace: ws.id });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.n).toBe(1);
    await client.request('import', { files: [file(CSV(['a', 'b']), 'one.csv')] });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.n).toBe(2);
    // The warmed view itself is now cached: asking for it costs no compute.
    await client.request('compute', { view: VIEW });
    expect(calls.n).toBe(2);
    client.terminate();
  });
});
