/**
 * A row plan: how the cells of one file become the values of one record kind, decided ONCE per
 * file from its FileMapping and sample rows, then run for every row without per-row objects.
 *
 * Promises: a required value that is missing or unreadable skips the row (an error); an optional
 * value that is present but unreadable is stored as missing (a warning) — never as 0. Duration
 * inputs (fields.ts DURATION_INPUTS) become their target time (base + seconds) when the target is
 * not given itself; Date + Time part columns are joined before parsing; `valueMap`, `invert`,
 * `fromSign` and `constants` of the mapping are applied as the mapper documents them.
 */
import {
  DURATION_INPUTS,
  fieldDef,
  fieldsOf,
  type FieldDef,
  type FieldType,
  type RecordKind
} from '../../core/schema/fields';
import { parseBoolean } from '../../core/parse/booleans';
import { parseDuration } from '../../core/parse/durations';
import { normalizeVocabulary } from '../../core/parse/normalize';
import { detectDecimalMark, parseNumber } from '../../core/parse/numbers';
import { toAsciiDigits } from '../../core/parse/digits';
import { combineDateTime, makeDateParser, sniffDates, type DateOrder } from '../../core/parse/dates';
import type { ColumnMapping, FileMapping } from './mapping-api';
import { StringIndex } from './string-index';

type Cells = readonly string[];

/** One source of a field's raw text: a column (or a Date + Time pair), or a constant. */
interface Source {
  readonly header: string;
  readonly raw: (cells: Cells) => string;
}

export interface FieldPlan {
  readonly field: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly sources: readonly Source[];
  /** Raw text → stored value: text (already normalised) or number; NaN = unreadable. */
  readonly parse: (raw: string) => string | number;
}

export interface DurationPlan {
  readonly header: string;
  readonly target: string;
  readonly base: string;
  readonly raw: (cells: Cells) => string;
  readonly unitSeconds: number;
}

export interface RowPlan {
  readonly kind: RecordKind;
  readonly fields: readonly FieldPlan[];
  readonly durations: readonly DurationPlan[];
  /** Every field the rows will have (plans + duration targets), with its type, for the builder. */
  readonly columns: readonly { name: string; type: FieldType }[];
  /** Per column of `columns`: a value is required. */
  readonly requiredColumns: readonly boolean[];
  /** Required fields nothing in the file can fill (the file cannot be imported as mapped). */
  readonly unfilled: readonly string[];
  /** Plain-text remarks for the import summary (date order guessed, business-hours durations…). */
  readonly notes: readonly string[];
}

function lookup(m: ColumnMapping): (raw: string) => string {
  const map = m.valueMap;
  if (!map) return (raw) => raw;
  return (raw) => {
    const v = map[raw.trim().toLowerCase()];
    return v === undefined ? raw : v;
  };
}

function cellSource(m: ColumnMapping): (cells: Cells) => string {
  const i = m.index;
  const mapped = lookup(m);
  if (!m.valueMap) return (cells) => cells[i] ?? '';
  return (cells) => mapped(cells[i] ?? '');
}

function sampleOf(raw: (cells: Cells) => string, samples: readonly Cells[]): string[] {
  const out: string[] = [];
  for (const row of samples) {
    const v = raw(row).trim();
    if (v) out.push(v);
  }
  return out;
}

/**
 * Builds the plan. `samples` are data rows (header excluded) used to sniff date order and the
 * decimal mark per column; `timeZone` is the zone of times written without an offset.
 */
export function buildPlan(mapping: FileMapping, samples: readonly Cells[], timeZone: string): RowPlan {
  const kind = mapping.kind;
  const notes: string[] = [];
  const byField = new Map<string, ColumnMapping[]>();
  const durations: DurationPlan[] = [];
  for (const m of mapping.columns) {
    if (!m.field) continue;
    const d = DURATION_INPUTS.find((x) => x.kind === kind && x.name === m.field);
    if (d) {
      durations.push({
        header: m.header,
        target: d.target,
        base: d.base,
        raw: cellSource(m),
        unitSeconds: m.unitSeconds ?? d.unitSeconds
      });
      if (m.businessHours || d.businessHours)
        notes.push(
          `"${m.header}" is measured in business hours by the exporting tool; it was added to ${d.base} as calendar time.`
        );
      continue;
    }
    if (!fieldDef(kind, m.field)) continue;
    const list = byField.get(m.field);
    if (list) list.push(m);
    else byField.set(m.field, [m]);
  }
  const gathered: { def: FieldDef; sources: Source[]; sample: string[] }[] = [];
  for (const def of fieldsOf(kind)) {
    const cols = byField.get(def.name) ?? [];
    const constant = mapping.constants?.[def.name];
    const sources: Source[] = [];
    const date = cols.find((c) => c.part === 'date');
    const time = cols.find((c) => c.part === 'time');
    if (date) {
      const d = cellSource(date);
      const t = time ? cellSource(time) : null;
      sources.push({
        header: time ? `${date.header} + ${time.header}` : date.header,
        raw: t
          ? (cells) => {
              const a = d(cells).trim();
              const b = t(cells).trim();
              return a && b ? combineDateTime(a, b) : a;
            }
          : d
      });
    }
    for (const c of cols) if (!c.part) sources.push(sourceFor(c, def.type));
    if (constant !== undefined) sources.push({ header: `${def.name} (constant)`, raw: () => constant });
    if (sources.length === 0) continue;
    gathered.push({ def, sources, sample: sources.flatMap((s) => sampleOf(s.raw, samples)) });
  }
  const dateOrder = fileDateOrder(gathered.filter((g) => g.def.type === 'time').map((g) => g.sample));
  const fields: FieldPlan[] = gathered.map(({ def, sources, sample }) => ({
    field: def.name,
    type: def.type,
    required: !!def.required,
    sources,
    parse: parserFor(def.name, def.type, def.vocabulary, sample, timeZone, notes, sources[0].header, dateOrder)
  }));
  const have = new Set([...fields.map((f) => f.field), ...durations.map((d) => d.target)]);
  for (const d of durations)
    if (!have.has(d.base)) notes.push(`"${d.header}" needs ${d.base}, which the file does not have: it is not used.`);
  const columns = fieldsOf(kind)
    .filter((f) => have.has(f.name))
    .map((f) => ({ name: f.name, type: f.type }));
  const unfilled = fieldsOf(kind)
    .filter((f) => f.required && !have.has(f.name))
    .map((f) => f.name);
  const requiredColumns = columns.map((c) => !!fieldDef(kind, c.name)?.required);
  return { kind, fields, durations, columns, requiredColumns, unfilled, notes };
}

