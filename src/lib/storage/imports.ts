/**
 * The life of an import in storage: begin (status 'running') → chunks written one by one →
 * finish in ONE transaction (supersede marks + status 'complete' + counts), or abandon (its
 * chunks dropped, status 'incomplete'/'failed'). Only complete imports are ever loaded, so a
 * cancelled or crashed import never half-counts. Deleting an import removes exactly its rows and
 * brings back what it had superseded (supersede.ts).
 */
import type { ColumnTable } from '../core/columns/table';
import type { RecordKind } from '../core/schema/fields';
import { completeImportIds, readChunks } from './chunks';
import type { ScorecardDb } from './db';
import { identityReader, keySource } from './identity';
import { DictCache } from './dicts';
import type { ChunkMeta, DictRecord, ImportRecord, RowError } from './records';
import { bumpRevision } from './revision';
import { markOlder, markOwnDuplicates, rangesOverlap, recomputeMasks } from './supersede';

/** Errors and warnings kept per import (the count says how many there were in all). */
export const MAX_STORED_ERRORS = 1000;

export type ImportInit = Pick<
  ImportRecord,
  'workspace' | 'fileName' | 'fileSize' | 'hash' | 'kind' | 'kinds' | 'format' | 'mapping'
>;

export async function beginImport(db: ScorecardDb, init: ImportInit, now = Date.now()): Promise<number> {
  return db.imports.add({
    ...init,
    status: 'running',
    rowsRead: 0,
    rowsStored: 0,
    rowsUpdated: 0,
    rowsSkipped: 0,
    rowsWithWarnings: 0,
    errors: [],
    errorCount: 0,
    startedAt: now
  });
}

/** A chunk this import wrote, with its identity columns still in memory. */
export interface OwnChunk {
  id: number;
  kind: RecordKind;
  seq: number;
  length: number;
  /** The chunk's table, or at least its identity columns (identity.ts). */
  identity: ColumnTable;
}

export interface ImportTally {
  rowsRead: number;
  rowsSkipped: number;
  rowsWithWarnings: number;
  errors: readonly RowError[];
  errorCount: number;
  message?: string;
}

export interface FinishedImport {
  record: ImportRecord;
  /** Kinds where rows of earlier imports became superseded (a loaded table must be reloaded). */
  olderChanged: RecordKind[];
  /** The workspace's revision after this import (revision.ts). */
  revision: number;
}

/**
 * Marks what the import supersedes and flips it to 'complete', all in one transaction.
 * Throws (and changes nothing) if the import is no longer 'running' (cancelled meanwhile).
 */
export async function finishImport(
  db: ScorecardDb,
  importId: number,
  own: readonly OwnChunk[],
  tally: ImportTally,
  opts: { dicts?: readonly DictRecord[]; now?: number } = {}
): Promise<FinishedImport> {
  const now = opts.now ?? Date.now();
  return db.transaction('rw', [db.workspaces, db.imports, db.chunks, db.chunkData, db.dicts], async () => {
    // The import's shared dictionaries first: its chunks (and this transaction) read them.
    if (opts.dicts?.length) await db.dicts.bulkPut([...opts.dicts]);
    const dictCache = new DictCache(db);
    const olderChanged: RecordKind[] = [];
    const rec = await db.imports.get(importId);
    if (!rec || rec.status !== 'running') throw new Error('This import was stopped before it could finish.');
    const complete = new Set(await completeImportIds(db, rec.workspace));
    const source = keySource(rec.format);
    let updated = 0;
    const kinds = [...new Set(own.map((c) => c.kind))];
    const byKind: NonNullable<ImportRecord['byKind']> = {};
    for (const kind of kinds) {
      const updatedBefore = updated;
      const mine = own.filter((c) => c.kind === kind).sort((a, b) => a.seq - b.seq);
      const marks = markOwnDuplicates(mine.map((c) => ({ length: c.length, read: identityReader(c.identity) })));
      updated += marks.duplicates;
      if (marks.keys.size > 0) {
        const candidates = (await db.chunks.where('[workspace+kind]').equals([rec.workspace, kind]).toArray()).filter(
          (m) => complete.has(m.importId) && m.source === source && m.visible > 0 && rangesOverlap(m, marks)
        );
        const data = await dictCache.hydrate(await db.chunkData.bulkGet(candidates.map((m) => m.id!)));
        for (let i = 0; i < candidates.length; i++) {
          const meta = candidates[i];
          const cols = data[i];
          if (!cols) continue;
          const reader = identityReader({ kind, length: meta.length, columns: cols });
          const r = markOlder(meta, { length: meta.length, read: reader }, marks.keys);
          if (r.marked > 0) {
            updated += r.marked;
            if (!olderChanged.includes(kind)) olderChanged.push(kind);
            await db.chunks.update(meta.id!, { superseded: r.mask, visible: r.visible });
          }
        }
      }
      for (let i = 0; i < mine.length; i++) {
        const mask = marks.masks[i];
        if (!mask) continue;
        let visible = 0;
        for (let r = 0; r < mask.length; r++) visible += mask[r] ? 0 : 1;
        await db.chunks.update(mine[i].id, { superseded: mask, visible });
      }
      byKind[kind] = { stored: mine.reduce((n, c) => n + c.length, 0), updated: updated - updatedBefore };
    }
    const stored = own.reduce((n, c) => n + c.length, 0);
    const done: ImportRecord = {
      ...rec,
      kinds: kinds.length ? kinds : rec.kinds,
      byKind,
      status: 'complete',
      rowsRead: tally.rowsRead,
      rowsStored: stored,
      rowsUpdated: updated,
      rowsSkipped: tally.rowsSkipped,
      rowsWithWarnings: tally.rowsWithWarnings,
      errors: tally.errors.slice(0, MAX_STORED_ERRORS),
      errorCount: tally.errorCount,
      message: tally.message,
      finishedAt: now
    };
    await db.imports.put(done);
    return { record: done, olderChanged, revision: await bumpRevision(db, rec.workspace) };
  });
}

