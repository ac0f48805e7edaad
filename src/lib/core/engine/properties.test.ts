/**
 * Property tests on seeded random data (bench-data.ts): invariants that must hold whatever the
 * numbers are — splitting by a filter adds up, rates stay in 0–100, moving all data and the view
 * by a week moves only the dates, and the previous period of a later view is the earlier view.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog';
import type { ColumnTable } from '../columns/table';
import { generate } from './bench-data';
import { kpis } from './test-fixtures';
import type { Dataset, KpiResult } from './types';

const WEEK = 7 * 86_400_000;
const TZ = { timeZone: 'Europe/Berlin' }; // no DST change between May and August
const START = Date.UTC(2024, 4, 6); // Monday 2024-05-06
const NOW = Date.UTC(2024, 9, 1);

function shifted(data: Dataset, ms: number): Dataset {
  const move = (t: ColumnTable): ColumnTable => ({
    ...t,
    columns: Object.fromEntries(
      Object.entries(t.columns).map(([name, c]) => [
        name,
        c && c.type === 'time' ? { ...c, values: c.values.map((v) => v + ms) } : c
      ])
    )
  });
  return Object.fromEntries(Object.entries(data).map(([kind, t]) => [kind, move(t as ColumnTable)]));
}

/** Everything about a result except the trend's dates. */
function comparable(k: KpiResult) {
  return { ...k, trend: k.trend.map((p) => [p.value, p.n]) };
}

const PERCENT = CATALOG.filter((d) => d.unit === 'percent').map((d) => d.id);

describe.each([1, 2, 3])('properties (seed %i)', (seed) => {
  const data = generate({
    tickets: 3000,
    calls: 3000,
    extras: true,
    start: START,
    days: 63,
    seed,
    agents: 8,
    customers: 400
  });
  const V = { from: '2024-05-20', to: '2024-06-16', grain: 'week' as const };

  it('splitting by channel adds up to the total for counts', () => {
    const total = kpis(data, V, TZ, NOW);
    const channels = ['email', 'chat', 'phone', 'social', 'whatsapp', 'web'];
    for (const id of ['ticket_volume', 'complaints', 'volume_heatmap', 'messages_received']) {
      let sum = 0;
      let n = 0;
      for (const ch of channels) {
        const k = kpis(data, { ...V, filters: { channel: [ch] } }, TZ, NOW)[id];
        sum += k.value ?? 0;
        n += k.n;
      }
      expect(sum, id).toBe(total[id].value);
      expect(n, id).toBe(total[id].n);
      // The channel breakdown adds up too (every generated row has a channel).
      const bd = total[id].breakdowns.channel;
      if (bd)
        expect(
          bd.reduce((a, r) => a + r.n, 0),
          id
        ).toBe(total[id].n);
    }
  });

  it('splitting by agent adds up for resolved tickets and handled calls', () => {
    const total = kpis(data, V, TZ, NOW);
    const agents = Array.from({ length: 8 }, (_, k) => `agent ${k + 1}`);
    const parts = agents.map((a) => kpis(data, { ...V, filters: { agent: [a] } }, TZ, NOW));
    expect(parts.reduce((s, p) => s + p.closed_per_agent.n, 0)).toBe(total.closed_per_agent.n);
    expect(parts.reduce((s, p) => s + p.calls_per_agent_day.n, 0)).toBe(total.calls_per_agent_day.n);
    expect(parts.reduce((s, p) => s + p.ticket_volume.n, 0)).toBe(total.ticket_volume.n);
  });

  it('rates stay within 0–100 in the headline, trend and breakdowns', () => {
    for (const filters of [{}, { channel: ['email'] }, { priority: ['urgent'], team: ['north'] }]) {
      const r = kpis(data, { ...V, filters }, TZ, NOW);
      for (const id of PERCENT) {
        const k = r[id];
        const all = [
          k.value,
          k.previous,
          ...k.trend.map((p) => p.value),
          ...Object.values(k.breakdowns)
            .flat()
            .map((b) => b.value)
        ];
        for (const v of all) if (v !== null) expect(v >= 0 && v <= 100, `${id} ${v}`).toBe(true);
      }
    }
  });

  it('shifting all data and the view by a week changes nothing but the dates', () => {
    const a = kpis(data, V, TZ, NOW);
    const b = kpis(shifted(data, WEEK), { ...V, from: '2024-05-27', to: '2024-06-23' }, TZ, NOW + WEEK);
    for (const d of CATALOG) {
      expect(comparable(b[d.id]), d.id).toEqual(comparable(a[d.id]));
      expect(
        b[d.id].trend.map((p) => Date.parse(p.start) - WEEK),
        d.id
      ).toEqual(a[d.id].trend.map((p) => Date.parse(p.start)));
    }
  });

  it('the previous period of the next view is this view', () => {
    const a = kpis(data, V, TZ, NOW);
    // V is 4 weeks long; the next 4 weeks have V as their previous period.
    const b = kpis(data, { ...V, from: '2024-06-17', to: '2024-07-14' }, TZ, NOW);
    // Mix KPIs compare their own headline label's share, and last-activity is point-in-time only.
    const skip = new Set(['channel_mix', 'tag_report', 'inactive_customers']);
    for (const d of CATALOG) {
      if (skip.has(d.id)) continue;
      expect([b[d.id].previous, b[d.id].previousN], d.id).toEqual([a[d.id].value, a[d.id].n]);
    }
  });
});
