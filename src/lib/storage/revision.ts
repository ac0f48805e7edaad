/**
 * The revision of a workspace's counted data (records.ts `WorkspaceRecord.revision`).
 *
 * Why: every tab's worker keeps the workspace's rows in memory. After another tab imported or
 * deleted, that copy is stale; extending it with this tab's next import would show a mix. A
 * worker remembers the revision it loaded and compares it with the stored one (under the write
 * lock before writing, and when another tab says something changed): different means reload.
 * The bump happens inside the very transaction that changes what counts, so the revision and the
 * data can never disagree, even if the tab dies right after.
 */
import type { ScorecardDb } from './db';

/** Call inside a 'rw' transaction that includes `db.workspaces`. Returns the new revision. */
export async function bumpRevision(db: ScorecardDb, workspace: string): Promise<number> {
  const ws = await db.workspaces.get(workspace);
  if (!ws) return 0;
  const revision = (ws.revision ?? 0) + 1;
  await db.workspaces.update(workspace, { revision });
  return revision;
}

export async function readRevision(db: ScorecardDb, workspace: string): Promise<number> {
  return (await db.workspaces.get(workspace))?.revision ?? 0;
}
