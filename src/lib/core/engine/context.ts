/**
 * One compute call's working set: the resolved view and previous period, the trend buckets, the
 * filter masks and the rows of each kind inside each period, a business clock, and scratch
 * buffers. KPI functions ask the context instead of recomputing, so rows of `tickets.created_at`
 * in the view are listed once for all the ticket KPIs.
 */
import type { ColumnTable } from '../columns/table';
import type { RecordKind } from '../schema/fields';
import { makeBusinessClock, type BusinessClock } from '../time/business-hours';
import { makeBuckets, type Buckets } from '../time/calendar';
import type { TrendIndex } from './aggregate';
import { mapBuckets, rowBuckets } from './buckets';
import { cached } from './cache';
import { minMax, num } from './columns';
import { filterMask } from './masks';
import type { Pick } from './pick';
import type { Dataset, HoursMode, ResolvedView, Settings } from './types';

/** Row indexes of one kind whose time falls in the view (`cur`) and in the previous period (`prev`). */
export interface Rows {
  readonly cur: Uint32Array;
  readonly prev: Uint32Array;
}

/** A row list a KPI asked for: the times it was taken from, and whether the view left it empty. */
export interface Asked {
  readonly times: Float64Array;
  readonly empty: boolean;
}

export interface Period {
  readonly start: number;
  readonly end: number;
}

export class Ctx {
  readonly buckets: Buckets;
  readonly tz: string;
  private readonly rowsMemo = new Map<string, Rows | null>();
  private readonly masks = new Map<RecordKind, Uint8Array | null>();
  private readonly trends = new Map<string, TrendIndex | null>();
  private readonly memo = new Map<string, unknown>();
  private bclock: BusinessClock | null = null;
  private readonly kinds = new Map<Rows, RecordKind>();
  /** Set by the drill-down (see pick.ts): collects what each KPI counted. Null in a normal compute. */
  picks: Pick[] | null = null;

  constructor(
    readonly data: Dataset,
    readonly view: ResolvedView,
    readonly prev: Period,
    readonly settings: Settings,
    readonly now: number,
    /** Latest event in the dataset (index.ts `latestEvent`; null = none): the data says nothing after it. */
    readonly dataEnd: number | null = null
  ) {
    this.tz = settings.timeZone;
    this.buckets = makeBuckets(view.start, view.end, view.grain, this.tz, settings.weekStart);
    this.asOf = Math.min(now, dataEnd ?? Infinity);
  }

  /**
   * What the data knows is as of this instant: now, or the latest record when that is earlier (an
   * export says nothing about what happened after it was taken). A ticket still open at this
   * instant with its deadline ahead is undecided, not late.
   */
  readonly asOf: number;

  /**
   * The same instant for the previous period, shifted back by the distance between the two
   * periods' starts: the previous period's tickets are looked at when they were as old as the
   * view's are now, so a period still in progress is compared like with like.
   */
  get prevAsOf(): number {
    return this.asOf - (this.view.start - this.prev.start);
  }

  get hours(): HoursMode {
    return this.view.hours;
  }

  mask(kind: RecordKind): Uint8Array | null {
    if (!this.masks.has(kind)) this.masks.set(kind, filterMask(this.data, kind, this.view.filters));
    return this.masks.get(kind)!;
  }

  /**
   * The row lists asked for since `track()` (key → the times they were taken from), so the
   * engine can tell a KPI emptied by the filters from one with no records in the period.
   */
  private asked: Map<string, Asked> | null = null;

  track(): Map<string, Asked> {
    this.asked = new Map();
    return this.asked;
  }

  /** Filtered rows of `kind` whose `field` lies in the view / previous period; null when absent. */
  rows(kind: RecordKind, field: string, derived?: Float64Array): Rows | null {
    const key = `${kind}.${field}`;
    const out = this.rowsOf(kind, field, key, derived);
    const times = derived ?? num(this.data[kind], field);
    if (this.asked && times) this.asked.set(key, { times, empty: out === null || out.cur.length === 0 });
    return out;
  }

  private rowsOf(kind: RecordKind, field: string, key: string, derived?: Float64Array): Rows | null {
    if (this.rowsMemo.has(key)) return this.rowsMemo.get(key)!;
    const table = this.data[kind];
    const v = derived ?? num(table, field);
    let out: Rows | null = null;
    if (table && v) {
      const mask = this.mask(kind);
      const span = mask === null ? spanOf(table, field, v) : null;
      // The view covers every row (range=all): reuse the table's cached list of timed rows.
      out =
        span && span[0] >= this.view.start && span[1] < this.view.end
          ? {
              cur: cached(
                table,
                `timed:${field}`,
                () => rowsIn(v, null, { start: -Infinity, end: Infinity }, this.prev).cur
              ),
              prev: EMPTY
            }
          : rowsInPooled(key, v, mask, this.view, this.prev);
    }
    this.rowsMemo.set(key, out);
    if (out) this.kinds.set(out, kind);
    return out;
  }

  /** The record kind of a row list this context handed out (for the drill-down's picks). */
  kindOf(rows: Rows): RecordKind {
    const kind = this.kinds.get(rows);
    if (!kind) throw new Error('rows not listed by this context');
    return kind;
  }

