/**
 * guessMapping: from the first rows of a file to a FileMapping, or a reason the file cannot be imported.
 *
 * Order of evidence: a header-less log recognised by its shape (Asterisk) → an aggregated report
 * (refused) → the canonical template → a known export format → synonyms scored for every kind. The
 * result is `complete` only when nothing needs a person: every required field mapped with confidence
 * ≥ 0.8 and the kind clear; then loose guesses on optional columns are left out rather than imported
 * unconfirmed. Otherwise the mapping screen shows the guess, loose suggestions included.
 */
import { DURATION_INPUTS, FIELDS, RECORD_KINDS, keyField, requiredFields, type RecordKind } from '../schema/fields';
import { aggregateHeaders } from './aggregate';
import { detectEventLog } from './event-log';
import { FORMATS, SHAPE_FORMATS } from './formats';
import { kindConfidence, kindScore } from './kind';
import { findHeaderRow, isHeaderRow, nonEmptyCount } from './layout';
import { matchColumns, targetOf } from './match';
import { normalizeHeader } from './normalize';
import { guessScale } from './scale';
import { columnShape, type Shape } from './shapes';
import type { ColumnMapping, ColumnSpec, FileMapping, FormatSpec, MappingGuess, ShapeFormat } from './types';

/** Minimum confidence of a required column, and of the kind, for an import with no question. */
export const SURE = 0.8;
const SURE_KIND = 0.6;
/** Optional columns below this are not imported without confirmation. */
const WEAK = 0.7;
/** Share of rows that must have a header-less format's shape. */
const SHAPE_SHARE = 0.8;

type Rows = readonly (readonly string[])[];

export function guessMapping(firstRows: Rows): MappingGuess {
  if (firstRows.every((r) => nonEmptyCount(r) === 0)) return { ok: false, reason: 'The file is empty.' };

  for (const shape of SHAPE_FORMATS) {
    const share = shape.match(firstRows);
    if (share >= SHAPE_SHARE) return { ok: true, mapping: shapeMapping(shape, firstRows, share), alternatives: [] };
  }

  const headerRow = findHeaderRow(firstRows);
  const headers = firstRows[headerRow];
  const data = firstRows.slice(headerRow + 1);
  if (!isHeaderRow(headers)) return { ok: true, mapping: headerlessMapping(firstRows), alternatives: [] };

  const shapes = shapesOf(headers, data);
  const perKind = RECORD_KINDS.map((kind) => {
    const columns = matchColumns(kind, headers, shapes);
    return { kind, columns, score: kindScore(kind, columns) };
  }).sort((a, b) => b.score - a.score);
  const alternatives = perKind.map(({ kind, score }) => ({ kind, score: Math.round(score * 1000) / 1000 }));

  const hasKey = perKind.some(({ kind, columns }) => {
    const key = keyField(kind) ?? (kind === 'messages' ? 'conversation_id' : undefined);
    return key !== undefined && columns.some((c) => c.field === key && c.confidence >= SURE);
  });
  const agg = hasKey ? [] : aggregateHeaders(headers);
  if (agg.length > 0) {
    return {
      ok: false,
      reason:
        `This looks like a report already aggregated per interval, agent or queue (columns such as ` +
        `${agg
          .slice(0, 3)
          .map((h) => `'${h.trim()}'`)
          .join(', ')}), not one row per ticket, call or survey. ` +
        `Export the individual records instead: the scorecard computes the averages and rates itself.`
    };
  }

  const base = { hasHeader: true, headerRow, headers };
  const canonical = canonicalKind(headers);
  if (canonical) {
    const columns = matchColumns(canonical, headers, shapes);
    const head = { ...base, format: 'canonical', formatName: 'Canonical template' };
    const mapping = finish(canonical, columns, 1, head, data);
    return { ok: true, mapping, alternatives: alternatives.filter((a) => a.kind !== canonical) };
  }

  const format = detectFormat(headers);
  if (format) {
    const mapping = formatMapping(format, headers, shapes, base, data);
    return { ok: true, mapping, alternatives: alternatives.filter((a) => a.kind !== format.kind) };
  }

  const [best, second] = perKind;
  const confidence = kindConfidence(best.score, second?.score ?? 0);
  const mapping = finish(best.kind, best.columns, confidence, { ...base, format: null, formatName: null }, data);
  return { ok: true, mapping, alternatives: alternatives.slice(1) };
}

