/**
 * Imports one file into the open workspace: head → mapping → stream rows → chunks → finish.
 *
 * Promises: nothing is written before the file is known to be readable and mapped
 * (refusals and `needsMapping` change nothing); rows go straight from PapaParse's cells into
 * typed-array builders; chunks are written while parsing in bounded transactions; the import
 * counts only when its final transaction flips it to 'complete'. Cancel, a full disk or any
 * failure drops what this import wrote and leaves stored data exactly as it was.
 */
import type { ColumnTable } from '../../core/columns/table';
import { keyField, type RecordKind } from '../../core/schema/fields';
import { CHUNK_ROWS, writeChunk } from '../../storage/chunks';
import type { ScorecardDb } from '../../storage/db';
import { dictRef } from '../../storage/dicts';
import { identityFields, keySource } from '../../storage/identity';
import { abandonImport, beginImport, finishImport, type OwnChunk } from '../../storage/imports';
import type { ImportRecord } from '../../storage/records';
import { pickColumns } from '../../storage/tables';
import { storageEstimate } from '../../storage/estimate';
import { isQuotaError, type Notice } from '../../storage/notice';
import type { FileImportResult, ImportInfo, ImportProgress } from '../protocol';
import { ChunkSink } from './chunk-sink';
import { streamCsv } from './csv-stream';
import { surveyDeriver, type SurveyDeriver } from './derive-surveys';
import { PieceHasher } from './hash';
import { inspectHead } from './head';
import { resolveMapping } from './resolve-mapping';
import { ADAPTERS, EventLogFolder, foldSample, historyColumns, type FileMapping } from './mapping-api';
import { buildPlan, type RowPlan } from './plan';
import { ProgressReporter } from './progress';
import { ErrorLog } from './row-errors';
import { RowReader } from './row-reader';
import { adapterRecordsToRows } from './adapter-rows';

/**
 * Chunk writes left running while the next pieces are parsed: IndexedDB commits off the worker's
 * thread, so writes in flight overlap storage with parsing. With 1 the worker still waited
 * ~0.9 s per million rows for commits, with 3 ~0.3 s; each costs one chunk (~3 MB) of memory.
 */
export const WRITES_IN_FLIGHT = 3;

export interface ImportContext {
  readonly db: ScorecardDb;
  readonly workspace: string;
  /** Zone of times written without an offset (the workspace's setting). */
  readonly timeZone: string;
  readonly progress?: (p: ImportProgress) => void;
  readonly cancelled?: () => boolean;
  /** Called with the import id as soon as it exists (so recovery leaves it alone). */
  readonly started?: (importId: number) => void;
  readonly chunkRows?: number;
  readonly pieceBytes?: number;
}

export function toInfo(r: ImportRecord, rowsVisible?: number): ImportInfo {
  return {
    ...(rowsVisible !== undefined ? { rowsVisible } : {}),
    id: r.id!,
    workspace: r.workspace,
    fileName: r.fileName,
    fileSize: r.fileSize,
    kind: r.kind,
    ...(r.format ? { format: r.format } : {}),
    status: r.status,
    rowsRead: r.rowsRead,
    rowsStored: r.rowsStored,
    rowsUpdated: r.rowsUpdated,
    rowsSkipped: r.rowsSkipped,
    rowsWithWarnings: r.rowsWithWarnings,
    startedAt: r.startedAt,
    ...(r.finishedAt !== undefined ? { finishedAt: r.finishedAt } : {}),
    errors: r.errors,
    errorCount: r.errorCount,
    ...(r.byKind ? { byKind: r.byKind } : {}),
    ...(r.message ? { message: r.message } : {})
  };
}

export { isQuotaError };

export const QUOTA_MESSAGE =
  'The browser ran out of storage space for this app, so this file was not imported. Everything stored before is unchanged. Free space by deleting old imports or workspaces (or allow persistent storage), then try again.';

/** The protocol's result plus what the worker needs to refresh its dataset. */
export type PipelineResult = FileImportResult & { olderChanged?: RecordKind[]; revision?: number };

