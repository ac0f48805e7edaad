import { describe, expect, it } from 'vitest';
import { medianP90, orderStats, select } from './quantile';

/** Reference by sorting, using the same definitions (nearest-rank p90, mean of middles). */
function reference(values: number[]): { median: number; p90: number } {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  return { median, p90: s[Math.ceil(0.9 * n) - 1] };
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('quantile', () => {
  it('works out small cases by hand', () => {
    // 1..10: median (5+6)/2 = 5.5; p90 rank ceil(9) = 9th value = 9.
    expect(medianP90(Float64Array.from([7, 3, 10, 1, 9, 2, 8, 5, 4, 6]), 10)).toEqual({ median: 5.5, p90: 9 });
    // one value: both are it.
    expect(medianP90(Float64Array.from([42]), 1)).toEqual({ median: 42, p90: 42 });
    // [1, 100]: median 50.5; p90 rank ceil(1.8) = 2nd = 100.
    expect(medianP90(Float64Array.from([100, 1]), 2)).toEqual({ median: 50.5, p90: 100 });
    expect(medianP90(new Float64Array(4), 0)).toEqual({ median: null, p90: null });
  });

  it('only looks at the first n values', () => {
    expect(medianP90(Float64Array.from([3, 1, 2, 1000, 1000]), 3)).toEqual({ median: 2, p90: 3 });
  });

  it('matches a sort on random, sorted and duplicate-heavy data', () => {
    const rnd = lcg(7);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rnd() * 300);
      const kind = trial % 3;
      const values = Array.from({ length: n }, (_, i) =>
        kind === 0 ? Math.floor(rnd() * 1e6) : kind === 1 ? i : Math.floor(rnd() * 4)
      );
      expect(medianP90(Float64Array.from(values), n)).toEqual(reference(values));
    }
  });

  it('the histogram path (large n) matches a sort, whatever the values', () => {
    const rnd = lcg(11);
    const shapes: ((i: number) => number)[] = [
      () => Math.floor(rnd() * rnd() * 400_000), // skewed durations, many ties
      () => (rnd() - 0.5) * 1e9, // negatives and positives
      () => 7, // all equal: every rank in one bucket
      (i) => (i % 3 === 0 ? 0 : 1e-300 * rnd()), // zeros and tiny values
      (i) => 5000 - i // descending
    ];
    for (const [s, make] of shapes.entries()) {
      const n = 4096 + Math.floor(rnd() * 20_000) + s;
      const values = Array.from({ length: n }, (_, i) => make(i));
      expect(medianP90(Float64Array.from(values), n), `shape ${s}`).toEqual(reference(values));
      expect(orderStats(Float64Array.from(values), n, [0, n >> 1, n - 1]), `shape ${s}`).toEqual(
        [...values].sort((a, b) => a - b).filter((_, i) => i === 0 || i === n >> 1 || i === n - 1)
      );
    }
  });

  it('select partitions around the k-th value', () => {
    const a = Float64Array.from([5, 9, 1, 7, 3, 8, 2]);
    expect(select(a, 2)).toBe(3);
    for (let i = 0; i < 2; i++) expect(a[i]).toBeLessThanOrEqual(3);
    for (let i = 3; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(3);
  });
});
