/**
 * What one import stored, per kind, as the import screen announces and lists it. A file may bring
 * several kinds (a call-centre export holds calls and the survey answers given on them): saying
 * "Calls: 9,054 new" for 5,000 calls and 4,054 answers would be wrong twice.
 *
 * Promise: the main kind comes first, then the others in the order stored; the stored counts add
 * up to `rowsStored`. Imports stored before per-kind counts existed get one line with the totals.
 */
import type { RecordKind } from '$lib/core/schema/fields';
import type { ImportInfo } from '$lib/worker/protocol';

export interface KindLine {
  readonly kind: RecordKind | null;
  /** Rows stored of this kind, updates included. */
  readonly stored: number;
  /** Of those, rows that replaced an earlier record (the rest are new). */
  readonly updated: number;
}

export function kindLines(info: Pick<ImportInfo, 'kind' | 'rowsStored' | 'rowsUpdated' | 'byKind'>): KindLine[] {
  const entries = Object.entries(info.byKind ?? {}) as [RecordKind, { stored: number; updated: number }][];
  if (entries.length === 0) return [{ kind: info.kind, stored: info.rowsStored, updated: info.rowsUpdated }];
  entries.sort(([a], [b]) => Number(b === info.kind) - Number(a === info.kind));
  return entries.map(([kind, n]) => ({ kind, stored: n.stored, updated: n.updated }));
}
