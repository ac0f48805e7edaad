/**
 * The one aggregation loop every KPI goes through: per-row values (aligned to a row list, NaN =
 * not counted) → headline value and n, median/p90, a trend per view bucket and breakdowns by
 * dictionary-coded fields, in a single pass over typed arrays. Keeping it in one monomorphic
 * function is what makes forty KPIs over a million rows fit the time budget; the KPI functions
 * only decide which rows count and what each row's value is.
 *
 * Stats: `mean` (sum / n), `rate` (share of 1s among 0/1 values, × 100), `sum` (n = rows
 * summed), `count` (every listed row counts 1; `vals` ignored), `max`. A stat over zero rows is
 * null, never 0.
 */
import { medianP90 } from './quantile';
import type { BreakdownRow, TrendPoint } from './types';

export type Stat = 'mean' | 'rate' | 'sum' | 'count' | 'max';

/** Rows' view-bucket index: `map[rowBucket[row]]` (−1 = outside the view). */
export interface TrendIndex {
  readonly rowBucket: Int32Array;
  readonly map: Int32Array;
  readonly keys: readonly string[];
}

/** A breakdown: `keys[codes[row]]`; with `via`, the code is read at row `via[row]` (−1 = none). */
export interface Group {
  readonly name: string;
  readonly codes: Uint32Array;
  readonly keys: readonly string[];
  readonly via?: Int32Array;
}

/**
 * Several breakdowns at once: each row's combination of codes (channel × agent × …) as one cell
 * id. A KPI sums its values per cell in one pass, then folds cells into each breakdown — a few
 * thousand cells instead of one pass over a million rows per breakdown.
 */
export interface Cells {
  readonly cells: Uint32Array;
  readonly size: number;
  readonly parts: readonly { readonly name: string; readonly keys: readonly string[]; readonly ofCell: Uint32Array }[];
}

export interface AggInput {
  readonly stat: Stat;
  readonly rows: Uint32Array;
  /** Aligned with `rows` (vals[j] belongs to rows[j]); unused for `count`. */
  readonly vals?: Float64Array;
  readonly trend?: TrendIndex | null;
  readonly groups?: readonly (Group | Cells)[];
  readonly quantiles?: boolean;
  /** Scratch for quantiles, at least rows.length long. */
  readonly scratch?: Float64Array;
}

export interface Agg {
  readonly value: number | null;
  readonly n: number;
  readonly median?: number | null;
  readonly p90?: number | null;
  readonly trend: TrendPoint[];
  readonly breakdowns: Record<string, BreakdownRow[]>;
}

export function finish(stat: Stat, sum: number, n: number, max: number): number | null {
  if (n === 0) return null;
  switch (stat) {
    case 'mean':
      return sum / n;
    case 'rate':
      return (sum / n) * 100;
    case 'max':
      return max;
    default:
      return sum;
  }
}

/** Headline only (used for the previous period). */
export function headline(stat: Stat, rows: Uint32Array, vals?: Float64Array): { value: number | null; n: number } {
  if (stat === 'count') return { value: rows.length === 0 ? null : rows.length, n: rows.length };
  let sum = 0;
  let n = 0;
  let max = -Infinity;
  const v = vals!;
  for (let j = 0; j < rows.length; j++) {
    const x = v[j];
    if (x !== x) continue;
    sum += x;
    n++;
    if (x > max) max = x;
  }
  return { value: finish(stat, sum, n, max), n };
}

