/**
 * Runs the compiled catalog on canonical DuckDB tables: the data profile and span by SQL, then
 * one query per KPI, read back into the engine's result shape.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { COMPLAINT } from '../lib/core/engine/derived/tickets';
import { SPAN_FIELDS } from '../lib/core/engine/index';
import type { KpiResult, ResolvedView, Settings, View } from '../lib/core/engine/types';
import { FIELDS, RECORD_KINDS, type RecordKind } from '../lib/core/schema/fields';
import { assemble, compileScorecard, type CompiledKpi, type DataProfile, type SqlRow } from '../lib/core/sql';
import type { ColumnFacts, KindProfile } from '../lib/core/sql/profile';
import { str } from '../lib/core/sql/literals';
import { rowsOf } from './duck';

/** Present columns per kind (as loaded). */
export type Present = ReadonlyMap<RecordKind, readonly string[]>;

/** Which columns hold values, complaint-like labels and the time span, asked of DuckDB. */
export async function profileFromDuck(conn: DuckDBConnection, present: Present): Promise<DataProfile> {
  const kinds: Partial<Record<RecordKind, KindProfile>> = {};
  let lo = Infinity;
  let hi = -Infinity;
  for (const kind of RECORD_KINDS) {
    const cols = present.get(kind);
    if (!cols) continue;
    const fields = FIELDS[kind].filter((f) => cols.includes(f.name));
    const times = fields.filter((f) => f.type === 'time');
    const exprs = [
      'count(*) AS rows',
      ...fields.map((f) => `count(${f.name}) > 0 AS "f_${f.name}"`),
      ...times.flatMap((f) => [
        `epoch_ms(min(${f.name})) AS "lo_${f.name}"`,
        `epoch_ms(max(${f.name})) AS "hi_${f.name}"`
      ])
    ];
    const [r] = await rowsOf(conn, `SELECT ${exprs.join(', ')} FROM ${kind}`);
    const columns: Record<string, ColumnFacts> = {};
    for (const f of fields) columns[f.name] = { present: true, filled: Boolean(r[`f_${f.name}`]) };
    for (const f of times) {
      const a = r[`lo_${f.name}`];
      const b = r[`hi_${f.name}`];
      if (typeof a === 'number' && a < lo) lo = a;
      if (typeof b === 'number' && b > hi) hi = b;
    }
    kinds[kind] = { rows: Number(r.rows), columns };
  }
  const labels = (present.get('tickets') ?? []).filter((c) => c === 'category' || c === 'tags');
  let complaintLabels = false;
  if (labels.length) {
    const tests = labels.map((c) => `regexp_matches(${c}, ${str(COMPLAINT.source)}, 'i')`).join(' OR ');
    const [r] = await rowsOf(conn, `SELECT count(*) > 0 AS hit FROM (SELECT 1 FROM tickets WHERE ${tests} LIMIT 1)`);
    complaintLabels = Boolean(r.hit);
  }
  return { kinds, complaintLabels, timeSpan: lo <= hi ? [lo, hi] : null };
}

/** Earliest and latest record time over the same fields as the engine's `dataSpan`. */
export async function spanFromDuck(conn: DuckDBConnection, present: Present) {
  let start: number | null = null;
  let end: number | null = null;
  for (const [kind, field] of SPAN_FIELDS) {
    if (!present.get(kind as RecordKind)?.includes(field)) continue;
    const [r] = await rowsOf(conn, `SELECT epoch_ms(min(${field})) AS a, epoch_ms(max(${field})) AS b FROM ${kind}`);
    if (typeof r.a === 'number') start = start === null ? r.a : Math.min(start, r.a);
    if (typeof r.b === 'number') end = end === null ? r.b : Math.max(end, r.b);
  }
  return { start, end };
}

export interface SqlScorecard {
  readonly view: ResolvedView;
  readonly kpis: readonly KpiResult[];
  readonly compiled: readonly CompiledKpi[];
  readonly ms: Readonly<Record<string, number>>;
}

export async function runQuery(conn: DuckDBConnection, sql: string): Promise<SqlRow[]> {
  const rows = await rowsOf(
    conn,
    `SELECT part, CAST(key AS VARCHAR) AS key, CAST(value AS DOUBLE) AS value, CAST(n AS DOUBLE) AS n,
       CAST(median AS DOUBLE) AS median, CAST(p90 AS DOUBLE) AS p90 FROM (\n${sql}\n)`
  );
  return rows as unknown as SqlRow[];
}

export async function computeWithSql(
  conn: DuckDBConnection,
  present: Present,
  view: View,
  settings: Settings,
  now: number,
  onKpi?: (id: string, ms: number) => void
): Promise<SqlScorecard> {
  const profile = await profileFromDuck(conn, present);
  const span = await spanFromDuck(conn, present);
  const compiled = compileScorecard(profile, view, settings, now, span);
  const kpis: KpiResult[] = [];
  const ms: Record<string, number> = {};
  for (const k of compiled.kpis) {
    const t0 = performance.now();
    let rows: SqlRow[] = [];
    if (k.available) {
      try {
        rows = await runQuery(conn, k.sql);
      } catch (e) {
        throw new Error(`SQL of ${k.id} failed: ${e instanceof Error ? e.message : String(e)}\n${k.sql}`, { cause: e });
      }
    }
    kpis.push(assemble(k, rows, compiled.bucketKeys));
    ms[k.id] = performance.now() - t0;
    onKpi?.(k.id, ms[k.id]);
  }
  return { view: compiled.view, kpis, compiled: compiled.kpis, ms };
}
