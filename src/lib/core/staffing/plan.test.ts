import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate';
import { table } from '../engine/test-fixtures';
import type { View } from '../engine/types';
import { defaultSettings } from '../time/settings';
import { demandOf } from './demand';
import { agentsForServiceLevel, load } from './erlang';
import { staffingPlan } from './plan';

const settings = defaultSettings('UTC');
const view: View = { from: '2025-03-03', to: '2025-03-16', grain: 'week', hours: 'calendar', filters: {} };
const MON10 = 1 * 24 + 10;

/** Two Mondays (2025-03-03 and 03-10), 10:00–11:00 UTC: 12 calls each, two agents, one abandon a week. */
function calls() {
  const rows = [];
  for (const day of ['2025-03-03', '2025-03-10'])
    for (let k = 0; k < 12; k++) {
      const q = Date.parse(`${day}T10:00:00Z`) + k * 240_000;
      const abandon = k === 11;
      rows.push({
        call_id: `${day}-${k}`,
        queued_at: q,
        answered_at: abandon ? null : q + 30_000,
        ended_at: abandon ? q + 90_000 : q + 30_000 + 200_000,
        agent: abandon ? null : k % 2 ? 'Dana' : 'Omid',
        direction: 'in'
      });
    }
  // An outbound call never counts as demand.
  rows.push({
    call_id: 'out',
    queued_at: '2025-03-03T10:05:00Z',
    answered_at: '2025-03-03T10:05:00Z',
    ended_at: '2025-03-03T10:09:00Z',
    agent: 'Dana',
    direction: 'out'
  });
  return table('calls', rows);
}

describe('staffing demand and plan', () => {
  it('counts arrivals, handle time, agents answering and patience per hour of the week', () => {
    const d = demandOf({ calls: calls() }, view, settings, Date.parse('2025-04-01'));
    expect(d.available).toBe(true);
    expect(d.weeks).toBe(2);
    const s = d.slots[MON10];
    expect(s.occurrences).toBe(2);
    expect(s.offered).toBe(24);
    expect(s.callsPerHour).toBe(12);
    expect(s.ahtSeconds).toBe(200);
    expect(s.agentsAnswering).toBe(2);
    expect(d.slots[MON10 + 1].offered).toBe(0);
    // Waited: 22 answered × 30 s + 2 abandoned × 90 s = 840 s over 2 abandons.
    expect(d.abandoned).toBe(2);
    expect(d.patienceSeconds).toBe(420);
  });

  it('plans Erlang C and Erlang A agents from it, and says when the data cannot', () => {
    const d = demandOf({ calls: calls() }, view, settings, Date.parse('2025-04-01'));
    const plan = staffingPlan(d, 0.8, 20);
    const s = plan.slots[MON10];
    expect(s.erlangs).toBeCloseTo(load(12, 200), 12);
    expect(s.needC).toBe(agentsForServiceLevel(load(12, 200), 200, 20, 0.8));
    expect(s.slC).toBeGreaterThanOrEqual(0.8);
    expect(s.needA).not.toBeNull();
    expect(s.needA!).toBeLessThanOrEqual(s.needC);
    expect(s.actual).toBe(2);
    expect(plan.slots[MON10 + 1].needC).toBe(0);
    const noEnd = table('calls', [
      { call_id: '1', queued_at: '2025-03-03T10:00:00Z', answered_at: '2025-03-03T10:00:10Z' }
    ]);
    const none = demandOf({ calls: noEnd }, view, settings, Date.parse('2025-04-01'));
    expect(none.available).toBe(false);
    expect(none.missing).toEqual(['calls.ended_at']);
  });

  it('on the demo: busy hours need agents, quiet ones none, and the agents who answered are counted', () => {
    const end = Date.UTC(2025, 5, 2);
    const data = generateDemo('baseline', { seed: 3, days: 60, end, timeZone: 'UTC' });
    const d = demandOf(data, { range: 'all', grain: 'week', hours: 'calendar', filters: {} }, settings, end);
    const plan = staffingPlan(d, 0.8, 20);
    const busiest = plan.slots.reduce((a, b) => (b.callsPerHour > a.callsPerHour ? b : a));
    expect(busiest.needC).toBeGreaterThan(0);
    expect(busiest.actual).toBeGreaterThan(0);
    expect(plan.slots.some((s) => s.callsPerHour === 0 && s.needC === 0)).toBe(true);
    const total = d.slots.reduce((n, s) => n + s.offered, 0);
    expect(total).toBe(d.offered);
  });
});
