import { describe, expect, it } from 'vitest';
import { Rng } from './random';

function mean(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

describe('Rng', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 50 }, () => a.uint32());
    const sb = Array.from({ length: 50 }, () => b.uint32());
    const sc = Array.from({ length: 50 }, () => c.uint32());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
    expect(new Set(sa).size).toBe(50);
  });

  it('draws uniform values in [0, 1) with mean near 1/2', () => {
    const r = new Rng(1);
    const xs = Array.from({ length: 20000 }, () => r.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 1);
  });

  it('int covers both bounds and nothing outside', () => {
    const r = new Rng(2);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(r.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('normal has the requested mean and spread', () => {
    const r = new Rng(3);
    const xs = Array.from({ length: 40000 }, () => r.normal(10, 2));
    const m = mean(xs);
    const sd = Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
    expect(m).toBeGreaterThan(9.95);
    expect(m).toBeLessThan(10.05);
    expect(sd).toBeGreaterThan(1.95);
    expect(sd).toBeLessThan(2.05);
  });

  it('lognormal has the requested median and is right-skewed', () => {
    const r = new Rng(4);
    const xs = Array.from({ length: 20001 }, () => r.lognormal(600, 1)).sort((x, y) => x - y);
    const median = xs[10000];
    expect(median).toBeGreaterThan(570);
    expect(median).toBeLessThan(630);
    expect(mean(xs)).toBeGreaterThan(median * 1.4);
  });

  it('poisson has mean ≈ lambda for small and large lambdas, and 0 for lambda 0', () => {
    const r = new Rng(5);
    for (const lambda of [0.5, 4, 80]) {
      const xs = Array.from({ length: 20000 }, () => r.poisson(lambda));
      expect(Math.abs(mean(xs) - lambda)).toBeLessThan(lambda * 0.05 + 0.02);
      expect(xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    }
    expect(r.poisson(0)).toBe(0);
  });

  it('weighted picks follow the weights and never pick a zero weight', () => {
    const r = new Rng(6);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 30000; i++)
      counts[
        r.weighted([
          ['a', 3],
          ['b', 1],
          ['c', 0]
        ] as const)
      ]++;
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.8);
    expect(counts.a / counts.b).toBeLessThan(3.2);
    expect(() => r.weightedIndex([0, 0])).toThrow();
  });

  it('arrivals are sorted, inside the span and follow the slot weights', () => {
    const r = new Rng(7);
    const weights = [0, 1, 3, 0];
    const xs = r.arrivals(4000, 1000, 400, weights);
    expect(xs.length).toBe(4000);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]);
    const slots = [0, 0, 0, 0];
    for (const x of xs) slots[Math.floor((x - 1000) / 100)]++;
    expect(slots[0]).toBe(0);
    expect(slots[3]).toBe(0);
    expect(slots[2] / slots[1]).toBeGreaterThan(2.6);
    expect(slots[2] / slots[1]).toBeLessThan(3.4);
  });
});
