/**
 * Turns one request message into one response message through the handler map: checks the
 * protocol version and the request name, and turns any thrown error into a plain-text `error`.
 * Shared by the worker's message loop and the same-thread client.
 */
import type { Handlers } from './handlers';
import {
  PROTOCOL_VERSION,
  type Notice,
  REQUEST_NAMES,
  type RequestMessage,
  type RequestName,
  type ResponseMessage
} from './protocol';

const KNOWN = new Set<string>(REQUEST_NAMES);

export async function dispatch(handlers: Handlers, msg: RequestMessage): Promise<ResponseMessage> {
  const id = typeof msg?.id === 'number' ? msg.id : -1;
  if (msg?.v !== PROTOCOL_VERSION)
    return {
      v: PROTOCOL_VERSION,
      id,
      ok: false,
      error: 'The page and the data worker are different versions: reload the page.'
    };
  if (!KNOWN.has(msg.type))
    return { v: PROTOCOL_VERSION, id, ok: false, error: `Unknown request "${String(msg.type)}".` };
  try {
    const handler = handlers[msg.type as RequestName] as (p: unknown) => Promise<unknown>;
    const result = await handler(msg.payload);
    return { v: PROTOCOL_VERSION, id, ok: true, result };
  } catch (e) {
    const notice = (e as { notice?: Notice } | null)?.notice;
    return {
      v: PROTOCOL_VERSION,
      id,
      ok: false,
      error: e instanceof Error ? e.message : String(e),
      ...(notice ? { notice } : {})
    };
  }
}
