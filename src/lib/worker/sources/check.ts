/**
 * How a published file is judged: the same code for the app's sync (in the data worker) and for
 * `scripts/publish.mjs` (in Node, before anything is published), so a file the publish step
 * accepts is a file every device reads, the same way.
 *
 * Record files: the head is read as the import pipeline reads it (encoding, delimiter, first
 * rows), then core/sources/mapping.ts decides the mapping. Scorecards: the export JSON is
 * validated by core/sources/scorecard.ts.
 */
import { sourceMapping } from '../../core/sources/mapping';
import { parseScorecardText, type PublishedScorecard } from '../../core/sources/scorecard';
import type { Parsed } from '../../core/sources/types';
import type { RecordKind } from '../../core/schema/fields';
import type { FileMapping } from '../import/mapping-api';
import { inspectHead } from '../import/head';

export { parseSourcesText, SOURCE_KINDS } from '../../core/sources/parse';

export type RecordsCheck = { ok: true; mapping: FileMapping } | { ok: false; reason: string };

export async function checkRecordsFile(
  file: Blob,
  entry: { readonly kind?: RecordKind; readonly mapping?: Readonly<Record<string, string>> }
): Promise<RecordsCheck> {
  const head = await inspectHead(file);
  if (!head.ok) return { ok: false, reason: head.reason };
  return sourceMapping(head.rows, entry);
}

export function checkScorecardFile(text: string): Parsed<PublishedScorecard> {
  return parseScorecardText(text);
}
