/**
 * What the phone queue asked of the team, per hour of the week, from the calls of a view:
 * arrivals per hour (inbound calls queued in that hour ÷ how often that hour occurs in the
 * period), mean handle time (talk time of answered calls), and how many distinct agents
 * answered calls in that hour on average — plus the callers' mean patience for Erlang A
 * (total time waited by all callers ÷ calls abandoned, the standard estimator for exponential
 * patience; it needs the hang-up time of abandoned calls).
 *
 * The calls are the view's, with its filters (../engine/context.ts), attributed by queued_at
 * in the workspace zone like every call KPI.
 */
import { hourOfWeek, localDay } from '../engine/buckets';
import { num, numFilled, text } from '../engine/columns';
import { Ctx } from '../engine/context';
import { abandoned, inbound } from '../engine/derived/calls';
import { dataSpan } from '../engine';
import type { Dataset, Settings, View } from '../engine/types';
import { previousPeriod, resolveView } from '../time/calendar';
import { dayIndexOfKey } from '../time/local-clock';

export interface DemandSlot {
  /** Hour of the week: weekday (0 = Sunday) × 24 + hour, as the engine's heat map. */
  readonly slot: number;
  /** How many times this hour of the week occurs in the period. */
  readonly occurrences: number;
  /** Inbound calls queued in this hour, in all its occurrences. */
  readonly offered: number;
  /** Mean calls per occurrence (per hour). */
  readonly callsPerHour: number;
  /** Mean talk time of the answered ones, seconds; null when none was answered with an end time. */
  readonly ahtSeconds: number | null;
  /** Mean number of distinct agents who answered calls in one occurrence; null when calls name no agent. */
  readonly agentsAnswering: number | null;
}

export interface Demand {
  readonly available: boolean;
  readonly missing: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly weeks: number;
  readonly slots: readonly DemandSlot[];
  /** Mean patience (s) for Erlang A; null when the data cannot tell (no hang-up times, no abandons). */
  readonly patienceSeconds: number | null;
  /** Mean talk time over the whole view, for hours with too few answered calls of their own. */
  readonly overallAhtSeconds: number | null;
  readonly offered: number;
  readonly abandoned: number;
}

const EMPTY_SLOTS: DemandSlot[] = [];

export function demandOf(data: Dataset, view: View, settings: Settings, now: number): Demand {
  const span = dataSpan(data);
  const rv = resolveView(view, settings.timeZone, span.start, span.end, now);
  const prev = previousPeriod(rv, settings.timeZone);
  const ctx = new Ctx(data, rv, { start: prev.start, end: prev.end }, settings, now);
  const c = data.calls;
  const queued = num(c, 'queued_at');
  const answered = numFilled(c, 'answered_at');
  const ended = numFilled(c, 'ended_at');
  const missing = [
    ...(c ? [] : ['calls.queued_at']),
    ...(answered ? [] : ['calls.answered_at']),
    ...(ended ? [] : ['calls.ended_at'])
  ];
  const base = {
    from: rv.from,
    to: rv.to,
    weeks: 0,
    slots: EMPTY_SLOTS,
    patienceSeconds: null,
    overallAhtSeconds: null,
    offered: 0,
    abandoned: 0
  };
  if (!c || !queued || !answered || !ended) return { ...base, available: false, missing };
  const r = ctx.rows('calls', 'queued_at')!;
  const inb = inbound(c);
  const ab = abandoned(c);
  const how = hourOfWeek(c, 'queued_at', settings.timeZone);
  const day = localDay(c, 'queued_at', settings.timeZone);
  const agent = text(c, 'agent');
  // How often each hour of the week occurs in the period (local days × 24 hours).
  const occurrences = new Float64Array(168);
  const first = dayIndexOfKey(rv.from);
  const last = dayIndexOfKey(rv.to);
  for (let d = first; d <= last; d++) {
    const weekday = (((d + 4) % 7) + 7) % 7;
    for (let h = 0; h < 24; h++) occurrences[weekday * 24 + h]++;
  }
  const offered = new Float64Array(168);
  const talkSum = new Float64Array(168);
  const talkN = new Float64Array(168);
  // Distinct (local hour instance, agent) pairs answering, counted per slot.
  const seen = new Set<number>();
  const agentHours = new Float64Array(168);
  let waitSum = 0;
  let abandons = 0;
  let allTalk = 0;
  let allTalkN = 0;
  let offeredAll = 0;
  const nAgents = agent ? agent.dict.length : 0;
  for (let j = 0; j < r.cur.length; j++) {
    const i = r.cur[j];
    if (!inb[i] || how[i] >= 168) continue;
    const s = how[i];
    offered[s]++;
    offeredAll++;
    const q = queued[i];
    const isAbandoned = ab !== null && ab[i] === 1;
    if (isAbandoned) {
      abandons++;
      if (ended[i] === ended[i] && ended[i] >= q) waitSum += (ended[i] - q) / 1000;
      continue;
    }
    const a = answered[i];
    if (a !== a || a < q) continue;
    waitSum += (a - q) / 1000;
    const e = ended[i];
    if (e === e && e >= a) {
      talkSum[s] += (e - a) / 1000;
      talkN[s]++;
      allTalk += (e - a) / 1000;
      allTalkN++;
    }
    if (agent && agent.codes[i] !== 0) {
      const key = (day[i] * 24 + (s % 24)) * nAgents + agent.codes[i];
      if (!seen.has(key)) {
        seen.add(key);
        agentHours[s]++;
      }
    }
  }
  const slots: DemandSlot[] = Array.from({ length: 168 }, (_, s) => ({
    slot: s,
    occurrences: occurrences[s],
    offered: offered[s],
    callsPerHour: occurrences[s] > 0 ? offered[s] / occurrences[s] : 0,
    ahtSeconds: talkN[s] > 0 ? talkSum[s] / talkN[s] : null,
    agentsAnswering: agent && occurrences[s] > 0 ? agentHours[s] / occurrences[s] : null
  }));
  return {
    available: true,
    missing: [],
    from: rv.from,
    to: rv.to,
    weeks: (last - first + 1) / 7,
    slots,
    // Exponential patience: the abandons per unit of waiting time is its rate.
    patienceSeconds: abandons > 0 && waitSum > 0 ? waitSum / abandons : null,
    overallAhtSeconds: allTalkN > 0 ? allTalk / allTalkN : null,
    offered: offeredAll,
    abandoned: abandons
  };
}
