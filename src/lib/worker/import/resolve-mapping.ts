/**
 * Which mapping a file is imported with: a mapping the user just confirmed (remembered by header
 * signature for next time) > a mapping remembered for this header > the mapper's guess when it is
 * complete. Otherwise the import stops before writing anything and asks (`needsMapping`), or
 * refuses a file the mapper recognises as not importable (an aggregated report).
 */
import type { ScorecardDb } from '../../storage/db';
import { saveMappingRecord, savedMapping } from '../../storage/prefs';
import { applySavedMapping, guessMapping, headerSignature, type FileMapping } from './mapping-api';

export type Resolved =
  | { status: 'ok'; mapping: FileMapping }
  | { status: 'refused'; reason: string }
  | {
      status: 'needsMapping';
      guess: FileMapping | null;
      headers: readonly string[];
      preview: readonly (readonly string[])[];
      reason: string;
    };

/** Rows of the head given to the mapper. */
export const GUESS_ROWS = 50;

export async function resolveMapping(
  db: ScorecardDb,
  rows: readonly (readonly string[])[],
  confirmed?: FileMapping
): Promise<Resolved> {
  if (confirmed) {
    const headers = confirmed.hasHeader ? rows[confirmed.headerRow] : undefined;
    if (headers?.length) await saveMappingRecord(db, headerSignature(headers), confirmed);
    return { status: 'ok', mapping: confirmed };
  }
  const guess = guessMapping(rows.slice(0, GUESS_ROWS));
  const headerRow = guess.ok ? Math.max(0, guess.mapping.headerRow) : 0;
  const headers = rows[headerRow] ?? [];
  const saved = headers.length
    ? ((await savedMapping(db, headerSignature(headers))) as FileMapping | undefined)
    : undefined;
  if (saved) {
    const applied = applySavedMapping(saved, headers);
    if (applied) return { status: 'ok', mapping: applied };
  }
  if (!guess.ok) return { status: 'refused', reason: guess.reason };
  if (guess.mapping.complete) return { status: 'ok', mapping: guess.mapping };
  const m = guess.mapping;
  const dataStart = m.hasHeader ? m.headerRow + 1 : 0;
  return {
    status: 'needsMapping',
    guess: m,
    headers: m.hasHeader ? headers : [],
    preview: rows.slice(dataStart, dataStart + 20),
    reason: m.missingRequired.length
      ? `Some required columns were not recognised: ${m.missingRequired.join(', ')}.`
      : 'The kind of file or some columns are uncertain: please confirm the mapping.'
  };
}
