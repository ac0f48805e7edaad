/**
 * Parquet files and DuckDB databases in the canonical templates → the canonical tables. DuckDB
 * reads them directly (no row passes through JavaScript); each column is cast to its canonical
 * type: times from TIMESTAMP / TIMESTAMPTZ / DATE, or from ISO strings (an offset or `Z` is
 * honoured; a string without one is read as UTC), yes/no from BOOLEAN, 1/0 or yes/no words,
 * text trimmed with blanks as NULL and the vocabulary fields (channel, status, …) lower-cased.
 */
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { FIELDS, RECORD_KINDS, requiredFields, type FieldDef, type RecordKind } from '../lib/core/schema/fields';
import { canonicalTableSql } from '../lib/core/sql/schema';
import { str } from '../lib/core/sql/literals';
import { rowsOf } from './duck';
import { BadInput } from './import-csv';

interface SourceColumn {
  readonly name: string;
  readonly type: string;
}

function castOf(f: FieldDef, src: SourceColumn): string {
  const x = `"${src.name.replace(/"/g, '""')}"`;
  const t = src.type.toUpperCase();
  switch (f.type) {
    case 'time':
      if (t.startsWith('TIMESTAMP') || t === 'DATE') return `CAST(${x} AS TIMESTAMP)`;
      if (/INT|DOUBLE|FLOAT|DECIMAL/.test(t)) return `make_timestamp(CAST(${x} * 1000 AS BIGINT))`; // epoch ms
      return `CAST(TRY_CAST(nullif(trim(CAST(${x} AS VARCHAR)), '') AS TIMESTAMPTZ) AS TIMESTAMP)`;
    case 'number':
      return `TRY_CAST(${x} AS DOUBLE)`;
    case 'boolean':
      if (t === 'BOOLEAN') return x;
      if (/INT|DOUBLE|FLOAT|DECIMAL/.test(t)) return `CASE WHEN ${x} = 1 THEN TRUE WHEN ${x} = 0 THEN FALSE END`;
      return `CASE WHEN lower(trim(CAST(${x} AS VARCHAR))) IN ('1', 'true', 'yes', 'y', 't') THEN TRUE
        WHEN lower(trim(CAST(${x} AS VARCHAR))) IN ('0', 'false', 'no', 'n', 'f') THEN FALSE END`;
    default:
      return f.vocabulary
        ? `nullif(lower(trim(CAST(${x} AS VARCHAR))), '')`
        : `nullif(trim(CAST(${x} AS VARCHAR)), '')`;
  }
}

/** The kind a set of column names is: by file name when it says, else by the template whose fields it has most of. */
export function kindOf(file: string, columns: readonly string[]): RecordKind | null {
  const base = path.basename(file).toLowerCase();
  const named = RECORD_KINDS.find((k) => base.startsWith(k) || base.startsWith(k.slice(0, -1)));
  if (named) return named;
  let best: RecordKind | null = null;
  let score = 0;
  for (const k of RECORD_KINDS) {
    if (!requiredFields(k).every((f) => columns.includes(f))) continue;
    const s = FIELDS[k].filter((f) => columns.includes(f.name)).length;
    if (s > score) [best, score] = [k, s];
  }
  return best;
}

/** Inserts `relation` (a read_parquet(…) call or a table) into the canonical table of `kind`. */
async function insertFrom(
  conn: DuckDBConnection,
  created: Set<RecordKind>,
  label: string,
  kind: RecordKind,
  relation: string,
  cols: readonly SourceColumn[]
): Promise<string[]> {
  const byName = new Map(cols.map((c) => [c.name.toLowerCase(), c]));
  const fields = FIELDS[kind].filter((f) => byName.has(f.name));
  const missing = requiredFields(kind).filter((f) => !byName.has(f));
  if (missing.length) throw new BadInput(label, `${kind} need the column(s) ${missing.join(', ')}.`);
  if (!created.has(kind)) {
    await conn.run(`DROP TABLE IF EXISTS ${kind}`);
    await conn.run(canonicalTableSql(kind));
    created.add(kind);
  }
  const select = fields.map((f) => `${castOf(f, byName.get(f.name)!)} AS ${f.name}`).join(',\n  ');
  await conn.run(`INSERT INTO ${kind} (${fields.map((f) => f.name).join(', ')})\nSELECT ${select}\nFROM ${relation}`);
  return fields.map((f) => f.name);
}

export async function loadParquet(
  conn: DuckDBConnection,
  created: Set<RecordKind>,
  file: string
): Promise<{ kind: RecordKind; columns: string[] }> {
  const relation = `read_parquet(${str(file)})`;
  let cols: SourceColumn[];
  try {
    cols = (await rowsOf(conn, `DESCRIBE SELECT * FROM ${relation}`)).map((r) => ({
      name: String(r.column_name),
      type: String(r.column_type)
    }));
  } catch (e) {
    throw new BadInput(file, `is not a readable Parquet file (${e instanceof Error ? e.message.split('\n')[0] : e})`);
  }
  const kind = kindOf(
    file,
    cols.map((c) => c.name.toLowerCase())
  );
  if (!kind)
    throw new BadInput(
      file,
      'its columns match no canonical template (tickets, calls, surveys, messages, customers, costs).'
    );
  return { kind, columns: await insertFrom(conn, created, file, kind, relation, cols) };
}

/** A DuckDB database holding canonical tables named tickets, calls, surveys, messages, customers, costs. */
export async function loadDatabase(
  conn: DuckDBConnection,
  created: Set<RecordKind>,
  file: string
): Promise<{ kind: RecordKind; columns: string[] }[]> {
  try {
    await conn.run(`ATTACH ${str(file)} AS source_db (READ_ONLY)`);
  } catch (e) {
    throw new BadInput(
      file,
      `is not a readable DuckDB database (${e instanceof Error ? e.message.split('\n')[0] : e})`
    );
  }
  try {
    const tables = (
      await rowsOf(conn, `SELECT table_name FROM information_schema.tables WHERE table_catalog = 'source_db'`)
    ).map((r) => String(r.table_name).toLowerCase());
    const out: { kind: RecordKind; columns: string[] }[] = [];
    for (const kind of RECORD_KINDS) {
      if (!tables.includes(kind)) continue;
      const cols = (await rowsOf(conn, `DESCRIBE source_db.${kind}`)).map((r) => ({
        name: String(r.column_name),
        type: String(r.column_type)
      }));
      out.push({
        kind,
        columns: await insertFrom(conn, created, `${file} (${kind})`, kind, `source_db.${kind}`, cols)
      });
    }
    if (out.length === 0)
      throw new BadInput(file, 'holds none of the tables tickets, calls, surveys, messages, customers, costs.');
    return out;
  } finally {
    await conn.run('DETACH source_db');
  }
}
