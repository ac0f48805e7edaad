/**
 * The column mapping a published file is imported with, decided from its first rows the same
 * way on every device: the mapper's guess, the publisher's `kind` when given, then the
 * publisher's `mapping` (field → header) on top. Never a mapping remembered on one device: two
 * devices must read the same file the same way.
 *
 * Promise: a mapping is returned only when it is complete (every required field mapped, no
 * loose guess imported unconfirmed); otherwise the reason names what is missing and how to say
 * it in the sources file.
 */
import { guessMapping, mappingForKind, normalizeHeader, type ColumnMapping, type FileMapping } from '../mapping';
import { targetOf } from '../mapping/match';
import { findHeaderRow } from '../mapping/layout';
import { requiredFields, type RecordKind } from '../schema/fields';

/** Rows of the head the mapper sees (as the import pipeline). */
export const MAPPING_ROWS = 50;
/** Optional columns guessed below this are left out unless the publisher maps them. */
const WEAK = 0.7;

export type SourceMapping = { ok: true; mapping: FileMapping } | { ok: false; reason: string };

export function sourceMapping(
  rows: readonly (readonly string[])[],
  entry: { readonly kind?: RecordKind; readonly mapping?: Readonly<Record<string, string>> }
): SourceMapping {
  const head = rows.slice(0, MAPPING_ROWS);
  const guess = guessMapping(head);
  if (!guess.ok) return { ok: false, reason: guess.reason };
  let mapping = guess.mapping;
  if (entry.kind && mapping.kind !== entry.kind) {
    if (!mapping.hasHeader)
      return {
        ok: false,
        reason: `The file was recognised as ${mapping.kind} (${mapping.formatName ?? 'no header'}), not ${entry.kind}.`
      };
    const headerRow = Math.max(0, findHeaderRow(head));
    mapping = mappingForKind(entry.kind, head[headerRow] ?? [], head.slice(headerRow + 1), headerRow);
  }
  if (entry.mapping) {
    const applied = applyFieldMap(mapping, head, entry.mapping);
    if (!applied.ok) return applied;
    mapping = applied.mapping;
  }
  if (!mapping.complete) {
    const missing = mapping.missingRequired;
    const what = missing.length
      ? `the required columns ${missing.join(', ')} were not recognised`
      : `the kind of file (${mapping.kind}?) or a required column is uncertain`;
    return {
      ok: false,
      reason: `This file cannot be read without a column mapping: ${what}. Add "kind" and a "mapping" such as { "${missing[0] ?? requiredFields(mapping.kind)[0]}": "<column header>" } to its entry in sources.json.`
    };
  }
  return { ok: true, mapping };
}

function applyFieldMap(
  base: FileMapping,
  rows: readonly (readonly string[])[],
  fieldMap: Readonly<Record<string, string>>
): SourceMapping {
  if (!base.hasHeader || base.adapter)
    return { ok: false, reason: 'This file has no header row, so its columns cannot be mapped by name.' };
  const headers = rows[base.headerRow] ?? [];
  const byName = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!byName.has(h.trim())) byName.set(h.trim(), i);
    const key = normalizeHeader(h);
    if (key && !byName.has(`\0${key}`)) byName.set(`\0${key}`, i);
  });
  const assigned = new Map<string, number>();
  for (const [field, header] of Object.entries(fieldMap)) {
    const index = byName.get(header.trim()) ?? byName.get(`\0${normalizeHeader(header)}`);
    if (index === undefined)
      return {
        ok: false,
        reason: `mapping.${field}: the file has no column "${header}" (its columns: ${headers.map((h) => `"${h}"`).join(', ')}).`
      };
    assigned.set(field, index);
  }
  const mappedFields = new Set([...assigned.keys()].map(targetOf));
  const columns: ColumnMapping[] = [];
  // Keep the guess for columns the publisher did not mention, unless it fills a field they did.
  for (const c of base.columns) {
    if (c.field && (mappedFields.has(targetOf(c.field)) || c.confidence < WEAK)) {
      columns.push({ index: c.index, header: c.header, field: null, confidence: 0 });
    } else columns.push(c);
  }
  for (const [field, index] of assigned) {
    const at = columns.findIndex((c) => c.index === index && c.field === null);
    const col: ColumnMapping = { index, header: headers[index] ?? '', field, confidence: 1 };
    if (at >= 0) columns[at] = col;
    else columns.push(col);
  }
  const filled = new Set(columns.filter((c) => c.field).map((c) => targetOf(c.field!)));
  const missingRequired = requiredFields(base.kind).filter((f) => !filled.has(f));
  return {
    ok: true,
    mapping: {
      ...base,
      columns,
      missingRequired,
      complete: missingRequired.length === 0,
      confidence: 1
    }
  };
}
