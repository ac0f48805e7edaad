/**
 * Small shared pieces of the KPI functions: the breakdown fields per kind, the bucket of a row,
 * the days of each trend bucket, and the duration pass used by every time KPI (which excludes
 * negative durations and says how many it excluded, never averaging them silently).
 */
import type { ColumnTable } from '../../columns/table';
import type { TrendIndex } from '../aggregate';
import { cached } from '../cache';
import type { Ctx, Rows } from '../context';
import { resolution } from '../derived/tickets';
import { daysBetween } from '../../time/calendar';

export const TICKET_GROUPS = ['channel', 'agent', 'team', 'category', 'priority'] as const;
export const CALL_GROUPS = ['queue', 'agent', 'team'] as const;
export const MESSAGE_GROUPS = ['channel', 'agent', 'team'] as const;
export const SURVEY_GROUPS = ['channel', 'agent', 'team'] as const;

/** View bucket of row `i`, −1 when outside. */
export function bucketOf(tr: TrendIndex, i: number): number {
  const rb = tr.rowBucket[i];
  return rb >= 0 ? tr.map[rb] : -1;
}

/** Local calendar days of each view bucket (the first and last may be partial). */
export function bucketDays(ctx: Ctx): Float64Array {
  const b = ctx.buckets;
  const out = new Float64Array(b.starts.length);
  for (let k = 0; k < out.length; k++) {
    const s = Math.max(b.starts[k], ctx.view.start);
    const e = k + 1 < out.length ? b.starts[k + 1] : ctx.view.end;
    out[k] = daysBetween(s, e, ctx.tz);
  }
  return out;
}

export interface Durations {
  readonly vals: Float64Array;
  /** Rows whose end came before their start: excluded. */
  readonly negative: number;
}

/**
 * Seconds from `start[row]` to `end[row]` for each listed row, in the view's hours mode when
 * `bh` (business-hours KPIs). Missing either time → NaN (not counted); negative → NaN, counted.
 */
export function durations(
  ctx: Ctx,
  rows: Uint32Array,
  start: Float64Array,
  end: Float64Array,
  bh: boolean,
  out: Float64Array
): Durations {
  let negative = 0;
  const business = bh && ctx.hours === 'business' ? ctx.business() : null;
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j];
    const s = start[i];
    const e = end[i];
    if (s !== s || e !== e) {
      out[j] = NaN;
    } else if (e < s) {
      out[j] = NaN;
      negative++;
    } else out[j] = business ? business.seconds(s, e) : (e - s) / 1000;
  }
  return { vals: out, negative };
}

export function negativeNote(count: number, what: string): string {
  return count > 0 ? `${count} ${what} excluded: the end time is before the start time` : '';
}

export function businessNote(ctx: Ctx, bh: boolean): string {
  return bh && ctx.hours === 'business' ? 'in business hours' : '';
}

/** Rows of tickets resolved in the view / previous period (by resolution time). */
export function resolvedRows(ctx: Ctx): { rows: Rows; trendKey: string; at: Float64Array; notes: string[] } | null {
  const t = ctx.data.tickets;
  if (!t) return null;
  const res = resolution(t);
  if (!res.known) return null;
  const rows = ctx.rows('tickets', '~resolved', res.at)!;
  const notes =
    res.byStatusOnly > 0 ? [`${res.byStatusOnly} tickets resolved by status only are dated by creation`] : [];
  return { rows, trendKey: '~resolved', at: res.at, notes };
}

/**
 * Per-row values of the whole table, cached when they do not depend on the view (calendar
 * durations, flags). For a view covering every row in order (range=all, no filter) the cached
 * array is used as is — no pass at all; otherwise it is gathered for the view's rows.
 */
export function valuesFor(ctx: Ctx, rows: Uint32Array, full: Float64Array, slot: string): Float64Array {
  if (rows.length === full.length) return full; // rowsIn lists ascending unique rows: all rows = identity
  const out = ctx.scratch(slot, rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = full[rows[j]];
  return out;
}

export interface TableDurations {
  /** Seconds per row; NaN when a time is missing, the row is excluded, or the duration is negative. */
  readonly vals: Float64Array;
  /** 1 per row whose end precedes its start. */
  readonly negative: Uint8Array;
  readonly negativeTotal: number;
}

/** Calendar durations `end − start` for every row, cached per table under `key`. */
export function tableDurations(
  table: ColumnTable,
  key: string,
  start: Float64Array,
  end: Float64Array,
  exclude?: (i: number) => boolean
): TableDurations {
  return cached(table, `dur:${key}`, () => {
    const vals = new Float64Array(table.length);
    const negative = new Uint8Array(table.length);
    let negativeTotal = 0;
    for (let i = 0; i < table.length; i++) {
      const s = start[i];
      const e = end[i];
      if (s !== s || e !== e || (exclude && exclude(i))) vals[i] = NaN;
      else if (e < s) {
        vals[i] = NaN;
        negative[i] = 1;
        negativeTotal++;
      } else vals[i] = (e - s) / 1000;
    }
    return { vals, negative, negativeTotal };
  });
}

/**
 * Durations for the view's rows: business hours when asked for a BH KPI (computed per view),
 * else the cached calendar durations. `negative` counts the view's rows with a negative duration.
 */
export function durationsFor(
  ctx: Ctx,
  rows: Uint32Array,
  full: () => TableDurations,
  start: Float64Array,
  end: Float64Array,
  bh: boolean,
  slot: string,
  exclude?: (i: number) => boolean
): Durations {
  if (bh && ctx.hours === 'business') {
    const d = durations(ctx, rows, start, end, true, ctx.scratch(slot, rows.length));
    if (exclude) for (let j = 0; j < rows.length; j++) if (exclude(rows[j])) d.vals[j] = NaN;
    return d;
  }
  return fromTable(ctx, rows, full(), slot);
}

/** The view's rows of cached per-row values, with the count of flagged (negative) rows among them. */
export function fromTable(ctx: Ctx, rows: Uint32Array, f: TableDurations, slot: string): Durations {
  let negative = 0;
  if (f.negativeTotal > 0) {
    if (rows.length === f.vals.length) negative = f.negativeTotal;
    else for (let j = 0; j < rows.length; j++) negative += f.negative[rows[j]];
  }
  return { vals: valuesFor(ctx, rows, f.vals, slot), negative };
}
