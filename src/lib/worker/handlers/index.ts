/**
 * One handler per protocol request (protocol.ts `Requests`), grouped by domain in this folder.
 * The worker's message loop and the same-thread test client both call this map, so every flow is
 * testable without a browser; the mapped type makes a missing or extra handler a compile error,
 * and a test checks it at runtime. A new domain: add its file and one line below.
 */
import type { Session } from '../session';
import { peopleHandlers } from '../people/handlers';
import { guardPublished, sourceHandlers } from '../sources/handlers';
import { backupHandlers } from './backup';
import { demoHandlers } from './demo';
import { importHandlers } from './imports';
import { prefsHandlers } from './prefs';
import { scorecardHandlers } from './scorecard';
import type { Handlers } from './types';
import { workspaceHandlers } from './workspaces';

export type { Handler, Handlers } from './types';

export function createHandlers(s: Session): Handlers {
  // A published scorecard's workspace is read-only: its edits are refused (sources/handlers.ts).
  return guardPublished(s, {
    ...workspaceHandlers(s),
    ...importHandlers(s),
    ...scorecardHandlers(s),
    ...prefsHandlers(s),
    ...demoHandlers(s),
    ...backupHandlers(s),
    ...peopleHandlers(s),
    // A sync that changed a workspace tells this page and the other tabs, as an import does.
    ...sourceHandlers(s, async (workspace) => (await s.announce(['data'], workspace))!)
  });
}