export async function importFile(
  ctx: ImportContext,
  file: File,
  fileIndex: number,
  confirmed?: FileMapping
): Promise<PipelineResult> {
  const fileName = file.name;
  const head = await inspectHead(file);
  if (!head.ok) return { status: 'refused', fileName, reason: head.reason };
  const resolved = await resolveMapping(ctx.db, head.rows, confirmed);
  if (resolved.status !== 'ok') return { ...resolved, fileName };
  const { mapping } = resolved;
  const dataStart = mapping.hasHeader ? mapping.headerRow + 1 : Math.max(0, mapping.headerRow);
  if (head.whole && head.rows.length <= dataStart)
    return {
      status: 'refused',
      fileName,
      reason: 'The file has a header but no data rows: there is nothing to import.'
    };
  const samples = head.rows.slice(dataStart, dataStart + 1000);
  const adapter = mapping.adapter ? ADAPTERS[mapping.adapter] : undefined;
  if (mapping.adapter && !adapter)
    return { status: 'refused', fileName, reason: `Unknown file layout "${mapping.adapter}".` };
  // An event log is read as its folded rows: the last row per key plus the history cells.
  const logKey = !adapter && mapping.eventLog && mapping.kind === 'tickets' ? keyField(mapping.kind) : undefined;
  const width = Math.max(head.rows[mapping.headerRow]?.length ?? 0, ...samples.map((r) => r.length));
  const effective = logKey ? historyColumns(mapping, width) : mapping;
  const plan = adapter
    ? null
    : buildPlan(effective, logKey ? foldSample(effective, logKey, width, samples) : samples, ctx.timeZone);
  if (plan && plan.unfilled.length > 0)
    return {
      status: 'needsMapping',
      fileName,
      guess: mapping,
      headers: mapping.hasHeader ? (head.rows[mapping.headerRow] ?? []) : [],
      preview: samples.slice(0, 20),
      reason: `Required fields are not mapped: ${plan.unfilled.join(', ')}.`
    };

  const db = ctx.db;
  const errors = new ErrorLog(fileName);
  const source = keySource(mapping.format);
  const own: OwnChunk[] = [];
  const importId = await beginImport(db, {
    workspace: ctx.workspace,
    fileName,
    fileSize: file.size,
    hash: '',
    kind: mapping.kind,
    kinds: [mapping.kind],
    format: mapping.format,
    mapping
  });
  ctx.started?.(importId);
  const chunkRows = ctx.chunkRows ?? CHUNK_ROWS;
  // Every text column of a chunk comes from the sink's shared builders: store references only.
  const refs = (table: ColumnTable) =>
    new Map(
      Object.entries(table.columns)
        .filter(([, c]) => c?.type === 'text')
        .map(([name]) => [name, dictRef(importId, table.kind, name)])
    );
  // Bytes written and file bytes read so far: what a full disk's message extrapolates from.
  let bytesWritten = 0;
  let bytesParsed = 0;
  const write = async (table: ColumnTable, seq: number, firstRow: number) => {
    const id = await writeChunk(db, { workspace: ctx.workspace, importId, seq, source, firstRow }, table, refs(table));
    bytesWritten += tableBytes(table);
    own.push({
      id,
      kind: table.kind,
      seq,
      length: table.length,
      identity: pickColumns(table, identityFields(table.kind))
    });
  };
  const reporter = new ProgressReporter(fileName, fileIndex, file.size, (p) => ctx.progress?.(p));
  const hasher = new PieceHasher();
  let rowsRead = 0;
  let readers: RowReader[] = [];
  const notes: string[] = [...(plan?.notes ?? [])];
  const streamOptions = {
    encoding: head.encoding,
    delimiter: head.delimiter,
    newline: head.newline,
    pieceBytes: ctx.pieceBytes,
    cancelled: ctx.cancelled
  };
  try {
    let sink: ChunkSink;
    let completed: boolean;
    if (plan) {
      const reader = new RowReader(plan, errors);
      readers = [reader];
      const derive = mapping.also?.includes('surveys')
        ? surveyDeriver(plan.kind, new Set(plan.columns.map((c) => c.name)))
        : null;
      sink = new ChunkSink(columnsOf(plan, derive), write, chunkRows);
      const take = (cells: readonly string[], line: () => number) => {
        if (!reader.read(cells, line, sink.builder(plan.kind))) return;
        sink.rowDone(plan.kind);
        if (derive && derive.add(reader, sink.builder('surveys'))) sink.rowDone('surveys');
      };
      const folder = logKey ? new EventLogFolder(effective, logKey, width) : null;
      let index = 0;
      completed = await streamCsv(
        file,
        streamOptions,
        (cells, line) => {
          if (index++ < dataStart) return;
          rowsRead++;
          if (folder) folder.push(cells, line());
          else take(cells, line);
        },
        async ({ bytesRead, bytes }) => {
          hasher.add(bytes);
          bytesParsed = bytesRead;
          await sink.drain(WRITES_IN_FLIGHT);
          reporter.report(bytesRead, rowsRead);
        }
      );
      if (folder && completed) {
        notes.push(eventLogNote(folder.events, folder.size, folder.keyless));
        for (const r of folder.finish()) {
          take(r.cells, () => r.line);
          if (sink.waiting > 1) await sink.drain();
        }
      }
    } else {
      const instance = adapter!.create(mapping);
      let index = 0;
      completed = await streamCsv(
        file,
        streamOptions,
        (cells, line) => {
          if (index++ < dataStart) return;
          rowsRead++;
          instance.push(cells, line());
        },
        ({ bytesRead, bytes }) => {
          hasher.add(bytes);
          reporter.report(bytesRead, rowsRead);
        }
      );
      const built = adapterRecordsToRows(instance.finish(), ctx.timeZone, errors);
      readers = built.readers;
      notes.push(...built.notes);
      sink = new ChunkSink(built.columns, write, chunkRows);
      if (completed)
        for (const row of built.rows(sink)) {
          sink.rowDone(row);
          if (sink.waiting > 1) await sink.drain();
        }
    }
    if (!completed) {
      await sink.drain().catch(() => undefined);
      const rec = await abandonImport(
        db,
        importId,
        'incomplete',
        `Cancelled after ${rowsRead} rows; nothing from this file is counted.`,
        tally()
      );
      return { status: 'cancelled', fileName, reason: 'Import cancelled.', ...(rec ? { import: toInfo(rec) } : {}) };
    }
    await sink.close();
    reporter.report(file.size, rowsRead, true);
    await db.imports.update(importId, { hash: await hasher.finish() });
    if (own.length === 0) {
      const reason =
        rowsRead === 0 ? 'The file has no data rows.' : 'No row of this file could be read; see the error list.';
      const rec = await abandonImport(db, importId, 'failed', reason, tally());
      return { status: 'failed', fileName, reason, ...(rec ? { import: toInfo(rec) } : {}) };
    }
    const dicts = [...sink.dicts].flatMap(([kind, cols]) =>
      [...cols].map(([column, d]) => ({
        ref: dictRef(importId, kind, column),
        workspace: ctx.workspace,
        importId,
        values: d.dict
      }))
    );
    const done = await finishImport(db, importId, own, tally(), { dicts });
    return {
      status: 'imported',
      fileName,
      import: toInfo(done.record),
      olderChanged: done.olderChanged,
      revision: done.revision
    };
  } catch (e) {
    const quota = isQuotaError(e);
    const reason = quota
      ? QUOTA_MESSAGE
      : `The import stopped: ${e instanceof Error ? e.message : String(e)}. Stored data is unchanged.`;
    const rec = await abandonImport(db, importId, 'failed', reason, tally()).catch(() => undefined);
    const notice = quota ? await quotaNotice(file.size, bytesParsed, bytesWritten) : undefined;
    return {
      status: 'failed',
      fileName,
      reason,
      ...(notice ? { notice } : {}),
      ...(rec ? { import: toInfo(rec) } : {})
    };
  }

  function tally() {
    const rowsSkipped = readers.reduce((n, r) => n + r.rowsSkipped, 0);
    const rowsWithWarnings = readers.reduce((n, r) => n + r.rowsWithWarnings, 0);
    return {
      rowsRead,
      rowsSkipped,
      rowsWithWarnings,
      errors: errors.kept,
      errorCount: errors.count,
      ...(notes.length ? { message: notes.join(' ') } : {})
    };
  }
}