export function aggregate(input: AggInput): Agg {
  const { stat, rows } = input;
  const count = stat === 'count';
  const v = count ? null : input.vals!;
  const tr = input.trend ?? null;
  const nB = tr ? tr.keys.length : 0;
  const bSum = new Float64Array(nB);
  const bN = new Float64Array(nB);
  const bMax = new Float64Array(nB).fill(-Infinity);
  const q = input.quantiles === true && !count ? input.scratch! : null;
  let sum: number;
  let n: number;
  let max: number;
  // The first Cells group is summed in the main loop (one pass over the rows for headline,
  // trend and all its breakdowns); other groups get their own tight, monomorphic loops.
  const groups = input.groups ?? [];
  const fused = (groups.find((g) => 'parts' in g) as Cells | undefined) ?? null;
  const cellCodes = fused ? fused.cells : null;
  const cSum = new Float64Array(fused ? fused.size : 0);
  const cN = new Float64Array(fused ? fused.size : 0);
  const cMax = stat === 'max' ? new Float64Array(cSum.length).fill(-Infinity) : null;
  if (v === null) {
    n = rows.length;
    sum = n;
    max = n > 0 ? 1 : -Infinity;
    if (tr) countTrend(rows, tr.rowBucket, tr.map, bN);
    if (cellCodes) countGroup(rows, cellCodes, cN);
    cSum.set(cN);
    bSum.set(bN);
    for (let b = 0; b < nB; b++) if (bN[b] > 0) bMax[b] = 1;
  } else {
    const t = accumulate(v, rows, tr, q, stat === 'max', bSum, bN, bMax, cellCodes, cSum, cN, cMax);
    sum = t.sum;
    n = t.n;
    max = t.max;
  }
  const out: {
    value: number | null;
    n: number;
    median?: number | null;
    p90?: number | null;
    trend: TrendPoint[];
    breakdowns: Record<string, BreakdownRow[]>;
  } = { value: finish(stat, sum, n, max), n, trend: [], breakdowns: {} };
  if (q !== null) Object.assign(out, medianP90(q, n));
  for (let b = 0; b < nB; b++)
    out.trend.push({ start: tr!.keys[b], value: finish(stat, bSum[b], bN[b], bMax[b]), n: bN[b] });
  for (const g of groups) {
    if (g === fused) {
      foldParts(g, stat, cSum, cN, cMax, out.breakdowns);
      continue;
    }
    if ('parts' in g) {
      foldCells(g, stat, rows, v, out.breakdowns);
      continue;
    }
    const k = g.keys.length;
    const sums = new Float64Array(k);
    const ns = new Float64Array(k);
    const maxes = stat === 'max' ? new Float64Array(k).fill(-Infinity) : null;
    if (v === null) {
      if (g.via) countGroupVia(rows, g.codes, g.via, ns);
      else countGroup(rows, g.codes, ns);
      sums.set(ns);
    } else if (g.via) sumGroupVia(rows, v, g.codes, g.via, sums, ns, maxes);
    else sumGroup(rows, v, g.codes, sums, ns, maxes);
    out.breakdowns[g.name] = breakdownRows(g.keys, sums, ns, (s, c, m) => finish(stat, s, c, m), maxes ?? undefined);
  }
  return out;
}

/**
 * The main loop: headline sums, trend buckets and the fused cells in one pass over the rows.
 * Written for V8: when the rows are every row of the table in order (range=all, no filter) the
 * row list is not read at all, and the view-bucket map is shifted by one so a row outside the
 * view lands in a spare slot instead of taking a branch.
 */
function accumulate(
  v: Float64Array,
  rows: Uint32Array,
  tr: TrendIndex | null,
  q: Float64Array | null,
  isMax: boolean,
  bSum: Float64Array,
  bN: Float64Array,
  bMax: Float64Array,
  cellCodes: Uint32Array | null,
  cSum: Float64Array,
  cN: Float64Array,
  cMax: Float64Array | null
): { sum: number; n: number; max: number } {
  const nB = bSum.length;
  const rowBucket = tr ? tr.rowBucket : null;
  // map1[rb + 1] = view bucket, or nB (the spare slot) for rows outside the view / no time.
  const map1 = new Int32Array(tr ? tr.map.length + 1 : 1).fill(nB);
  if (tr) for (let k = 0; k < tr.map.length; k++) if (tr.map[k] >= 0) map1[k + 1] = tr.map[k];
  const xs = new Float64Array(nB + 1);
  const xn = new Float64Array(nB + 1);
  const xm = new Float64Array(nB + 1).fill(-Infinity);
  const identity = rows.length === (rowBucket ?? cellCodes ?? EMPTY).length;
  if (rowBucket !== null && cellCodes !== null && !isMax) {
    const t = sumTrendCells(v, rows.length, identity ? null : rows, rowBucket, map1, xs, xn, cellCodes, cSum, cN, q);
    bSum.set(xs.subarray(0, nB));
    bN.set(xn.subarray(0, nB));
    return t;
  }
  let sum = 0;
  let n = 0;
  let max = -Infinity;
  for (let j = 0; j < rows.length; j++) {
    const x = v[j];
    if (x !== x) continue;
    const i = identity ? j : rows[j];
    if (q !== null) q[n] = x;
    sum += x;
    n++;
    if (x > max) max = x;
    if (rowBucket !== null) {
      const b = map1[rowBucket[i] + 1];
      xs[b] += x;
      xn[b]++;
      if (isMax && x > xm[b]) xm[b] = x;
    }
    if (cellCodes !== null) {
      const c = cellCodes[i];
      cSum[c] += x;
      cN[c]++;
      if (cMax !== null && x > cMax[c]) cMax[c] = x;
    }
  }
  bSum.set(xs.subarray(0, nB));
  bN.set(xn.subarray(0, nB));
  if (isMax) bMax.set(xm.subarray(0, nB));
  return { sum, n, max };
}

const EMPTY = new Uint32Array(0);

/**
 * `accumulate` for its most common case (a trend and fused cells, not `max`), with no other
 * branch per row: most KPIs take this loop over a million rows on every compute. `rows` null =
 * every row of the table in order.
 */
