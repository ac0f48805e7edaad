/**
 * Downloadable CSV templates, one per record kind: the canonical header alone, or with about ten
 * realistic example rows (issue 5: "empty with headers, and a small filled example").
 *
 * The example rows come from the demo generator (a fixed seed, end date and zone), so they are
 * consistent with each other and with the demo, identical on every call, and show what the
 * importer accepts: ISO times with an offset, `;`-separated tags, quoted comments with commas.
 */
import type { ColumnTable } from '../columns/table';
import type { Dataset } from '../engine/types';
import { FIELDS, type RecordKind } from '../schema/fields';
import { rowsToCsv } from './csv-writer';
import { generateDemo } from './generate';

export { tableToCsv } from './csv-writer';

/** The example data: six weeks of the baseline demo ending 1 April 2026, Berlin time. */
const EXAMPLE = { seed: 2026, end: Date.UTC(2026, 2, 31, 22), days: 42, timeZone: 'Europe/Berlin' } as const;
const EXAMPLE_ROWS = 10;

let example: Dataset | undefined;

export function templateCsv(kind: RecordKind, filled: boolean): string {
  const names = FIELDS[kind].map((f) => f.name);
  if (!filled) return names.join(',') + '\n';
  example ??= generateDemo('baseline', EXAMPLE);
  const table = example[kind];
  if (!table) throw new Error(`the demo has no ${kind}`);
  return rowsToCsv(table, names, exampleRows(table), EXAMPLE.timeZone);
}

/**
 * Which rows to show: messages as whole consecutive conversations (a lone message explains
 * nothing), the last two months of costs (all categories), otherwise rows spread over the period.
 */
function exampleRows(table: ColumnTable): number[] {
  const n = table.length;
  const count = Math.min(EXAMPLE_ROWS, n);
  if (table.kind === 'messages') return Array.from({ length: count }, (_, i) => i);
  if (table.kind === 'costs') return Array.from({ length: Math.min(8, n) }, (_, i) => n - Math.min(8, n) + i);
  return Array.from({ length: count }, (_, i) => Math.floor(((i + 0.5) * n) / count));
}
