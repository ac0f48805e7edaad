/**
 * A workspace filled by a published scorecard (export JSON) holds no records: the worker answers
 * its scorecard from the stored file, and refuses what would edit it, saying why.
 */
import { publishedResult } from '../../core/sources/scorecard';
import type { ScorecardResult } from '../../core/engine/types';
import type { ScorecardDb } from '../../storage/db';
import { sourcesDb, type PublishedRecord } from '../../storage/sources-db';
import type { PublishedSummary } from './status';

/**
 * Workspaces known to hold a published scorecard, as last read or written by this worker. The
 * summary of every opened workspace reads it, so the edit guard can answer without waiting on
 * storage: a request must not fall behind one sent after it (an import, then its cancel).
 */
const known = new WeakMap<ScorecardDb, Set<string>>();

export function knownPublished(db: ScorecardDb): Set<string> {
  let set = known.get(db);
  if (!set) known.set(db, (set = new Set()));
  return set;
}

export async function publishedRecord(db: ScorecardDb, workspace: string | null): Promise<PublishedRecord | undefined> {
  if (!workspace) return undefined;
  const rec = await sourcesDb(db).published.get(workspace);
  if (rec) knownPublished(db).add(workspace);
  else knownPublished(db).delete(workspace);
  return rec;
}

/** The published numbers of the open workspace, or undefined when it is an ordinary one. */
export async function publishedCompute(
  db: ScorecardDb,
  workspace: string | null
): Promise<ScorecardResult | undefined> {
  const rec = await publishedRecord(db, workspace);
  return rec && publishedResult(rec.card);
}

/** For the data summary: what the scorecard screen needs to say "published, read-only". */
export async function publishedSummary(db: ScorecardDb, workspace: string): Promise<{ published?: PublishedSummary }> {
  const rec = await publishedRecord(db, workspace);
  if (!rec) return {};
  return {
    published: {
      href: rec.href,
      generatedAt: rec.card.generatedAt,
      kpis: rec.card.kpis.length,
      ...(rec.card.app ? { app: rec.card.app } : {}),
      ...(rec.card.workspace ? { workspace: rec.card.workspace } : {})
    }
  };
}

export const READ_ONLY_MESSAGE =
  'This workspace shows a published scorecard and is read-only: its numbers, targets and period come from the published file and change only when a new one is published. Import your own files into another workspace.';

/** Throws the read-only message when the open workspace is a published scorecard. */
export function refuseIfPublished(db: ScorecardDb, workspace: string | null): void {
  if (workspace && knownPublished(db).has(workspace)) throw new Error(READ_ONLY_MESSAGE);
}
