/**
 * The worker's requests for published sources, and the read-only rule of published-scorecard
 * workspaces, kept out of the general handler map (which only spreads and wraps these).
 */
import type { Handler, Handlers } from '../handlers/types';
import type { DataSummary } from '../protocol';
import type { Session } from '../session';
import type { FetchFn } from './fetch';
import { refuseIfPublished } from './published';
import { sourcesStatus, syncSources } from './sync';

export function sourceHandlers(
  s: Session,
  dataChanged: (workspace: string) => Promise<DataSummary>,
  fetchFn?: FetchFn
): { syncSources: Handler<'syncSources'>; sourcesStatus: Handler<'sourcesStatus'> } {
  return {
    syncSources: async ({ href }) => {
      const { status, changed } = await syncSources(s, href, { fetch: fetchFn });
      for (const workspace of changed) await dataChanged(workspace);
      return status;
    },
    sourcesStatus: async ({ href }) => sourcesStatus(s, href)
  };
}

/** Requests that would edit a workspace: refused, with the reason, on a published scorecard. */
const EDITS = ['import', 'deleteImport', 'saveTargets'] as const;

export function guardPublished(s: Session, handlers: Handlers): Handlers {
  const guarded = { ...handlers };
  for (const name of EDITS) {
    const inner = handlers[name] as (p: unknown) => Promise<unknown>;
    // Checked before the handler starts, without awaiting: requests keep their order.
    (guarded as Record<string, unknown>)[name] = (payload: unknown) => {
      try {
        refuseIfPublished(s.db, s.workspace);
      } catch (e) {
        return Promise.reject(e);
      }
      return inner(payload);
    };
  }
  return guarded;
}
