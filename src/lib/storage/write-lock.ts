/**
 * One writer per workspace, across every tab of the browser profile.
 *
 * Why: each tab runs its own data worker over the same IndexedDB. Single transactions are atomic,
 * but an import, a delete, a compaction or a restore is many transactions plus in-memory state
 * (the loaded dataset, what the import superseded). Two of them interleaving from two tabs is how
 * one tab's work was written over the other's. So every multi-step write of a workspace holds an
 * exclusive Web Lock (`navigator.locks`, available in windows and workers) for its whole length;
 * a second writer waits its turn, and is told that it waits.
 *
 * Where Web Locks do not exist (Node tests, old browsers), an in-process lock table with the same
 * semantics stands in: it serialises the sessions of one JS realm, which is what tests that
 * simulate several tabs with several sessions need.
 */

export const LOCK_PREFIX = 'service-scorecard';

export const writeLockName = (workspace: string): string => `${LOCK_PREFIX}:write:${workspace}`;
/** Held while workspaces are created for a first import, so two tabs do not each make one. */
export const WORKSPACES_LOCK = `${LOCK_PREFIX}:workspaces`;

type Granted = { name: string } | null;

interface LockOptions {
  ifAvailable?: boolean;
  signal?: AbortSignal;
}

interface Locks {
  request<T>(name: string, opts: LockOptions, cb: (lock: Granted) => Promise<T> | T): Promise<T>;
}

/** Thrown when a wait for a lock was given up (`signal` aborted), as the Web Locks API does. */
export function lockAborted(): Error {
  const e = new Error('The wait for the other write was cancelled.');
  e.name = 'AbortError';
  return e;
}

/** Same-realm stand-in for navigator.locks (exclusive mode and ifAvailable only). */
class LocalLocks implements Locks {
  private tails = new Map<string, Promise<void>>();
  private held = new Set<string>();

  async request<T>(name: string, opts: LockOptions, cb: (lock: Granted) => Promise<T> | T): Promise<T> {
    if (opts.ifAvailable && (this.held.has(name) || this.tails.has(name))) return cb(null);
    if (opts.signal?.aborted) throw lockAborted();
    const before = this.tails.get(name) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = before.then(() => mine);
    this.tails.set(name, tail);
    const signal = opts.signal;
    if (signal) {
      // Given up while waiting: leave the queue (the holders after us must not wait for us).
      let onAbort = () => {};
      const aborted = new Promise<'aborted'>((r) => {
        onAbort = () => r('aborted');
        signal.addEventListener('abort', onAbort, { once: true });
      });
      const outcome = await Promise.race([before.then(() => 'granted' as const), aborted]);
      signal.removeEventListener('abort', onAbort);
      if (outcome === 'aborted') {
        void before.then(() => {
          release();
          if (this.tails.get(name) === tail) this.tails.delete(name);
        });
        throw lockAborted();
      }
    } else await before;
    this.held.add(name);
    try {
      return await cb({ name });
    } finally {
      this.held.delete(name);
      release();
      if (this.tails.get(name) === tail) this.tails.delete(name);
    }
  }
}

const local = new LocalLocks();

function locks(): Locks {
  const nav = (globalThis as { navigator?: { locks?: Locks } }).navigator;
  return nav?.locks ?? local;
}

export interface WaitOptions {
  /** Called once, before waiting, when another holder has the lock (to tell the user). */
  onWait?: () => void;
  /** Gives up waiting (rejects with an AbortError); no effect once the lock is held. */
  signal?: AbortSignal;
}

/** Runs `fn` holding the exclusive lock `name`, waiting for its holder if there is one. */
export async function withLock<T>(name: string, fn: () => Promise<T>, opts: WaitOptions = {}): Promise<T> {
  const l = locks();
  const NOT_GRANTED = Symbol('not granted');
  const first = await l.request<T | typeof NOT_GRANTED>(name, { ifAvailable: true }, async (lock) =>
    lock ? fn() : NOT_GRANTED
  );
  if (first !== NOT_GRANTED) return first as T;
  opts.onWait?.();
  return l.request<T>(name, opts.signal ? { signal: opts.signal } : {}, () => fn());
}

/**
 * Runs `fn` with the lock only if nobody holds it; otherwise returns `busy` without waiting.
 * Used for clean-ups that are only safe while no writer runs (recovering interrupted imports).
 */
export async function ifUnlocked<T>(name: string, fn: () => Promise<T>, busy: T): Promise<T> {
  return locks().request<T>(name, { ifAvailable: true }, async (lock) => (lock ? fn() : busy));
}

/** Runs `fn` holding the workspace's write lock (see the module comment). */
export function withWriteLock<T>(workspace: string, fn: () => Promise<T>, opts: WaitOptions = {}): Promise<T> {
  return withLock(writeLockName(workspace), fn, opts);
}
