/**
 * ColumnTables (what the app's importer produces from any recognised export) → canonical DuckDB
 * tables. Rows are written to a temporary CSV of plain values (epoch microseconds, 1/0 as
 * true/false, RFC 4180 text) and read back by DuckDB with declared types: values are parsed once,
 * by the app's own parsers, and DuckDB's parallel reader does the rest. Text dictionaries are
 * quoted once per distinct value, not per row.
 */
import { createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnTable } from '../lib/core/columns/table';
import { FIELDS, type FieldType, type RecordKind } from '../lib/core/schema/fields';
import { CANONICAL_SQL_TYPES, canonicalTableSql } from '../lib/core/sql/schema';

interface Part {
  readonly kind: RecordKind;
  readonly file: string;
  readonly out: WriteStream;
  /** Columns written, in order (the table's present canonical fields). */
  readonly columns: { name: string; type: FieldType }[];
  rows: number;
}

const quoted = new WeakMap<readonly string[], string[]>();

function quoteDict(dict: readonly string[]): string[] {
  let q = quoted.get(dict);
  if (!q) quoted.set(dict, (q = []));
  // Shared import dictionaries grow while chunks are cut: quote the new entries only.
  for (let k = q.length; k < dict.length; k++) q.push(k === 0 ? '' : `"${dict[k].replace(/"/g, '""')}"`);
  return q;
}

export class TableLoader {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'scorecard-'));
  private readonly parts = new Map<RecordKind, Part>();

  constructor(private readonly conn: DuckDBConnection) {}

  /** Kinds and the canonical columns each has so far. */
  columnsOf(kind: RecordKind): readonly string[] {
    return this.parts.get(kind)?.columns.map((c) => c.name) ?? [];
  }

  /**
   * Appends a table's rows (chunks of one import may come one by one). The first table of a kind
   * fixes its columns; a later table with more columns is refused by name (files of one kind
   * with different columns go through `loadTables` after concatenation).
   */
  async append(table: ColumnTable): Promise<void> {
    let part = this.parts.get(table.kind);
    if (!part) {
      const columns = FIELDS[table.kind]
        .filter((f) => {
          const c = table.columns[f.name];
          return c && (c.type === 'text') === (f.type === 'text');
        })
        .map((f) => ({ name: f.name, type: f.type }));
      const file = path.join(this.dir, `${table.kind}.csv`);
      part = { kind: table.kind, file, out: createWriteStream(file), columns, rows: 0 };
      this.parts.set(table.kind, part);
    }
    const writers = part.columns.map(({ name, type }) => {
      const c = table.columns[name];
      if (!c) return () => '';
      if (c.type === 'text') {
        const q = quoteDict(c.dict);
        const codes = c.codes;
        return (i: number) => q[codes[i]];
      }
      const v = c.values;
      if (type === 'time') return (i: number) => (v[i] === v[i] ? String(Math.round(v[i] * 1000)) : '');
      if (type === 'boolean') return (i: number) => (v[i] === 1 ? 'true' : v[i] === 0 ? 'false' : '');
      return (i: number) => (Number.isFinite(v[i]) ? String(v[i]) : '');
    });
    const lines: string[] = [];
    for (let i = 0; i < table.length; i++) {
      let line = writers[0](i);
      for (let k = 1; k < writers.length; k++) line += ',' + writers[k](i);
      lines.push(line);
      if (lines.length === 8192) await write(part.out, lines.splice(0).join('\n') + '\n');
    }
    if (lines.length) await write(part.out, lines.join('\n') + '\n');
    part.rows += table.length;
  }

  /** Creates one canonical table per kind (every template column; absent ones stay NULL) and loads it. */
  async finish(): Promise<Map<RecordKind, { rows: number; columns: string[] }>> {
    const out = new Map<RecordKind, { rows: number; columns: string[] }>();
    try {
      for (const part of this.parts.values()) {
        await new Promise<void>((resolve, reject) => part.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
        await this.conn.run(`DROP TABLE IF EXISTS ${part.kind}`);
        await this.conn.run(canonicalTableSql(part.kind));
        if (part.rows > 0) {
          const decl = part.columns
            .map(({ name, type }) => `'${name}': '${type === 'time' ? 'BIGINT' : CANONICAL_SQL_TYPES[type]}'`)
            .join(', ');
          const select = part.columns
            .map(({ name, type }) => (type === 'time' ? `make_timestamp(${name}) AS ${name}` : name))
            .join(', ');
          await this.conn.run(
            `INSERT INTO ${part.kind} (${part.columns.map((c) => c.name).join(', ')})
             SELECT ${select} FROM read_csv('${part.file.replace(/'/g, "''")}', header = false, delim = ',', quote = '"',
               escape = '"', nullstr = '', columns = {${decl}}, auto_detect = false, parallel = true)`
          );
        }
        out.set(part.kind, { rows: part.rows, columns: part.columns.map((c) => c.name) });
      }
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
    return out;
  }
}

function write(out: WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.write(text)) resolve();
    else {
      out.once('drain', resolve);
      out.once('error', reject);
    }
  });
}

/** Loads whole tables at once (tests, the demo data). */
export async function loadTables(conn: DuckDBConnection, tables: readonly ColumnTable[]) {
  const loader = new TableLoader(conn);
  for (const t of tables) await loader.append(t);
  return loader.finish();
}
