/**
 * The handler types: one async function per protocol request. Each domain file returns a part of
 * the map; index.ts joins them, and the mapped type makes a missing or extra handler a compile
 * error.
 */
import type { RequestName, Requests } from '../protocol';

export type Handler<K extends RequestName> = (payload: Requests[K]['req']) => Promise<Requests[K]['res']>;
export type Handlers = { [K in RequestName]: Handler<K> };
/** The handlers of one domain (a subset of the requests). */
export type HandlerGroup<K extends RequestName> = { [P in K]: Handler<P> };
