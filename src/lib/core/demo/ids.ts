/**
 * Record ids for generated tables (`T-100001`, `M-1000001`…), built straight as dictionary
 * columns.
 *
 * Why: every id is unique, so pushing them through a TextColumnBuilder would hash ~100 k fresh
 * strings into a Map for nothing (a third of the generator's time when measured). Row i's id is
 * `prefix + (first + i)`, so the column is simply codes 1…n over that dictionary.
 */
import type { Column, ColumnTable, TextColumn } from '../columns/table';
import { FIELDS, type FieldDef, type RecordKind } from '../schema/fields';

export function idOf(prefix: string, first: number, row: number): string {
  return prefix + String(first + row);
}

export function sequentialIds(prefix: string, first: number, n: number): TextColumn {
  const dict = new Array<string>(n + 1);
  dict[0] = '';
  const codes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    dict[i + 1] = idOf(prefix, first, i);
    codes[i] = i + 1;
  }
  return { type: 'text', codes, dict };
}

/** The fields of a kind except `name` (the builder fills the others; the id is added after). */
export function fieldsWithout(kind: RecordKind, name: string): FieldDef[] {
  return FIELDS[kind].filter((f) => f.name !== name);
}

/** The table with extra columns, every column in fields.ts order. */
export function withColumns(table: ColumnTable, extra: Readonly<Record<string, Column>>): ColumnTable {
  const all: Record<string, Column | undefined> = { ...table.columns, ...extra };
  const columns: Record<string, Column> = {};
  for (const f of FIELDS[table.kind]) {
    const c = all[f.name];
    if (c) columns[f.name] = c;
  }
  for (const [name, c] of Object.entries(all)) if (c && !(name in columns)) columns[name] = c;
  return { kind: table.kind, length: table.length, columns };
}