/**
 * The mapping of `headers` as `kind` (the user picked the kind on the mapping screen): the kind's known
 * format if the headers match one, else its synonyms. `samples` are data rows; `headerRow` is the guess's
 * (0 when omitted).
 */
export function mappingForKind(
  kind: RecordKind,
  headers: readonly string[],
  samples: Rows,
  headerRow = 0
): FileMapping {
  const shapes = shapesOf(headers, samples);
  const base = { hasHeader: true, headerRow, headers };
  const format = detectFormat(headers, kind);
  if (format) return formatMapping(format, headers, shapes, base, samples);
  return finish(kind, matchColumns(kind, headers, shapes), 1, { ...base, format: null, formatName: null }, samples);
}

function shapesOf(headers: readonly string[], data: Rows): Shape[] {
  return headers.map((_, i) => columnShape(data.map((r) => r[i] ?? '')));
}

/** A kind whose canonical names (fields.ts, duration inputs) are every named header, required ones included. */
function canonicalKind(headers: readonly string[]): RecordKind | null {
  const keys = headers.map(normalizeHeader).filter((k) => k !== '');
  for (const kind of RECORD_KINDS) {
    const names = new Set([
      ...FIELDS[kind].map((f) => normalizeHeader(f.name)),
      ...DURATION_INPUTS.filter((d) => d.kind === kind).map((d) => normalizeHeader(d.name))
    ]);
    if (keys.every((k) => names.has(k)) && requiredFields(kind).every((r) => keys.includes(normalizeHeader(r)))) {
      return kind;
    }
  }
  return null;
}

/** The known format whose signature the headers match best (share of its signature present), if any. */
export function detectFormat(headers: readonly string[], kind?: RecordKind): FormatSpec | null {
  const keys = new Set(headers.map(normalizeHeader));
  let best: FormatSpec | null = null;
  let bestShare = 0;
  for (const f of FORMATS) {
    if (kind && f.kind !== kind) continue;
    const hits = f.signature.filter((s) => keys.has(normalizeHeader(s))).length;
    const share = hits / f.signature.length;
    if (hits >= f.minMatch && share > bestShare) {
      best = f;
      bestShare = share;
    }
  }
  return best;
}

function formatMapping(
  format: FormatSpec,
  headers: readonly string[],
  shapes: readonly Shape[],
  base: { hasHeader: boolean; headerRow: number; headers?: readonly string[] },
  data: Rows
): FileMapping {
  const specs = new Map<string, readonly ColumnSpec[]>();
  for (const [h, s] of Object.entries(format.columns))
    specs.set(normalizeHeader(h), Array.isArray(s) ? s : [s as ColumnSpec]);
  const fixed = new Map<number, readonly ColumnSpec[]>();
  headers.forEach((h, i) => {
    const s = specs.get(normalizeHeader(h));
    if (s) fixed.set(i, s);
    else if (format.closed) fixed.set(i, [{ field: null }]);
  });
  const columns = matchColumns(format.kind, headers, shapes, fixed);
  return finish(
    format.kind,
    columns,
    1,
    {
      ...base,
      format: format.id,
      formatName: format.name,
      ...(format.also ? { also: [...format.also] } : {}),
      ...(format.constants ? { constants: { ...format.constants } } : {}),
      ...(format.adapter ? { adapter: format.adapter } : {})
    },
    data
  );
}

type Head = Pick<
  FileMapping,
  'format' | 'formatName' | 'hasHeader' | 'headerRow' | 'also' | 'constants' | 'adapter'
> & {
  /** The header row, for finding an event log's time column. */
  headers?: readonly string[];
};

