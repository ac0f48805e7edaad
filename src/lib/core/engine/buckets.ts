/**
 * Per-row calendar facts in the workspace zone, computed once per (table, column, zone, grain)
 * and cached: which trend bucket a row falls in, its hour of the week, its local day. A view then
 * maps the table's buckets onto its own with a small array (buckets are aligned to the same
 * calendar), so a trend costs two array reads per row and no date arithmetic.
 */
import type { ColumnTable } from '../columns/table';
import { makeBuckets, type Buckets } from '../time/calendar';
import { makeLocalClock, type LocalClock } from '../time/local-clock';
import { cached } from './cache';
import { extent, minMax, num } from './columns';
import type { Cells } from './aggregate';
import type { Grain } from './types';

export interface RowBuckets {
  /** Per row, the index into `buckets` of the table-wide calendar, -1 when the time is missing. */
  readonly rowBucket: Int32Array;
  readonly buckets: Buckets | null;
}

/**
 * Buckets over the whole span of `table.field`, or of `derived` (a per-row time computed from
 * several columns, e.g. when a ticket counts as resolved; `field` then names it for the cache).
 */
export function rowBuckets(
  table: ColumnTable,
  field: string,
  grain: Grain,
  timeZone: string,
  weekStart: number,
  derived?: Float64Array
): RowBuckets {
  return cached(table, `buckets:${field}:${grain}:${timeZone}:${weekStart}`, () => {
    const v = derived ?? num(table, field)!;
    const span = derived ? minMax(derived) : extent(table, field);
    const rowBucket = new Int32Array(table.length).fill(-1);
    if (!span) return { rowBucket, buckets: null };
    const buckets = makeBuckets(span[0], span[1] + 1, grain, timeZone, weekStart);
    const s = buckets.starts;
    const last = s.length - 1;
    // Rows are usually time-ordered, so try the previous row's bucket before searching.
    let b = 0;
    for (let i = 0; i < v.length; i++) {
      const t = v[i];
      if (t !== t) continue;
      if (!(t >= s[b] && (b === last || t < s[b + 1]))) b = buckets.indexOf(t);
      rowBucket[i] = b;
    }
    return { rowBucket, buckets };
  });
}

/**
 * Maps table-calendar buckets onto the view's buckets: `map[tableBucket]` = view bucket or -1.
 * Null when the two calendars do not line up (then callers fall back to `view.indexOf`).
 */
export function mapBuckets(rb: RowBuckets, view: Buckets): Int32Array | null {
  const tb = rb.buckets;
  if (!tb) return new Int32Array(0);
  const map = new Int32Array(tb.starts.length).fill(-1);
  const viewStart = view.starts[0];
  for (let k = 0; k < tb.starts.length; k++) {
    const s = Math.max(tb.starts[k], viewStart);
    const e = Math.min(k + 1 < tb.starts.length ? tb.starts[k + 1] : tb.end, view.end);
    if (!(s < e)) continue;
    const a = view.indexOf(s);
    const z = view.indexOf(e - 1);
    if (a !== z) return null;
    map[k] = a;
  }
  return map;
}

/** One clock per zone for the engine's per-row passes, so zone offsets are looked up once. */
const clocks = new Map<string, LocalClock>();
export function sharedClock(timeZone: string): LocalClock {
  let c = clocks.get(timeZone);
  if (!c) {
    c = makeLocalClock(timeZone);
    clocks.set(timeZone, c);
  }
  return c;
}

const DAY = 86_400_000;

/**
 * The zone offset of any instant in `[lo, hi]` as a function that is one array read for almost
 * every row: the offset at the start of each UTC day, and NaN for the few days whose offset
 * changes before the next day starts (a DST change), where the clock is asked row by row. Zone
 * changes are quarter-hour aligned and at most one per day, so comparing both ends of a day finds
 * them all. The per-row Map lookup this replaces was most of the cost of hour-of-week and day
 * columns on a million rows.
 */
