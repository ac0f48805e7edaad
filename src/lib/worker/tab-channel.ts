/**
 * How the data workers of several tabs of one browser profile tell each other that a workspace
 * changed (BroadcastChannel, available in windows and workers; a no-op where it does not exist).
 *
 * Why the worker and not the page: the worker is what writes, so it says what it changed once
 * the change is committed, and the receiving worker reloads its in-memory data before it tells
 * its page (`data-changed`): the page never asks for a scorecard over data its worker lacks.
 */
import type { DataChange } from './protocol';

export const TAB_CHANNEL = 'service-scorecard:changes';

export interface TabMessage {
  /** The sending session (a tab never acts on its own messages). */
  readonly from: string;
  readonly workspace: string;
  readonly changes: readonly DataChange[];
  /** The workspace's revision after the change (storage/revision.ts). */
  readonly revision: number;
}

export interface TabChannel {
  post(message: TabMessage): void;
  close(): void;
}

/** A channel on BroadcastChannel, or a silent one where the platform has none. */
export function openTabChannel(onMessage: (m: TabMessage) => void, name = TAB_CHANNEL): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (ev: MessageEvent<TabMessage>) => onMessage(ev.data);
  // Node (tests): an open channel must not keep the process alive.
  (channel as unknown as { unref?: () => void }).unref?.();
  return {
    post: (m) => channel.postMessage(m),
    close: () => channel.close()
  };
}
