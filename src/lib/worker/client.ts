/**
 * The UI's typed client for the data worker.
 *
 * `createDataClient()` starts the module worker. (`createLocalClient()` in local-client.ts runs the
 * very same handler map on the current thread for Vitest; it lives apart so the page's bundle
 * never includes Dexie, PapaParse or the engine: those load in the worker only.)
 * Both: `request(type, payload)` → a promise of that request's result (rejected with the
 * worker's plain-text message), `on(event, cb)` → an unsubscribe function, `terminate()`.
 */
import {
  PROTOCOL_VERSION,
  type Notice,
  type EventMessage,
  type EventName,
  type EventOf,
  type RequestName,
  type Requests,
  type ResponseMessage
} from './protocol';

export interface DataClient {
  request<K extends RequestName>(type: K, payload: Requests[K]['req']): Promise<Requests[K]['res']>;
  on<E extends EventName>(event: E, cb: (e: EventOf<E>) => void): () => void;
  terminate(): void;
}

/** A failed request: the worker's plain-text message and, where it has one, its code. */
export class WorkerError extends Error {
  constructor(
    message: string,
    readonly notice?: Notice
  ) {
    super(message);
  }
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

/** Request ids, pending promises and event listeners: what both clients share. */
export class ClientCore {
  private nextId = 1;
  readonly pending = new Map<number, Pending>();
  private listeners = new Map<EventName, Set<(e: EventMessage) => void>>();

  track(): { id: number; promise: Promise<unknown> } {
    const id = this.nextId++;
    const promise = new Promise<unknown>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    return { id, promise };
  }

  receive(msg: ResponseMessage | EventMessage): void {
    if ('event' in msg) {
      for (const cb of this.listeners.get(msg.event) ?? []) cb(msg);
      return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.result);
    else p.reject(new WorkerError(msg.error, msg.notice));
  }

  on<E extends EventName>(event: E, cb: (e: EventOf<E>) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    const fn = cb as (e: EventMessage) => void;
    set.add(fn);
    return () => set.delete(fn);
  }

  failAll(reason: string): void {
    for (const p of this.pending.values()) p.reject(new Error(reason));
    this.pending.clear();
  }
}

export function createDataClient(): DataClient {
  const worker = new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module' });
  const core = new ClientCore();
  worker.onmessage = (ev: MessageEvent<ResponseMessage | EventMessage>) => core.receive(ev.data);
  worker.onerror = (ev) => core.failAll(`The data worker stopped: ${ev.message || 'unknown error'}`);
  return {
    request(type, payload) {
      const { id, promise } = core.track();
      worker.postMessage({ v: PROTOCOL_VERSION, id, type, payload });
      return promise as never;
    },
    on: (event, cb) => core.on(event, cb),
    terminate() {
      core.failAll('The data worker was stopped.');
      worker.terminate();
    }
  };
}
