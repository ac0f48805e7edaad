/**
 * Backups: export the open (or a named) workspace as one file; restore one into a new workspace,
 * optionally replacing another (whose write lock is held for the whole restore: an import into
 * it meanwhile would be lost with it).
 */
import { exportWorkspace, restoreWorkspace } from '../../storage/backup';
import { PROTOCOL_VERSION } from '../protocol';
import type { Session } from '../session';
import type { HandlerGroup } from './types';
import { info } from './workspaces';

export function backupHandlers(s: Session): HandlerGroup<'exportBackup' | 'restoreBackup'> {
  const db = s.db;
  /** Progress events, at most one per percent. */
  const progress = (operation: 'export' | 'restore') => {
    let last = -1;
    return (done: number, total: number) => {
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      if (pct === last) return;
      last = pct;
      s.emit({ v: PROTOCOL_VERSION, event: 'backup-progress', operation, done, total });
    };
  };
  return {
    // Under the write lock: the backup is read chunk by chunk, and must not change meanwhile.
    exportBackup: async ({ workspace }) =>
      s.write('backup', (ws) => exportWorkspace(db, ws, { onProgress: progress('export') }), {
        workspace: workspace ?? s.requireWorkspace()
      }),

    restoreBackup: async ({ file, replace }) => {
      let pending: string | null = null;
      const restore = () =>
        restoreWorkspace(db, file, {
          replace,
          onCreated: (id) => {
            pending = id;
            s.restoring.add(id);
          },
          onProgress: progress('restore')
        });
      try {
        const ws = replace ? await s.write('restore', restore, { workspace: replace }) : await restore();
        if (replace && s.workspace === replace) s.close();
        await s.open(ws.id);
        const summary = (await s.announce(['data', 'workspaces']))!;
        if (replace) await s.announce(['workspaces'], replace);
        return { workspace: info((await db.workspaces.get(ws.id))!), summary };
      } finally {
        if (pending) s.restoring.delete(pending);
      }
    }
  };
}
