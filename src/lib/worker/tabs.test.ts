/**
 * Several tabs of one browser profile, simulated: several sessions (each with its own database
 * connection, like each tab's worker) on one fake-indexeddb database, sharing the in-process
 * stand-in for Web Locks and a BroadcastChannel. What must hold: writes never interleave, no
 * import is lost, every tab follows the others' changes by itself.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Dataset, ScorecardResult } from '../core/engine/types';
import { ScorecardDb } from '../storage/db';
import { file } from './import/test-files';
import { createLocalClient } from './local-client';
import type { EventMessage } from './protocol';

const CSV = (prefix: string, n: number) =>
  'ticket_id,created_at,agent\n' +
  Array.from({ length: n }, (_, i) => `${prefix}${i},2026-05-0${(i % 9) + 1} 10:00,A${i % 7}`).join('\n') +
  '\n';

const countTickets = (data: Dataset): ScorecardResult =>
  ({ kpis: [{ id: 'ticket_volume', value: data.tickets?.length ?? 0 }] }) as unknown as ScorecardResult;

let n = 0;
/** `count` tabs on one database and one channel, unique to the test. */
function tabs(count: number) {
  const name = `tabs-${Date.now()}-${n++}`;
  return Array.from({ length: count }, () => {
    const events: EventMessage[] = [];
    const client = createLocalClient({
      db: new ScorecardDb(name),
      compute: countTickets,
      timeZone: 'UTC',
      channel: `${name}-channel`
    });
    for (const e of ['data-changed', 'write-queued'] as const) client.on(e, (m) => events.push(m));
    return { client, events };
  });
}

const VIEW = { range: 'all', grain: 'month', filters: {}, hours: 'calendar' } as const;
const volume = async (c: ReturnType<typeof tabs>[number]['client']) =>
  (await c.request('compute', { view: VIEW })).kpis[0].value;

