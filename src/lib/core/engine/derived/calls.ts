/**
 * Facts about calls several KPIs share: inbound or not, abandoned or not, and how many calls a
 * customer needed before one resolved the issue. Cached per calls table.
 */
import type { ColumnTable } from '../../columns/table';
import { cached } from '../cache';
import { UNKNOWN, codesWhere, num, numFilled, text } from '../columns';
import { groupBy, sortByTime } from './tickets';

/** 1 per inbound call (direction `in` or not given: the template's default), 0 for outbound. */
export function inbound(t: ColumnTable): Uint8Array {
  return cached(t, 'inbound', () => {
    const out = new Uint8Array(t.length).fill(1);
    const dir = text(t, 'direction');
    if (!dir) return out;
    const isOut = codesWhere(dir, (s) => s === 'out');
    for (let i = 0; i < t.length; i++) if (isOut[dir.codes[i]]) out[i] = 0;
    return out;
  });
}

/**
 * 1 = abandoned before reaching an agent, 0 = reached one, UNKNOWN = cannot tell (flag bytes,
 * see columns.ts). The `abandoned` flag wins; without it an empty answered_at means abandoned.
 * Null when neither column exists with a value.
 */
export function abandoned(t: ColumnTable): Uint8Array | null {
  // Blank columns count as absent: an empty answered_at column would make every call abandoned.
  const flag = numFilled(t, 'abandoned');
  const answered = numFilled(t, 'answered_at');
  if (!flag && !answered) return null;
  return cached(t, 'abandoned', () => {
    const out = new Uint8Array(t.length);
    for (let i = 0; i < t.length; i++) {
      const f = flag ? flag[i] : NaN;
      out[i] = f === 1 ? 1 : f === 0 ? 0 : answered ? (answered[i] !== answered[i] ? 1 : 0) : UNKNOWN;
    }
    return out;
  });
}

/**
 * Contacts it took to resolve an issue, from calls alone: a customer's calls (in the same queue,
 * when there is one) in time order form a chain that ends at a call flagged `resolved`. On each
 * resolving call: the chain's length (1 = resolved on the first call); NaN on other rows.
 */
export function callChains(t: ColumnTable): Float64Array | null {
  const cust = text(t, 'customer_id');
  const resolved = num(t, 'resolved');
  const queued = num(t, 'queued_at');
  if (!cust || !resolved || !queued) return null;
  const queue = text(t, 'queue');
  return cached(t, 'chains', () => {
    const out = new Float64Array(t.length).fill(NaN);
    const { starts, rows } = groupBy(cust.codes, cust.dict.length);
    // Chain length so far per queue code within one customer; reset per customer.
    const open = new Map<number, number>();
    for (let g = 1; g < starts.length - 1; g++) {
      const a = starts[g];
      const z = starts[g + 1];
      if (z - a > 1) sortByTime(rows, a, z, queued);
      open.clear();
      for (let p = a; p < z; p++) {
        const i = rows[p];
        const q = queue ? queue.codes[i] : 0;
        const len = (open.get(q) ?? 0) + 1;
        if (resolved[i] === 1) {
          out[i] = len;
          open.set(q, 0);
        } else open.set(q, len);
      }
    }
    return out;
  });
}
