/**
 * Where the header is: the first row that is wide enough to be one. Chatwoot reports open with a
 * 'Reporting period …' line and a blank line; some exports add a title line. A file whose first wide row
 * already reads like data (numbers, dates) has no header.
 */
import { looksLikeDataRow } from './shapes';

/** Rows scanned for a header before giving up and taking row 0. */
const HEADER_SCAN = 10;

export function nonEmptyCount(row: readonly string[]): number {
  let n = 0;
  for (const c of row) if (c.trim() !== '') n++;
  return n;
}

export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  let widest = 0;
  for (const r of rows) widest = Math.max(widest, nonEmptyCount(r));
  if (widest <= 1) return 0;
  const need = Math.max(2, Math.ceil(widest / 2));
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN); i++) if (nonEmptyCount(rows[i]) >= need) return i;
  return 0;
}

export function isHeaderRow(row: readonly string[]): boolean {
  return !looksLikeDataRow(row);
}