export function offsetsOver(clock: LocalClock, lo: number, hi: number): (t: number) => number {
  const d0 = Math.floor(lo / DAY);
  const nDays = Math.floor(hi / DAY) - d0 + 1;
  if (!(nDays > 0 && nDays <= 200_000)) return (t) => clock.offsetMs(t); // absurd span (bad dates)
  const perDay = new Float64Array(nDays);
  let next = clock.offsetMs(d0 * DAY);
  for (let k = 0; k < nDays; k++) {
    const here = next;
    next = clock.offsetMs((d0 + k + 1) * DAY);
    perDay[k] = here === next && clock.offsetMs((d0 + k) * DAY + DAY / 2) === here ? here : NaN;
  }
  return (t) => {
    const off = perDay[Math.floor(t / DAY) - d0];
    return off === off ? off : clock.offsetMs(t);
  };
}

/** Offsets for the rows of a time column (see `offsetsOver`); null when the column is empty. */
function columnOffsets(table: ColumnTable, field: string, timeZone: string): ((t: number) => number) | null {
  const span = extent(table, field);
  return span ? offsetsOver(sharedClock(timeZone), span[0], span[1]) : null;
}

/**
 * Hour of the week per row: weekday (0 = Sunday) × 24 + local hour; 168 when missing. Uint32
 * like dictionary codes, so breakdown loops see one array type.
 */
export function hourOfWeek(table: ColumnTable, field: string, timeZone: string): Uint32Array {
  return cached(table, `how:${field}:${timeZone}`, () => {
    const v = num(table, field)!;
    const out = new Uint32Array(table.length).fill(168);
    const offset = columnOffsets(table, field, timeZone);
    if (!offset) return out;
    for (let i = 0; i < v.length; i++) {
      const t = v[i];
      if (t !== t) continue;
      // One offset lookup per row; 1970-01-01 (day 0) was a Thursday (4).
      const local = t + offset(t);
      const day = Math.floor(local / DAY);
      out[i] = ((((day + 4) % 7) + 7) % 7) * 24 + Math.floor((local - day * DAY) / 3_600_000);
    }
    return out;
  });
}

/** Local day index (days since 1970-01-01 in the zone) per row; NaN time → -2^31. */
export function localDay(table: ColumnTable, field: string, timeZone: string): Int32Array {
  return cached(table, `day:${field}:${timeZone}`, () => {
    const v = num(table, field)!;
    const out = new Int32Array(table.length).fill(-0x80000000);
    const offset = columnOffsets(table, field, timeZone);
    if (!offset) return out;
    for (let i = 0; i < v.length; i++) {
      const t = v[i];
      if (t === t) out[i] = Math.floor((t + offset(t)) / DAY);
    }
    return out;
  });
}

/** Keys of the 168 hours of the week, `"<weekday>:<hour>"`, indexed like `hourOfWeek` (168 = missing). */
export const HOUR_OF_WEEK_KEYS: readonly string[] = [
  ...Array.from({ length: 168 }, (_, k) => `${Math.floor(k / 24)}:${k % 24}`),
  ''
];

/**
 * Hour-of-week breakdowns as one Cells structure: a KPI sums per hour of the week in one pass
 * and gets `hour_weekday`, `weekday` and `hour` by folding 168 cells.
 */
export function hourOfWeekCells(table: ColumnTable, field: string, timeZone: string): Cells {
  return cached(table, `how-cells:${field}:${timeZone}`, () => {
    const ids = Array.from({ length: 169 }, (_, k) => k);
    return {
      cells: hourOfWeek(table, field, timeZone),
      size: 169,
      parts: [
        { name: 'hour_weekday', keys: HOUR_OF_WEEK_KEYS, ofCell: Uint32Array.from(ids) },
        {
          name: 'weekday',
          keys: WEEKDAY_KEYS,
          ofCell: Uint32Array.from(ids, (k) => (k === 168 ? 7 : Math.floor(k / 24)))
        },
        { name: 'hour', keys: HOUR_KEYS, ofCell: Uint32Array.from(ids, (k) => (k === 168 ? 24 : k % 24)) }
      ]
    };
  });
}

/** Keys of the weekday and hour parts (the last key of each = missing time). */
export const WEEKDAY_KEYS: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', ''];
export const HOUR_KEYS: readonly string[] = [...Array.from({ length: 24 }, (_, h) => String(h)), ''];