/** A boolean column with `invert` / `fromSign` is read here so `parse` stays per field. */
function sourceFor(m: ColumnMapping, type: FieldType): Source {
  const raw = cellSource(m);
  if (type !== 'boolean' || (!m.invert && !m.fromSign)) return { header: m.header, raw };
  const { invert, fromSign } = m;
  return {
    header: m.header,
    raw: (cells) => {
      const s = raw(cells);
      if (s.trim() === '') return s;
      let v = fromSign ? (Number.isNaN(parseNumber(s)) ? NaN : parseNumber(s) >= 0 ? 1 : 0) : parseBoolean(s);
      if (Number.isNaN(v)) return s; // unreadable: parse() reports it
      if (invert) v = 1 - v;
      return v ? '1' : '0';
    }
  };
}

function parserFor(
  name: string,
  type: FieldType,
  vocabulary: Parameters<typeof normalizeVocabulary>[0] | undefined,
  sample: readonly string[],
  timeZone: string,
  notes: string[],
  header: string,
  fileOrder: DateOrder | null
): (raw: string) => string | number {
  switch (type) {
    case 'text':
      if (vocabulary) return memoized((raw) => normalizeVocabulary(vocabulary, raw.trim()));
      // Identifiers written in Persian or Arabic digits must match the same id in ASCII digits.
      if (name.endsWith('_id')) return (raw) => toAsciiDigits(raw.trim());
      return (raw) => raw.trim();
    case 'number': {
      const mark = detectDecimalMark(sample);
      return (raw) => parseNumber(raw, mark);
    }
    case 'boolean':
      return (raw) => parseBoolean(raw);
    case 'time': {
      let sniff = sniffDates(sample);
      // A column whose days all happen to be ≤ 12 takes the order another date column of the file proved.
      if (sniff.ambiguous && sniff.kind === 'text' && fileOrder)
        sniff = { ...sniff, order: fileOrder, ambiguous: false };
      if (sniff.ambiguous && sniff.kind === 'text')
        notes.push(
          `Dates in "${header}" could be day-first or month-first (no day above 12 in the first rows); they were read as ${sniff.order === 'dmy' ? 'day/month/year' : sniff.order === 'mdy' ? 'month/day/year' : 'year-month-day'}.`
        );
      return makeDateParser(sniff, timeZone);
    }
  }
}

/**
 * The day/month order one file uses, decided across all its date columns: exports write every date
 * the same way, and a column whose sample has no day above 12 cannot tell on its own ("Closed at"
 * 09/12, 10/12 beside "Created at" 13/12). Null when no column decides it, or columns disagree.
 */
export function fileDateOrder(samples: readonly (readonly string[])[]): DateOrder | null {
  const orders = new Set<DateOrder>();
  for (const sample of samples) {
    const sniff = sniffDates(sample);
    if (!sniff.ambiguous && sniff.kind === 'text' && sniff.order !== 'ymd') orders.add(sniff.order);
  }
  return orders.size === 1 ? [...orders][0] : null;
}

/** Distinct raw cells remembered per vocabulary column; past this the column is free text. */
const MEMO_LIMIT = 4096;

/**
 * A vocabulary column repeats a handful of spellings: each distinct raw cell is normalised once
 * and found again through a StringIndex (plain string compares while there are few), which is
 * cheaper than normalizeVocabulary's own Map memo. A column with more distinct cells than
 * MEMO_LIMIT stops remembering new ones (same results, no unbounded growth).
 */
function memoized(fn: (raw: string) => string): (raw: string) => string {
  const seen = new StringIndex();
  const results: string[] = [];
  return (raw) => {
    const known = seen.get(raw);
    if (known >= 0) return results[known];
    const v = fn(raw);
    if (seen.size < MEMO_LIMIT) {
      seen.add(raw);
      results.push(v);
    }
    return v;
  };
}

/** Parses a duration input to seconds (NaN when unreadable). */
export function durationSeconds(d: DurationPlan, raw: string): number {
  return parseDuration(raw, d.unitSeconds);
}