/** The import summary's sentence for a folded event log (phrases.ts translates it). */
export function eventLogNote(events: number, records: number, keyless: number): string {
  const dropped = keyless > 0 ? ` Rows without an id were left out: ${keyless}.` : '';
  return `Event log: ${events} rows for ${records} records; the last row of each is imported, earlier rows give its history.${dropped}`;
}

function columnsOf(plan: RowPlan, derive: SurveyDeriver | null): Map<RecordKind, RowPlan['columns']> {
  const m = new Map<RecordKind, RowPlan['columns']>([[plan.kind, plan.columns]]);
  if (derive) m.set('surveys', derive.columns);
  return m;
}

/** Bytes of a table's column arrays (what a chunk costs in storage, before IndexedDB's overhead). */
function tableBytes(table: ColumnTable): number {
  let n = 0;
  for (const c of Object.values(table.columns))
    if (c) n += c.type === 'text' ? c.codes.byteLength : c.values.byteLength;
  return n;
}

/**
 * A full disk, said with numbers: about how much the whole file needs (what was written for the
 * part read, scaled to the file; at least the file's size) and how much is free now that this
 * import's rows were dropped again (-1: the browser does not say).
 */
async function quotaNotice(fileSize: number, bytesParsed: number, bytesWritten: number): Promise<Notice> {
  const scaled = bytesParsed > 0 ? Math.round((bytesWritten * fileSize) / bytesParsed) : 0;
  const est = await storageEstimate();
  const free = est.quota !== null && est.usage !== null ? Math.max(0, est.quota - est.usage) : -1;
  return { code: 'storage.quotaImport', params: { neededBytes: Math.max(scaled, fileSize), freeBytes: free } };
}
