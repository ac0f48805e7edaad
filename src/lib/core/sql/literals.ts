/**
 * SQL literals. Instants are written as UTC `TIMESTAMP` literals (no time zone types, so the SQL
 * runs without DuckDB's ICU extension and means the same under any session TimeZone).
 */

/** `TIMESTAMP '2025-03-01 08:00:00'` (milliseconds only when there are some). */
export function ts(ms: number): string {
  const iso = new Date(ms).toISOString();
  const body = iso.slice(0, 10) + ' ' + iso.slice(11, iso.endsWith('.000Z') ? 19 : 23);
  return `TIMESTAMP '${body}'`;
}

export function str(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A finite number as SQL; NaN and infinities as NULL. */
export function num(x: number): string {
  return Number.isFinite(x) ? String(x) : 'NULL';
}

export function list(values: readonly string[]): string {
  return `(${values.map(str).join(', ')})`;
}

/** Indents every line of a block by `n` spaces. */
export function indent(block: string, n = 2): string {
  const pad = ' '.repeat(n);
  return block
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}
