/**
 * A CSV file through the app's own import path, without the browser's storage: head sniffing
 * (encoding, delimiter), the mapper's guess (header → kind → fields, known export formats and
 * event-log adapters), the value parsers (RowPlan / RowReader), survey rows derived from CSAT
 * columns — the same code the data worker runs, so a file means the same here as in the app.
 * Parsed rows arrive as ColumnTable chunks through `onTable`.
 */
import { openAsBlob, statSync } from 'node:fs';
import path from 'node:path';
import type { ColumnTable } from '../lib/core/columns/table';
import type { RecordKind } from '../lib/core/schema/fields';
import { adapterRecordsToRows } from '../lib/worker/import/adapter-rows';
import { ChunkSink } from '../lib/worker/import/chunk-sink';
import { streamCsv } from '../lib/worker/import/csv-stream';
import { surveyDeriver } from '../lib/worker/import/derive-surveys';
import { inspectHead } from '../lib/worker/import/head';
import { ADAPTERS, guessMapping, type FileMapping } from '../lib/worker/import/mapping-api';
import { buildPlan, type RowPlan } from '../lib/worker/import/plan';
import { GUESS_ROWS } from '../lib/worker/import/resolve-mapping';
import { ErrorLog } from '../lib/worker/import/row-errors';
import { RowReader } from '../lib/worker/import/row-reader';

/** A file that cannot be imported at all: what and why, for the exit-1 message. */
export class BadInput extends Error {
  constructor(
    readonly file: string,
    message: string
  ) {
    super(`${file}: ${message}`);
  }
}

export interface CsvImport {
  readonly file: string;
  readonly kinds: readonly RecordKind[];
  readonly format: string | null;
  readonly rowsRead: number;
  readonly rowsSkipped: number;
  readonly rowsWithWarnings: number;
  readonly errors: ErrorLog;
  readonly notes: readonly string[];
}

const CHUNK_ROWS = 50_000;

export async function importCsv(
  filePath: string,
  timeZone: string,
  onTable: (table: ColumnTable) => Promise<void> | void,
  progress?: (bytesRead: number, size: number, rows: number) => void,
  errors: ErrorLog = new ErrorLog(path.basename(filePath))
): Promise<CsvImport> {
  const file = path.basename(filePath);
  let blob: Blob;
  try {
    if (!statSync(filePath).isFile()) throw new BadInput(filePath, 'is not a file');
    blob = await openAsBlob(filePath);
  } catch (e) {
    if (e instanceof BadInput) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new BadInput(filePath, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(e)})`);
  }
  const head = await inspectHead(blob);
  if (!head.ok) throw new BadInput(filePath, head.reason);
  const guess = guessMapping(head.rows.slice(0, GUESS_ROWS));
  if (!guess.ok) throw new BadInput(filePath, guess.reason);
  const mapping: FileMapping = guess.mapping;
  if (!mapping.complete)
    throw new BadInput(
      filePath,
      mapping.missingRequired.length
        ? `some required columns were not recognised: ${mapping.missingRequired.join(', ')} (kind ${mapping.kind ?? 'unknown'}).`
        : 'the kind of file or some columns are uncertain; rename the headers to the canonical template (see the Import screen).'
    );
  const dataStart = mapping.hasHeader ? mapping.headerRow + 1 : Math.max(0, mapping.headerRow);
  if (head.whole && head.rows.length <= dataStart)
    throw new BadInput(filePath, 'the file has a header but no data rows.');
  const samples = head.rows.slice(dataStart, dataStart + 1000);
  const adapter = mapping.adapter ? ADAPTERS[mapping.adapter] : undefined;
  if (mapping.adapter && !adapter) throw new BadInput(filePath, `unknown file layout "${mapping.adapter}".`);
  const plan = adapter ? null : buildPlan(mapping, samples, timeZone);
  if (plan && plan.unfilled.length > 0)
    throw new BadInput(filePath, `required fields are not mapped: ${plan.unfilled.join(', ')}.`);

  const write = async (table: ColumnTable) => onTable(table);
  const notes: string[] = [...(plan?.notes ?? [])];
  const streamOptions = { encoding: head.encoding, delimiter: head.delimiter, newline: head.newline };
  let rowsRead = 0;
  let readers: RowReader[];
  let sink: ChunkSink;
  const kinds = new Set<RecordKind>();
  const report = (bytesRead: number) => progress?.(bytesRead, blob.size, rowsRead);
  if (plan) {
    const reader = new RowReader(plan, errors);
    readers = [reader];
    const derive = mapping.also?.includes('surveys')
      ? surveyDeriver(plan.kind, new Set(plan.columns.map((c) => c.name)))
      : null;
    const columns = new Map<RecordKind, RowPlan['columns']>([[plan.kind, plan.columns]]);
    if (derive) columns.set('surveys', derive.columns);
    sink = new ChunkSink(columns, write, CHUNK_ROWS);
    let index = 0;
    await streamCsv(
      blob,
      streamOptions,
      (cells, line) => {
        if (index++ < dataStart) return;
        rowsRead++;
        if (!reader.read(cells, line, sink.builder(plan.kind))) return;
        kinds.add(plan.kind);
        sink.rowDone(plan.kind);
        if (derive && derive.add(reader, sink.builder('surveys'))) {
          kinds.add('surveys');
          sink.rowDone('surveys');
        }
      },
      async ({ bytesRead }) => {
        await sink.drain(1);
        report(bytesRead);
      }
    );
  } else {
    const instance = adapter!.create(mapping);
    let index = 0;
    await streamCsv(
      blob,
      streamOptions,
      (cells, line) => {
        if (index++ < dataStart) return;
        rowsRead++;
        instance.push(cells, line());
      },
      ({ bytesRead }) => report(bytesRead)
    );
    const built = adapterRecordsToRows(instance.finish(), timeZone, errors);
    readers = built.readers;
    notes.push(...built.notes);
    sink = new ChunkSink(built.columns, write, CHUNK_ROWS);
    for (const kind of built.rows(sink)) {
      kinds.add(kind);
      sink.rowDone(kind);
      if (sink.waiting > 1) await sink.drain();
    }
  }
  await sink.close();
  report(blob.size);
  if (kinds.size === 0)
    throw new BadInput(
      filePath,
      rowsRead === 0 ? 'the file has no data rows.' : 'no row of this file could be read (see the row errors above).'
    );
  return {
    file,
    kinds: [...kinds],
    format: mapping.formatName ?? mapping.format ?? null,
    rowsRead,
    rowsSkipped: readers.reduce((n, r) => n + r.rowsSkipped, 0),
    rowsWithWarnings: readers.reduce((n, r) => n + r.rowsWithWarnings, 0),
    errors,
    notes
  };
}
