/**
 * Writes column tables as canonical CSV (the format of ../shared/spec/data-model.md), so the demo
 * can be downloaded as files and tests can feed generated data through the real importer.
 *
 * Promises: RFC 4180 quoting (fields with a comma, quote, line break or edge spaces are quoted,
 * quotes doubled); times as ISO 8601 with the zone's offset (`2026-03-02T09:15:00+01:00`);
 * booleans as `true` / `false`; missing values as empty fields; columns in fields.ts order,
 * then any extra columns the table has. What it writes, the importer reads back unchanged.
 */
import type { Column, ColumnTable } from '../columns/table';
import { FIELDS } from '../schema/fields';
import { makeLocalClock } from '../time/local-clock';

/** The CSV text of a table (header + at most `limit` rows), times written in `timeZone`. */
export function tableToCsv(table: ColumnTable, limit = Infinity, timeZone = 'UTC'): string {
  const n = Math.max(0, Math.min(table.length, limit));
  const rows = new Array<number>(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rowsToCsv(table, columnOrder(table), rows, timeZone);
}

/** Canonical fields of the table's kind that it has, in fields.ts order, then its other columns. */
export function columnOrder(table: ColumnTable): string[] {
  const known = FIELDS[table.kind].map((f) => f.name);
  const present = known.filter((name) => table.columns[name]);
  const extra = Object.keys(table.columns).filter((name) => table.columns[name] && !known.includes(name));
  return [...present, ...extra];
}

/** CSV of the given rows and columns; a column the table lacks is written as empty fields. */
export function rowsToCsv(
  table: ColumnTable,
  names: readonly string[],
  rows: readonly number[],
  timeZone: string
): string {
  const format = makeFormatter(timeZone);
  const lines = [names.map(quote).join(',')];
  const columns = names.map((name) => table.columns[name]);
  for (const i of rows) {
    lines.push(columns.map((c) => (c ? quote(format(c, i)) : '')).join(','));
  }
  return lines.join('\n') + '\n';
}

function makeFormatter(timeZone: string): (c: Column, i: number) => string {
  const clock = makeLocalClock(timeZone);
  return (c, i) => {
    if (c.type === 'text') return c.dict[c.codes[i]];
    const v = c.values[i];
    if (Number.isNaN(v)) return '';
    if (c.type === 'boolean') return v ? 'true' : 'false';
    if (c.type === 'time') return isoWithOffset(v, clock.offsetMs(v));
    return String(v);
  };
}

/** `YYYY-MM-DDTHH:mm:ss[.sss]±HH:MM` for an instant shown at a given offset. */
export function isoWithOffset(utcMs: number, offsetMs: number): string {
  const local = new Date(utcMs + offsetMs).toISOString();
  const body = utcMs % 1000 === 0 ? local.slice(0, 19) : local.slice(0, 23);
  const minutes = Math.round(offsetMs / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${body}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** RFC 4180: quote when needed, doubling quotes inside. */
export function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
