/**
 * The SQL compiler's own promises (its numbers are held equal to the engine's by
 * src/cli/differential.test.ts): every KPI the engine computes has SQL, the SQL needs no time
 * zone support from DuckDB (ICU), names only the columns the data has, and reads like SQL.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog';
import { SQL_BEHIND } from './behind';
import { generateDemo } from '../demo/generate';
import { KPI_FUNCTIONS, dataSpan, type View } from '../engine';
import { defaultSettings } from '../time/settings';
import { compileScorecard, profileOfDataset, SQL_COMPILERS } from '.';

const data = generateDemo('baseline', { end: Date.UTC(2025, 5, 1), timeZone: 'Europe/Berlin', days: 60 });
const profile = profileOfDataset(data);
const settings = defaultSettings('Europe/Berlin');
const now = Date.UTC(2025, 5, 1);
const views: readonly View[] = [
  { range: 'all', grain: 'month', filters: {}, hours: 'calendar' },
  { from: '2025-04-01', to: '2025-04-30', grain: 'week', filters: {}, hours: 'business' },
  { range: 'last30', grain: 'day', filters: { channel: ['email', 'phone'], team: ['Billing'] }, hours: 'business' }
];

describe('catalog → SQL', () => {
  it('has a compiler for every KPI the engine computes, and for nothing else', () => {
    expect(Object.keys(SQL_COMPILERS).sort()).toEqual(Object.keys(KPI_FUNCTIONS).sort());
    expect(CATALOG.every((d) => d.id in SQL_COMPILERS)).toBe(true);
  });

  for (const view of views)
    it(`writes ICU-free SQL over canonical tables for ${JSON.stringify(view)}`, () => {
      const c = compileScorecard(profile, view, settings, now, dataSpan(data));
      const available = c.kpis.filter((k) => k.available);
      const behind = Object.keys(SQL_BEHIND);
      expect(available.length).toBe(CATALOG.length - behind.length);
      // Behind the engine: no figure, and a reason the CLI and the SQL panel can show.
      for (const id of behind) {
        const k = c.kpis.find((x) => x.id === id);
        expect(k?.available, id).toBe(false);
        expect(k && !k.available ? k.notes : [], id).toEqual([expect.stringMatching(/^not in SQL yet: /)]);
      }
      for (const k of available) {
        if (!k.available) continue;
        expect(k.sql, k.id).not.toMatch(/TIMESTAMPTZ|AT TIME ZONE|timezone\(|current_timestamp|now\(\)/i);
        expect(k.sql, k.id).toMatch(/^-- .*\n-- view /);
        expect(k.sql, k.id).toContain(`view ${c.view.from} … ${c.view.to}`);
      }
    });

  it('reads as SQL a person can follow: first response time in calendar hours', () => {
    const c = compileScorecard(
      profile,
      { from: '2025-05-01', to: '2025-05-31', grain: 'week', filters: { channel: ['email'] }, hours: 'calendar' },
      settings,
      now,
      dataSpan(data)
    );
    const frt = c.kpis.find((k) => k.id === 'first_response_time');
    if (!frt?.available) throw new Error('first_response_time should compile');
    expect(frt.sql).toContain(
      "SELECT TIMESTAMP '2025-04-30 22:00:00' AS cur_start, TIMESTAMP '2025-05-31 22:00:00' AS cur_end"
    );
    expect(frt.sql).toContain("WHERE r.channel IN ('email')");
    expect(frt.sql).toContain('CASE WHEN e_at >= s_at THEN epoch(e_at) - epoch(s_at) END AS x');
    expect(frt.sql).toContain('median(x) AS median, quantile_disc(x, 0.9) AS p90');
    expect(frt.sql).not.toContain('business_intervals');
  });

  it('says which columns would enable a KPI the data cannot support', () => {
    const c = compileScorecard(
      profileOfDataset({ tickets: data.tickets }),
      { range: 'all', grain: 'month', filters: {}, hours: 'calendar' },
      settings,
      now,
      dataSpan(data)
    );
    const byId = Object.fromEntries(c.kpis.map((k) => [k.id, k]));
    // The same columns as the engine names: the catalog's needs first (engine/missing.ts).
    expect(byId.service_level).toMatchObject({ available: false, missing: ['calls.queued_at', 'calls.answered_at'] });
    expect(byId.operating_cost).toMatchObject({ available: false, missing: ['costs.period_start', 'costs.amount'] });
  });
});
