/**
 * The data client on the current thread: the worker's handler map called directly, same protocol,
 * same answers (structured-cloned like postMessage). For Vitest (no browser, no module worker)
 * and any environment that cannot start a module worker.
 */
import { ClientCore, type DataClient } from './client';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { PROTOCOL_VERSION } from './protocol';
import { Session, type SessionDeps } from './session';

/** The same protocol on the current thread (tests, or environments without module workers). */
export function createLocalClient(deps: SessionDeps = {}): DataClient & { session: Session } {
  const core = new ClientCore();
  const session = new Session({ ...deps, emit: (e) => core.receive(e) });
  const handlers = createHandlers(session);
  return {
    session,
    request(type, payload) {
      const { id, promise } = core.track();
      // Answers are structured-cloned as postMessage would, so tests catch non-cloneable results.
      // (Requests are not: Node's structuredClone turns a File into a nameless Blob.)
      void dispatch(handlers, { v: PROTOCOL_VERSION, id, type, payload }).then((r) => core.receive(structuredClone(r)));
      return promise as never;
    },
    on: (event, cb) => core.on(event, cb),
    terminate() {
      core.failAll('The client was stopped.');
      session.dispose();
      session.db.close();
    }
  };
}
