/**
 * The downloadable problem report of an import, as CSV. Values come from user files, so every
 * cell that a spreadsheet would run as a formula (starting with = + - @ tab or CR) gets a leading
 * apostrophe (OWASP "CSV injection"), and every cell is quoted.
 */
import type { RowError } from '../protocol';

const HEADER = ['file', 'line', 'column', 'value', 'severity', 'reason'];

export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return '"' + s.replace(/"/g, '""') + '"';
}

export function errorsToCsv(errors: readonly RowError[]): string {
  const lines = [HEADER.join(',')];
  for (const e of errors)
    lines.push([e.file, e.line, e.column, e.value, e.severity ?? 'error', e.reason].map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}
