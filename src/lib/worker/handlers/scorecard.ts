/** Scorecards over the open workspace's in-memory data (no storage access). */
import type { Session } from '../session';
import type { HandlerGroup } from './types';

export function scorecardHandlers(s: Session): HandlerGroup<'compute'> {
  return {
    compute: async ({ view, now }) => s.compute(view, now ?? Date.now())
  };
}