async function until(ok: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('many tabs, one workspace', () => {
  it('two tabs of a first visit import at once: one workspace, every row stored, every tab shows all', async () => {
    const [a, b, c] = tabs(3);
    // First visit in both tabs: each asks for a workspace to import into at the same moment.
    const [wa, wb] = await Promise.all([
      a.client.request('createWorkspace', { name: 'My data', reuse: true }),
      b.client.request('createWorkspace', { name: 'My data', reuse: true })
    ]);
    expect(wb.id).toBe(wa.id);
    await Promise.all([a.client.request('open', { workspace: wa.id }), b.client.request('open', { workspace: wb.id })]);
    const [ra, rb] = await Promise.all([
      a.client.request('import', { files: [file(CSV('T', 2000), 'big.csv')] }),
      b.client.request('import', { files: [file(CSV('S', 30), 'small.csv')] })
    ]);
    expect(ra.results[0].status).toBe('imported');
    expect(rb.results[0].status).toBe('imported');
    // One of the two waited for the other, and was told so, then told it may start.
    const queued = [...a.events, ...b.events].filter((e) => e.event === 'write-queued');
    expect(queued.map((e) => e.event === 'write-queued' && e.waiting)).toEqual([true, false]);
    // The one that finished second saw the other's rows (it reloaded under the lock).
    expect(Math.max(ra.summary.counts.tickets ?? 0, rb.summary.counts.tickets ?? 0)).toBe(2030);
    await until(async () => (await volume(a.client)) === 2030 && (await volume(b.client)) === 2030, 'both tabs');
    // A third tab opening now sees everything.
    const opened = await c.client.request('open', { workspace: wa.id });
    expect(opened.counts.tickets).toBe(2030);
    expect(opened.imports.map((i) => [i.fileName, i.status, i.rowsStored])).toEqual(
      expect.arrayContaining([
        ['big.csv', 'complete', 2000],
        ['small.csv', 'complete', 30]
      ])
    );
    for (const t of [a, b, c]) t.client.terminate();
  });

  it('a tab that only shows the scorecard follows imports and deletes of another tab, with data-changed', async () => {
    const [a, b] = tabs(2);
    const ws = await a.client.request('createWorkspace', { name: 'W' });
    await a.client.request('open', { workspace: ws.id });
    await b.client.request('open', { workspace: ws.id });
    expect(await volume(b.client)).toBe(0);
    const imported = await a.client.request('import', { files: [file(CSV('T', 40), 'one.csv')] });
    await until(() => b.events.some((e) => e.event === 'data-changed' && e.fromOtherTab), 'data-changed in b');
    const heard = b.events.find((e) => e.event === 'data-changed' && e.fromOtherTab);
    expect(heard?.event === 'data-changed' && heard.summary.counts.tickets).toBe(40);
    expect(heard?.event === 'data-changed' && heard.changes).toEqual(['data']);
    expect(await volume(b.client)).toBe(40);
    // Delete in a while b computes: b never fails, and ends at 0.
    const computing = Array.from({ length: 20 }, () => volume(b.client));
    await a.client.request('deleteImport', {
      id: imported.results[0].status === 'imported' ? imported.results[0].import.id : -1
    });
    const seen = await Promise.all(computing);
    expect(seen.every((v) => v === 40 || v === 0)).toBe(true);
    await until(async () => (await volume(b.client)) === 0, 'b after the delete');
    a.client.terminate();
    b.client.terminate();
  });

  it('settings and targets saved in one tab reach the other as data-changed with what changed', async () => {
    const [a, b] = tabs(2);
    const ws = await a.client.request('createWorkspace', { name: 'W' });
    await a.client.request('open', { workspace: ws.id });
    await b.client.request('open', { workspace: ws.id });
    await a.client.request('saveTargets', { targets: { ticket_volume: { value: 10 } as never } });
    await until(
      () => b.events.some((e) => e.event === 'data-changed' && e.changes.includes('targets')),
      'targets change in b'
    );
    await a.client.request('saveSettings', { language: 'fa' });
    await until(
      () => b.events.some((e) => e.event === 'data-changed' && e.changes.includes('settings')),
      'settings change in b'
    );
    expect((await b.client.request('getSettings', {})).language).toBe('fa');
    a.client.terminate();
    b.client.terminate();
  });

  it('a tab with nothing open follows the workspace another tab fills', async () => {
    const [a, b] = tabs(2);
    const ws = await a.client.request('createWorkspace', { name: 'W', reuse: true });
    await a.client.request('open', { workspace: ws.id });
    await a.client.request('import', { files: [file(CSV('T', 12), 'one.csv')] });
    await until(() => b.events.some((e) => e.event === 'data-changed'), 'b opens the filled workspace');
    expect(await volume(b.client)).toBe(12);
    a.client.terminate();
    b.client.terminate();
  });

  it('cancelling an import that waits for another tab stores nothing of it and stops waiting', async () => {
    const [a, b] = tabs(2);
    const ws = await a.client.request('createWorkspace', { name: 'W' });
    await a.client.request('open', { workspace: ws.id });
    await b.client.request('open', { workspace: ws.id });
    const first = a.client.request('import', { files: [file(CSV('T', 3000), 'big.csv')] });
    await until(() => a.client.session.importing !== null, 'a to start');
    const second = b.client.request('import', { files: [file(CSV('S', 5), 'small.csv')] });
    await until(() => b.events.some((e) => e.event === 'write-queued' && e.waiting), 'b to wait');
    await b.client.request('cancelImport', {});
    const rb = await second;
    expect(rb.results.map((r) => r.status)).toEqual(['cancelled']);
    expect((await first).results[0].status).toBe('imported');
    await until(async () => (await volume(b.client)) === 3000, 'b to show a’s import only');
    a.client.terminate();
    b.client.terminate();
  });

  it('opening the workspace that is already open and current does not reload it', async () => {
    const [a] = tabs(1);
    const ws = await a.client.request('createWorkspace', { name: 'W' });
    await a.client.request('open', { workspace: ws.id });
    await a.client.request('import', { files: [file(CSV('T', 5), 'one.csv')] });
    const before = a.client.session.dataset;
    await a.client.request('open', { workspace: ws.id });
    expect(a.client.session.dataset).toBe(before);
    a.client.terminate();
  });
});
