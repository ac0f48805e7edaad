/**
 * Test-only helpers: a fresh fake-indexeddb database per test and small hand-built tables, and a
 * whole "import" written the way the pipeline writes it (chunks, then one finishing transaction).
 */
import { TableBuilder } from '../core/columns/builder';
import type { ColumnTable } from '../core/columns/table';
import { fieldsOf, type RecordKind } from '../core/schema/fields';
import { writeChunk } from './chunks';
import { ScorecardDb } from './db';
import { beginImport, finishImport, type OwnChunk } from './imports';

let n = 0;
export function freshDb(): ScorecardDb {
  return new ScorecardDb(`test-${Date.now()}-${n++}`);
}

/** Tickets with the given ids; `agent` lets a test see which version of a row survived. */
export function tickets(ids: readonly string[], agent = 'a'): ColumnTable {
  const b = new TableBuilder('tickets', fieldsOf('tickets'));
  ids.forEach((id, i) => {
    for (const f of fieldsOf('tickets')) {
      if (f.name === 'ticket_id') b.text(f.name).push(id);
      else if (f.name === 'agent') b.text(f.name).push(agent);
      else if (f.name === 'created_at') b.numeric(f.name).push(Date.UTC(2026, 0, 1) + i * 60_000);
      else if (f.type === 'text') b.text(f.name).push('');
      else b.numeric(f.name).push(NaN);
    }
    b.endRow();
  });
  return b.finish();
}

/** Writes `tables` (in file order, any kinds) as one complete import. */
export async function importTables(
  db: ScorecardDb,
  workspace: string,
  tables: readonly ColumnTable[],
  opts: { fileName?: string; format?: string | null } = {}
): Promise<number> {
  const kind: RecordKind = tables[0]?.kind ?? 'tickets';
  const id = await beginImport(db, {
    workspace,
    fileName: opts.fileName ?? 'test.csv',
    fileSize: 0,
    hash: '',
    kind,
    kinds: [...new Set(tables.map((t) => t.kind))],
    format: opts.format === undefined ? 'canonical' : opts.format,
    mapping: null
  });
  const own: OwnChunk[] = [];
  const rowsOf = new Map<RecordKind, number>();
  for (let seq = 0; seq < tables.length; seq++) {
    const t = tables[seq];
    const firstRow = rowsOf.get(t.kind) ?? 0;
    rowsOf.set(t.kind, firstRow + t.length);
    const chunkId = await writeChunk(
      db,
      { workspace, importId: id, seq, source: opts.format === undefined ? 'canonical' : (opts.format ?? ''), firstRow },
      t
    );
    own.push({ id: chunkId, kind: t.kind, seq, length: t.length, identity: t });
  }
  const rowsRead = tables.reduce((s, t) => s + t.length, 0);
  await finishImport(db, id, own, { rowsRead, rowsSkipped: 0, rowsWithWarnings: 0, errors: [], errorCount: 0 });
  return id;
}

export const range = (from: number, to: number, prefix = 'T'): string[] =>
  Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);
