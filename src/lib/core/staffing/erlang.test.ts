/**
 * Erlang C against published worked examples and exact values, and against the textbook
 * formula evaluated independently (log-space factorials) over a grid of loads.
 */
import { describe, expect, it } from 'vitest';
import {
  agentsForServiceLevel,
  agentsForWaitProbability,
  averageSpeedOfAnswer,
  erlangB,
  erlangC,
  load,
  serviceLevel
} from './erlang';

/** C(N, A) straight from its definition, in log space (independent of the recursion). */
function referenceC(n: number, a: number): number {
  const logTerm = (k: number) => k * Math.log(a) - lgammaInt(k + 1);
  const top = logTerm(n) + Math.log(n / (n - a));
  let max = top;
  for (let k = 0; k < n; k++) max = Math.max(max, logTerm(k));
  let sum = Math.exp(top - max);
  for (let k = 0; k < n; k++) sum += Math.exp(logTerm(k) - max);
  return Math.exp(top - max) / sum;
}
function lgammaInt(m: number): number {
  let s = 0;
  for (let k = 2; k < m; k++) s += Math.log(k);
  return s;
}

describe('Erlang C', () => {
  it('gives the exact small cases', () => {
    // M/M/1: the probability of waiting is the utilisation.
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 12);
    // B(3, 2) = (8/6) / (1 + 2 + 2 + 8/6) = 4/19; C(3, 2) = 4/9.
    expect(erlangB(3, 2)).toBeCloseTo(4 / 19, 12);
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 12);
    expect(erlangC(5, 5)).toBe(1);
    expect(serviceLevel(5, 6, 180, 20)).toBe(0);
    expect(erlangC(4, 0)).toBe(0);
  });

  it('matches the Mitan "Erlang-C formula" worked example (360 calls per half hour, 4 min, 55 agents, 15 s)', () => {
    // Traffic 48 Erlangs, occupancy 0.873; published: probability of waiting 24 %, average
    // speed of answer 8.2 s, 84.6 % answered within 15 s.
    const a = load(720, 240);
    expect(a).toBe(48);
    expect(erlangC(55, a)).toBeCloseTo(0.2387, 4);
    expect(averageSpeedOfAnswer(55, a, 240)).toBeCloseTo(8.2, 1);
    expect(serviceLevel(55, a, 240, 15)).toBeCloseTo(0.846, 3);
  });

  it('matches the Call Centre Helper example (100 calls per 30 min, AHT 180 s, 80 % in 20 s → 14 agents)', () => {
    const a = load(200, 180);
    expect(a).toBe(10);
    expect(agentsForServiceLevel(a, 180, 20, 0.8)).toBe(14);
    expect(serviceLevel(13, a, 180, 20)).toBeLessThan(0.8);
    expect(serviceLevel(14, a, 180, 20)).toBeCloseTo(0.888, 3);
  });

  it('matches the Erlang C calculator example of 600 calls an hour of 120 s (20 Erlangs)', () => {
    // personal.telefonica.terra.es/web/vr/erlang/eng/mcerlc.htm: 26 agents for a 15 % delay
    // probability, about 3 s average delay; 30 agents bring the delay probability to 2.5 %.
    const a = load(600, 120);
    expect(agentsForWaitProbability(a, 0.15)).toBe(26);
    expect(averageSpeedOfAnswer(26, a, 120)).toBeCloseTo(2.9, 1);
    expect(erlangC(30, a)).toBeCloseTo(0.025, 3);
  });

  it('the 360 calls per half hour of 2 minutes (24 Erlangs) need 28 agents for 80 % in 20 s', () => {
    const a = load(720, 120);
    expect(a).toBe(24);
    expect(agentsForServiceLevel(a, 120, 20, 0.8)).toBe(28);
    expect(serviceLevel(27, a, 120, 20)).toBeLessThan(0.8);
    expect(serviceLevel(28, a, 120, 20)).toBeGreaterThanOrEqual(0.8);
  });

  it('equals the textbook formula over a grid of loads, and stays finite where factorials overflow', () => {
    for (const a of [0.3, 1, 2.5, 7, 18, 48, 95.5, 150])
      for (const extra of [0.2, 1, 3, 10, 25]) {
        const n = Math.floor(a + extra) + 1;
        expect(erlangC(n, a)).toBeCloseTo(referenceC(n, a), 10);
      }
    // 500 Erlangs: 550! overflows a double; the recursion does not.
    const c = erlangC(550, 500);
    expect(Number.isFinite(c) && c > 0 && c < 1).toBe(true);
    expect(c).toBeCloseTo(referenceC(550, 500), 10);
    expect(agentsForServiceLevel(500, 180, 20, 0.8)).toBeGreaterThan(500);
  });

  it('needs more agents for a higher target and more calls, none for no calls', () => {
    expect(agentsForServiceLevel(0, 180, 20, 0.8)).toBe(0);
    expect(agentsForServiceLevel(10, 180, 20, 0.9)).toBeGreaterThanOrEqual(agentsForServiceLevel(10, 180, 20, 0.8));
    expect(agentsForServiceLevel(20, 180, 20, 0.8)).toBeGreaterThan(agentsForServiceLevel(10, 180, 20, 0.8));
  });
});
