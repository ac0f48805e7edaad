/**
 * Asks the browser to keep this origin's storage (IndexedDB) when space runs low. Without it a
 * phone may evict the imported data silently. Only a page can ask (the worker cannot), and some
 * browsers only grant it after a user gesture, so it is asked when the user starts an import.
 */
let asked = false;

export async function requestPersistentStorage(): Promise<boolean | null> {
  if (asked || typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
  asked = true;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return null;
  }
}
