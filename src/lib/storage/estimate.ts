/**
 * How much the browser lets us store, and whether it promised to keep it
 * (`navigator.storage`, available in windows and workers; absent in Node and old browsers).
 * Asking for persistence (`navigator.storage.persist()`) is the page's job: it exists in windows
 * only, and the browser may want a user gesture.
 */
export interface StorageEstimate {
  /** Bytes used / available to this origin; null where the browser does not say. */
  readonly usage: number | null;
  readonly quota: number | null;
  /** Whether the browser granted persistent storage (null: unknown). */
  readonly persisted: boolean | null;
}

export async function storageEstimate(): Promise<StorageEstimate> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage) return { usage: null, quota: null, persisted: null };
  const est = storage.estimate ? await storage.estimate().catch(() => undefined) : undefined;
  const persisted = storage.persisted ? await storage.persisted().catch(() => null) : null;
  return { usage: est?.usage ?? null, quota: est?.quota ?? null, persisted };
}
