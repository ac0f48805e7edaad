/**
 * Median and 90th percentile without sorting: quickselect on a Float64Array scratch is O(n) and
 * allocation-free, ~4× faster than `Array.prototype.sort` on a million durations
 * (../shared/stack-notes.md). The scratch is reordered in place; callers pass a copy.
 *
 * Percentiles use the nearest-rank definition on the sorted values: p-th percentile = the value
 * at rank ceil(p/100 · n) (1-based), and the median of an even count is the mean of the two
 * middle values, so a hand calculation in a golden test gives the same number.
 */

/** Puts the k-th smallest (0-based) of `a[lo..hi]` at `a[k]`, smaller ones before it, larger after. */
export function select(a: Float64Array, k: number, lo = 0, hi = a.length - 1): number {
  while (hi > lo) {
    // Median of three as pivot keeps sorted input (common: exports are time-ordered) linear.
    const mid = (lo + hi) >>> 1;
    let x = a[lo];
    let y = a[mid];
    const z = a[hi];
    if (x > y) [x, y] = [y, x];
    if (y > z) y = z;
    if (x > y) y = x;
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** Smallest value of `a[lo..hi]`. */
function minOf(a: Float64Array, lo: number, hi: number): number {
  let m = a[lo];
  for (let i = lo + 1; i <= hi; i++) if (a[i] < m) m = a[i];
  return m;
}

/**
 * Median and p90 of the first `n` values of `scratch` (reordered in place). Null for n = 0.
 * The p90 is selected only among values above the median, so the second pass is cheap.
 */
export function medianP90(scratch: Float64Array, n: number): { median: number | null; p90: number | null } {
  if (n === 0) return { median: null, p90: null };
  const hi = n - 1;
  const k = hi >>> 1;
  const lower = select(scratch, k, 0, hi);
  // Even count: the upper middle is the smallest value right of k.
  const median = n % 2 === 1 ? lower : (lower + minOf(scratch, k + 1, hi)) / 2;
  const rank = Math.ceil(0.9 * n) - 1;
  const p90 = rank === k ? lower : select(scratch, rank, k + 1, hi);
  return { median, p90 };
}
