/**
 * The mapping screen's logic, pure: which fields a column can mean for a record kind, which KPIs
 * each field unlocks (from the catalog's `needs`), what is still missing, and the confirmed
 * FileMapping to send back to the worker.
 */
import { CATALOG } from '$lib/core/catalog';
import type { KpiDef } from '$lib/core/catalog/types';
import { DURATION_INPUTS, FIELDS, requiredFields, type RecordKind } from '$lib/core/schema/fields';
import type { ColumnMapping, FileMapping } from '$lib/worker/import/mapping-api';

/** Canonical fields of the kind, then the duration inputs that fill one of them. */
export function fieldOptions(kind: RecordKind): string[] {
  return [...FIELDS[kind].map((f) => f.name), ...DURATION_INPUTS.filter((d) => d.kind === kind).map((d) => d.name)];
}

/** The canonical field a mapped name stands for (a duration input fills its target field). */
export function canonicalField(kind: RecordKind, field: string): string {
  return DURATION_INPUTS.find((d) => d.kind === kind && d.name === field)?.target ?? field;
}

/** KPIs whose needs (or one alternative set) mention this field. */
export function kpisUnlockedBy(kind: RecordKind, field: string, catalog: readonly KpiDef[] = CATALOG): KpiDef[] {
  const name = `${kind}.${canonicalField(kind, field)}`;
  return catalog.filter((d) => d.needs.includes(name) || (d.alternatives ?? []).some((set) => set.includes(name)));
}

export function missingRequired(kind: RecordKind, columns: readonly Pick<ColumnMapping, 'field'>[]): string[] {
  const mapped = new Set(columns.filter((c) => c.field).map((c) => canonicalField(kind, c.field as string)));
  return requiredFields(kind).filter((f) => !mapped.has(f));
}

/** Columns for a kind: each keeps its field when the kind has it, else becomes ignored. */
export function columnsForKind(kind: RecordKind, columns: readonly ColumnMapping[]): ColumnMapping[] {
  const options = new Set(fieldOptions(kind));
  return columns.map((c) => (c.field && !options.has(c.field) ? { ...c, field: null, confidence: 0 } : { ...c }));
}

/** Starting columns: the guess's, or one ignored column per header when there is no guess. */
export function initialColumns(guess: FileMapping | null, headers: readonly string[]): ColumnMapping[] {
  if (guess && guess.columns.length) return guess.columns.map((c) => ({ ...c }));
  return headers.map((header, index) => ({ index, header, field: null, confidence: 0 }));
}

/** The mapping the user confirmed: complete when nothing required is missing. */
export function confirmedMapping(
  guess: FileMapping | null,
  kind: RecordKind,
  columns: readonly ColumnMapping[]
): FileMapping {
  const cols = columns.map((c) => ({ ...c, confidence: c.field ? 1 : c.confidence }));
  const missing = missingRequired(kind, cols);
  const base: FileMapping = guess ?? {
    kind,
    format: null,
    formatName: null,
    hasHeader: true,
    headerRow: 0,
    columns: [],
    missingRequired: [],
    complete: false,
    confidence: 1
  };
  return { ...base, kind, columns: cols, missingRequired: missing, complete: missing.length === 0, confidence: 1 };
}

/**
 * The mapping screen's two lists, as positions in `columns`: the columns the import will read
 * (mapped), required fields first, then those that unlock the most KPIs; and the ignored ones,
 * folded away. Decided once per file (and per kind change), not on every edit, so a row never
 * jumps away from the thumb that is changing it.
 */
export function partitionColumns(
  kind: RecordKind,
  columns: readonly Pick<ColumnMapping, 'field'>[],
  catalog: readonly KpiDef[] = CATALOG
): { used: number[]; ignored: number[] } {
  const required = new Set(requiredFields(kind));
  const weight = (i: number): number => {
    const f = columns[i].field as string;
    return (required.has(canonicalField(kind, f)) ? 1000 : 0) + kpisUnlockedBy(kind, f, catalog).length;
  };
  const used: number[] = [];
  const ignored: number[] = [];
  columns.forEach((c, i) => (c.field ? used : ignored).push(i));
  used.sort((a, b) => weight(b) - weight(a) || a - b);
  return { used, ignored };
}

/** At most `max` names, then how many more: a one-line "what this column enables". */
export function shortList(names: readonly string[], max = 2): { shown: string[]; more: number } {
  return { shown: names.slice(0, max), more: Math.max(0, names.length - max) };
}
