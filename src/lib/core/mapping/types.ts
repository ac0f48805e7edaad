/**
 * The mapping contract: how the columns of one user file become canonical fields of one record kind.
 *
 * `guessMapping` (guess.ts) produces a FileMapping from the first rows of a file; the import pipeline
 * reads every row through it; the mapping screen edits it; storage remembers a confirmed one by
 * `headerSignature`. Everything here is plain data (structured-clone safe) so it crosses the worker
 * boundary and goes into IndexedDB as is.
 */
import type { RecordKind } from '../schema/fields';

export interface ColumnMapping {
  /** Column index in the row. The same index may appear twice when one column feeds two fields. */
  index: number;
  /** As in the file. */
  header: string;
  /** Canonical field of fields.ts, a DURATION_INPUTS name (e.g. 'first_response_minutes'), or null = ignored. */
  field: string | null;
  /** 0..1: 1 = canonical name or known export format, 0.95 = listed synonym, ≤ 0.6 = a loose guess. */
  confidence: number;
  /** Seconds per unit of a bare number, for duration inputs whose unit differs from the name's default. */
  unitSeconds?: number;
  /** Two columns (Date + Time) that together make one time field; the pipeline joins them date + ' ' + time. */
  part?: 'date' | 'time';
  /** Raw value (lower-cased, trimmed) → value to parse instead; '' = missing. Unlisted values pass through. */
  valueMap?: Readonly<Record<string, string>>;
  /** Boolean column meaning the opposite ('Answered (Y/N)' → abandoned). Applied after valueMap. */
  invert?: boolean;
  /** Duration measured in business hours by the exporting tool (cannot be turned back into an instant exactly). */
  businessHours?: boolean;
  /**
   * Boolean field read from the sign of a number: value ≥ 0 → 1, < 0 → 0 (Zammad '… Diff In Min' is the
   * time left to the SLA target, negative = breached → `*_sla_met`).
   */
  fromSign?: boolean;
  /** Why a known column is ignored or how it is read (shown on the mapping screen). */
  note?: string;
}

export interface FileMapping {
  kind: RecordKind;
  /** Id of the recognised export format ('zendesk', 'freshdesk', 'pwc-call-centre', 'canonical', …). */
  format: string | null;
  formatName: string | null;
  hasHeader: boolean;
  /**
   * 0-based index of the header row among the first rows; data starts at headerRow + 1. A header-less
   * file has headerRow -1 (data from row 0).
   */
  headerRow: number;
  columns: ColumnMapping[];
  /**
   * Id of a RowAdapter (ADAPTERS) for event logs and header-less files. When set, the pipeline feeds every
   * data row to the adapter and imports the records it emits; `columns` then only describe the file.
   */
  adapter?: string;
  /**
   * Kinds split out of the same rows. 'surveys' from a call log (or ticket export) with a csat column: one
   * survey per row that has a rating: survey_id = the row key (call_id / ticket_id), responded_at = the
   * end of the contact when known (ended_at / resolved_at) else its start, score = csat on 1–5, the link
   * key, agent, team, channel.
   */
  also?: RecordKind[];
  /** Values given to every row (a complaints log: is_complaint = '1'), as raw strings parsed like cells. */
  constants?: Readonly<Record<string, string>>;
  /**
   * Several rows per record (an event log, event-log.ts): the import keeps the last row of each key and
   * adds what the history tells (first assignment, reassignments, reopenings) as extra cells.
   */
  eventLog?: EventLogInfo;
  /** Required fields of the kind not mapped (a duration input counts for its target field). */
  missingRequired: string[];
  /** Every required field mapped with confidence ≥ 0.8 and a clear kind → import with no question. */
  complete: boolean;
  /** Of the kind guess, 0..1. */
  confidence: number;
}

export interface EventLogInfo {
  /** Column that dates each event (sys_updated_at, 'Updated at'…), -1 when there is none. */
  timeColumn: number;
  /** In the sample the guess saw: rows with a key, and distinct keys. */
  sampleRows: number;
  sampleRecords: number;
}

export type MappingGuess =
  | { ok: true; mapping: FileMapping; alternatives: { kind: RecordKind; score: number }[] }
  | { ok: false; reason: string };

export interface AdapterRecord {
  kind: RecordKind;
  /** 1-based physical line of the row that started the record (for error reports). */
  line: number;
  record: Readonly<Record<string, string>>;
}

export interface RowAdapter {
  id: string;
  /**
   * Receives every data row (cells as strings, 1-based physical line) and emits canonical records as raw
   * strings. Times are emitted as ISO 8601 (with 'Z' when the source is an absolute instant) or as the
   * source's own local wall-clock text. `mapping` (the file's FileMapping) lets an adapter of a file
   * with a header find its columns by name; header-less adapters ignore it.
   */
  create(mapping?: Pick<FileMapping, 'columns'>): {
    push(cells: readonly string[], line: number): void;
    /**
     * Optional: the records already complete, removed from the adapter. A pipeline that calls it after each
     * chunk keeps memory bounded on large logs; one that never calls it gets everything from finish().
     */
    drain?(): Iterable<AdapterRecord>;
    /** The remaining records (all of them when drain was never called). */
    finish(): Iterable<AdapterRecord>;
  };
}

/** How one column of a known format, or one synonym, is read. */
export interface ColumnExtras {
  unitSeconds?: number;
  part?: 'date' | 'time';
  valueMap?: Readonly<Record<string, string>>;
  invert?: boolean;
  businessHours?: boolean;
  fromSign?: boolean;
  note?: string;
}

export interface ColumnSpec extends ColumnExtras {
  /** Canonical field or duration input; null = a known column deliberately ignored (give a note). */
  field: string | null;
}

/** A known export format: data, no code (formats/*.ts). */
export interface FormatSpec {
  id: string;
  name: string;
  /** Where the header came from, and how sure it is. */
  source: string;
  kind: RecordKind;
  /** Headers (as exported) that identify the format; matched on normalizeHeader. */
  signature: readonly string[];
  /** How many signature headers must be present. */
  minMatch: number;
  /** Header (as exported) → how it is read; several specs = the column feeds several fields. */
  columns: Readonly<Record<string, ColumnSpec | readonly ColumnSpec[]>>;
  also?: readonly RecordKind[];
  constants?: Readonly<Record<string, string>>;
  /** Columns not listed are ignored (a fixed file), instead of being offered to the generic synonyms. */
  closed?: boolean;
  /** Rows are read through this RowAdapter (one row per event, several kinds per file). */
  adapter?: string;
}

/** A header-less format recognised by the shape of its rows (Asterisk logs), read through a RowAdapter. */
export interface ShapeFormat {
  id: string;
  name: string;
  source: string;
  kind: RecordKind;
  adapter: string;
  /** Names of the columns, for display (the file has none). */
  columnNames: readonly string[];
  /** Field each column feeds through the adapter, for display. */
  columnFields: Readonly<Record<string, string>>;
  /** Fraction (0..1) of the non-empty rows that have the format's shape. */
  match(rows: readonly (readonly string[])[]): number;
}
