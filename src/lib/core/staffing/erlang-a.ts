/**
 * Erlang A (M/M/N+M: as Erlang C, but each waiting caller hangs up after an exponential
 * patience of mean `patienceSeconds`), for queues whose callers do abandon. Erlang C then
 * overstates the agents needed: those who hang up free the queue for the others.
 *
 * Computed exactly on the birth–death chain of the number of callers in the system (states
 * beyond N leave at N·μ + (k − N)·θ), truncated where the stationary probabilities are below
 * 1e-14 of the total. A caller arriving to k ≥ N (PASTA) has q = k − N callers ahead; the
 * number ahead falls at rate N·μ + j·θ while j are ahead, and the caller's own patience runs
 * out at rate θ, so with ρ_j = N·μ + (j + 1)·θ:
 *
 *   P(answered within t | q ahead) = Π_{j=0..q} (ρ_j − θ)/ρ_j · P(Σ_{j=0..q} Exp(ρ_j) ≤ t),
 *
 * the second factor by uniformisation (a Poisson mixture of a discrete pure-death chain), which
 * needs no alternating sums and is stable for any q.
 *
 * The service level is the share of ALL callers answered within t (those who hang up count as
 * not answered in time), the same definition as the scorecard's service_level.
 */

export interface ErlangA {
  /** Share of all callers answered within t (0–1). */
  readonly serviceLevel: number;
  /** Share of callers who hang up before an agent answers. */
  readonly abandonment: number;
  /** Probability that an arriving caller has to wait. */
  readonly waitProbability: number;
}

export function erlangA(
  n: number,
  callsPerSecond: number,
  ahtSeconds: number,
  patienceSeconds: number,
  t: number
): ErlangA {
  const lambda = callsPerSecond;
  const mu = 1 / ahtSeconds;
  const theta = 1 / patienceSeconds;
  if (!(lambda > 0)) return { serviceLevel: 1, abandonment: 0, waitProbability: 0 };
  if (!(n >= 1) || !Number.isFinite(theta) || theta <= 0)
    return { serviceLevel: NaN, abandonment: NaN, waitProbability: NaN };
  // Unnormalised stationary probabilities, scaled as they go so nothing overflows.
  const p: number[] = [1];
  let total = 1;
  for (let k = 1; ; k++) {
    const out = k <= n ? k * mu : n * mu + (k - n) * theta;
    const next = (p[k - 1] * lambda) / out;
    p.push(next);
    total += next;
    if (total > 1e250) {
      for (let i = 0; i < p.length; i++) p[i] /= total;
      total = 1;
    }
    if (k > n && next < 1e-14 * total) break;
    if (k > n + 100_000) break;
  }
  let waiting = 0;
  for (let k = n; k < p.length; k++) waiting += p[k];
  const q = p.length - n; // largest number ahead that matters
  const answered = answeredWithin(n, mu, theta, t, q);
  let withinT = 0;
  let queuedAbandon = 0;
  for (let k = 0; k < p.length; k++) {
    if (k < n) {
      withinT += p[k];
      continue;
    }
    withinT += p[k] * answered.withinT[k - n];
    queuedAbandon += p[k] * (1 - answered.ever[k - n]);
  }
  return { serviceLevel: withinT / total, abandonment: queuedAbandon / total, waitProbability: waiting / total };
}

/**
 * For q = 0…qMax callers ahead: the probability of being answered at all, and within t.
 */
function answeredWithin(n: number, mu: number, theta: number, t: number, qMax: number) {
  const rho = Array.from({ length: qMax + 1 }, (_, j) => n * mu + (j + 1) * theta);
  // Π of the chances to advance before hanging up, for each start.
  const ever = new Float64Array(qMax + 1);
  let prod = 1;
  for (let j = 0; j <= qMax; j++) {
    prod *= (rho[j] - theta) / rho[j];
    ever[j] = prod;
  }
  // P(Σ_{j=0..q} Exp(ρ_j) ≤ t) for every q at once: uniformise at Λ = max ρ; f[j] = P(from
  // phase j, done after m steps), phases run j → j−1 → … → 0 → done.
  const big = rho[qMax];
  const x = big * t;
  const stay = rho.map((r) => 1 - r / big);
  let f = new Float64Array(qMax + 1); // after 0 steps nobody is done
  const cdf = new Float64Array(qMax + 1);
  // Poisson weights by recursion in log space; sum until the tail is negligible.
  const mMax = Math.ceil(x + 12 * Math.sqrt(x + 1) + 30);
  let logW = -x; // m = 0
  for (let m = 1; m <= mMax; m++) {
    const g = new Float64Array(qMax + 1);
    for (let j = 0; j <= qMax; j++) g[j] = stay[j] * f[j] + (1 - stay[j]) * (j === 0 ? 1 : f[j - 1]);
    f = g;
    logW += Math.log(x) - Math.log(m);
    const w = Math.exp(logW);
    if (w > 0) for (let j = 0; j <= qMax; j++) cdf[j] += w * f[j];
  }
  const withinT = Float64Array.from(cdf, (c, j) => Math.min(1, c) * ever[j]);
  return { ever, withinT };
}

/** The fewest agents whose Erlang A service level reaches `target` (0–1). */
export function agentsForServiceLevelA(
  callsPerSecond: number,
  ahtSeconds: number,
  patienceSeconds: number,
  t: number,
  target: number
): number {
  if (!(callsPerSecond > 0)) return 0;
  const a = callsPerSecond * ahtSeconds;
  // Abandonment keeps the queue stable even below A agents: start low, but never at 0.
  for (let n = Math.max(1, Math.floor(a * 0.5)); n < a + 10_000; n++)
    if (erlangA(n, callsPerSecond, ahtSeconds, patienceSeconds, t).serviceLevel >= target) return n;
  return NaN;
}
