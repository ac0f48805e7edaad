import { describe, expect, it } from 'vitest';
import { CATALOG, kpiById } from '$lib/core/catalog';
import { statusOf } from '$lib/core/catalog/status';
import { generateDemo } from '$lib/core/demo/generate';
import { computeScorecard } from '$lib/core/engine';
import type { View } from '$lib/core/engine/types';
import { defaultSettings } from '$lib/core/time/settings';
import { LOW_CONFIDENCE_N } from '../card-model';
import { buildPeopleTable, rankBy } from './agent-table';

const END = Date.UTC(2025, 5, 2);
const data = generateDemo('baseline', { seed: 5, days: 120, end: END, timeZone: 'UTC' });
const settings = defaultSettings('UTC');
const view: View = { from: '2025-03-03', to: '2025-05-25', grain: 'week', hours: 'calendar', filters: {} };
const result = computeScorecard(data, view, settings, END);

describe('agent view table', () => {
  const table = buildPeopleTable(CATALOG, result.kpis, {}, view, 'agent');
  const col = (id: string) => table.columns.findIndex((c) => c.def.id === id);

  it('has a column for every KPI with an agent breakdown, once', () => {
    const ids = table.columns.map((c) => c.def.id);
    for (const id of ['first_response_time', 'resolution_time', 'csat', 'closed_per_agent', 'calls_per_agent_day'])
      expect(ids).toContain(id);
    expect(ids).not.toContain('agent_first_response_time');
    expect(ids).not.toContain('abandonment_rate');
    expect(table.rows.length).toBeGreaterThan(3);
  });

  it("an agent's row is that agent's own scorecard (the view filtered by the agent)", () => {
    for (const row of table.rows.slice(0, 3)) {
      const own = computeScorecard(data, { ...view, filters: { agent: [row.key] } }, settings, END);
      for (const id of ['ticket_volume', 'first_response_time', 'csat', 'resolution_time']) {
        const cell = row.cells[col(id)];
        const k = own.kpis.find((x) => x.id === id)!;
        expect(cell?.n ?? 0, `${row.key} ${id}`).toBe(k.n);
        if (cell && cell.value !== null) expect(cell.value).toBeCloseTo(k.value!, 6);
      }
    }
  });

  it('judges each cell against the scorecard target, by direction', () => {
    const c = col('first_response_time');
    const def = kpiById('first_response_time')!;
    for (const row of table.rows) {
      const cell = row.cells[c];
      if (cell)
        expect(cell.status).toBe(
          statusOf(def, { available: true, value: cell.value }, table.columns[c].target ?? null)
        );
    }
  });

  it('ranks best first by direction and never ranks low-confidence cells', () => {
    const byMin = rankBy(table, col('first_response_time'));
    const ranked = byMin.filter((r) => r.rank !== null);
    const v = ranked.map((r) => r.row.cells[col('first_response_time')]!.value!);
    expect(v).toEqual([...v].sort((a, b) => a - b));
    const byMax = rankBy(table, col('csat'));
    const w = byMax.filter((r) => r.rank !== null).map((r) => r.row.cells[col('csat')]!.value!);
    expect(w).toEqual([...w].sort((a, b) => b - a));
    // A low-confidence cell of a forced small table: marked, and last without a rank.
    const small = {
      ...table,
      rows: [
        ...table.rows,
        { key: 'zz new', cells: table.columns.map(() => ({ value: 0, n: 2, status: 'good' as const, low: true })) }
      ]
    };
    const r = rankBy(small, col('first_response_time'));
    expect(r[r.length - 1]).toEqual({ row: small.rows[small.rows.length - 1], rank: null });
    for (const x of rankBy(table, col('csat')))
      if (x.rank !== null) expect(x.row.cells[col('csat')]!.n).toBeGreaterThanOrEqual(LOW_CONFIDENCE_N);
  });

  it('builds the team table the same way', () => {
    const teams = buildPeopleTable(CATALOG, result.kpis, {}, view, 'team');
    expect(teams.rows.length).toBeGreaterThan(1);
    expect(teams.columns.length).toBeGreaterThan(5);
  });
});
