/**
 * Demo phone calls: a queue simulated hour by hour with the Erlang C model.
 *
 * Why Erlang C: it is how contact centres plan staff, so waits behave as in a real centre: fine
 * while agents have slack, then sharply worse when the calls per hour approach what the agents
 * can take (an understaffed Monday, a bad week). The rota is planned on the expected volume;
 * scenarios then change staffing or volume without telling the planner. Callers hang up when the
 * hold exceeds their patience (exponential, ~2 min), a few already during the greeting or the
 * IVR menu; each call records the stage at which it was abandoned.
 *
 * Promises: queued_at < answered_at < ended_at for answered calls; abandoned calls have no
 * answer, an end time and a stage; everything is before `end`. Returns the cost of each day's
 * calls too, for the telephony line of the costs.
 */
import { TableBuilder } from '../columns/builder';
import type { ColumnTable } from '../columns/table';
import type { CustomerPool } from './customers';
import { fieldsWithout, idOf, sequentialIds, withColumns } from './ids';
import { type DayPlan, localInstant, openSpan } from './days';
import type { Rng } from './random';
import type { SurveySink } from './sinks';
import { AGENTS, COMMENTS_BAD, COMMENTS_GOOD, HOURLY_WEIGHTS, QUEUES, openHours } from './world';

const SEC = 1000;
const HOUR = 3_600_000;

/** Average inbound calls on an average open day (≈ 19 k a year). */
export const CALLS_PER_DAY = 62;
/** Mean seconds an agent is busy per call (talk + wrap-up), for the staffing plan. */
const HANDLE_SECONDS = 330;
/** The rota aims at this occupancy (erlangs per agent). */
const TARGET_OCCUPANCY = 0.35;
const MEAN_PATIENCE = 240;
const TALK_MEDIAN = 250;
const QUEUE_TALK = [1, 1.15, 1.3];
/** Arrivals are uniform within an hour. */
const FLAT = [1];

export interface CallsResult {
  readonly table: ColumnTable;
  /** Sum of call costs per day (index = day number). */
  readonly costByDay: Float64Array;
}

interface Context {
  readonly rng: Rng;
  readonly plans: readonly DayPlan[];
  readonly customers: CustomerPool;
  readonly end: number;
  readonly surveys: SurveySink;
}

