/**
 * SQL expressions for the per-record facts several KPIs share, each the twin of an engine/derived
 * function: when a ticket counts as resolved, inbound and abandoned calls, calendar and
 * business-hours durations. Columns the data lacks are written as NULL, so a query only names
 * columns the user's tables have.
 *
 * Canonical tables: times are TIMESTAMP (UTC), yes/no fields BOOLEAN, numbers DOUBLE, text
 * VARCHAR with NULL for a blank value.
 */
import type { RecordKind } from '../schema/fields';
import type { Query, SqlCtx } from './context';
import { filled } from './profile';

/** `alias.field` when the data has the column, else NULL. */
export function col(c: SqlCtx, kind: RecordKind, field: string, alias = 'r'): string {
  return c.has(kind, field) ? `${alias}.${field}` : 'NULL';
}

export const isFilled = (c: SqlCtx, kind: RecordKind, field: string): boolean => filled(c.profile, kind, field);

/** Whether resolution is known at all: resolved_at, closed_at or status holds a value. */
export function resolutionKnown(c: SqlCtx): boolean {
  return (
    isFilled(c, 'tickets', 'resolved_at') || isFilled(c, 'tickets', 'closed_at') || isFilled(c, 'tickets', 'status')
  );
}

/** Resolved by status (resolved/closed) with no resolution time: dated by creation, duration unknown. */
export function untimed(c: SqlCtx, a = 'r'): string {
  if (!c.has('tickets', 'status')) return 'FALSE';
  const times = ['resolved_at', 'closed_at'].filter((f) => c.has('tickets', f)).map((f) => `${a}.${f} IS NULL`);
  return [...times, `${a}.status IN ('resolved', 'closed')`].join(' AND ');
}

/** When a ticket counts as resolved: resolved_at, else closed_at, else creation for a resolved status. */
export function resolvedAt(c: SqlCtx, a = 'r'): string {
  const parts = ['resolved_at', 'closed_at'].filter((f) => c.has('tickets', f)).map((f) => `${a}.${f}`);
  if (c.has('tickets', 'status'))
    parts.push(`CASE WHEN ${a}.status IN ('resolved', 'closed') THEN ${a}.created_at END`);
  return parts.length === 0 ? 'NULL::TIMESTAMP' : parts.length === 1 ? parts[0] : `coalesce(${parts.join(', ')})`;
}

/** Inbound call: direction `in` or not given (the template's default). */
export function inbound(c: SqlCtx, a = 'r'): string {
  return c.has('calls', 'direction') ? `${a}.direction IS DISTINCT FROM 'out'` : 'TRUE';
}

/**
 * 1 abandoned before reaching an agent, 0 reached one, NULL cannot tell: the `abandoned` flag
 * wins, else an empty answered_at means abandoned. Null (no expression) when neither column has
 * a value.
 */
export function abandoned(c: SqlCtx, a = 'r'): string | null {
  const flag = isFilled(c, 'calls', 'abandoned');
  const answered = isFilled(c, 'calls', 'answered_at');
  if (!flag && !answered) return null;
  const byAnswer = answered ? `CASE WHEN ${a}.answered_at IS NULL THEN 1 ELSE 0 END` : 'NULL';
  return flag ? `CASE WHEN ${a}.abandoned THEN 1 WHEN NOT ${a}.abandoned THEN 0 ELSE ${byAnswer} END` : byAnswer;
}

/** Calendar seconds from `s` to `e`; NULL when either is missing or `e` is before `s` (excluded). */
export function seconds(s: string, e: string): string {
  return `CASE WHEN ${e} >= ${s} THEN epoch(${e}) - epoch(${s}) END`;
}

/** A yes/no column as 1 / 0 / NULL. */
export function flag01(expr: string): string {
  return `CASE WHEN ${expr} THEN 1 WHEN NOT ${expr} THEN 0 END`;
}

/**
 * A CTE over `src` adding `out` = open business seconds from `s` to `e` (negative when `e` is
 * before `s`, NULL when either is missing): open_until(t) = open seconds of every interval
 * before the one t falls in or follows, plus the part of that one up to t.
 */
export function withBusinessSeconds(q: Query, name: string, src: string, s: string, e: string, out: string): string {
  const bi = q.need('business_intervals');
  const until = (a: string, t: string) =>
    `coalesce(${a}.open_before + least(epoch(${t}) - epoch(${a}.start_at), ${a}.open_s), 0)`;
  return q.cte(
    name,
    `
SELECT f.*, CASE WHEN f.${s} IS NOT NULL AND f.${e} IS NOT NULL
  THEN ${until('he', `f.${e}`)} - ${until('hs', `f.${s}`)} END AS ${out}
FROM ${src} AS f
ASOF LEFT JOIN ${bi} AS hs ON f.${s} >= hs.start_at
ASOF LEFT JOIN ${bi} AS he ON f.${e} >= he.start_at`
  );
}

/**
 * The local time of `src.at_col` in the workspace zone as a CTE adding `local_at` (TIMESTAMP of
 * the wall clock): the offset in force at that instant from the zone_offsets steps.
 */
export function withLocalTime(q: Query, name: string, src: string, atCol = 'event_at'): string {
  const z = q.need('zone_offsets');
  return q.cte(
    name,
    `
SELECT f.*, f.${atCol} + to_seconds(z.offset_s) AS local_at
FROM ${src} AS f
ASOF LEFT JOIN ${z} AS z ON f.${atCol} >= z.from_at`
  );
}

/** The present text breakdown fields of a kind, in the engine's order. */
export function dimsOf(c: SqlCtx, kind: RecordKind, names: readonly string[]): string[] {
  return names.filter((n) => c.has(kind, n));
}

export { TICKET_GROUPS, CALL_GROUPS, MESSAGE_GROUPS, SURVEY_GROUPS } from '../engine/kpis/common';

/** `, r.a, r.b` for the breakdown columns. */
export function dimCols(dims: readonly string[], a = 'r'): string {
  return dims.map((d) => `, ${a}.${d}`).join('');
}
