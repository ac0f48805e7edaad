/**
 * Cost rows cover a period — a finance export gives one row per month and category — so a
 * cost is spread evenly over the local days it covers rather than booked on its first day: a
 * "last 30 days" view that starts on the 4th then holds 27/30 of November's cost, not none of it.
 * A row's period is [period_start, period_end); without a usable period_end it is the calendar
 * month of period_start in the workspace zone.
 *
 * Positions are "local day coordinates": the local day index plus the fraction of that day, so
 * a day is a day even when DST makes it 23 or 25 hours long.
 */
import type { ColumnTable } from '../../columns/table';
import { bucketFirstDay, startOfLocalDay } from '../../time/calendar';
import { makeLocalClock } from '../../time/local-clock';
import { cached } from '../cache';
import { num } from '../columns';

export interface CostSpans {
  /** Local day coordinates of each row's period (NaN = no amount or no start: not counted). */
  readonly from: Float64Array;
  readonly to: Float64Array;
  /** Rows whose period covers more than one day (then the card says costs are spread). */
  readonly spread: number;
}

/** Local day coordinate of an instant. */
export function dayCoord(t: number, timeZone: string, clock = makeLocalClock(timeZone)): number {
  const d = clock.dayIndexOf(t);
  const s = startOfLocalDay(d, timeZone);
  const e = startOfLocalDay(d + 1, timeZone);
  return d + (t - s) / (e - s);
}

export function costSpans(costs: ColumnTable, timeZone: string): CostSpans | null {
  const start = num(costs, 'period_start');
  const amount = num(costs, 'amount');
  if (!start || !amount) return null;
  const end = num(costs, 'period_end');
  return cached(costs, `cost-spans:${timeZone}`, () => {
    const clock = makeLocalClock(timeZone);
    const from = new Float64Array(costs.length).fill(NaN);
    const to = new Float64Array(costs.length).fill(NaN);
    let spread = 0;
    for (let i = 0; i < costs.length; i++) {
      const s = start[i];
      if (s !== s || amount[i] !== amount[i]) continue;
      const a = dayCoord(s, timeZone, clock);
      const e = end ? end[i] : NaN;
      let b = e === e && e > s ? dayCoord(e, timeZone, clock) : NaN;
      if (b !== b) {
        // The calendar month of period_start: its first day + 31 always lies in the next month.
        const first = bucketFirstDay(Math.floor(a), 'month', 1);
        b = bucketFirstDay(first + 31, 'month', 1);
      }
      from[i] = a;
      to[i] = b;
      if (b - a > 1) spread++;
    }
    return { from, to, spread };
  });
}

/** The share of row `i`'s amount that falls in day coordinates [a, b). */
export function shareIn(spans: CostSpans, amount: Float64Array, i: number, a: number, b: number): number {
  const f = spans.from[i];
  const t = spans.to[i];
  if (f !== f) return 0;
  const o = Math.min(t, b) - Math.max(f, a);
  return o > 0 ? (amount[i] * o) / (t - f) : 0;
}
