/**
 * Erlang C (M/M/N: Poisson arrivals, exponential handle times, N agents, callers wait as long
 * as it takes): the probability of waiting, the service level, the average speed of answer,
 * and the fewest agents that reach a service-level target.
 *
 * Computed through the Erlang B recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), which
 * never forms A^N or N! (they overflow doubles from N ≈ 170 on) and stays accurate for any
 * load: C = N·B / (N − A·(1 − B)).
 *
 * Units: load `a` in Erlangs (arrival rate × mean handle time), times in seconds.
 */

/** Erlang B: the probability that all `n` servers are busy with load `a` and no queue. */
export function erlangB(n: number, a: number): number {
  if (!(a >= 0) || !Number.isInteger(n) || n < 0) return NaN;
  let b = 1;
  for (let k = 1; k <= n; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Erlang C: the probability that a caller has to wait; 1 when `n ≤ a` (the queue grows without end). */
export function erlangC(n: number, a: number): number {
  if (!(a >= 0) || !Number.isInteger(n) || n < 0) return NaN;
  if (a === 0) return 0;
  if (n <= a) return 1;
  const b = erlangB(n, a);
  return (n * b) / (n - a * (1 - b));
}

/** Share of callers answered within `t` seconds: 1 − C·e^(−(N − A)·t / AHT). */
export function serviceLevel(n: number, a: number, ahtSeconds: number, t: number): number {
  if (a === 0) return 1;
  if (n <= a) return 0;
  return 1 - erlangC(n, a) * Math.exp((-(n - a) * t) / ahtSeconds);
}

/** Average speed of answer (mean wait of all callers), seconds: C·AHT / (N − A). */
export function averageSpeedOfAnswer(n: number, a: number, ahtSeconds: number): number {
  if (a === 0) return 0;
  if (n <= a) return Infinity;
  return (erlangC(n, a) * ahtSeconds) / (n - a);
}

/** The load of `callsPerHour` calls of mean handle time `ahtSeconds`, in Erlangs. */
export function load(callsPerHour: number, ahtSeconds: number): number {
  return (callsPerHour * ahtSeconds) / 3600;
}

/**
 * The fewest agents whose service level (share answered within `t` s) reaches `target`
 * (0–1); 0 when there are no calls. Searched upwards from ⌊A⌋ + 1, the first stable staffing.
 */
export function agentsForServiceLevel(a: number, ahtSeconds: number, t: number, target: number): number {
  if (!(a > 0)) return 0;
  for (let n = Math.floor(a) + 1; n < a + 10_000; n++) if (serviceLevel(n, a, ahtSeconds, t) >= target) return n;
  return NaN;
}

/** The fewest agents whose probability of waiting is at most `p` (0–1). */
export function agentsForWaitProbability(a: number, p: number): number {
  if (!(a > 0)) return 0;
  for (let n = Math.floor(a) + 1; n < a + 10_000; n++) if (erlangC(n, a) <= p) return n;
  return NaN;
}
