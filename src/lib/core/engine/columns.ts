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

/** The column exists and holds at least one value (cached: a scan of a million rows). */
export function filled(t: ColumnTable | undefined, name: string): boolean {
  if (!t || !t.columns[name]) return false;
  return cached(t, `filled:${name}`, () => hasValues(t.columns[name]));
}

/** Per dictionary code, 1 when `test(value)` holds (code 0, the missing value, is never tested). */
export function codesWhere(c: TextColumn, test: (value: string) => boolean): Uint8Array {
  const out = new Uint8Array(c.dict.length);
  for (let k = 1; k < c.dict.length; k++) out[k] = test(c.dict[k]) ? 1 : 0;
  return out;
}

/** Min and max of a numeric column ignoring NaN, or null when it holds no value. */
export function extent(t: ColumnTable, name: string): readonly [number, number] | null {
  const v = num(t, name);
  if (!v) return null;
  return cached(t, `extent:${name}`, () => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    return lo === Infinity ? null : ([lo, hi] as const);
  });
}
