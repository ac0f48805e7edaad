/**
 * Stores a generated demo Dataset in the `demo` workspace, replacing what was there: one import
 * per kind (so the import list reads like real files), cut into ordinary chunks. The demo thus
 * goes through the same storage, loading and supersede paths as user data.
 *
 * Crash-safe: the new imports are written as 'running' (never loaded), then ONE transaction drops
 * the old demo data and completes the new imports. Interrupted before it, the old demo is intact
 * and the leftovers are cleared on the next open (recovery.ts); after it, the new one is complete.
 */
import { RECORD_KINDS } from '../core/schema/fields';
import type { Dataset } from '../core/engine/types';
import { CHUNK_ROWS, writeChunk } from './chunks';
import type { ScorecardDb } from './db';
import { identityFields, keySource } from './identity';
import { beginImport, finishImport, type OwnChunk } from './imports';
import { sliceTable, pickColumns } from './tables';
import { createWorkspace, DEMO_WORKSPACE } from './workspaces';

export async function storeDemo(
  db: ScorecardDb,
  data: Dataset,
  scenario: string,
  chunkRows = CHUNK_ROWS
): Promise<void> {
  if (!(await db.workspaces.get(DEMO_WORKSPACE)))
    await createWorkspace(db, 'Demo', { id: DEMO_WORKSPACE, isDemo: true });
  const format = 'demo';
  const written: { importId: number; own: OwnChunk[]; rows: number }[] = [];
  for (const kind of RECORD_KINDS) {
    const table = data[kind];
    if (!table || table.length === 0) continue;
    const importId = await beginImport(db, {
      workspace: DEMO_WORKSPACE,
      fileName: `demo-${scenario}-${kind}.csv`,
      fileSize: 0,
      hash: '',
      kind,
      kinds: [kind],
      format,
      mapping: null
    });
    const own: OwnChunk[] = [];
    for (let start = 0, seq = 0; start < table.length; start += chunkRows, seq++) {
      const part = sliceTable(table, start, Math.min(table.length, start + chunkRows));
      const id = await writeChunk(
        db,
        { workspace: DEMO_WORKSPACE, importId, seq, source: keySource(format), firstRow: start },
        part
      );
      own.push({ id, kind, seq, length: part.length, identity: pickColumns(part, identityFields(kind)) });
    }
    written.push({ importId, own, rows: table.length });
  }
  await db.transaction('rw', [db.workspaces, db.imports, db.chunks, db.chunkData, db.dicts], async () => {
    const fresh = new Set(written.map((w) => w.importId));
    const old = ((await db.imports.where('workspace').equals(DEMO_WORKSPACE).primaryKeys()) as number[]).filter(
      (id) => !fresh.has(id)
    );
    for (const importId of old) {
      const chunkIds = (await db.chunks.where('importId').equals(importId).primaryKeys()) as number[];
      await db.chunkData.bulkDelete(chunkIds);
      await db.chunks.bulkDelete(chunkIds);
      await db.dicts.where('importId').equals(importId).delete();
    }
    await db.imports.bulkDelete(old);
    for (const w of written)
      await finishImport(db, w.importId, w.own, {
        rowsRead: w.rows,
        rowsSkipped: 0,
        rowsWithWarnings: 0,
        errors: [],
        errorCount: 0,
        message: `Generated demo data (scenario "${scenario}").`
      });
    await db.workspaces.update(DEMO_WORKSPACE, { demoScenario: scenario });
  });
}
