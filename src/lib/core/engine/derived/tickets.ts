/**
 * Facts about tickets that several KPIs need and no single column holds: when a ticket counts as
 * resolved, whether it is a complaint, whether it repeats an earlier incident. Each is computed
 * once per table (and setting) and cached, with the caveats the KPIs must report.
 */
import type { ColumnTable } from '../../columns/table';
import { cached } from '../cache';
import { UNKNOWN, codesWhere, filled, num, text } from '../columns';

const DONE = new Set(['resolved', 'closed']);

export interface Resolution {
  /**
   * When the ticket counts as resolved, for attributing it to a period: resolved_at, else
   * closed_at, else (status says resolved/closed but no time) created_at. NaN = not resolved.
   */
  readonly at: Float64Array;
  /** 1 where the status says resolved/closed but no resolution time exists (when is unknown). */
  readonly untimed: Uint8Array;
  /** Tickets resolved by status alone, attributed to their creation time. */
  readonly byStatusOnly: number;
  /** Whether resolution is known at all (a resolved_at/closed_at column or a status column). */
  readonly known: boolean;
}

export function resolution(t: ColumnTable): Resolution {
  return cached(t, 'resolution', () => {
    const res = num(t, 'resolved_at');
    const closed = num(t, 'closed_at');
    const created = num(t, 'created_at');
    const status = text(t, 'status');
    const done = status ? codesWhere(status, (s) => DONE.has(s)) : undefined;
    const at = new Float64Array(t.length).fill(NaN);
    const untimed = new Uint8Array(t.length);
    let byStatusOnly = 0;
    for (let i = 0; i < t.length; i++) {
      let x = res ? res[i] : NaN;
      if (x !== x && closed) x = closed[i];
      if (x !== x && done && done[status!.codes[i]] && created) {
        x = created[i];
        untimed[i] = 1;
        byStatusOnly++;
      }
      at[i] = x;
    }
    // A mapped but blank column is no data: with nothing filled, resolution is unknown (not "none resolved").
    const known = filled(t, 'resolved_at') || filled(t, 'closed_at') || filled(t, 'status');
    return { at, untimed, byStatusOnly, known };
  });
}

export interface Complaints {
  /** 1 = complaint, 0 = not, UNKNOWN = cannot tell, per row. */
  readonly flag: Uint8Array;
  /** Where the flag came from, for the KPI's notes. */
  readonly source: 'is_complaint' | 'category/tags';
}

export const COMPLAINT = /complain|شکایت|شكوى|شكاوى|תלונה/i;

/** The complaint flag, or null when neither the flag nor a complaint-like category/tag exists. */
export function complaints(t: ColumnTable): Complaints | null {
  return cached(t, 'complaints', () => {
    const col = num(t, 'is_complaint');
    if (col && filled(t, 'is_complaint')) {
      const flag = new Uint8Array(t.length);
      for (let i = 0; i < t.length; i++) flag[i] = col[i] === 1 ? 1 : col[i] === 0 ? 0 : UNKNOWN;
      return { flag, source: 'is_complaint' as const };
    }
    const cat = text(t, 'category');
    const tags = text(t, 'tags');
    const catHit = cat ? codesWhere(cat, (s) => COMPLAINT.test(s)) : undefined;
    const tagHit = tags ? codesWhere(tags, (s) => COMPLAINT.test(s)) : undefined;
    if (!catHit?.includes(1) && !tagHit?.includes(1)) return null;
    const flag = new Uint8Array(t.length);
    for (let i = 0; i < t.length; i++)
      flag[i] = (catHit && catHit[cat!.codes[i]]) || (tagHit && tagHit[tags!.codes[i]]) ? 1 : 0;
    return { flag, source: 'category/tags' as const };
  });
}

/**
 * Repeat incidents derived from the data: 1 when the same customer opened a ticket in the same
 * category within `windowDays` before this one (an earlier row breaks ties at the same instant),
 * 0 when not, UNKNOWN when customer, category or creation time is missing (flag bytes, see
 * columns.ts).
 *
 * Rows are grouped per customer with a counting sort (O(n), no per-row objects); a customer's
 * tickets are few, so comparing them pairwise is cheap — and large groups are sorted by time.
 */
