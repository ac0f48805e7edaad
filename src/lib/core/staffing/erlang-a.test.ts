/**
 * Erlang A against Erlang C (patience without end is Erlang C), against a seeded simulation of
 * the M/M/N+M queue, and against the plain facts of abandonment.
 */
import { describe, expect, it } from 'vitest';
import { agentsForServiceLevel, erlangC, serviceLevel } from './erlang';
import { agentsForServiceLevelA, erlangA } from './erlang-a';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** First-come-first-served N agents, exponential everything; share answered within t. */
function simulate(n: number, lambda: number, aht: number, patience: number, t: number, calls: number, seed: number) {
  const r = rng(seed);
  const exp = (mean: number) => -Math.log(1 - r()) * mean;
  const free = new Float64Array(n); // when each agent is next free
  let clock = 0;
  let within = 0;
  let abandoned = 0;
  // With FCFS and patience, a caller is answered at the earliest agent-free time if it comes
  // before their patience runs out; agents serve callers in arrival order.
  for (let c = 0; c < calls; c++) {
    clock += exp(1 / lambda);
    let k = 0;
    for (let j = 1; j < n; j++) if (free[j] < free[k]) k = j;
    const start = Math.max(clock, free[k]);
    const gaveUp = clock + exp(patience);
    if (start > gaveUp) {
      abandoned++;
      continue;
    }
    if (start - clock <= t) within++;
    free[k] = start + exp(aht);
  }
  return { serviceLevel: within / calls, abandonment: abandoned / calls };
}

describe('Erlang A', () => {
  it('tends to Erlang C as patience grows', () => {
    const lambda = 100 / 1800;
    const a = lambda * 180;
    const x = erlangA(14, lambda, 180, 1e9, 20);
    expect(x.serviceLevel).toBeCloseTo(serviceLevel(14, a, 180, 20), 5);
    expect(x.waitProbability).toBeCloseTo(erlangC(14, a), 5);
    expect(x.abandonment).toBeLessThan(1e-5);
  });

  it('agrees with a simulation of the queue', () => {
    for (const [n, perHour, aht, patience] of [
      [8, 150, 180, 60],
      [12, 240, 170, 120],
      [5, 150, 150, 45]
    ]) {
      const lambda = perHour / 3600;
      const model = erlangA(n, lambda, aht, patience, 20);
      const sim = simulate(n, lambda, aht, patience, 20, 200_000, n * 7919);
      expect(Math.abs(model.serviceLevel - sim.serviceLevel), `SL n=${n}`).toBeLessThan(0.01);
      expect(Math.abs(model.abandonment - sim.abandonment), `abandon n=${n}`).toBeLessThan(0.01);
    }
  });

  it('stays stable with fewer agents than the load, and needs no more agents than Erlang C', () => {
    const lambda = 300 / 3600;
    const x = erlangA(10, lambda, 180, 60, 20); // 15 Erlangs on 10 agents
    expect(x.serviceLevel).toBeGreaterThan(0);
    expect(x.abandonment).toBeGreaterThan(0.2);
    const needA = agentsForServiceLevelA(lambda, 180, 90, 20, 0.8);
    const needC = agentsForServiceLevel(lambda * 180, 180, 20, 0.8);
    expect(needA).toBeLessThanOrEqual(needC);
    expect(erlangA(needA, lambda, 180, 90, 20).serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangA(needA - 1, lambda, 180, 90, 20).serviceLevel).toBeLessThan(0.8);
    expect(agentsForServiceLevelA(0, 180, 90, 20, 0.8)).toBe(0);
  });
});
