/**
 * ColumnTables (what the app's importer produces from any recognised export) → canonical DuckDB
 * tables. Rows are written to a temporary CSV of plain values (epoch microseconds, 1/0 as
 * true/false, RFC 4180 text) and read back by DuckDB with declared types: values are parsed once,
 * by the app's own parsers, and DuckDB's parallel reader does the rest. Text dictionaries are
 * quoted once per distinct value, not per row.
 */
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnTable } from '../lib/core/columns/table';
import { FIELDS, keyField, type FieldType, type RecordKind } from '../lib/core/schema/fields';
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
  /** One temporary file per kind and source (files of one kind may have different columns). */
  private readonly parts = new Map<string, Part>();

  /** `created`: canonical tables already made (by Parquet or database inputs) that rows are added to. */
  constructor(
    private readonly conn: DuckDBConnection,
    private readonly created = new Set<RecordKind>()
  ) {}

  /**
   * Appends a table's rows. Chunks of one import come one by one under the same `source` (they
   * share their columns); each source is loaded with its own column list.
   */
  async append(table: ColumnTable, source = 'data'): Promise<void> {
    const key = `${table.kind}\u0000${source}`;
    let part = this.parts.get(key);
    if (!part) {
      const columns = FIELDS[table.kind]
        .filter((f) => {
          const c = table.columns[f.name];
          return c && (c.type === 'text') === (f.type === 'text');
        })
        .map((f) => ({ name: f.name, type: f.type }));
      const file = path.join(this.dir, `${table.kind}-${this.parts.size}.csv`);
      part = { kind: table.kind, file, out: createWriteStream(file), columns, rows: 0 };
      this.parts.set(key, part);
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

  /**
   * Creates one canonical table per kind (every template column; absent ones stay NULL), loads
   * the parts in the order they came, and keeps only the last row per record key, as re-imports
   * in the app update rather than duplicate. Returns rows and present columns per kind.
   */
  async finish(keepDuplicates = false): Promise<Map<RecordKind, { rows: number; columns: string[] }>> {
    const out = new Map<RecordKind, { rows: number; columns: string[] }>();
    try {
      for (const part of this.parts.values())
        await new Promise<void>((resolve, reject) => part.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
      for (const part of this.parts.values()) {
        if (!this.created.has(part.kind)) {
          await this.conn.run(`DROP TABLE IF EXISTS ${part.kind}`);
          await this.conn.run(canonicalTableSql(part.kind));
          this.created.add(part.kind);
        }
        if (!out.has(part.kind)) out.set(part.kind, { rows: 0, columns: [] });
        const o = out.get(part.kind)!;
        for (const c of part.columns) if (!o.columns.includes(c.name)) o.columns.push(c.name);
        if (part.rows === 0) continue;
        const decl = part.columns
          .map(({ name, type }) => `'${name}': '${type === 'time' ? 'BIGINT' : CANONICAL_SQL_TYPES[type]}'`)
          .join(', ');
        const select = part.columns
          .map(({ name, type }) => (type === 'time' ? `make_timestamp(${name}) AS ${name}` : name))
          .join(', ');
        await this.conn.run(
          `INSERT INTO ${part.kind} (${part.columns.map((c) => c.name).join(', ')})
           SELECT ${select} FROM read_csv('${part.file.replace(/'/g, "''")}', header = false, delim = ',', quote = '"',
             escape = '"', nullstr = '', columns = {${decl}}, auto_detect = false)`
        );
      }
      for (const [kind, o] of out) {
        if (!keepDuplicates) await dedupe(this.conn, kind);
        o.columns.sort((a, b) => order(kind, a) - order(kind, b));
        o.rows = Number((await this.conn.runAndReadAll(`SELECT count(*) FROM ${kind}`)).getRows()[0][0]);
      }
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
    return out;
  }
}

const order = (kind: RecordKind, name: string) => FIELDS[kind].findIndex((f) => f.name === name);

/** The last row per record key wins (file order), the rest keep their order. */
export async function dedupe(conn: DuckDBConnection, kind: RecordKind): Promise<number> {
  const key = keyField(kind);
  if (!key) return 0;
  const r = await conn.runAndReadAll(`SELECT count(*) - count(DISTINCT ${key}) FROM ${kind} WHERE ${key} IS NOT NULL`);
  const dup = Number(r.getRows()[0][0]);
  if (dup === 0) return 0;
  await conn.run(`CREATE OR REPLACE TABLE ${kind} AS SELECT * EXCLUDE (row_order, nth) FROM (
      SELECT *, rowid AS row_order, row_number() OVER (PARTITION BY ${key} ORDER BY rowid DESC) AS nth FROM ${kind})
    WHERE nth = 1 OR ${key} IS NULL ORDER BY row_order`);
  return dup;
}

/** Writes, waiting for the stream to drain when its buffer is full (bounded memory). */
async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Loads whole tables at once (tests, the demo data). */
export async function loadTables(conn: DuckDBConnection, tables: readonly ColumnTable[]) {
  const loader = new TableLoader(conn);
  for (const t of tables) await loader.append(t);
  // The engine gets these very tables: keep them row for row.
  return loader.finish(true);
}
