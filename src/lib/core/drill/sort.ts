/**
 * The display order of a drill-down list (specs.ts `SortKey`): a key per row, NaN keys last,
 * ties in table order, so the same data always lists the same way.
 */
import type { ColumnTable } from '../columns/table';
import { isNumeric } from '../columns/table';
import type { SortKey } from './specs';

function numeric(t: ColumnTable, names: string | readonly string[]): Float64Array | null {
  for (const name of typeof names === 'string' ? [names] : names) {
    const c = t.columns[name];
    if (isNumeric(c)) return c.values;
  }
  return null;
}

/** Positions 0…rows.length−1 in display order. */
export function sortOrder(
  t: ColumnTable,
  rows: Uint32Array,
  vals: Float64Array | null,
  sort: SortKey,
  now: number
): Uint32Array {
  const len = rows.length;
  const keys = new Float64Array(len).fill(NaN);
  if (sort.by === 'value') {
    if (vals) keys.set(vals.subarray(0, len));
  } else if (sort.by === 'field') {
    const col = numeric(t, sort.field);
    if (col) for (let j = 0; j < len; j++) keys[j] = col[rows[j]];
  } else {
    const from = numeric(t, sort.from);
    const tos = sort.to.map((name) => numeric(t, name)).filter((c): c is Float64Array => c !== null);
    if (from)
      for (let j = 0; j < len; j++) {
        const i = rows[j];
        let end = NaN;
        for (const c of tos)
          if (c[i] === c[i]) {
            end = c[i];
            break;
          }
        if (end !== end && sort.open) end = now;
        keys[j] = end - from[i];
      }
  }
  const sign = sort.dir === 'desc' ? -1 : 1;
  for (let j = 0; j < len; j++) keys[j] = keys[j] === keys[j] ? sign * keys[j] : Infinity;
  const order = new Uint32Array(len);
  for (let j = 0; j < len; j++) order[j] = j;
  return order.sort((a, b) => keys[a] - keys[b] || a - b);
}
