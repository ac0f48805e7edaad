/**
 * What a write that died half-way (tab closed, browser killed, power cut) can leave behind, and
 * how it is cleared when the workspace is next opened.
 *
 * Every multi-step write is built so that a crash leaves the workspace as before or as after
 * (nothing counts until one final transaction flips it), but the steps before that flip can leave
 * dead weight: an import still marked 'running' with the chunks it wrote, and — from versions
 * that wrote in other orders — chunks, chunk data or dictionaries whose import is gone. None of
 * it is ever loaded; this only gives the space back and lists the import as interrupted.
 *
 * Only safe while nobody writes: a running import of another tab looks exactly like a dead one.
 * So it runs only if the workspace's write lock is free at that moment, and holds it meanwhile.
 */
import type { ScorecardDb } from './db';
import { recoverInterrupted } from './imports';
import { ifUnlocked, writeLockName } from './write-lock';

export interface Recovered {
  /** Imports found 'running' with no writer: now 'incomplete'. */
  interrupted: number;
  /** Chunk, chunk-data and dictionary records that belonged to no import: deleted. */
  orphans: number;
}

/** Deletes records of `workspace` that no import owns. Call holding the write lock. */
export async function collectOrphans(db: ScorecardDb, workspace: string): Promise<number> {
  return db.transaction('rw', [db.imports, db.chunks, db.chunkData, db.dicts], async () => {
    const importIds = new Set((await db.imports.where('workspace').equals(workspace).primaryKeys()) as number[]);
    const orphanChunks: number[] = [];
    await db.chunks
      .where('workspace')
      .equals(workspace)
      .each((m) => {
        if (!importIds.has(m.importId)) orphanChunks.push(m.id!);
      });
    const orphanDicts: string[] = [];
    await db.dicts
      .where('workspace')
      .equals(workspace)
      .each((d) => {
        if (!importIds.has(d.importId)) orphanDicts.push(d.ref);
      });
    if (orphanChunks.length) {
      await db.chunkData.bulkDelete(orphanChunks);
      await db.chunks.bulkDelete(orphanChunks);
    }
    if (orphanDicts.length) await db.dicts.bulkDelete(orphanDicts);
    return orphanChunks.length + orphanDicts.length;
  });
}

/**
 * Clears what interrupted writes left in `workspace`, if no writer holds its lock now (otherwise
 * returns null: the writer's own final step decides, and the next open clears up).
 */
export function recoverWorkspace(
  db: ScorecardDb,
  workspace: string,
  active: ReadonlySet<number> = new Set()
): Promise<Recovered | null> {
  return ifUnlocked<Recovered | null>(
    writeLockName(workspace),
    async () => ({
      interrupted: await recoverInterrupted(db, workspace, active),
      orphans: await collectOrphans(db, workspace)
    }),
    null
  );
}
