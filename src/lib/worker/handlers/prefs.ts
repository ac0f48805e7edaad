/** Settings, targets and remembered mappings of the open workspace. Single transactions: no lock. */
import { getPrefs, getTargets, saveMappingRecord, savePrefs, saveTargets } from '../../storage/prefs';
import { headerSignature } from '../import/mapping-api';
import type { Session } from '../session';
import type { HandlerGroup } from './types';

export function prefsHandlers(
  s: Session
): HandlerGroup<'getSettings' | 'saveSettings' | 'getTargets' | 'saveTargets' | 'saveMapping'> {
  const db = s.db;
  return {
    getSettings: async () => getPrefs(db, s.requireWorkspace()),
    saveSettings: async (patch) => {
      const next = await savePrefs(db, s.requireWorkspace(), patch);
      s.changed();
      await s.announce(['settings']);
      return next;
    },

    getTargets: async () => ({ targets: await getTargets(db, s.requireWorkspace()) }),
    saveTargets: async ({ targets, replace }) => {
      const saved = { targets: await saveTargets(db, s.requireWorkspace(), targets, replace) };
      await s.announce(['targets']);
      return saved;
    },

    saveMapping: async ({ headers, mapping }) => {
      const signature = headerSignature(headers);
      await saveMappingRecord(db, signature, mapping);
      return { signature };
    }
  };
}
