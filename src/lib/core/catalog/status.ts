/**
 * How a KPI value is judged against its target: the rules of kpi-catalog.md, "Status and
 * progress", in one place so the cards, the detail view and the export never disagree.
 *
 * Promises:
 * - `statusOf` tells "unavailable" (the data lacks the KPI's columns) apart from "no data"
 *   (available, but nothing in the view: status 'none', never judged as 0).
 * - Boundaries are inclusive exactly as the spec writes them: maximize is good at v = t and
 *   warn at v = t − w; minimize is good at v = t and warn at v = t + w; a range is good on
 *   its bounds and warn at lo − w and hi + w.
 * - Pure functions; no input makes them throw.
 */
import type { KpiStatus } from '../engine/types';
import type { Direction, KpiSpec, Target } from './types';

export type { KpiStatus };

export type ValueTarget = Extract<Target, { value: number }>;
export type RangeTarget = Extract<Target, { lower: number }>;

/** What `statusOf` needs from an engine result (a `KpiResult` fits). */
export interface StatusInput {
  /** False when the imported data lacks the columns the KPI needs. */
  readonly available: boolean;
  /** Null (or undefined) when available but no record falls in the view. */
  readonly value: number | null | undefined;
}

/** The share of the target used as warning band when the target sets none. */
export const DEFAULT_WARN_SHARE = 0.1;

export function isRangeTarget(target: Target): target is RangeTarget {
  return 'lower' in target;
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** [lo, hi] of a range target, tolerating bounds typed in the wrong order. */
function boundsOf(target: RangeTarget): readonly [number, number] {
  return target.lower <= target.upper ? [target.lower, target.upper] : [target.upper, target.lower];
}

/**
 * The warning band `w` of a target. An explicit, finite, non-negative `warnBand` wins.
 * Otherwise 10 % of the target value; for a range, 10 % of the range's width, because the
 * width is the scale on which "a little outside" is measured (a 3–7 min talk-time range gets
 * a 24 s band, not 18 s below and 42 s above); a zero-width range falls back to 10 % of its
 * bound. A `none` KPI is never judged, so its band is 0.
 */
export function warnBandOf(target: Target, direction: Direction): number {
  if (direction === 'none') return 0;
  if (finite(target.warnBand) && target.warnBand >= 0) return target.warnBand;
  if (!isRangeTarget(target)) return finite(target.value) ? Math.abs(target.value) * DEFAULT_WARN_SHARE : 0;
  const [lo, hi] = boundsOf(target);
  if (!finite(lo) || !finite(hi)) return 0;
  const width = hi - lo;
  return (width > 0 ? width : Math.abs(hi)) * DEFAULT_WARN_SHARE;
}

/**
 * The target to judge by: `undefined` means "use the KPI's default target", `null` means the
 * user removed the target (then there is nothing to judge against).
 */
export function effectiveTarget(def: KpiSpec, target: Target | null | undefined): Target | undefined {
  return target === undefined ? def.defaultTarget : (target ?? undefined);
}

/** How far `v` lies outside [lo, hi]; 0 inside. */
export function distanceToRange(v: number, target: RangeTarget): number {
  const [lo, hi] = boundsOf(target);
  return v < lo ? lo - v : v > hi ? v - hi : 0;
}

/**
 * The status of a KPI result against a target (see `effectiveTarget` for undefined / null).
 * 'unavailable' only when the result says the data cannot support the KPI; 'none' for a
 * `none` KPI, no target, no data, or a target whose shape does not fit the direction (a range
 * for a maximize KPI): an unjudgeable value is never coloured.
 */
export function statusOf(def: KpiSpec, result: StatusInput, target?: Target | null): KpiStatus {
  if (!result.available) return 'unavailable';
  const t = effectiveTarget(def, target);
  const v = result.value;
  if (def.direction === 'none' || t === undefined || !finite(v)) return 'none';
  const w = warnBandOf(t, def.direction);
  if (def.direction === 'range') {
    if (!isRangeTarget(t) || !finite(t.lower) || !finite(t.upper)) return 'none';
    const d = distanceToRange(v, t);
    return d === 0 ? 'good' : d <= w ? 'warn' : 'bad';
  }
  if (isRangeTarget(t) || !finite(t.value)) return 'none';
  if (def.direction === 'maximize') return v >= t.value ? 'good' : v >= t.value - w ? 'warn' : 'bad';
  return v <= t.value ? 'good' : v <= t.value + w ? 'warn' : 'bad';
}

/**
 * Relative change from the previous period, as a fraction (−0.1148 = 11.48 % lower), the
 * export's `change`. Null when either value is missing or the previous one is 0 (no ratio).
 * Divides by |previous| so a move from −10 to −5 reads as a rise.
 */
export function changeOf(previous: number | null | undefined, current: number | null | undefined): number | null {
  if (!finite(previous) || !finite(current) || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

/**
 * Whether the move from `previous` to `current` is better by the KPI's direction (for a range:
 * closer to the range, judged by `effectiveTarget`). Null when it cannot be said or nothing
 * changed: a missing value, a `none` KPI, a range KPI without a range target, an equal value
 * (or equal distance to the range, e.g. both inside). The UI colours the arrow by this.
 */
export function isImprovement(
  def: KpiSpec,
  previous: number | null | undefined,
  current: number | null | undefined,
  target?: Target | null
): boolean | null {
  if (!finite(previous) || !finite(current)) return null;
  switch (def.direction) {
    case 'maximize':
      return current === previous ? null : current > previous;
    case 'minimize':
      return current === previous ? null : current < previous;
    case 'range': {
      const t = effectiveTarget(def, target);
      if (t === undefined || !isRangeTarget(t)) return null;
      const before = distanceToRange(previous, t);
      const after = distanceToRange(current, t);
      return after === before ? null : after < before;
    }
    default:
      return null;
  }
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Progress from a baseline `b` toward a target `t`, as scorecard tools define it:
 * (v − b) / (t − b), clamped to 0..1 (it works for both directions). Null when a value is
 * missing or t = b (the ratio has no meaning). For a range target, progress is how much of the
 * baseline's distance to the range has been closed: 1 − dist(v) / dist(b); when the baseline
 * is already inside, 1 if the value still is, else 0.
 */
export function progress(
  value: number | null | undefined,
  baseline: number | null | undefined,
  target: number | Target
): number | null {
  if (!finite(value) || !finite(baseline)) return null;
  if (typeof target === 'object' && isRangeTarget(target)) {
    if (!finite(target.lower) || !finite(target.upper)) return null;
    const from = distanceToRange(baseline, target);
    const now = distanceToRange(value, target);
    if (from === 0) return now === 0 ? 1 : 0;
    return clamp01(1 - now / from);
  }
  const t = typeof target === 'number' ? target : target.value;
  if (!finite(t) || t === baseline) return null;
  return clamp01((value - baseline) / (t - baseline));
}