export function derivedRepeats(t: ColumnTable, windowDays: number): Uint8Array | null {
  const cust = text(t, 'customer_id');
  const cat = text(t, 'category');
  const created = num(t, 'created_at');
  if (!cust || !cat || !created) return null;
  return cached(t, `repeats:${windowDays}`, () => {
    const win = windowDays * 86_400_000;
    const fast = repeatsInTimeOrder(cust.codes, cust.dict.length, cat.codes, cat.dict.length, created, win);
    if (fast) return fast;
    const out = new Uint8Array(t.length).fill(UNKNOWN);
    const order = groupBy(cust.codes, cust.dict.length);
    const { starts, rows } = order;
    for (let g = 1; g < starts.length - 1; g++) {
      const a = starts[g];
      const z = starts[g + 1];
      if (z - a > 32) sortByTime(rows, a, z, created);
      for (let p = a; p < z; p++) {
        const i = rows[p];
        const ti = created[i];
        const ci = cat.codes[i];
        if (ti !== ti || ci === 0) continue;
        let repeat = 0;
        for (let q = z - a > 32 ? p - 1 : z - 1; q >= a; q--) {
          const j = rows[q];
          if (j === i) continue;
          const tj = created[j];
          if (z - a > 32 && ti - tj > win) break; // sorted: nothing earlier can be in the window
          if (cat.codes[j] !== ci || tj !== tj) continue;
          if ((tj < ti || (tj === ti && j < i)) && ti - tj <= win) {
            repeat = 1;
            break;
          }
        }
        out[i] = repeat;
      }
    }
    return out;
  });
}

/**
 * The common case, a time-ordered export: one pass in row order remembering the last creation
 * time per (customer, category) — sequential reads instead of a grouping. Null when the rows are
 * not in time order (then the grouping in `derivedRepeats` is used).
 */
function repeatsInTimeOrder(
  cust: Uint32Array,
  nCust: number,
  cat: Uint32Array,
  nCat: number,
  created: Float64Array,
  win: number
): Uint8Array | null {
  let prev = -Infinity;
  for (let i = 0; i < created.length; i++) {
    const t = created[i];
    if (t !== t) continue;
    if (t < prev) return null;
    prev = t;
  }
  const space = nCust * nCat;
  // The last row (+1; 0 = none yet) per (customer, category): 4 bytes a pair, then its time.
  const table = space <= 1 << 22 ? new Int32Array(space) : null;
  const map = table ? null : new Map<number, number>();
  const out = new Uint8Array(created.length).fill(UNKNOWN);
  for (let i = 0; i < created.length; i++) {
    const t = created[i];
    const c = cust[i];
    const k = cat[i];
    if (t !== t || c === 0 || k === 0) continue;
    const key = c * nCat + k;
    const lastRow = table ? table[key] - 1 : (map!.get(key) ?? -1);
    out[i] = lastRow >= 0 && t - created[lastRow] <= win ? 1 : 0;
    if (table) table[key] = i + 1;
    else map!.set(key, i);
  }
  return out;
}

/**
 * Counting sort of row indexes by a dictionary code: the rows of code k are
 * `rows[starts[k] .. starts[k+1])`, in table order. Code 0 (missing) is group 0.
 */
export function groupBy(codes: Uint32Array, nCodes: number): { starts: Uint32Array; rows: Uint32Array } {
  const starts = new Uint32Array(nCodes + 1);
  for (let i = 0; i < codes.length; i++) starts[codes[i] + 1]++;
  for (let k = 1; k <= nCodes; k++) starts[k] += starts[k - 1];
  const fill = starts.slice(0, nCodes);
  const rows = new Uint32Array(codes.length);
  for (let i = 0; i < codes.length; i++) rows[fill[codes[i]]++] = i;
  return { starts, rows };
}

/** Sorts `rows[a..z)` by `time[row]` (NaN last), ties by row index (rows start in index order). */
export function sortByTime(rows: Uint32Array, a: number, z: number, time: Float64Array): void {
  // Exports are usually time-ordered already: check before paying for a sort.
  let sorted = true;
  for (let p = a + 1; p < z && sorted; p++) if (!(time[rows[p]] >= time[rows[p - 1]])) sorted = false;
  if (sorted) return;
  const part = Array.from(rows.subarray(a, z));
  part.sort((x, y) => {
    const tx = time[x];
    const ty = time[y];
    if (tx !== tx) return ty !== ty ? x - y : 1;
    if (ty !== ty) return -1;
    return tx - ty || x - y;
  });
  rows.set(part, a);
}
