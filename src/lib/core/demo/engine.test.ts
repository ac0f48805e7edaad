/**
 * Issue 5, "done when": every KPI in the catalog is computable on the demo data (none
 * `unavailable`), for every scenario, over the whole period. Also checks that the values the
 * engine reports are plausible for the story (rates within 0–100, a real backlog, some cost).
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, type KpiId } from '../catalog';
import { computeScorecard } from '../engine';
import type { KpiResult, View } from '../engine/types';
import { defaultSettings } from '../time/settings';
import { generateDemo } from './generate';
import { SCENARIOS } from './scenarios';

const TZ = 'Europe/Berlin';
const END = Date.UTC(2026, 10, 22, 23);
const ALL: View = { range: 'all', grain: 'month', filters: {}, hours: 'calendar' };

describe('the engine on the demo data', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: every catalog KPI is available, with data, for range=all`, () => {
      const data = generateDemo(scenario.id, { end: END, timeZone: TZ });
      const result = computeScorecard(data, ALL, defaultSettings(TZ), END);
      const byId = new Map(result.kpis.map((k) => [k.id, k]));
      const unavailable = result.kpis
        .filter((k) => !k.available)
        .map((k) => `${k.id} (missing ${k.missing.join(', ')})`);
      expect(unavailable).toEqual([]);
      const empty = result.kpis.filter((k) => k.value === null).map((k) => k.id);
      expect(empty).toEqual([]);
      expect(CATALOG.every((def) => byId.has(def.id))).toBe(true);
      for (const k of result.kpis) {
        const def = CATALOG.find((d) => d.id === k.id);
        if (def?.unit === 'percent') expect(k.value, k.id).toBeGreaterThanOrEqual(0);
        if (def?.unit === 'percent') expect(k.value, k.id).toBeLessThanOrEqual(100);
      }
      const value = (id: KpiId): number => (byId.get(id) as KpiResult).value as number;
      expect(value('backlog')).toBeGreaterThan(20);
      expect(value('operating_cost')).toBeGreaterThan(100_000);
      expect(value('csat')).toBeGreaterThan(40);
      expect(value('abandonment_rate')).toBeGreaterThan(2);
    });
  }

  it('baseline: every KPI also has data for the last 90 days in business hours', () => {
    const data = generateDemo('baseline', { end: END, timeZone: TZ });
    const view: View = { range: 'last90', grain: 'week', filters: {}, hours: 'business' };
    const result = computeScorecard(data, view, defaultSettings(TZ), END - 1);
    expect(result.kpis.filter((k) => !k.available || k.value === null).map((k) => k.id)).toEqual([]);
    // Business-hours durations are shorter than calendar ones (nights and weekends do not count).
    const calendar = computeScorecard(data, { ...view, hours: 'calendar' }, defaultSettings(TZ), END - 1);
    const frt = (r: typeof result) => r.kpis.find((k) => k.id === 'first_response_time')!.value as number;
    expect(frt(result)).toBeLessThan(frt(calendar));
  });
});
