/**
 * Per-workspace preferences (engine settings, warn bands, language, calendar), KPI targets, and
 * confirmed column mappings (global: a header seen in one workspace maps the same in another).
 */
import type { TargetSetting } from '../core/engine/types';
import type { ScorecardDb } from './db';
import type { WorkspacePrefs } from './records';

export async function getPrefs(db: ScorecardDb, workspace: string): Promise<WorkspacePrefs> {
  const rec = await db.settings.get(workspace);
  if (!rec) return {};
  const { workspace: _ws, ...prefs } = rec;
  return prefs;
}

/** Merges `patch` into the stored preferences (a key set to undefined is left as is). */
export async function savePrefs(db: ScorecardDb, workspace: string, patch: WorkspacePrefs): Promise<WorkspacePrefs> {
  return db.transaction('rw', db.settings, async () => {
    const current = await getPrefs(db, workspace);
    const next: WorkspacePrefs = { ...current };
    for (const [k, v] of Object.entries(patch) as [keyof WorkspacePrefs, never][]) if (v !== undefined) next[k] = v;
    await db.settings.put({ ...next, workspace });
    return next;
  });
}

export async function getTargets(db: ScorecardDb, workspace: string): Promise<Record<string, TargetSetting>> {
  const out: Record<string, TargetSetting> = {};
  for (const r of await db.targets.where('workspace').equals(workspace).toArray()) out[r.kpiId] = r.setting;
  return out;
}

export async function saveTargets(
  db: ScorecardDb,
  workspace: string,
  targets: Readonly<Record<string, TargetSetting | null>>,
  replace = false
): Promise<Record<string, TargetSetting>> {
  await db.transaction('rw', db.targets, async () => {
    if (replace) await db.targets.where('workspace').equals(workspace).delete();
    for (const [kpiId, setting] of Object.entries(targets)) {
      if (setting === null) await db.targets.delete([workspace, kpiId]);
      else await db.targets.put({ workspace, kpiId, setting });
    }
  });
  return getTargets(db, workspace);
}

export async function saveMappingRecord(db: ScorecardDb, signature: string, mapping: unknown): Promise<void> {
  await db.mappings.put({ signature, mapping, savedAt: Date.now() });
}

export async function savedMapping(db: ScorecardDb, signature: string): Promise<unknown> {
  return (await db.mappings.get(signature))?.mapping;
}
