import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../storage/test-helpers';
import { file } from './import/test-files';
import { createLocalClient } from './local-client';

/** The worker compiles one KPI of a view to SQL on demand, from the open workspace's data. */
describe('kpiSql request', () => {
  it('gives the SQL of a KPI for the view, or the columns it lacks', async () => {
    const client = createLocalClient({ db: freshDb(), timeZone: 'UTC' });
    await client.request('open', { workspace: 'w' });
    const csv = 'ticket_id,created_at,first_response_at,channel\n1,2026-01-05T10:00:00Z,2026-01-05T11:00:00Z,email\n';
    await client.request('import', { files: [file(csv, 'tickets.csv')] });
    const view = {
      from: '2026-01-01',
      to: '2026-01-31',
      grain: 'week',
      filters: { channel: ['email'] },
      hours: 'business'
    } as const;
    const frt = await client.request('kpiSql', { view, id: 'first_response_time' });
    expect(frt.missing).toEqual([]);
    expect(frt.sql).toMatch(/^-- First response time \(first_response_time\)/);
    expect(frt.sql).toContain('-- view 2026-01-01 … 2026-01-31, grain week, business hours, zone UTC, channel = email');
    expect(frt.sql).toContain('ASOF LEFT JOIN business_intervals');
    expect(frt.sql).toContain("WHERE r.channel IN ('email')");
    const sl = await client.request('kpiSql', { view, id: 'service_level' });
    // The columns the engine names too (catalog needs first).
    expect(sl).toEqual({ sql: null, missing: ['calls.queued_at', 'calls.answered_at'] });
    client.terminate();
  }, 60_000);
});
