import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../storage/test-helpers';
import { createLocalClient } from '../local-client';

describe('drill request', () => {
  it('answers pages of the records behind a figure, consistent with compute, kept until data changes', async () => {
    const client = createLocalClient({ db: freshDb(), timeZone: 'UTC' });
    await client.request('loadDemo', { scenario: 'baseline', seed: 7 });
    const view = { range: 'all', grain: 'month', filters: {}, hours: 'calendar' } as const;
    const now = Date.now();
    const result = await client.request('compute', { view, now });
    const abandon = result.kpis.find((k) => k.id === 'abandonment_rate')!;
    const page = await client.request('drill', {
      view,
      now,
      query: { kpi: 'abandonment_rate' },
      offset: 0,
      limit: 50
    });
    expect(page.n).toBe(abandon.n);
    expect(page.count).toBe(page.num);
    expect(page.count).toBeCloseTo((abandon.n * abandon.value!) / 100, 6);
    expect(page.rows.length).toBe(Math.min(50, page.count));
    expect(page.columns.calls?.[0].field).toBe('call_id');
    const next = await client.request('drill', {
      view,
      now,
      query: { kpi: 'abandonment_rate' },
      offset: 50,
      limit: 50
    });
    expect(next.rows[0].index).toBe(50);
    const ids = new Set([...page.rows, ...next.rows].map((r) => r.cells[0]));
    expect(ids.size).toBe(page.rows.length + next.rows.length);
    await expect(
      client.request('drill', {
        view,
        now,
        query: { kpi: 'backlog', bucket: '1900-01-01' },
        offset: 0,
        limit: 1
      })
    ).rejects.toThrow(/bucket/);
    client.terminate();
  }, 60_000);

  it('staffing: agents needed per hour of the week from the stored calls', async () => {
    const client = createLocalClient({ db: freshDb(), timeZone: 'UTC' });
    await client.request('loadDemo', { scenario: 'baseline', seed: 7 });
    const view = { range: 'last90', grain: 'week', filters: {}, hours: 'calendar' } as const;
    const a = await client.request('staffing', { view, targetShare: 0.8 });
    expect(a.available).toBe(true);
    expect(a.plan.slots).toHaveLength(168);
    expect(a.plan.thresholdSeconds).toBe(20);
    expect(a.plan.slots.some((x) => x.needC > 0)).toBe(true);
    expect(a.offered).toBeGreaterThan(0);
    await expect(client.request('staffing', { view, targetShare: 80 })).rejects.toThrow(/between/);
    client.terminate();
  }, 60_000);
});
