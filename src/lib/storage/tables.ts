/**
 * Small ColumnTable helpers storage needs that the core does not offer: cutting a table into
 * chunk-sized pieces (demo data, restores) and keeping a subset of rows (compaction). Text
 * columns get a dictionary of only the values still used, so stale values never reappear in
 * filter menus.
 */
import type { Column, ColumnTable } from '../core/columns/table';

/** Rows `rows` (ascending indexes) of `table`, as a new table. */
export function selectRows(table: ColumnTable, rows: Uint32Array): ColumnTable {
  const columns: Record<string, Column> = {};
  for (const [name, col] of Object.entries(table.columns)) {
    if (!col) continue;
    if (col.type === 'text') {
      const remap = new Int32Array(col.dict.length).fill(-1);
      remap[0] = 0;
      const dict: string[] = [''];
      const codes = new Uint32Array(rows.length);
      for (let j = 0; j < rows.length; j++) {
        const c = col.codes[rows[j]];
        let r = remap[c];
        if (r < 0) {
          r = remap[c] = dict.length;
          dict.push(col.dict[c]);
        }
        codes[j] = r;
      }
      columns[name] = { type: 'text', codes, dict };
    } else {
      const values = new Float64Array(rows.length);
      for (let j = 0; j < rows.length; j++) values[j] = col.values[rows[j]];
      columns[name] = { type: col.type, values };
    }
  }
  return { kind: table.kind, length: rows.length, columns };
}

/** Rows [start, end) of `table`. */
export function sliceTable(table: ColumnTable, start: number, end: number): ColumnTable {
  const rows = new Uint32Array(Math.max(0, end - start));
  for (let i = 0; i < rows.length; i++) rows[i] = start + i;
  return selectRows(table, rows);
}

/** Only the named columns (e.g. the identity columns kept in memory during an import). */
export function pickColumns(table: ColumnTable, names: readonly string[]): ColumnTable {
  const columns: Record<string, Column> = {};
  for (const n of names) {
    const c = table.columns[n];
    if (c) columns[n] = c;
  }
  return { kind: table.kind, length: table.length, columns };
}
