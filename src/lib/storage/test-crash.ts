/**
 * Test-only: kills a database connection at step k, as a closed tab or a killed browser would.
 *
 * A DBCore middleware counts steps — transactions begun, or single writes (`mutate`) — once
 * armed. At step k that step fails, and so does every later one on this connection: the
 * "process" is dead, nothing it still tries reaches the disk. The test then opens a fresh
 * connection and session on the same database, as the next page load would, and checks the
 * workspace is exactly as before or exactly as after the operation.
 */
import type { DBCore } from 'dexie';
import { ScorecardDb } from './db';

export type Step = 'transaction' | 'mutate';

export interface Killable {
  readonly db: ScorecardDb;
  /** Starts counting; the `at`-th step from now fails (0: never — count only). */
  arm(at: number): void;
  /** Steps counted since `arm`. */
  readonly steps: number;
  readonly killed: boolean;
}

export class Killed extends Error {
  constructor() {
    super('killed (simulated crash)');
    this.name = 'AbortError';
  }
}

export function killableDb(name: string, step: Step = 'transaction'): Killable {
  const db = new ScorecardDb(name);
  let armed = false;
  let at = 0;
  let steps = 0;
  let killed = false;
  const tick = () => {
    if (killed) throw new Killed();
    if (!armed) return;
    steps++;
    if (at > 0 && steps >= at) {
      killed = true;
      throw new Killed();
    }
  };
  db.use({
    stack: 'dbcore',
    name: 'kill-at-step',
    create(down: DBCore): DBCore {
      return {
        ...down,
        transaction(stores, mode, options) {
          if (step === 'transaction' || killed) tick();
          return down.transaction(stores, mode, options);
        },
        table(name) {
          const t = down.table(name);
          return {
            ...t,
            mutate(req) {
              if (step === 'mutate' || killed) {
                try {
                  tick();
                } catch (e) {
                  return Promise.reject(e);
                }
              }
              return t.mutate(req);
            }
          };
        }
      };
    }
  });
  return {
    db,
    arm(n: number) {
      armed = true;
      at = n;
      steps = 0;
    },
    get steps() {
      return steps;
    },
    get killed() {
      return killed;
    }
  };
}
