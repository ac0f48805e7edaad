/**
 * The UI's one handle on the data worker: the typed client of ../../worker/client.ts, created
 * once per page. Screens never talk to the worker any other way, so the protocol stays the only
 * contract between them.
 *
 * Promise: `getClient()` resolves to the same client on every call (one worker per tab) and
 * rejects with a readable message when the worker cannot start.
 */
import type { DataClient } from '$lib/worker/client';

export type { DataClient };

let pending: Promise<DataClient> | null = null;

export function getClient(): Promise<DataClient> {
  // Loaded lazily: the worker must never be started while prerendering, and the scorecard shell
  // can paint before the worker module is fetched.
  pending ??= import('$lib/worker/client').then((m) => m.createDataClient());
  return pending;
}
