/**
 * Remembering a confirmed mapping. `headerSignature` is order-insensitive: the normalised, non-empty
 * headers, sorted (duplicates kept), hashed. The same export with its columns moved, renamed only in case,
 * spacing, Arabic/Persian letter variants, or with extra blank trailing columns, has the same signature;
 * `applySavedMapping` then re-indexes the saved mapping by header name. Any added or removed named column
 * changes the signature (the user is asked again rather than silently losing a column).
 */
import { requiredFields } from '../schema/fields';
import { targetOf } from './match';
import { normalizeHeader } from './normalize';
import type { ColumnMapping, FileMapping } from './types';

/** cyrb53: a fast 53-bit string hash (public domain); collisions are negligible for header lists. */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function headerSignature(headers: readonly string[]): string {
  const keys = headers
    .map(normalizeHeader)
    .filter((k) => k !== '')
    .sort();
  return `h1:${keys.length}:${hash53(keys.join('\u001f'))}`;
}

/**
 * The saved mapping re-indexed onto `headers` (same signature expected). Null when a column the saved
 * mapping uses is missing. The result is complete when every required field is mapped: the user confirmed it.
 */
export function applySavedMapping(saved: FileMapping, headers: readonly string[]): FileMapping | null {
  if (saved.adapter) return { ...saved, columns: saved.columns.map((c) => ({ ...c })) };
  const positions = new Map<string, number[]>();
  headers.forEach((h, i) => {
    const k = normalizeHeader(h);
    positions.set(k, [...(positions.get(k) ?? []), i]);
  });
  // The n-th saved column with a given name goes to the n-th column with that name in the new file.
  const seen = new Map<string, number>();
  const placed = new Map<number, ColumnMapping[]>();
  const byOldIndex = new Map<number, number>();
  for (const c of saved.columns) {
    const k = normalizeHeader(c.header);
    let at = byOldIndex.get(c.index);
    if (at === undefined) {
      const nth = seen.get(k) ?? 0;
      seen.set(k, nth + 1);
      at = positions.get(k)?.[nth];
      if (at === undefined) {
        if (c.field !== null && k !== '') return null;
        continue;
      }
      byOldIndex.set(c.index, at);
    }
    placed.set(at, [...(placed.get(at) ?? []), { ...c, index: at, header: headers[at] }]);
  }
  const columns: ColumnMapping[] = [];
  headers.forEach((header, index) => {
    columns.push(...(placed.get(index) ?? [{ index, header, field: null, confidence: 0 }]));
  });
  const mapped = new Set(columns.filter((c) => c.field).map((c) => targetOf(c.field!)));
  const missingRequired = requiredFields(saved.kind).filter((f) => !mapped.has(f));
  // An event log's time column moves with the columns (it is not mapped to a field itself).
  const log = saved.eventLog;
  const eventLog = log
    ? { ...log, timeColumn: log.timeColumn >= 0 ? (byOldIndex.get(log.timeColumn) ?? timeAt(log.timeColumn)) : -1 }
    : undefined;
  return {
    ...saved,
    columns,
    missingRequired,
    complete: missingRequired.length === 0,
    ...(eventLog ? { eventLog } : {})
  };

  /** The saved time column's header, found again in the new file. */
  function timeAt(old: number): number {
    const header = saved.columns.find((c) => c.index === old)?.header;
    return header === undefined ? -1 : (positions.get(normalizeHeader(header))?.[0] ?? -1);
  }
}
