/**
 * The shape most KPI functions share once they have found their data: one value per row of the
 * view, aggregated with trend and breakdowns, then the same stat over the previous period's rows
 * for the comparison. Kept in one place so every KPI fills the scratch slots, quantiles and notes
 * the same way ('a' = the view's values, 'b' = the previous period's, 'q' = quantile scratch).
 *
 * Promises: the view's values are computed before the previous period's, and `notes` is asked for
 * only after both, so counts a KPI makes on the way (excluded rows) are complete when read.
 */
import type { KpiId } from '../../catalog';
import { aggregate, headline, type Cells, type Group, type Stat, type TrendIndex } from '../aggregate';
import type { Ctx, Rows } from '../context';
import { pick, picking, type Numerator } from '../pick';
import { result } from '../result';
import type { KpiCaveat, KpiResult } from '../types';
import type { Durations } from './common';

export interface RowKpi {
  readonly stat: Stat;
  readonly rows: Rows;
  /** Values aligned with `rows`, written into scratch `slot`; NaN = not counted. */
  readonly vals: (rows: Uint32Array, slot: 'a' | 'b') => Float64Array;
  readonly trend: TrendIndex | null;
  readonly groups?: readonly (Group | Cells)[];
  /** Report median and p90 as well (time KPIs with a mean). */
  readonly quantiles?: boolean;
  readonly notes?: () => readonly string[];
  /** For the drill-down: default `ones` for a rate (the 1s), `none` otherwise (see pick.ts). */
  readonly numerator?: Numerator;
  readonly caveats?: () => readonly KpiCaveat[];
}

export function rowKpi(ctx: Ctx, id: KpiId, k: RowKpi): KpiResult {
  const vals = k.vals(k.rows.cur, 'a');
  if (picking(ctx))
    pick(ctx, {
      kind: ctx.kindOf(k.rows),
      rows: k.rows.cur,
      vals: k.stat === 'count' ? null : vals,
      numerator: k.numerator ?? (k.stat === 'rate' ? 'ones' : 'none'),
      groups: k.groups ?? []
    });
  const agg = aggregate({
    stat: k.stat,
    rows: k.rows.cur,
    vals,
    trend: k.trend,
    groups: k.groups,
    quantiles: k.quantiles,
    scratch: k.quantiles ? ctx.scratch('q', k.rows.cur.length) : undefined
  });
  const prev = headline(k.stat, k.rows.prev, k.vals(k.rows.prev, 'b'));
  return result(id, agg, prev, { quantiles: k.quantiles, notes: k.notes?.(), caveats: k.caveats?.() });
}

export interface DurationKpi extends Omit<RowKpi, 'stat' | 'vals' | 'quantiles' | 'notes'> {
  /** 'mean' (the default) also reports median and p90. */
  readonly stat?: 'mean' | 'max';
  readonly durations: (rows: Uint32Array, slot: 'a' | 'b') => Durations;
  /** Given how many of the view's rows were excluded for ending before they started. */
  readonly notes: (negative: number) => readonly string[];
}

/** A time KPI: seconds per row; rows whose end precedes their start are excluded and counted. */
export function durationKpi(ctx: Ctx, id: KpiId, k: DurationKpi): KpiResult {
  const stat = k.stat ?? 'mean';
  let negative = 0;
  return rowKpi(ctx, id, {
    stat,
    rows: k.rows,
    trend: k.trend,
    groups: k.groups,
    quantiles: stat === 'mean',
    vals: (rows, slot) => {
      const d = k.durations(rows, slot);
      if (slot === 'a') negative = d.negative;
      return d.vals;
    },
    notes: () => k.notes(negative)
  });
}
