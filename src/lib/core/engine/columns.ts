/**
 * Typed access to a table's columns for the KPI functions: a column of the wrong type or one the
 * data does not have reads as `undefined`, so "unavailable" is decided in one place and no KPI
 * reads a text column as numbers by accident.
 */
import { hasValues, type ColumnTable, type TextColumn } from '../columns/table';
import { cached } from './cache';

export function num(t: ColumnTable | undefined, name: string): Float64Array | undefined {
  const c = t?.columns[name];
  return c && c.type !== 'text' ? c.values : undefined;
}

export function text(t: ColumnTable | undefined, name: string): TextColumn | undefined {
  const c = t?.columns[name];
  return c && c.type === 'text' ? c : undefined;
}

/**
 * The column exists and holds at least one value (cached: a scan of a million rows). Numbers are
 * tested with `x === x` in a plain loop — an empty optional column (all NaN) is common and is
 * scanned to the end, several times faster than through Number.isNaN.
 */
export function filled(t: ColumnTable | undefined, name: string): boolean {
  const c = t?.columns[name];
  if (!t || !c) return false;
  return cached(t, `filled:${name}`, () => {
    if (c.type === 'text') return hasValues(c);
    const v = c.values;
    for (let i = 0; i < v.length; i++) if (v[i] === v[i]) return true;
    return false;
  });
}

/**
 * A numeric column that holds at least one value, else undefined: a mapped but entirely blank
 * column reads like an absent one, so a KPI reports it missing instead of 0 % or 100 %.
 */
export function numFilled(t: ColumnTable | undefined, name: string): Float64Array | undefined {
  return filled(t, name) ? num(t, name) : undefined;
}

/**
 * Per-row yes/no facts (a complaint, abandoned, resolved, …) are kept as bytes: 1 yes, 0 no,
 * `UNKNOWN` (2) when the data cannot tell. A million rows then cost 1 MB instead of the 8 MB of
 * a Float64Array of 1/0/NaN; KPIs turn them into numbers for their view's rows only.
 */
export const UNKNOWN = 2;

/** Per dictionary code, 1 when `test(value)` holds (code 0, the missing value, is never tested). */
export function codesWhere(c: TextColumn, test: (value: string) => boolean): Uint8Array {
  const out = new Uint8Array(c.dict.length);
  for (let k = 1; k < c.dict.length; k++) out[k] = test(c.dict[k]) ? 1 : 0;
  return out;
}

/** Min and max of the values ignoring NaN (every comparison with NaN is false), or null when none. */
export function minMax(v: Float64Array): readonly [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return lo === Infinity ? null : [lo, hi];
}

/** Min and max of a numeric column ignoring NaN, or null when it holds no value. */
export function extent(t: ColumnTable, name: string): readonly [number, number] | null {
  const v = num(t, name);
  if (!v) return null;
  return cached(t, `extent:${name}`, () => minMax(v));
}