  /** How rows of `kind.field` map to the view's trend buckets. */
  trend(kind: RecordKind, field: string, derived?: Float64Array): TrendIndex | null {
    const key = `${kind}.${field}`;
    if (this.trends.has(key)) return this.trends.get(key)!;
    const table = this.data[kind];
    let out: TrendIndex | null = null;
    if (table && (derived || num(table, field))) out = trendIndex(table, field, this, derived);
    this.trends.set(key, out);
    return out;
  }

  business(): BusinessClock {
    if (!this.bclock) this.bclock = makeBusinessClock(this.settings.businessHours, this.tz);
    return this.bclock;
  }

  /** A reusable Float64Array of `n` values; one per `slot`, shared across KPIs and computes. */
  scratch(slot: string, n: number): Float64Array {
    return pooled(F64_POOL, slot, n, (m) => new Float64Array(m));
  }

  /** Per-compute memo for results several KPIs share. */
  once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }
}

/**
 * Rows with `start ≤ t < end` for the view and the previous period, honouring the mask. Two
 * passes (count, then fill) so the lists are exactly as long as needed.
 */
export function rowsIn(v: Float64Array, mask: Uint8Array | null, cur: Period, prev: Period): Rows {
  const [na, nb] = countRows(v, mask, cur, prev);
  const a = new Uint32Array(na);
  const b = new Uint32Array(nb);
  return fillRows(v, mask, cur, prev, a, b);
}

/**
 * `rowsIn` into pooled arrays (valid until the next compute asks for the same `slot`): a view
 * that lists a million rows would otherwise allocate megabytes per compute, and on a heap holding
 * millions of dictionary strings each collection that this provokes costs tens of milliseconds.
 */
function rowsInPooled(slot: string, v: Float64Array, mask: Uint8Array | null, cur: Period, prev: Period): Rows {
  const [na, nb] = countRows(v, mask, cur, prev);
  const a = pooled(U32_POOL, `${slot}:cur`, na, (m) => new Uint32Array(m));
  const b = pooled(U32_POOL, `${slot}:prev`, nb, (m) => new Uint32Array(m));
  return fillRows(v, mask, cur, prev, a, b);
}

function countRows(v: Float64Array, mask: Uint8Array | null, cur: Period, prev: Period): [number, number] {
  const s = cur.start;
  const e = cur.end;
  const ps = prev.start;
  const pe = prev.end;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < v.length; i++) {
    if (mask !== null && mask[i] === 0) continue;
    const t = v[i];
    if (t >= s && t < e) na++;
    else if (t >= ps && t < pe) nb++;
  }
  return [na, nb];
}

function fillRows(
  v: Float64Array,
  mask: Uint8Array | null,
  cur: Period,
  prev: Period,
  a: Uint32Array,
  b: Uint32Array
): Rows {
  const s = cur.start;
  const e = cur.end;
  const ps = prev.start;
  const pe = prev.end;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < v.length; i++) {
    if (mask !== null && mask[i] === 0) continue;
    const t = v[i];
    if (t >= s && t < e) a[na++] = i;
    else if (t >= ps && t < pe) b[nb++] = i;
  }
  return { cur: a, prev: b };
}

const EMPTY = new Uint32Array(0);

/**
 * Buffers reused from one compute to the next (computes run one at a time in the worker): per
 * slot one array that only grows, handed out as a subarray of the length asked for. Nothing a
 * result keeps points into them.
 */
const F64_POOL = new Map<string, Float64Array>();
const U32_POOL = new Map<string, Uint32Array>();

function pooled<T extends Float64Array | Uint32Array>(
  pool: Map<string, T>,
  slot: string,
  n: number,
  make: (m: number) => T
): T {
  let s = pool.get(slot);
  if (!s || s.length < n) {
    s = make(Math.max(n, 1024));
    pool.set(slot, s);
  }
  return s.subarray(0, n) as T;
}

/** Min and max of a time column (or derived times), cached per table. */
function spanOf(table: ColumnTable, field: string, v: Float64Array): readonly [number, number] | null {
  // Same key as columns.ts `extent` (derived fields are named `~…`, never a column): one scan per column.
  return cached(table, `extent:${field}`, () => minMax(v));
}

function trendIndex(table: ColumnTable, field: string, ctx: Ctx, derived?: Float64Array): TrendIndex {
  const rb = rowBuckets(table, field, ctx.view.grain, ctx.tz, ctx.settings.weekStart, derived);
  const map = mapBuckets(rb, ctx.buckets);
  if (map) return { rowBucket: rb.rowBucket, map, keys: ctx.buckets.keys };
  // Calendars do not line up (should not happen with one zone and grain): index rows directly.
  const v = derived ?? num(table, field)!;
  const direct = new Int32Array(v.length);
  for (let i = 0; i < v.length; i++) direct[i] = ctx.buckets.indexOf(v[i]);
  const identity = Int32Array.from(ctx.buckets.keys, (_, k) => k);
  return { rowBucket: direct, map: identity, keys: ctx.buckets.keys };
}
