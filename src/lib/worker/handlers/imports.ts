/**
 * Imports: run (one file after the other, holding the workspace's write lock for the whole
 * batch), cancel (also while waiting for another tab's write), delete, and the problem rows as CSV.
 */
import { deleteImport } from '../../storage/imports';
import { errorsToCsv } from '../import/errors-csv';
import { importFile } from '../import/pipeline';
import { PROTOCOL_VERSION, type FileImportResult } from '../protocol';
import type { Session } from '../session';
import type { HandlerGroup } from './types';

const isAbort = (e: unknown) => (e as { name?: string })?.name === 'AbortError';

export function importHandlers(
  s: Session
): HandlerGroup<'import' | 'cancelImport' | 'deleteImport' | 'importErrorsCsv'> {
  const db = s.db;
  return {
    import: async ({ files, mappings }) => {
      s.requireWorkspace();
      if (s.importing) throw new Error('An import is already running.');
      const abort = new AbortController();
      const state = (s.importing = { ids: new Set<number>(), cancel: false, abort });
      const results: FileImportResult[] = [];
      const cancelledBefore = (from: number) => {
        for (let i = from; i < files.length; i++)
          results.push({ status: 'cancelled', fileName: files[i].name, reason: 'Import cancelled before this file.' });
      };
      try {
        await s.write(
          'import',
          async (workspace) => {
            const timeZone = await s.timeZone();
            for (let i = 0; i < files.length; i++) {
              if (state.cancel) return cancelledBefore(i);
              const { olderChanged, revision, ...result } = await importFile(
                {
                  db,
                  workspace,
                  timeZone,
                  progress: (progress) => s.emit({ v: PROTOCOL_VERSION, event: 'import-progress', progress }),
                  cancelled: () => state.cancel,
                  started: (id) => state.ids.add(id),
                  ...s.deps.importSizes
                },
                files[i],
                i,
                mappings?.[i]
              );
              results.push(result as FileImportResult);
              if (result.status === 'imported')
                await s.afterImport(result.import.id, olderChanged ?? [], revision ?? s.revision);
            }
          },
          { signal: abort.signal }
        );
      } catch (e) {
        if (!isAbort(e)) throw e;
        cancelledBefore(results.length);
      } finally {
        s.importing = null;
      }
      return { results, summary: (await s.announce(['data']))! };
    },

    cancelImport: async () => {
      if (!s.importing) return { cancelled: false };
      s.importing.cancel = true;
      s.importing.abort?.abort();
      return { cancelled: true };
    },

    deleteImport: async ({ id }) => {
      s.requireWorkspace();
      if (s.importing?.ids.has(id)) throw new Error('Cancel this import instead: it is still running.');
      await s.write('delete', async (workspace) => {
        const rec = await deleteImport(db, id);
        if (rec && rec.workspace === workspace && rec.status === 'complete') await s.afterDelete(rec.kinds);
      });
      return (await s.announce(['data']))!;
    },

    importErrorsCsv: async ({ id }) => {
      const rec = await db.imports.get(id);
      if (!rec) throw new Error('There is no such import.');
      const base = rec.fileName.replace(/\.[^.]*$/, '');
      return { csv: errorsToCsv(rec.errors), fileName: `${base}-problems.csv` };
    }
  };
}
