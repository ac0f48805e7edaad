/** Workspaces: open, list, create (or reuse on a first visit), delete; and storage use. */
import { storageEstimate } from '../../storage/estimate';
import type { WorkspaceRecord } from '../../storage/records';
import { withLock, WORKSPACES_LOCK } from '../../storage/write-lock';
import { createWorkspace, deleteWorkspace, listWorkspaces } from '../../storage/workspaces';
import type { WorkspaceInfo } from '../protocol';
import type { Session } from '../session';
import type { HandlerGroup } from './types';

export function info(w: WorkspaceRecord): WorkspaceInfo {
  return {
    id: w.id,
    name: w.name,
    createdAt: w.createdAt,
    isDemo: w.isDemo,
    openedAt: w.openedAt,
    ...(w.demoScenario ? { demoScenario: w.demoScenario } : {})
  };
}

export function workspaceHandlers(
  s: Session
): HandlerGroup<'open' | 'listWorkspaces' | 'createWorkspace' | 'deleteWorkspace' | 'storageEstimate'> {
  const db = s.db;
  return {
    open: async ({ workspace }) => s.open(workspace),

    listWorkspaces: async () => {
      const { workspaces, active } = await listWorkspaces(db, s.restoring);
      return { workspaces: workspaces.map(info), active };
    },

    createWorkspace: async ({ name, reuse }) => {
      // Checked and created under one lock: two tabs of a first visit end up in the same one.
      const created = await withLock(WORKSPACES_LOCK, async () => {
        if (reuse) {
          const { workspaces, active } = await listWorkspaces(db, s.restoring);
          const own = workspaces.filter((w) => !w.isDemo);
          const pick = own.find((w) => w.id === active) ?? own[0];
          if (pick) return { record: pick, isNew: false };
        }
        return { record: await createWorkspace(db, name), isNew: true };
      });
      if (created.isNew) await s.announce(['workspaces'], created.record.id);
      return info(created.record);
    },

    deleteWorkspace: async ({ workspace }) => {
      if (s.importing && s.workspace === workspace) throw new Error('Wait for the running import to finish.');
      const deleted = await s.write('workspace', () => deleteWorkspace(db, workspace), { workspace });
      if (s.workspace === workspace) s.close();
      await s.announce(['workspaces'], workspace);
      return { deleted };
    },

    storageEstimate: async () => storageEstimate()
  };
}
