/** Scorecards over the open workspace's in-memory data (no storage access). */
import type { Session } from '../session';
import type { HandlerGroup } from './types';

export function scorecardHandlers(s: Session): HandlerGroup<'compute' | 'kpiSql'> {
  return {
    compute: async ({ view, now }) => s.compute(view, now ?? Date.now()),
    kpiSql: async ({ view, id, now }) => s.kpiSql(view, id, now ?? Date.now())
  };
}
