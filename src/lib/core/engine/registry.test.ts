/**
 * The engine covers exactly the catalog, and every KPI says "unavailable" (never 0) without its
 * data and "no data" (null, n = 0) for a view with no records.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG, KPI_IDS } from '../catalog';
import { generate } from './bench-data';
import { computeScorecard } from './index';
import { KPI_FUNCTIONS } from './registry';
import { at, kpis, settings, view } from './test-fixtures';

describe('registry', () => {
  // The catalog's ids are held to the spec's literal list in catalog/index.test.ts; here the
  // registry only has to cover that same list, one function each.
  it('has one function per catalog KPI', () => {
    expect([...Object.keys(KPI_FUNCTIONS)].sort()).toEqual([...KPI_IDS].sort());
  });

  it('answers every KPI in catalog order', () => {
    const r = computeScorecard({}, view({ range: 'all' }), settings(), at('2024-01-01T00:00:00Z'));
    expect(r.kpis.map((k) => k.id)).toEqual(CATALOG.map((d) => d.id));
  });

  it('without data every KPI is unavailable with the columns that would enable it', () => {
    for (const k of Object.values(kpis({}, { range: 'all' }))) {
      expect(k.available, k.id).toBe(false);
      expect(k.value, k.id).toBeNull();
      expect(k.n, k.id).toBe(0);
      expect(k.missing.length, k.id).toBeGreaterThan(0);
      for (const m of k.missing) expect(m, k.id).toMatch(/^(tickets|calls|surveys|messages|customers|costs)\.[a-z_]+$/);
    }
  });

  it('with data but none in the view, every KPI is available with no value and n = 0', () => {
    const data = generate({ tickets: 500, calls: 500, extras: true, start: Date.UTC(2024, 0, 1), days: 30, seed: 3 });
    // A view two years before any record (customers are created up to a year before the data).
    const r = kpis(data, { from: '2021-01-01', to: '2021-01-31' }, {}, at('2024-03-01T00:00:00Z'));
    for (const k of Object.values(r)) {
      expect(k.available, k.id).toBe(true);
      expect(k.value, k.id).toBeNull();
      expect(k.n, k.id).toBe(0);
      for (const p of k.trend) expect(p.value, `${k.id} ${p.start}`).toBeNull();
    }
  });
});
