/**
 * Event logs: files with one row per update of a record (a ServiceNow audit export, the "incident
 * event log" form), not one row per record.
 *
 * - `detectEventLog` (used by guess.ts) sees it in the sample: the record key repeats. It also
 *   finds the column that dates each event (sys_updated_at, "Updated at"…), when there is one.
 * - `historyColumns` adds, to a mapping, the fields only the history can give and the file does
 *   not carry itself: first_assigned_at, reassignments, reopened. They are read from cells the
 *   folder appends after the file's own columns, so the import reads them like any column.
 * - `EventLogFolder` keeps the LAST row of each key (file order: exports list a record's events
 *   oldest first) and, per key, the history: the event time at which an agent was first set, how
 *   many times the agent or the team changed from one value to another after that, and how many
 *   times the state went from resolved/closed back to an open state.
 *
 * Why in the core and not an adapter: the last row must still be read through the file's own
 * mapping (value maps, inverted flags, day-first dates), which an adapter's canonical records
 * would bypass.
 */
import { normalizeVocabulary } from '../parse/normalize';
import { normalizeHeader } from './normalize';
import type { ColumnMapping, EventLogInfo, FileMapping } from './types';

type Rows = readonly (readonly string[])[];

/** Headers that date one event of the log (normalised), most specific first. */
const EVENT_TIME_HEADERS = [
  'sys updated at',
  'sys updated on',
  'updated at',
  'updated on',
  'updated',
  'last updated',
  'last updated time',
  'last update time',
  'modified time',
  'modified at',
  'changed at',
  'event time',
  'event at',
  'timestamp'
].map(normalizeHeader);

/** Rows per record in the sample above which the file is read as an event log. */
const MIN_ROWS_PER_RECORD = 1.2;

/**
 * `null` unless the sample's key values repeat: at least two rows share a key and the sample has
 * ≥ 1.2 rows per distinct key (a stray duplicate in a plain export is not a log).
 */
export function detectEventLog(
  headers: readonly string[],
  columns: readonly ColumnMapping[],
  keyField: string,
  data: Rows
): EventLogInfo | null {
  const key = columns.find((c) => c.field === keyField);
  if (!key || data.length < 2) return null;
  const seen = new Set<string>();
  let rows = 0;
  for (const r of data) {
    const v = (r[key.index] ?? '').trim();
    if (v === '') continue;
    rows++;
    seen.add(v);
  }
  if (seen.size === 0 || rows - seen.size < 2 || rows / seen.size < MIN_ROWS_PER_RECORD) return null;
  const keys = headers.map(normalizeHeader);
  let timeColumn = -1;
  for (const h of EVENT_TIME_HEADERS) {
    timeColumn = keys.indexOf(h);
    if (timeColumn >= 0) break;
  }
  return { timeColumn, sampleRows: rows, sampleRecords: seen.size };
}

/** The history fields and the appended cell each is read from (index = file width + position). */
const HISTORY_FIELDS = ['first_assigned_at', 'reassignments', 'reopened'] as const;
type HistoryField = (typeof HISTORY_FIELDS)[number];

const HISTORY_NOTES: Readonly<Record<HistoryField, string>> = {
  first_assigned_at: 'from the event log: the time of the first event with an agent',
  reassignments: 'from the event log: changes of agent or team after the first assignment',
  reopened: 'from the event log: times the state went from resolved or closed back to open'
};

/** Which history fields a mapping can be given: not mapped by the file, and computable from it. */
function historyFieldsFor(mapping: Pick<FileMapping, 'columns' | 'eventLog'>): HistoryField[] {
  const log = mapping.eventLog;
  if (!log) return [];
  const mapped = new Set(mapping.columns.filter((c) => c.field).map((c) => c.field));
  const has = (f: string) => mapped.has(f);
  return HISTORY_FIELDS.filter((f) => {
    if (has(f)) return false;
    if (f === 'first_assigned_at') return log.timeColumn >= 0 && has('agent');
    if (f === 'reassignments') return has('agent') || has('team');
    return has('status');
  });
}

/**
 * The mapping with one column per history field the folder will append (after `width` columns).
 * The import summary and the mapping screen show them like the file's own columns.
 */
