/**
 * Records emitted by a RowAdapter (event logs such as Asterisk queue_log, header-less CDRs) are
 * raw strings per canonical field; this turns them into rows through the same RowPlan / RowReader
 * as ordinary files, so parsing, required checks and error reports are identical.
 */
import type { RecordKind } from '../../core/schema/fields';
import type { ChunkSink } from './chunk-sink';
import type { AdapterRecord, FileMapping } from './mapping-api';
import { buildPlan, type RowPlan } from './plan';
import type { ErrorLog } from './row-errors';
import { RowReader } from './row-reader';

export function adapterRecordsToRows(records: Iterable<AdapterRecord>, timeZone: string, errors: ErrorLog) {
  const byKind = new Map<RecordKind, AdapterRecord[]>();
  for (const r of records) {
    const list = byKind.get(r.kind);
    if (list) list.push(r);
    else byKind.set(r.kind, [r]);
  }
  const columns = new Map<RecordKind, RowPlan['columns']>();
  const readers: RowReader[] = [];
  const notes: string[] = [];
  const parts: { kind: RecordKind; fields: string[]; reader: RowReader; list: AdapterRecord[] }[] = [];
  for (const [kind, list] of byKind) {
    const names = new Set<string>();
    for (const r of list) for (const k of Object.keys(r.record)) names.add(k);
    const fields = [...names];
    const mapping: FileMapping = {
      kind,
      format: null,
      formatName: null,
      hasHeader: false,
      headerRow: -1,
      columns: fields.map((f, index) => ({ index, header: f, field: f, confidence: 1 })),
      missingRequired: [],
      complete: true,
      confidence: 1
    };
    const toCells = (r: AdapterRecord) => fields.map((f) => r.record[f] ?? '');
    const plan = buildPlan(mapping, list.slice(0, 1000).map(toCells), timeZone);
    notes.push(...plan.notes);
    const reader = new RowReader(plan, errors);
    readers.push(reader);
    columns.set(kind, plan.columns);
    parts.push({ kind, fields, reader, list });
  }
  return {
    columns,
    readers,
    notes,
    *rows(sink: ChunkSink): Generator<RecordKind> {
      for (const { kind, fields, reader, list } of parts)
        for (const r of list) {
          const cells = fields.map((f) => r.record[f] ?? '');
          if (reader.read(cells, () => r.line, sink.builder(kind))) yield kind;
        }
    }
  };
}
