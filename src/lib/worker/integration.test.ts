import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../storage/test-helpers';
import { file } from './import/test-files';
import { createLocalClient } from './local-client';

/** The real demo generator and the real engine, behind the worker protocol (no injection). */
describe('worker with the real demo generator and engine', () => {
  it('loadDemo stores every kind in the demo workspace; compute answers from the stored data', async () => {
    const client = createLocalClient({ db: freshDb(), timeZone: 'UTC' });
    const summary = await client.request('loadDemo', { scenario: 'baseline', seed: 7 });
    expect(summary.workspace).toBe('demo');
    for (const kind of ['tickets', 'calls', 'surveys', 'messages', 'customers', 'costs'] as const)
      expect(summary.counts[kind] ?? 0, kind).toBeGreaterThan(0);
    const view = { range: 'all', grain: 'month', filters: {}, hours: 'calendar' } as const;
    const result = await client.request('compute', { view });
    expect(result.kpis.length).toBeGreaterThan(10);
    const volume = result.kpis.find((k) => k.id === 'ticket_volume');
    expect(volume?.value).toBe(summary.counts.tickets);
    // Reopening reads the same data back from storage.
    const reopened = await client.request('open', { workspace: 'demo' });
    expect(reopened.counts).toEqual(summary.counts);
    client.terminate();
  }, 60_000);

  it('cancelImport during an import: nothing from the cancelled files counts', async () => {
    const client = createLocalClient({ db: freshDb(), timeZone: 'UTC' });
    await client.request('open', { workspace: 'w' });
    const csv = 'ticket_id,created_at\n1,2026-01-01\n2,2026-01-02\n';
    const running = client.request('import', { files: [file(csv, 'a.csv'), file(csv, 'b.csv')] });
    expect(await client.request('cancelImport', {})).toEqual({ cancelled: true });
    const { results, summary } = await running;
    expect(results.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    expect(summary.counts.tickets ?? 0).toBe(0);
    expect(await client.request('cancelImport', {})).toEqual({ cancelled: false });
    client.terminate();
  });
});