export function historyColumns<M extends Pick<FileMapping, 'columns' | 'eventLog'>>(mapping: M, width: number): M {
  const fields = historyFieldsFor(mapping);
  if (fields.length === 0) return mapping;
  const extra: ColumnMapping[] = fields.map((field) => ({
    index: width + HISTORY_FIELDS.indexOf(field),
    header: `(${field})`,
    field,
    confidence: 1,
    note: HISTORY_NOTES[field]
  }));
  return { ...mapping, columns: [...mapping.columns, ...extra] };
}

interface Record_ {
  line: number;
  cells: readonly string[];
  firstAssigned: string;
  reassignments: number;
  reopened: number;
  lastAgent: string;
  lastTeam: string;
  lastDone: boolean;
}

const DONE = new Set(['resolved', 'closed']);

/**
 * Folds an event log's rows into one row per key: the last row's cells followed by the history
 * cells of HISTORY_FIELDS. `width` is the file's column count (the index of the first appended cell).
 */
export class EventLogFolder {
  private readonly records = new Map<string, Record_>();
  private readonly key: number;
  private readonly time: number;
  private readonly agent: ColumnMapping | undefined;
  private readonly team: ColumnMapping | undefined;
  private readonly status: ColumnMapping | undefined;
  private readonly width: number;
  /** Rows pushed, and rows without a key (left out: they belong to no record). */
  events = 0;
  keyless = 0;

  constructor(mapping: Pick<FileMapping, 'columns' | 'eventLog'>, keyField: string, width: number) {
    const by = (f: string) => mapping.columns.find((c) => c.field === f);
    this.key = by(keyField)?.index ?? -1;
    this.time = mapping.eventLog?.timeColumn ?? -1;
    this.agent = by('agent');
    this.team = by('team');
    this.status = by('status');
    this.width = width;
  }

  get size(): number {
    return this.records.size;
  }

  push(cells: readonly string[], line: number): void {
    this.events++;
    const key = this.key >= 0 ? (cells[this.key] ?? '').trim() : '';
    if (key === '') {
      this.keyless++;
      return;
    }
    const agent = valueOf(cells, this.agent);
    const team = valueOf(cells, this.team);
    const done = DONE.has(normalizeVocabulary('status', valueOf(cells, this.status)));
    let r = this.records.get(key);
    if (!r) {
      r = {
        line,
        cells,
        firstAssigned: '',
        reassignments: 0,
        reopened: 0,
        lastAgent: '',
        lastTeam: '',
        lastDone: done
      };
      this.records.set(key, r);
    } else {
      if (r.lastDone && !done && this.status) r.reopened++;
      r.lastDone = done;
    }
    // A change from one holder to another is a reassignment; the first holder is not.
    const moved =
      (agent !== '' && r.lastAgent !== '' && agent !== r.lastAgent) ||
      (team !== '' && r.lastTeam !== '' && team !== r.lastTeam);
    if (moved) r.reassignments++;
    if (agent !== '' && r.firstAssigned === '' && this.time >= 0) r.firstAssigned = (cells[this.time] ?? '').trim();
    if (agent !== '') r.lastAgent = agent;
    if (team !== '') r.lastTeam = team;
    r.cells = cells;
    r.line = line;
  }

  /** One row per key, in the order keys first appeared; the folder is empty afterwards. */
  *finish(): Generator<{ cells: string[]; line: number }> {
    for (const r of this.records.values()) {
      const cells = r.cells.slice(0, this.width);
      while (cells.length < this.width) cells.push('');
      cells.push(r.firstAssigned, String(r.reassignments), String(r.reopened));
      yield { cells, line: r.line };
    }
    this.records.clear();
  }
}

/** A column's value as the mapping reads it (its value map applied); placeholders count as empty. */
function valueOf(cells: readonly string[], col: ColumnMapping | undefined): string {
  if (!col) return '';
  const raw = (cells[col.index] ?? '').trim();
  const mapped = col.valueMap?.[raw.toLowerCase()];
  const v = mapped === undefined ? raw : mapped;
  return v === '?' || v === '-' ? '' : v;
}

/** The sample rows folded the same way (for the row plan's date and number sniffing). */
export function foldSample(
  mapping: Pick<FileMapping, 'columns' | 'eventLog'>,
  keyField: string,
  width: number,
  rows: Rows,
  firstLine = 1
): string[][] {
  const f = new EventLogFolder(mapping, keyField, width);
  rows.forEach((r, i) => f.push(r, firstLine + i));
  return [...f.finish()].map((r) => r.cells);
}
