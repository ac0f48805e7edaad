/// <reference lib="webworker" />
/**
 * The data worker: owns the open workspace's dataset, runs imports and computes scorecards off
 * the main thread. It only speaks protocol.ts: requests in, one response per request, events out.
 * Requests are handled concurrently (a `cancelImport` must get through while an import runs).
 */
import { createHandlers } from './handlers';
import { dispatch } from './dispatch';
import type { EventMessage, RequestMessage } from './protocol';
import { Session } from './session';

declare const self: DedicatedWorkerGlobalScope;

const session = new Session({ emit: (e: EventMessage) => self.postMessage(e), warmUp: true });
const handlers = createHandlers(session);

self.onmessage = async (ev: MessageEvent<RequestMessage>) => {
  self.postMessage(await dispatch(handlers, ev.data));
};
