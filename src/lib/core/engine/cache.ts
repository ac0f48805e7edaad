/**
 * Per-table memo: derived arrays (bucket indexes, hour-of-week codes, filter masks, per-row
 * values) are costly on a million rows but depend only on the table and a few settings, so they
 * are computed once and kept beside the table. Keyed by the table object through a WeakMap: when
 * the worker replaces a table after an import, the old derivations go with it and nothing is stale.
 */
import type { ColumnTable } from '../columns/table';

const memo = new WeakMap<ColumnTable, Map<string, unknown>>();

function entries(table: ColumnTable): Map<string, unknown> {
  let m = memo.get(table);
  if (!m) {
    m = new Map();
    memo.set(table, m);
  }
  return m;
}

/** Derivations with a bounded set of keys (per field, grain, zone or setting): kept while the table lives. */
export function cached<T>(table: ColumnTable, key: string, make: () => T): T {
  const m = entries(table);
  if (m.has(key)) return m.get(key) as T;
  const value = make();
  m.set(key, value);
  return value;
}

/**
 * Derivations whose keys are open-ended (a filter mask per filter combination): only the `max`
 * most recently used of a `group` are kept, so browsing many filters cannot grow memory.
 */
export function cachedRecent<T>(table: ColumnTable, group: string, key: string, max: number, make: () => T): T {
  const m = entries(table);
  let recent = m.get(`recent:${group}`) as Map<string, T> | undefined;
  if (!recent) {
    recent = new Map();
    m.set(`recent:${group}`, recent);
  }
  if (recent.has(key)) {
    const hit = recent.get(key) as T;
    recent.delete(key); // re-insert: a Map iterates oldest first
    recent.set(key, hit);
    return hit;
  }
  const value = make();
  recent.set(key, value);
  if (recent.size > max) recent.delete(recent.keys().next().value as string);
  return value;
}
