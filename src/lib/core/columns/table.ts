/**
 * Columnar tables: how records live in memory and in storage.
 *
 * A million tickets as objects cost ~10 s to read back from IndexedDB and hundreds of MB; as
 * typed-array columns they read in ~0.3 s and aggregate in ~0.2 s (../shared/stack-notes.md).
 * Every layer past the CSV parser (storage chunks, the worker's dataset, the engine) uses these.
 */
import type { FieldType, RecordKind } from '../schema/fields';

/** Dictionary-encoded text: `dict[codes[i]]`. Code 0 is always the empty string = missing. */
export interface TextColumn {
  readonly type: 'text';
  readonly codes: Uint32Array;
  readonly dict: readonly string[];
}

/** Times (epoch ms, UTC), numbers and booleans (1 / 0). NaN = missing. */
export interface NumericColumn {
  readonly type: Exclude<FieldType, 'text'>;
  readonly values: Float64Array;
}

export type Column = TextColumn | NumericColumn;

export interface ColumnTable {
  readonly kind: RecordKind;
  readonly length: number;
  /** Canonical field name → column. A field the data does not have is absent (not empty). */
  readonly columns: Readonly<Record<string, Column | undefined>>;
}

export function isText(c: Column | undefined): c is TextColumn {
  return c !== undefined && c.type === 'text';
}

export function isNumeric(c: Column | undefined): c is NumericColumn {
  return c !== undefined && c.type !== 'text';
}

/** The text of row `i`, '' when missing. */
export function textAt(c: TextColumn, i: number): string {
  return c.dict[c.codes[i]];
}

/** True when the column exists and holds at least one non-missing value. */
export function hasValues(c: Column | undefined): boolean {
  if (!c) return false;
  if (c.type === 'text') {
    for (let i = 0; i < c.codes.length; i++) if (c.codes[i] !== 0) return true;
    return false;
  }
  for (let i = 0; i < c.values.length; i++) if (!Number.isNaN(c.values[i])) return true;
  return false;
}

/** The code of `value` in a text column, or -1 if it never occurs. */
export function codeOf(c: TextColumn, value: string): number {
  return c.dict.indexOf(value);
}

/**
 * Concatenates tables of one kind (e.g. storage chunks) into one, merging text dictionaries and
 * dropping rows whose `keep` mask is 0. Columns missing from some parts are filled with missing.
 */
export function concatTables(
  kind: RecordKind,
  parts: readonly { table: ColumnTable; keep?: Uint8Array }[]
): ColumnTable {
  let length = 0;
  const types = new Map<string, Column['type']>();
  for (const { table, keep } of parts) {
    length += keep ? countKept(keep) : table.length;
    for (const [name, col] of Object.entries(table.columns)) if (col) types.set(name, col.type);
  }
  const columns: Record<string, Column> = {};
  for (const [name, type] of types) {
    if (type === 'text') {
      const dict: string[] = [''];
      const index = new Map<string, number>([['', 0]]);
      const codes = new Uint32Array(length);
      let o = 0;
      for (const { table, keep } of parts) {
        const col = table.columns[name];
        if (!col || col.type !== 'text') {
          o += keep ? countKept(keep) : table.length;
          continue;
        }
        const remap = new Uint32Array(col.dict.length);
        for (let d = 1; d < col.dict.length; d++) {
          const s = col.dict[d];
          let code = index.get(s);
          if (code === undefined) {
            code = dict.length;
            dict.push(s);
            index.set(s, code);
          }
          remap[d] = code;
        }
        for (let i = 0; i < table.length; i++) if (!keep || keep[i]) codes[o++] = remap[col.codes[i]];
      }
      columns[name] = { type, codes, dict };
    } else {
      const values = new Float64Array(length).fill(NaN);
      let o = 0;
      for (const { table, keep } of parts) {
        const col = table.columns[name];
        if (!col || col.type === 'text') {
          o += keep ? countKept(keep) : table.length;
          continue;
        }
        if (!keep) {
          values.set(col.values.subarray(0, table.length), o);
          o += table.length;
        } else for (let i = 0; i < table.length; i++) if (keep[i]) values[o++] = col.values[i];
      }
      columns[name] = { type, values };
    }
  }
  return { kind, length, columns };
}

function countKept(keep: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < keep.length; i++) n += keep[i] ? 1 : 0;
  return n;
}
