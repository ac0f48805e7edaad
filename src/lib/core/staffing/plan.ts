/**
 * Agents needed per hour of the week for a service-level target, next to the agents who
 * answered: Erlang C on each hour's arrival rate and handle time, and Erlang A when the data
 * gives the callers' patience.
 */
import type { Demand } from './demand';
import { agentsForServiceLevel, load, serviceLevel } from './erlang';
import { agentsForServiceLevelA, erlangA } from './erlang-a';

/** Hours with fewer answered calls than this take the period's mean handle time (noted). */
export const MIN_CALLS_FOR_OWN_AHT = 10;

export interface PlanSlot {
  readonly slot: number;
  readonly callsPerHour: number;
  readonly ahtSeconds: number | null;
  /** True when the hour's own handle time rested on too few calls and the period's was used. */
  readonly ahtFromPeriod: boolean;
  readonly erlangs: number;
  readonly needC: number;
  /** Predicted share answered in time with `needC` agents (0–1). */
  readonly slC: number | null;
  readonly needA: number | null;
  readonly slA: number | null;
  readonly actual: number | null;
}

export interface Plan {
  readonly targetShare: number;
  readonly thresholdSeconds: number;
  readonly patienceSeconds: number | null;
  readonly slots: readonly PlanSlot[];
}

export function staffingPlan(d: Demand, targetShare: number, thresholdSeconds: number): Plan {
  const slots = d.slots.map((s) => {
    const ownAht = s.ahtSeconds !== null && s.offered >= MIN_CALLS_FOR_OWN_AHT;
    const aht = ownAht ? s.ahtSeconds : d.overallAhtSeconds;
    const a = aht ? load(s.callsPerHour, aht) : 0;
    const needC = aht && s.callsPerHour > 0 ? agentsForServiceLevel(a, aht, thresholdSeconds, targetShare) : 0;
    const lambda = s.callsPerHour / 3600;
    const needA =
      aht && d.patienceSeconds && s.callsPerHour > 0
        ? agentsForServiceLevelA(lambda, aht, d.patienceSeconds, thresholdSeconds, targetShare)
        : d.patienceSeconds && s.callsPerHour === 0
          ? 0
          : null;
    return {
      slot: s.slot,
      callsPerHour: s.callsPerHour,
      ahtSeconds: aht,
      ahtFromPeriod: !ownAht && aht !== null && s.callsPerHour > 0,
      erlangs: a,
      needC,
      slC: aht && needC > 0 ? serviceLevel(needC, a, aht, thresholdSeconds) : null,
      needA,
      slA:
        needA && aht && d.patienceSeconds
          ? erlangA(needA, lambda, aht, d.patienceSeconds, thresholdSeconds).serviceLevel
          : null,
      actual: s.agentsAnswering
    };
  });
  return { targetShare, thresholdSeconds, patienceSeconds: d.patienceSeconds, slots };
}
