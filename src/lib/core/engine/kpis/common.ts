/**
 * Small shared pieces of the KPI functions: the breakdown fields per kind, the bucket of a row,
 * the days of each trend bucket, and the duration pass used by every time KPI (which excludes
 * negative durations and says how many it excluded, never averaging them silently).
 */
import type { TrendIndex } from '../aggregate';
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

/**
 * Calendar seconds `end − start` for the listed rows, into `out` (aligned with `rows`). NaN when a
 * time is missing or `skip[row]` is 1 (a row the KPI does not count); negative → NaN, counted.
 * Computed per view rather than cached per table: one pass costs about what gathering a cached
 * array costs, and a million-row table no longer carries an 8 MB array per duration KPI (whose
 * allocation, on a heap of millions of dictionary strings, triggered costly collections).
 */
export function calendarDurations(
  rows: Uint32Array,
  start: Float64Array,
  end: Float64Array,
  skip: Uint8Array | null,
  out: Float64Array
): Durations {
  let negative = 0;
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j];
    const s = start[i];
    const e = end[i];
    if (s !== s || e !== e || (skip !== null && skip[i] === 1)) out[j] = NaN;
    else if (e < s) {
      out[j] = NaN;
      negative++;
    } else out[j] = (e - s) / 1000;
  }
  return { vals: out, negative };
}

/**
 * Durations for the view's rows: business hours when asked for a BH KPI, else calendar. In
 * business hours a skipped row is cleared after its duration is taken (its sign still counts
 * toward `negative`), as before calendar durations were computed per view.
 */
export function durationsFor(
  ctx: Ctx,
  rows: Uint32Array,
  start: Float64Array,
  end: Float64Array,
  bh: boolean,
  slot: string,
  skip: Uint8Array | null = null
): Durations {
  const out = ctx.scratch(slot, rows.length);
  if (bh && ctx.hours === 'business') {
    const d = durations(ctx, rows, start, end, true, out);
    if (skip !== null) for (let j = 0; j < rows.length; j++) if (skip[rows[j]] === 1) d.vals[j] = NaN;
    return d;
  }
  return calendarDurations(rows, start, end, skip, out);
}

/** 0 → 0, 1 → 1, anything else (UNKNOWN) → NaN: a flag byte as the number a stat sums. */
const FLAG_VALUE = Float64Array.from({ length: 256 }, (_, k) => (k === 0 ? 0 : k === 1 ? 1 : NaN));

/** The view's rows of a per-row flag array (columns.ts UNKNOWN = not counted), as 1 / 0 / NaN. */
export function flagValues(ctx: Ctx, rows: Uint32Array, flags: Uint8Array, slot: string): Float64Array {
  const out = ctx.scratch(slot, rows.length);
  if (rows.length === flags.length) for (let j = 0; j < rows.length; j++) out[j] = FLAG_VALUE[flags[j]];
  else for (let j = 0; j < rows.length; j++) out[j] = FLAG_VALUE[flags[rows[j]]];
  return out;
}

/** Per-row numbers or flags, for the view's rows. */
export function valuesOf(ctx: Ctx, rows: Uint32Array, full: Float64Array | Uint8Array, slot: string): Float64Array {
  return full instanceof Uint8Array ? flagValues(ctx, rows, full, slot) : valuesFor(ctx, rows, full, slot);
}