export function generateCalls(ctx: Context): CallsResult {
  const { rng, plans, customers, end } = ctx;
  const out = new TableBuilder('calls', fieldsWithout('calls', 'call_id'), 32768);
  const costByDay = new Float64Array(plans.length);
  const queueWeights = QUEUES.map((q) => q.weight);
  const phoneWeights = QUEUES.map((q) => AGENTS.map((a) => (a.phone && a.team === q.team ? a.load : 0)));

  for (const day of plans) {
    const hours = openHours(day.weekday);
    const span = openSpan(day);
    if (!hours || !span) continue;
    let hourWeightSum = 0;
    for (let h = hours[0]; h < hours[1]; h++) hourWeightSum += HOURLY_WEIGHTS[h];
    // Calls rise less than tickets in a surge (people write when they cannot get through), and
    // no forecast is exact: some days bring 10–20 % more calls than the rota was planned for.
    const volume = Math.sqrt(day.demand / day.plannedDemand) * rng.lognormal(1, 0.1);
    for (let h = hours[0]; h < hours[1]; h++) {
      const share = HOURLY_WEIGHTS[h] / hourWeightSum;
      const plannedCalls = CALLS_PER_DAY * day.plannedDemand * share;
      const plannedErlangs = (plannedCalls * HANDLE_SECONDS) / 3600;
      const planned = Math.max(2, Math.ceil(plannedErlangs / TARGET_OCCUPANCY));
      const agents = Math.max(1, Math.round(planned * day.phoneStaff));
      const expectedCalls = plannedCalls * volume;
      const erlangs = (expectedCalls * HANDLE_SECONDS) / 3600;
      const pWait = erlangC(agents, erlangs);
      // Mean hold of those who wait: Erlang C's HANDLE/(N − A); overload grows it until patience decides.
      const meanHold =
        erlangs < agents * 0.97
          ? HANDLE_SECONDS / (agents - erlangs)
          : Math.min(1800, HANDLE_SECONDS * 6 * (erlangs / agents));
      const hourStart = localInstant(day, h * HOUR);
      const hourEnd = Math.min(span[1], localInstant(day, (h + 1) * HOUR));
      if (!(hourEnd > hourStart)) continue;
      const arrivals = rng.arrivals(rng.poisson(expectedCalls), hourStart, hourEnd - hourStart, FLAT);
      for (let k = 0; k < arrivals.length; k++) {
        const queued = Math.floor(arrivals[k] / SEC) * SEC;
        const queueIndex = rng.weightedIndex(queueWeights);
        const queue = QUEUES[queueIndex];
        const customer = customers.pick(queued);
        const outbound = rng.chance(0.04);
        const greeting = 4;
        const ivr = rng.chance(0.55) ? rng.uniform(6, 14) : 0;
        const hold = outbound ? 0 : rng.chance(pWait) ? rng.exponential(meanHold) : 0;
        const patience = rng.exponential(MEAN_PATIENCE);
        let stage = '';
        let abandonAfter = NaN;
        if (!outbound) {
          if (rng.chance(0.006)) [stage, abandonAfter] = ['greeting', rng.uniform(1, greeting)];
          else if (ivr > 0 && rng.chance(0.02)) [stage, abandonAfter] = ['ivr', greeting + rng.uniform(1, ivr)];
          else if (hold > patience) [stage, abandonAfter] = ['hold', greeting + ivr + patience];
        }
        const abandoned = stage !== '';
        const agent = AGENTS[rng.weightedIndex(phoneWeights[queueIndex])];
        const wait = outbound ? rng.uniform(6, 20) : greeting + ivr + hold;
        const answered = abandoned ? NaN : queued + Math.round(wait) * SEC;
        const talk = rng.lognormal(
          TALK_MEDIAN * Math.sqrt(agent.speed) * QUEUE_TALK[queueIndex] * Math.sqrt(day.slowdown),
          0.55
        );
        const ended = abandoned ? queued + Math.round(abandonAfter) * SEC : answered + Math.round(talk) * SEC;
        if (ended >= end) continue; // still in progress at the moment of the export
        // Agents rushing through a queue they cannot keep up with fix less on the first call.
        const rushed = agents < planned ? 0.85 : 1;
        const resolved = abandoned ? 0 : rng.chance(0.76 * agent.quality * rushed * (hold > 300 ? 0.9 : 1)) ? 1 : 0;
        const cost = Math.round((((ended - queued) / 60_000) * 0.04 + 0.08) * 100) / 100;
        costByDay[day.no] += cost;
        const callId = idOf('CL-', 1000001, out.length);
        if (abandoned || wait > 180) customers.bad(customer);

        let csat = NaN;
        if (!abandoned && !outbound && rng.chance(0.2)) {
          const respondedAt = ended + Math.round(rng.uniform(30, 600)) * SEC;
          if (respondedAt < end) {
            const mean =
              4.6 + 1.5 * (agent.quality - 1) - 0.7 * Math.max(0, Math.log(wait / 20)) - (resolved ? 0 : 1.1);
            csat = Math.min(5, Math.max(1, Math.round(rng.normal(mean, 0.8))));
            if (csat <= 2) customers.bad(customer);
            ctx.surveys.add({
              respondedAt,
              score: csat,
              scaleMin: 1,
              scaleMax: 5,
              callId,
              channel: 'phone',
              agent: agent.name,
              team: agent.team,
              comment: rng.chance(csat <= 2 ? 0.35 : 0.1)
                ? rng.pick(csat <= 2 ? COMMENTS_BAD : COMMENTS_GOOD)
                : undefined
            });
          }
        }

        out.numeric('queued_at').push(queued);
        out.numeric('answered_at').push(answered);
        out.numeric('ended_at').push(ended);
        out.numeric('abandoned').push(abandoned ? 1 : 0);
        out.text('abandon_stage').push(stage);
        out.text('direction').push(outbound ? 'out' : 'in');
        out.text('agent').push(abandoned ? '' : agent.name);
        out.text('queue').push(queue.name);
        out.text('team').push(queue.team);
        out.numeric('resolved').push(resolved);
        out.text('customer_id').push(customers.ids[customer]);
        out.numeric('cost').push(cost);
        out.numeric('csat').push(csat);
        out.endRow();
      }
    }
  }
  return { table: withColumns(out.finish(), { call_id: sequentialIds('CL-', 1000001, out.length) }), costByDay };
}

/**
 * Erlang C: probability that a call waits, with `n` agents and `a` erlangs offered (1 when the
 * agents cannot keep up). Via the Erlang B recursion, which is numerically stable.
 */
export function erlangC(n: number, a: number): number {
  if (a <= 0) return 0;
  if (a >= n) return 1;
  let b = 1;
  for (let k = 1; k <= n; k++) b = (a * b) / (k + a * b);
  return (n * b) / (n - a * (1 - b));
}