function sumTrendCells(
  v: Float64Array,
  len: number,
  rows: Uint32Array | null,
  rowBucket: Int32Array,
  map1: Int32Array,
  xs: Float64Array,
  xn: Float64Array,
  cells: Uint32Array,
  cSum: Float64Array,
  cN: Float64Array,
  q: Float64Array | null
): { sum: number; n: number; max: number } {
  let sum = 0;
  let n = 0;
  let max = -Infinity;
  for (let j = 0; j < len; j++) {
    const x = v[j];
    if (x !== x) continue;
    const i = rows === null ? j : rows[j];
    if (q !== null) q[n] = x;
    sum += x;
    n++;
    if (x > max) max = x;
    const b = map1[rowBucket[i] + 1];
    xs[b] += x;
    xn[b]++;
    const c = cells[i];
    cSum[c] += x;
    cN[c]++;
  }
  return { sum, n, max };
}

function foldCells(
  g: Cells,
  stat: Stat,
  rows: Uint32Array,
  v: Float64Array | null,
  into: Record<string, BreakdownRow[]>
): void {
  const sums = new Float64Array(g.size);
  const ns = new Float64Array(g.size);
  const maxes = stat === 'max' ? new Float64Array(g.size).fill(-Infinity) : null;
  if (v === null) {
    countGroup(rows, g.cells, ns);
    sums.set(ns);
  } else sumGroup(rows, v, g.cells, sums, ns, maxes);
  foldParts(g, stat, sums, ns, maxes, into);
}

/** Per-cell sums → one breakdown per part (a few thousand cells, not a million rows). */
function foldParts(
  g: Cells,
  stat: Stat,
  sums: Float64Array,
  ns: Float64Array,
  maxes: Float64Array | null,
  into: Record<string, BreakdownRow[]>
): void {
  for (const part of g.parts) {
    const k = part.keys.length;
    const ps = new Float64Array(k);
    const pn = new Float64Array(k);
    const pm = maxes ? new Float64Array(k).fill(-Infinity) : null;
    for (let c = 0; c < g.size; c++) {
      if (ns[c] === 0) continue;
      const code = part.ofCell[c];
      ps[code] += sums[c];
      pn[code] += ns[c];
      if (pm && maxes![c] > pm[code]) pm[code] = maxes![c];
    }
    into[part.name] = breakdownRows(part.keys, ps, pn, (s, c, m) => finish(stat, s, c, m), pm ?? undefined);
  }
}

function countTrend(rows: Uint32Array, rowBucket: Int32Array, map: Int32Array, bN: Float64Array): void {
  for (let j = 0; j < rows.length; j++) {
    const rb = rowBucket[rows[j]];
    if (rb < 0) continue;
    const b = map[rb];
    if (b >= 0) bN[b]++;
  }
}

function countGroup(rows: Uint32Array, codes: Uint32Array, ns: Float64Array): void {
  for (let j = 0; j < rows.length; j++) ns[codes[rows[j]]]++;
}

function countGroupVia(rows: Uint32Array, codes: Uint32Array, via: Int32Array, ns: Float64Array): void {
  for (let j = 0; j < rows.length; j++) {
    const r = via[rows[j]];
    if (r >= 0) ns[codes[r]]++;
  }
}

function sumGroup(
  rows: Uint32Array,
  v: Float64Array,
  codes: Uint32Array,
  sums: Float64Array,
  ns: Float64Array,
  maxes: Float64Array | null
): void {
  for (let j = 0; j < rows.length; j++) {
    const x = v[j];
    if (x !== x) continue;
    const c = codes[rows[j]];
    sums[c] += x;
    ns[c]++;
    if (maxes !== null && x > maxes[c]) maxes[c] = x;
  }
}

function sumGroupVia(
  rows: Uint32Array,
  v: Float64Array,
  codes: Uint32Array,
  via: Int32Array,
  sums: Float64Array,
  ns: Float64Array,
  maxes: Float64Array | null
): void {
  for (let j = 0; j < rows.length; j++) {
    const x = v[j];
    if (x !== x) continue;
    const r = via[rows[j]];
    if (r < 0) continue;
    const c = codes[r];
    sums[c] += x;
    ns[c]++;
    if (maxes !== null && x > maxes[c]) maxes[c] = x;
  }
}

/** Non-empty groups, largest n first (ties by key), so the top of a list is what matters most. */
export function breakdownRows(
  keys: readonly string[],
  sums: Float64Array,
  ns: Float64Array,
  value: (sum: number, n: number, max: number) => number | null,
  maxes?: Float64Array
): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  for (let c = 0; c < keys.length; c++)
    if (ns[c] > 0) rows.push({ key: keys[c], value: value(sums[c], ns[c], maxes ? maxes[c] : NaN), n: ns[c] });
  rows.sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return rows;
}
