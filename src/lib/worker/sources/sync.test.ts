import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOG } from '../../core/catalog';
import { freshDb } from '../../storage/test-helpers';
import { buildCards } from '../../ui/card-model';
import { buildExport, exportJson } from '../../ui/export';
import { createLocalClient } from '../local-client';
import type { DataClient } from '../client';
import { FakeHost } from './fake-host';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../tests/e2e/fixtures/${name}`, import.meta.url), 'utf8');
const TICKETS = fixture('tickets.csv');
const CALLS = fixture('calls.csv');
const SURVEYS = fixture('surveys.csv');

const SOURCES = '/app/data/sources.json';
const VIEW = { range: 'all', grain: 'month', filters: {}, hours: 'calendar' } as const;

function sourcesJson(
  extra: Record<string, unknown> = {},
  sources: unknown[] = [{ url: 'tickets.csv', kind: 'tickets' }, { url: 'calls.csv' }, { url: 'surveys.csv' }]
) {
  return JSON.stringify({ title: 'Support, Berlin', publishedBy: 'Ops lead', timeZone: 'UTC', sources, ...extra });
}

let host: FakeHost;
let client: DataClient & { session: import('../session').Session };
const href = () => host.url(SOURCES);
const sync = () => client.request('syncSources', { href: href() });
const kpi = async (id: string) => (await client.request('compute', { view: VIEW })).kpis.find((k) => k.id === id);

beforeEach(() => {
  host = new FakeHost();
  host.put(SOURCES, sourcesJson());
  host.put('/app/data/tickets.csv', TICKETS);
  host.put('/app/data/calls.csv', CALLS);
  host.put('/app/data/surveys.csv', SURVEYS);
  vi.stubGlobal('fetch', host.fetch);
  client = createLocalClient({ db: freshDb(), timeZone: 'UTC' });
});
afterEach(() => {
  client.terminate();
  vi.unstubAllGlobals();
});

async function firstSync() {
  const status = await sync();
  expect(status.state).toBe('ok');
  expect(status.open).toBeDefined();
  await client.request('open', { workspace: status.open! });
  return status;
}

describe('syncSources', () => {
  it('imports every file on the first visit, into one workspace named by the title, and says open it', async () => {
    const status = await firstSync();
    expect(status.title).toBe('Support, Berlin');
    expect(status.publishedBy).toBe('Ops lead');
    expect(status.files.map((f) => [f.fileName, f.state, f.reread])).toEqual([
      ['tickets.csv', 'ok', true],
      ['calls.csv', 'ok', true],
      ['surveys.csv', 'ok', true]
    ]);
    expect(status.totalBytes).toBe(TICKETS.length + CALLS.length + SURVEYS.length);
    expect(status.dataAsOf).toBe(host.files.get('/app/data/surveys.csv')!.mtime);
    const { workspaces } = await client.request('listWorkspaces', {});
    expect(workspaces.map((w) => w.name)).toEqual(['Support, Berlin']);
    const summary = await client.request('open', { workspace: status.open! });
    expect(summary.counts).toEqual({ tickets: 50, calls: 50, surveys: 50 });
    expect((await client.request('getSettings', {})).settings?.timeZone).toBe('UTC');
  });

  it('re-reads only the file that changed, replaces its rows, and keeps the others’ imports', async () => {
    await firstSync();
    const before = (await client.request('open', { workspace: client.session.workspace! })).imports;
    expect((await kpi('abandonment_rate'))?.value).toBeCloseTo(10, 5);
    // The new calls file drops every abandoned call.
    const answeredOnly = CALLS.split('\n')
      .filter((l, i) => i === 0 || !/^C-\d+,[^,]+,,/.test(l))
      .join('\n');
    host.put('/app/data/calls.csv', answeredOnly);
    host.log.length = 0;
    const status = await sync();
    expect(status.files.filter((f) => f.reread).map((f) => f.fileName)).toEqual(['calls.csv']);
    expect(host.statuses('/app/data/tickets.csv')).toEqual([304]);
    expect(host.statuses('/app/data/surveys.csv')).toEqual([304]);
    expect(host.statuses('/app/data/calls.csv')).toEqual([200]);
    const summary = await client.request('open', { workspace: client.session.workspace! });
    expect(summary.counts.calls).toBe(45);
    const ids = (xs: typeof before) => new Map(xs.map((i) => [i.fileName, i.id]));
    expect(ids(summary.imports).get('tickets.csv')).toBe(ids(before).get('tickets.csv'));
    expect(ids(summary.imports).get('calls.csv')).not.toBe(ids(before).get('calls.csv'));
    expect(summary.imports).toHaveLength(3);
    expect((await kpi('abandonment_rate'))?.value).toBe(0);
  });

  it('without validators, an identical body is recognised by its hash and not imported again', async () => {
    host.validators = false;
    await firstSync();
    const status = await sync();
    expect(status.state).toBe('ok');
    expect(status.files.every((f) => !f.reread)).toBe(true);
    expect((await client.request('open', { workspace: client.session.workspace! })).imports).toHaveLength(3);
  });

  it('offline: says so and keeps every record', async () => {
    await firstSync();
    host.offline = true;
    const status = await sync();
    expect(status.state).toBe('offline');
    expect(status.files).toHaveLength(3);
    const summary = await client.request('open', { workspace: client.session.workspace! });
    expect(summary.counts).toEqual({ tickets: 50, calls: 50, surveys: 50 });
  });

  it('a broken sources file: every problem located, nothing changed; fixed, it syncs again', async () => {
    await firstSync();
    host.put(SOURCES, '{ "sources": [ { "url": "tickets.csv", "kind": "tikets" } ] }');
    let status = await sync();
    expect(status.state).toBe('invalid');
    expect(status.problems.map((p) => p.path)).toEqual(['sources[0].kind']);
    expect(status.message).toMatch(/cannot be used \(1 problem\)/);
    expect(status.files).toHaveLength(3);
    expect((await client.request('open', { workspace: client.session.workspace! })).counts.calls).toBe(50);
    host.put(SOURCES, '{ "sources": [ ');
    status = await sync();
    expect(status.problems[0].path).toMatch(/^line 1, column/);
    host.put(SOURCES, sourcesJson());
    status = await sync();
    expect(status.state).toBe('ok');
  });

  it('a 404 data file: named, with the copy held kept; the other files still sync', async () => {
    await firstSync();
    host.files.delete('/app/data/calls.csv');
    host.put('/app/data/tickets.csv', TICKETS.replace('T-1001,', 'T-1001x,'));
    const status = await sync();
    expect(status.state).toBe('error');
    const calls = status.files.find((f) => f.fileName === 'calls.csv')!;
    expect(calls.state).toBe('missing');
    expect(calls.message).toBe('calls.csv was not found on the server (HTTP 404). The copy held is shown.');
    expect(status.files.find((f) => f.fileName === 'tickets.csv')!.reread).toBe(true);
    const summary = await client.request('open', { workspace: client.session.workspace! });
    expect(summary.counts).toEqual({ tickets: 50, calls: 50, surveys: 50 });
  });

  it('nothing published (404, or a host answering with the app’s page): no workspace, no message', async () => {
    host.files.delete(SOURCES);
    expect((await sync()).state).toBe('none');
    host.spaFallback = true;
    expect((await sync()).state).toBe('none');
    expect((await client.request('listWorkspaces', {})).workspaces).toEqual([]);
  });

  it('a file that cannot be read keeps its old copy and says why', async () => {
    await firstSync();
    host.put('/app/data/surveys.csv', 'Interval,Incoming Calls,Average wait,Abandon rate\n08:00,1,2,3\n');
    const status = await sync();
    const surveys = status.files.find((f) => f.fileName === 'surveys.csv')!;
    expect(surveys.state).toBe('invalid');
    expect(surveys.message).toMatch(/^surveys\.csv: This looks like a report already aggregated/);
    expect((await client.request('open', { workspace: client.session.workspace! })).counts.surveys).toBe(50);
  });

  it('a file taken off the list is removed; so is a workspace left empty', async () => {
    await firstSync();
    host.put(SOURCES, sourcesJson({}, [{ url: 'tickets.csv' }, { url: 'calls.csv' }]));
    await sync();
    const summary = await client.request('open', { workspace: client.session.workspace! });
    expect(summary.counts).toEqual({ tickets: 50, calls: 50 });
    host.put(SOURCES, sourcesJson({ title: 'Renamed' }, [{ url: 'tickets.csv' }]));
    await sync();
    expect((await client.request('listWorkspaces', {})).workspaces.map((w) => w.name)).toEqual(['Renamed']);
  });

  it('a second tab that opened on nothing is told to open the workspace the first one filled', async () => {
    const db = client.session.db;
    await firstSync();
    const other = createLocalClient({ db, timeZone: 'UTC' });
    host.log.length = 0;
    const status = await other.request('syncSources', { href: href() });
    expect(status.open).toBe(client.session.workspace);
    expect(host.log.filter((l) => l.status === 200)).toEqual([]);
    expect((await other.request('open', { workspace: status.open! })).counts.calls).toBe(50);
  });

  it('an import of this worker running: the sync waits its turn (busy), changes nothing', async () => {
    client.session.importing = { ids: new Set(), cancel: false };
    expect((await sync()).state).toBe('busy');
    client.session.importing = null;
    expect((await client.request('listWorkspaces', {})).workspaces).toEqual([]);
  });
});

describe('a published scorecard (the app’s own export JSON)', () => {
  async function exportOfFixtures(): Promise<{ json: string; values: Map<string, number | null> }> {
    const other = createLocalClient({ db: freshDb(), timeZone: 'UTC' });
    await other.request('open', { workspace: 'w' });
    const { File } = globalThis;
    await other.request('import', {
      files: [new File([TICKETS], 'tickets.csv'), new File([CALLS], 'calls.csv'), new File([SURVEYS], 'surveys.csv')]
    });
    const result = await other.request('compute', { view: VIEW });
    other.terminate();
    const cards = buildCards(CATALOG, result.kpis, {}, VIEW);
    const data = buildExport(
      cards,
      result.view,
      { app: 'Service Scorecard', version: 't', generatedAt: '2026-12-01T02:00:00Z', timeZone: 'UTC' },
      (id) => id
    );
    return { json: exportJson(data), values: new Map(data.kpis.map((k) => [k.id, k.value])) };
  }

  it('opens read-only with the publisher’s numbers, targets and statuses', async () => {
    const { json, values } = await exportOfFixtures();
    host.put('/app/data/scorecard.json', json, 'application/json');
    host.put(SOURCES, sourcesJson({}, [{ url: 'scorecard.json', kind: 'scorecard' }]));
    const status = await firstSync();
    expect(status.files[0]).toMatchObject({ kind: 'scorecard', state: 'ok', reread: true });
    const summary = await client.request('open', { workspace: status.open! });
    expect(summary.published).toMatchObject({ generatedAt: '2026-12-01T02:00:00Z', app: 'Service Scorecard' });
    const result = await client.request('compute', { view: VIEW });
    expect(result.view).toMatchObject({ from: JSON.parse(json).view.from, to: JSON.parse(json).view.to });
    for (const k of result.kpis) expect(k.value, k.id).toBe(values.get(k.id));
    expect(result.kpis.find((k) => k.id === 'abandonment_rate')?.value).toBeCloseTo(10, 5);
    const exported = JSON.parse(json) as { kpis: { id: string; status: string; target: unknown }[] };
    const { targets } = await client.request('getTargets', {});
    const cards = buildCards(CATALOG, result.kpis, targets, VIEW);
    for (const k of exported.kpis) expect(cards.find((c) => c.id === k.id)?.status, k.id).toBe(k.status);
    await expect(client.request('import', { files: [new File([TICKETS], 'tickets.csv')] })).rejects.toThrow(
      /read-only/
    );
    await expect(client.request('saveTargets', { targets: { csat: null } })).rejects.toThrow(/read-only/);
  });

  it('a broken scorecard JSON keeps the one held and lists its problems', async () => {
    const { json } = await exportOfFixtures();
    host.put('/app/data/scorecard.json', json, 'application/json');
    host.put(SOURCES, sourcesJson({}, [{ url: 'scorecard.json', kind: 'scorecard' }]));
    const first = await firstSync();
    host.put('/app/data/scorecard.json', json.replace('"kpis": [', '"kpis": [ 1,'));
    const status = await sync();
    expect(status.files[0].state).toBe('invalid');
    expect(status.files[0].problems?.[0].path).toBe('kpis[0]');
    const summary = await client.request('open', { workspace: first.open! });
    expect(summary.published).toBeDefined();
  });
});
