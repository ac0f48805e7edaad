/**
 * The records behind a KPI figure: runs the KPI's own function with picks on (../engine/pick.ts)
 * and keeps the rows it counted — for the headline, one trend bucket (the KPI over that bucket's
 * own span, which is what the trend point is), one breakdown cell, or one heat-map cell — as
 * the numerator, the rest of `n`, or all of `n`; then sorts them so what needs attention comes
 * first (specs.ts). Because the rows are the ones the KPI aggregated, `n` and the numerator
 * here are the KPI's, by construction; drill.test.ts checks it for every KPI anyway.
 */
import { isKpiId } from '../catalog';
import { dataSpan, latestEvent } from '../engine';
import { Ctx } from '../engine/context';
import type { Pick, PickGroup } from '../engine/pick';
import { KPI_FUNCTIONS } from '../engine/registry';
import type { Dataset, KpiResult, ResolvedView, Settings, View } from '../engine/types';
import type { RecordKind } from '../schema/fields';
import { previousPeriod, resolveView } from '../time/calendar';
import { dayIndexOfKey, dayKeyOfIndex } from '../time/local-clock';
import { drillSpec, type DrillSet } from './specs';
import { sortOrder } from './sort';

/** One drill-down: a KPI and optionally the cell of it (URL `drill`, `bucket`, `by`/`key`, `how`/`hour`). */
export interface DrillQuery {
  readonly kpi: string;
  /** A trend bucket's first day, `YYYY-MM-DD`. */
  readonly bucket?: string;
  /** A breakdown cell: breakdown name and key. */
  readonly by?: string;
  readonly key?: string;
  /** A heat-map cell: weekday 0–6 with Monday = 0 (the URL contract) and hour 0–23. */
  readonly how?: number;
  readonly hour?: number;
  /** Which records; default: the KPI's default set (specs.ts). */
  readonly set?: DrillSet;
}

/** Listed rows of one record kind, in display order; `vals` = the KPI's per-row value. */
export interface DrillSegment {
  readonly kind: RecordKind;
  readonly rows: Uint32Array;
  readonly vals: Float64Array | null;
}

export interface DrillSelection {
  readonly kpi: string;
  readonly available: boolean;
  readonly missing: readonly string[];
  readonly set: DrillSet;
  /** Records counted in the cell (the KPI's n there) and of them in the numerator (null: none). */
  readonly n: number;
  readonly num: number | null;
  readonly count: number;
  readonly segments: readonly DrillSegment[];
  /** The span the records belong to (a bucket's own when drilling one). */
  readonly from: string;
  readonly to: string;
  /** The KPI over the whole view, and the figure of the drilled cell (bucket point, breakdown row). */
  readonly result: KpiResult;
  readonly cell: { readonly value: number | null; readonly n: number } | null;
}

/** A drill-down that cannot be answered as asked (unknown KPI, bucket or breakdown): say which. */
export class DrillError extends Error {}

/** The engine's weekday (0 = Sunday) of the URL's (0 = Monday). */
export function engineWeekday(mondayFirst: number): number {
  return (mondayFirst + 1) % 7;
}

export function drillSelect(data: Dataset, view: View, settings: Settings, now: number, q: DrillQuery): DrillSelection {
  // The id comes from a URL: a string until the catalog says it names a KPI.
  if (!isKpiId(q.kpi)) throw new DrillError(`There is no KPI "${q.kpi}".`);
  const fn = KPI_FUNCTIONS[q.kpi];
  const span = dataSpan(data);
  const rv = resolveView(view, settings.timeZone, span.start, span.end, now);
  const prev = previousPeriod(rv, settings.timeZone);
  // Judged as of the same instant as the scorecard (the data's last event), or the lists would
  // hold tickets the figure leaves undecided.
  const dataEnd = latestEvent(data);
  const ctx = new Ctx(data, rv, { start: prev.start, end: prev.end }, settings, now, dataEnd);
  ctx.picks = [];
  const result = fn(ctx);
  let picks = ctx.picks;
  let period = { from: rv.from, to: rv.to };
  let cell: DrillSelection['cell'] = null;
  if (q.bucket !== undefined) {
    const k = ctx.buckets.keys.indexOf(q.bucket);
    const point = result.trend.find((p) => p.start === q.bucket);
    if (k < 0 || !point) throw new DrillError(`This KPI has no trend bucket starting ${q.bucket} in this view.`);
    const sub = bucketView(rv, ctx, k);
    const bctx = new Ctx(data, sub, { start: sub.start, end: sub.start }, settings, now, dataEnd);
    bctx.picks = [];
    fn(bctx);
    // A mix KPI's trend follows the view's top label in every bucket, not each bucket's own.
    picks = bctx.picks.map((p) =>
      typeof p.numerator === 'object' && result.headline !== undefined
        ? { ...p, numerator: { by: p.numerator.by, key: result.headline } }
        : p
    );
    period = { from: sub.from, to: sub.to };
    cell = { value: point.value, n: point.n };
  }
  const by = q.how !== undefined || q.hour !== undefined ? 'hour_weekday' : q.by;
  const key =
    q.how !== undefined || q.hour !== undefined ? `${engineWeekday(q.how ?? 0)}:${q.hour ?? 0}` : (q.key ?? '');
  if (by !== undefined) {
    if (!picks.some((p) => p.groups.some((g) => groupHas(g, by))) && result.available)
      throw new DrillError(`This KPI has no breakdown by "${by}".`);
    const row = result.breakdowns[by]?.find((r) => r.key === key);
    if (q.bucket === undefined) cell = row ? { value: row.value, n: row.n } : { value: null, n: 0 };
  }
  const hasNumerator = picks.some((p) => p.numerator !== 'none');
  const wanted = q.set ?? drillSpec(q.kpi).defaultSet ?? 'num';
  const set: DrillSet = hasNumerator ? wanted : 'all';
  let n = 0;
  let num = 0;
  const segments: DrillSegment[] = [];
  for (const p of picks) {
    const table = data[p.kind];
    if (!table) continue;
    const out = selectRows(p, by, key, set);
    n += out.n;
    num += out.num;
    if (out.rows.length === 0) continue;
    const order = sortOrder(table, out.rows, out.vals, drillSpec(q.kpi).sort, now);
    segments.push({
      kind: p.kind,
      rows: Uint32Array.from(order, (j) => out.rows[j]),
      vals: out.vals ? Float64Array.from(order, (j) => out.vals![j]) : null
    });
  }
  return {
    kpi: q.kpi,
    available: result.available,
    missing: result.missing,
    set,
    n,
    num: hasNumerator ? num : null,
    count: segments.reduce((a, s) => a + s.rows.length, 0),
    segments,
    ...period,
    result,
    cell
  };
}