function finish(
  kind: RecordKind,
  columns: ColumnMapping[],
  confidence: number,
  head: Head,
  data: Rows = []
): FileMapping {
  if (kind === 'surveys') ({ columns, head } = withSurveyScale(columns, head, data));
  if (kind === 'tickets') columns = closingAsResolution(columns);
  const key = keyField(kind);
  // Folding applies to tickets: the history fields (assignment, reopenings) are ticket fields.
  const eventLog =
    key && kind === 'tickets' && head.hasHeader ? detectEventLog(head.headers ?? [], columns, key, data) : null;
  const best = new Map<string, number>();
  for (const c of columns) {
    if (c.field) best.set(targetOf(c.field), Math.max(best.get(targetOf(c.field)) ?? 0, c.confidence));
  }
  const required = requiredFields(kind);
  const missingRequired = required.filter((r) => !best.has(r));
  const complete =
    missingRequired.length === 0 && required.every((r) => (best.get(r) ?? 0) >= SURE) && confidence >= SURE_KIND;
  const out = complete
    ? columns.map((c) =>
        c.field && c.confidence < WEAK && !required.includes(targetOf(c.field))
          ? {
              index: c.index,
              header: c.header,
              field: null,
              confidence: 0,
              note: `possible ${c.field}: not used without confirmation`
            }
          : c
      )
    : columns;
  const also =
    head.also ?? (kind === 'calls' && out.some((c) => c.field === 'csat') ? ['surveys' as const] : undefined);
  return {
    kind,
    format: head.format,
    formatName: head.formatName,
    hasHeader: head.hasHeader,
    headerRow: head.headerRow,
    columns: out,
    ...(also ? { also } : {}),
    ...(head.constants ? { constants: head.constants } : {}),
    ...(head.adapter ? { adapter: head.adapter } : {}),
    ...(eventLog && !head.adapter ? { eventLog } : {}),
    missingRequired,
    complete,
    confidence: Math.round(confidence * 1000) / 1000
  };
}

/**
 * Most helpdesks close a ticket when it is solved and export only that time. Without any column for
 * resolved_at, the closing column also fills it (the same index twice), with a note saying so; the
 * resolution KPIs would otherwise have nothing to measure.
 */
function closingAsResolution(columns: ColumnMapping[]): ColumnMapping[] {
  if (columns.some((c) => c.field && targetOf(c.field) === 'resolved_at')) return columns;
  const closed = columns.find((c) => c.field === 'closed_at');
  if (!closed) return columns;
  const also: ColumnMapping = {
    index: closed.index,
    header: closed.header,
    field: 'resolved_at',
    confidence: closed.confidence,
    note: 'no resolution column: the closing time is used as the resolution time'
  };
  return columns.flatMap((c) => (c === closed ? [c, also] : [c]));
}

/** A survey score column's scale, as constants (and a value map for thumbs), unless the file gives it. */
function withSurveyScale(columns: ColumnMapping[], head: Head, data: Rows): { columns: ColumnMapping[]; head: Head } {
  const score = columns.find((c) => c.field === 'score');
  const hasScale = columns.some((c) => c.field === 'scale_min' || c.field === 'scale_max');
  if (!score || hasScale || head.constants?.scale_min !== undefined || score.valueMap) return { columns, head };
  const scale = guessScale(
    score.header,
    data.map((r) => r[score.index] ?? '')
  );
  if (!scale) return { columns, head };
  const constants = { ...head.constants, scale_min: String(scale.min), scale_max: String(scale.max) };
  const scored: ColumnMapping = { ...score, note: scale.note, ...(scale.valueMap ? { valueMap: scale.valueMap } : {}) };
  return { columns: columns.map((c) => (c === score ? scored : c)), head: { ...head, constants } };
}

function shapeMapping(shape: ShapeFormat, rows: Rows, share: number): FileMapping {
  const width = Math.max(...rows.map((r) => r.length));
  const names = shape.columnNames.slice(0, Math.max(width, 1));
  return {
    kind: shape.kind,
    format: shape.id,
    formatName: shape.name,
    hasHeader: false,
    headerRow: -1,
    columns: names.map((name, index) => ({
      index,
      header: name,
      field: shape.columnFields[name] ?? null,
      confidence: 1,
      note: 'read through the adapter'
    })),
    adapter: shape.adapter,
    missingRequired: [],
    complete: true,
    confidence: Math.round(share * 1000) / 1000
  };
}

/** A file whose first row is data: nothing can be matched by name, so the mapping screen must ask. */
function headerlessMapping(rows: Rows): FileMapping {
  const width = Math.max(...rows.map((r) => r.length));
  return {
    kind: 'tickets',
    format: null,
    formatName: null,
    hasHeader: false,
    headerRow: -1,
    columns: Array.from({ length: width }, (_, index) => ({
      index,
      header: `Column ${index + 1}`,
      field: null,
      confidence: 0
    })),
    missingRequired: requiredFields('tickets'),
    complete: false,
    confidence: 0
  };
}
