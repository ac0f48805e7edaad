/**
 * One handler per protocol request (protocol.ts `Requests`). The worker's message loop and the
 * same-thread test client both call this map, so every flow is testable without a browser; the
 * mapped type makes a missing or extra handler a compile error, and a test checks it at runtime.
 */
import { exportWorkspace, restoreWorkspace } from '../storage/backup';
import { compactKind } from '../storage/compaction';
import { storeDemo } from '../storage/demo';
import { storageEstimate } from '../storage/estimate';
import { deleteImport } from '../storage/imports';
import { getPrefs, getTargets, saveMappingRecord, savePrefs, saveTargets } from '../storage/prefs';
import { createWorkspace, deleteWorkspace, DEMO_WORKSPACE, listWorkspaces } from '../storage/workspaces';
import type { WorkspaceRecord } from '../storage/records';
import { errorsToCsv } from './import/errors-csv';
import { headerSignature } from './import/mapping-api';
import { importFile } from './import/pipeline';
import {
  PROTOCOL_VERSION,
  type FileImportResult,
  type RequestName,
  type Requests,
  type WorkspaceInfo
} from './protocol';
import type { Session } from './session';
import { guardPublished, sourceHandlers } from './sources/handlers';
import { peopleHandlers } from './people/handlers';

export type Handler<K extends RequestName> = (payload: Requests[K]['req']) => Promise<Requests[K]['res']>;
export type Handlers = { [K in RequestName]: Handler<K> };

function info(w: WorkspaceRecord): WorkspaceInfo {
  return {
    id: w.id,
    name: w.name,
    createdAt: w.createdAt,
    isDemo: w.isDemo,
    openedAt: w.openedAt,
    ...(w.demoScenario ? { demoScenario: w.demoScenario } : {})
  };
}

export function createHandlers(s: Session): Handlers {
  const db = s.db;
  const dataChanged = async () => {
    const summary = await s.summary();
    s.emit({ v: PROTOCOL_VERSION, event: 'data-changed', summary });
    return summary;
  };
  const loadDemo: Handler<'loadDemo'> = async ({ scenario, seed }) => {
    if (s.importing) throw new Error('Wait for the running import to finish.');
    const generate = await s.demoGenerator();
    const data = generate(scenario, { seed, timeZone: await s.timeZone() });
    await storeDemo(db, data, scenario);
    await s.open(DEMO_WORKSPACE);
    return dataChanged();
  };

  return guardPublished(s, {
    ...peopleHandlers(s),
    open: async ({ workspace }) => s.open(workspace),

    listWorkspaces: async () => {
      const { workspaces, active } = await listWorkspaces(db, s.restoring);
      return { workspaces: workspaces.map(info), active };
    },

    createWorkspace: async ({ name }) => info(await createWorkspace(db, name)),

    deleteWorkspace: async ({ workspace }) => {
      if (s.importing && s.workspace === workspace) throw new Error('Wait for the running import to finish.');
      const deleted = await deleteWorkspace(db, workspace);
      if (s.workspace === workspace) s.close();
      return { deleted };
    },

    import: async ({ files, mappings }) => {
      const workspace = s.requireWorkspace();
      if (s.importing) throw new Error('An import is already running.');
      const state = (s.importing = { ids: new Set<number>(), cancel: false });
      const results: FileImportResult[] = [];
      try {
        const timeZone = await s.timeZone();
        for (let i = 0; i < files.length; i++) {
          if (state.cancel) {
            results.push({
              status: 'cancelled',
              fileName: files[i].name,
              reason: 'Import cancelled before this file.'
            });
            continue;
          }
          const { olderChanged, ...result } = await importFile(
            {
              db,
              workspace,
              timeZone,
              progress: (progress) => s.emit({ v: PROTOCOL_VERSION, event: 'import-progress', progress }),
              cancelled: () => state.cancel,
              started: (id) => state.ids.add(id)
            },
            files[i],
            i,
            mappings?.[i]
          );
          results.push(result as FileImportResult);
          if (result.status === 'imported') {
            await s.applyImport(result.import.id, olderChanged ?? []);
            for (const kind of olderChanged ?? []) await compactKind(db, workspace, kind);
          }
        }
      } finally {
        s.importing = null;
      }
      return { results, summary: await dataChanged() };
    },

    cancelImport: async () => {
      if (!s.importing) return { cancelled: false };
      s.importing.cancel = true;
      return { cancelled: true };
    },

    deleteImport: async ({ id }) => {
      const workspace = s.requireWorkspace();
      if (s.importing?.ids.has(id)) throw new Error('Cancel this import instead: it is still running.');
      const rec = await deleteImport(db, id);
      if (rec && rec.workspace === workspace && rec.status === 'complete') {
        for (const kind of rec.kinds) {
          await compactKind(db, workspace, kind);
          await s.reloadKind(kind);
        }
        s.changed();
      }
      return dataChanged();
    },

    compute: async ({ view, now }) => s.compute(view, now ?? Date.now()),
    kpiSql: async ({ view, id, now }) => s.kpiSql(view, id, now ?? Date.now()),

    getSettings: async () => getPrefs(db, s.requireWorkspace()),
    saveSettings: async (patch) => {
      const next = await savePrefs(db, s.requireWorkspace(), patch);
      s.changed();
      return next;
    },

    getTargets: async () => ({ targets: await getTargets(db, s.requireWorkspace()) }),
    saveTargets: async ({ targets, replace }) => ({
      targets: await saveTargets(db, s.requireWorkspace(), targets, replace)
    }),

    saveMapping: async ({ headers, mapping }) => {
      const signature = headerSignature(headers);
      await saveMappingRecord(db, signature, mapping);
      return { signature };
    },

    loadDemo,
    resetDemo: async () => {
      const ws = await db.workspaces.get(DEMO_WORKSPACE);
      return loadDemo({ scenario: ws?.demoScenario ?? 'baseline' });
    },

    exportBackup: async ({ workspace }) => exportWorkspace(db, workspace ?? s.requireWorkspace()),

    restoreBackup: async ({ file, replace }) => {
      let pending: string | null = null;
      try {
        const ws = await restoreWorkspace(db, file, {
          replace,
          onCreated: (id) => {
            pending = id;
            s.restoring.add(id);
          }
        });
        if (replace && s.workspace === replace) s.close();
        const summary = await s.open(ws.id);
        s.emit({ v: PROTOCOL_VERSION, event: 'data-changed', summary });
        return { workspace: info((await db.workspaces.get(ws.id))!), summary };
      } finally {
        if (pending) s.restoring.delete(pending);
      }
    },

    importErrorsCsv: async ({ id }) => {
      const rec = await db.imports.get(id);
      if (!rec) throw new Error('There is no such import.');
      const base = rec.fileName.replace(/\.[^.]*$/, '');
      return { csv: errorsToCsv(rec.errors), fileName: `${base}-problems.csv` };
    },

    storageEstimate: async () => storageEstimate(),
    ...sourceHandlers(s, dataChanged)
  });
}