/** Bucket `k` of the view as a view of its own: `[start of bucket, start of the next)` within the view. */
function bucketView(rv: ResolvedView, ctx: Ctx, k: number): ResolvedView {
  const b = ctx.buckets;
  const last = k + 1 >= b.keys.length;
  const from = b.keys[k] > rv.from ? b.keys[k] : rv.from;
  const to = last ? rv.to : dayKeyOfIndex(dayIndexOfKey(b.keys[k + 1]) - 1);
  return { ...rv, start: b.starts[k], end: last ? rv.end : b.starts[k + 1], from, to };
}

function groupHas(g: PickGroup, name: string): boolean {
  return 'parts' in g ? g.parts.some((x) => x.name === name) : g.name === name;
}

/** Per dictionary code (or cell id): 1 when it reads as `key` in breakdown `name`. */
function matcher(g: PickGroup, name: string, key: string): { codes: Uint32Array; hit: Uint8Array; via?: Int32Array } {
  if ('parts' in g) {
    const part = g.parts.find((x) => x.name === name)!;
    return { codes: g.cells, hit: Uint8Array.from(part.ofCell, (code) => (part.keys[code] === key ? 1 : 0)) };
  }
  if ('labels' in g) return { codes: g.codes, hit: Uint8Array.from(g.labels, (ls) => (ls.includes(key) ? 1 : 0)) };
  return { codes: g.codes, hit: Uint8Array.from(g.keys, (k) => (k === key ? 1 : 0)), via: g.via };
}

/** Whether each listed row (by position) lies in the cell; null = every row. */
function inCell(p: Pick, name: string | undefined, key: string): Uint8Array | null {
  if (name === undefined) return null;
  const out = new Uint8Array(p.rows.length);
  const g = p.groups.find((x) => groupHas(x, name));
  if (!g) return out; // this kind has no such breakdown: none of its rows is in the cell
  const { codes, hit, via } = matcher(g, name, key);
  for (let j = 0; j < p.rows.length; j++) {
    const i = p.rows[j];
    const r = via ? via[i] : i;
    out[j] = r >= 0 ? hit[codes[r]] : 0;
  }
  return out;
}

function selectRows(p: Pick, by: string | undefined, key: string, set: DrillSet) {
  const cell = inCell(p, by, key);
  const numer = p.numerator;
  const numCell = typeof numer === 'object' ? inCell(p, numer.by, numer.key) : null;
  const picked = new Uint32Array(p.rows.length);
  const pickedVals = p.vals ? new Float64Array(p.rows.length) : null;
  let n = 0;
  let num = 0;
  let m = 0;
  for (let j = 0; j < p.rows.length; j++) {
    const v = p.vals ? p.vals[j] : 1;
    if (v !== v || (cell !== null && cell[j] === 0)) continue;
    n++;
    const isNum = numer === 'ones' ? v === 1 : numCell !== null ? numCell[j] === 1 : false;
    if (isNum) num++;
    if (set === 'all' || (set === 'num') === isNum) {
      picked[m] = p.rows[j];
      if (pickedVals) pickedVals[m] = v;
      m++;
    }
  }
  return { n, num, rows: picked.subarray(0, m), vals: pickedVals ? pickedVals.subarray(0, m) : null };
}
