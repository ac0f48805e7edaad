/**
 * A small seeded pseudo-random generator for the demo data.
 *
 * Why: the demo and the workshop scenarios must produce the same data for the same seed on every
 * device and in every test run (a trainer's story names numbers that must be there), and
 * `Math.random` cannot be seeded. sfc32 (Chris Doty-Humphrey's "small fast counter", also used by
 * PractRand) passes the usual statistical batteries, needs only 32-bit integer arithmetic and is
 * fast in V8. Promise: same seed → same sequence, on every engine.
 */

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Second value of the last Box–Muller pair, used by the next `normal()` call. */
  private spare = NaN;

  constructor(seed: number) {
    // Spread the one seed over four words with splitmix32 so that nearby seeds (1, 2, 3…) do
    // not start in correlated states.
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    // Discard the first outputs: sfc32's recommended warm-up.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p (clamped to 0–1). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal scaled: mean + sd · N(0, 1) (Box–Muller, both values of a pair used). */
  normal(mean = 0, sd = 1): number {
    let z: number;
    if (!Number.isNaN(this.spare)) {
      z = this.spare;
      this.spare = NaN;
    } else {
      // 1 − next() is in (0, 1], so the logarithm is finite.
      const u = 1 - this.next();
      const v = this.next();
      const r = Math.sqrt(-2 * Math.log(u));
      z = r * Math.cos(2 * Math.PI * v);
      this.spare = r * Math.sin(2 * Math.PI * v);
    }
    return mean + sd * z;
  }

  /**
   * Log-normal with the given median and spread (σ of the underlying normal). Service times
   * (response, handling, resolution) are right-skewed like this: most are quick, a few very long.
   */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Exponential with the given mean (time between independent arrivals, customer patience). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /**
   * Poisson count with mean `lambda`: Knuth's product method for small means, a rounded normal
   * approximation above 30 (daily ticket counts are 20–150; exactness of the tail does not matter).
   */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda > 30) return Math.max(0, Math.round(this.normal(lambda, Math.sqrt(lambda))));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** One item of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index chosen with probability proportional to `weights[i]` (non-negative, not all zero). */
  weightedIndex(weights: ArrayLike<number>): number {
    let total = 0;
    for (let i = 0; i < weights.length; i++) total += weights[i];
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    // Floating-point leftovers land on the last item with a positive weight.
    for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
    throw new Error('weightedIndex: all weights are zero');
  }

  /** An item chosen by weight: `weighted([['email', 3], ['chat', 1]])`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    return entries[this.weightedIndex(entries.map((e) => e[1]))][0];
  }

  /**
   * `count` arrival instants in [start, start + span), sorted, drawn from a time-varying rate given
   * as relative weights per equal slot (e.g. 24 hour-of-day weights). Given the count, arrivals of
   * a Poisson process are independent draws from the normalised rate: that is what this does.
   */
  arrivals(count: number, start: number, span: number, slotWeights: ArrayLike<number>): Float64Array {
    const out = new Float64Array(count);
    const slot = span / slotWeights.length;
    for (let i = 0; i < count; i++) out[i] = start + (this.weightedIndex(slotWeights) + this.next()) * slot;
    return out.sort();
  }
}