/** Drops an unfinished import's chunks and records why it stopped. Stored data is untouched. */
export async function abandonImport(
  db: ScorecardDb,
  importId: number,
  status: 'incomplete' | 'failed' | 'cancelled',
  message: string,
  tally?: Partial<ImportTally>,
  now = Date.now()
): Promise<ImportRecord | undefined> {
  return db.transaction('rw', [db.imports, db.chunks, db.chunkData, db.dicts], async () => {
    const rec = await db.imports.get(importId);
    if (!rec) return undefined;
    const ids = (await db.chunks.where('importId').equals(importId).primaryKeys()) as number[];
    await db.chunkData.bulkDelete(ids);
    await db.chunks.bulkDelete(ids);
    await db.dicts.where('importId').equals(importId).delete();
    const next: ImportRecord = {
      ...rec,
      status,
      message,
      rowsRead: tally?.rowsRead ?? rec.rowsRead,
      rowsStored: 0,
      rowsUpdated: 0,
      rowsSkipped: tally?.rowsSkipped ?? rec.rowsSkipped,
      rowsWithWarnings: tally?.rowsWithWarnings ?? rec.rowsWithWarnings,
      errors: (tally?.errors ?? rec.errors).slice(0, MAX_STORED_ERRORS),
      errorCount: tally?.errorCount ?? rec.errorCount,
      finishedAt: now
    };
    await db.imports.put(next);
    return next;
  });
}

/**
 * Imports left 'running' by a closed or crashed page become 'incomplete' (listed, deletable), and
 * what they wrote is dropped. Only call it holding the workspace's write lock (recovery.ts): an
 * import of another tab is 'running' too, and it holds that lock for as long as it runs.
 * Imports in `active` (this worker's own) are left alone.
 */
export async function recoverInterrupted(
  db: ScorecardDb,
  workspace: string,
  active: ReadonlySet<number> = new Set()
): Promise<number> {
  const stale = (await db.imports.where('[workspace+status]').equals([workspace, 'running']).toArray()).filter(
    (r) => !active.has(r.id!)
  );
  for (const r of stale)
    await abandonImport(
      db,
      r.id!,
      'incomplete',
      'The import was interrupted (page closed or reloaded) before it finished; nothing from this file is counted.'
    );
  return stale.length;
}

export async function listImports(db: ScorecardDb, workspace: string): Promise<ImportRecord[]> {
  return (await db.imports.where('workspace').equals(workspace).toArray()).sort((a, b) => a.id! - b.id!);
}

/**
 * Deletes an import and exactly the rows it added. Rows it had superseded come back unless a
 * newer import also has them: masks of the kinds it touched are recomputed, in the same
 * transaction, when that kind has any mask at all.
 */
export async function deleteImport(db: ScorecardDb, importId: number): Promise<ImportRecord | undefined> {
  return db.transaction('rw', [db.workspaces, db.imports, db.chunks, db.chunkData, db.dicts], async () => {
    const rec = await db.imports.get(importId);
    if (!rec) return undefined;
    const metas = await db.chunks.where('importId').equals(importId).toArray();
    const ids = metas.map((m) => m.id!);
    await db.chunkData.bulkDelete(ids);
    await db.chunks.bulkDelete(ids);
    await db.dicts.where('importId').equals(importId).delete();
    await db.imports.delete(importId);
    if (rec.status !== 'complete') return rec;
    await bumpRevision(db, rec.workspace);
    const complete = new Set(await completeImportIds(db, rec.workspace));
    for (const kind of new Set<RecordKind>(metas.map((m) => m.kind))) {
      const others = (await db.chunks.where('[workspace+kind]').equals([rec.workspace, kind]).toArray()).filter((m) =>
        complete.has(m.importId)
      );
      if (!others.some((m) => m.superseded)) continue;
      const loaded = await readChunks(db, rec.workspace, kind, { all: true, importIds: [...complete] });
      const changed = recomputeMasks(
        loaded.map(({ meta, table }) => ({ meta, length: meta.length, read: identityReader(table) }))
      );
      for (const [id, c] of changed) await db.chunks.update(id, { superseded: c.mask, visible: c.visible });
    }
    return rec;
  });
}

export type { ChunkMeta };
