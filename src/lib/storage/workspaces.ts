/**
 * Workspaces: separate datasets (per client or team), one active at a time (the one opened last).
 * The demo lives in its own workspace, id `demo`, so it never mixes with a user's data.
 * Workspaces being written by a restore are `pending` (hidden) until complete; a leftover pending
 * workspace (page closed mid-restore) is removed on the next listing — only if no restore holds
 * its write lock (one may be running in another tab).
 */
import type { ScorecardDb } from './db';
import type { WorkspaceRecord } from './records';
import { ifUnlocked, writeLockName } from './write-lock';

export const DEMO_WORKSPACE = 'demo';

export function newWorkspaceId(): string {
  return `ws-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function createWorkspace(
  db: ScorecardDb,
  name: string,
  opts: { id?: string; isDemo?: boolean; pending?: boolean; now?: number } = {}
): Promise<WorkspaceRecord> {
  const now = opts.now ?? Date.now();
  const rec: WorkspaceRecord = {
    id: opts.id ?? newWorkspaceId(),
    name: name.trim() || 'Workspace',
    createdAt: now,
    openedAt: opts.pending ? 0 : now,
    isDemo: opts.isDemo ?? false,
    ...(opts.pending ? { pending: true } : {})
  };
  await db.workspaces.add(rec);
  return rec;
}

/** Visible workspaces, oldest first, and the active one (most recently opened). */
export async function listWorkspaces(
  db: ScorecardDb,
  keepPending: ReadonlySet<string> = new Set()
): Promise<{ workspaces: WorkspaceRecord[]; active: string | null }> {
  const all = await db.workspaces.toArray();
  for (const w of all)
    if (w.pending && !keepPending.has(w.id))
      await ifUnlocked(writeLockName(w.id), () => deleteWorkspace(db, w.id), false);
  const workspaces = all.filter((w) => !w.pending).sort((a, b) => a.createdAt - b.createdAt);
  let active: WorkspaceRecord | null = null;
  for (const w of workspaces) if (!active || w.openedAt > active.openedAt) active = w;
  return { workspaces, active: active?.id ?? null };
}

export async function touchWorkspace(db: ScorecardDb, id: string, now = Date.now()): Promise<void> {
  await db.workspaces.update(id, { openedAt: now });
}

/** Removes a workspace and everything in it, in one transaction. */
export async function deleteWorkspace(db: ScorecardDb, id: string): Promise<boolean> {
  return db.transaction(
    'rw',
    [db.workspaces, db.imports, db.chunks, db.chunkData, db.dicts, db.settings, db.targets],
    async () => {
      const existed = (await db.workspaces.get(id)) !== undefined;
      const chunkIds = (await db.chunks.where('workspace').equals(id).primaryKeys()) as number[];
      await db.chunkData.bulkDelete(chunkIds);
      await db.chunks.bulkDelete(chunkIds);
      await db.dicts.where('workspace').equals(id).delete();
      await db.imports.where('workspace').equals(id).delete();
      await db.settings.delete(id);
      await db.targets.where('workspace').equals(id).delete();
      await db.workspaces.delete(id);
      return existed;
    }
  );
}

/** Removes a workspace's data (imports, chunks) but keeps the workspace, its settings and targets. */
export async function clearWorkspaceData(db: ScorecardDb, id: string): Promise<void> {
  await db.transaction('rw', [db.imports, db.chunks, db.chunkData, db.dicts], async () => {
    const chunkIds = (await db.chunks.where('workspace').equals(id).primaryKeys()) as number[];
    await db.chunkData.bulkDelete(chunkIds);
    await db.chunks.bulkDelete(chunkIds);
    await db.dicts.where('workspace').equals(id).delete();
    await db.imports.where('workspace').equals(id).delete();
  });
}
