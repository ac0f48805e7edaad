/**
 * Team KPIs not covered elsewhere: requests closed per agent (calls per agent-day lives with the
 * call KPIs, agent first response time with the speed KPIs). Closed counts are shown beside each
 * agent's CSAT by the UI (seed 003 #20), so this result carries only the counts.
 */
import { breakdownRows } from '../aggregate';
import { text } from '../columns';
import type { Ctx } from '../context';
import { result, unavailable } from '../result';
import type { KpiResult } from '../types';
import { bucketOf, resolvedRows } from './common';
import { pick, picking } from '../pick';

/** Resolved tickets with an agent / agents who resolved any, in the period; breakdown per agent. */
export function closedPerAgent(ctx: Ctx): KpiResult {
  const id = 'closed_per_agent';
  const t = ctx.data.tickets;
  const agent = text(t, 'agent');
  const rr = resolvedRows(ctx);
  if (!t || !agent || !rr)
    return unavailable(id, [...(agent ? [] : ['tickets.agent']), ...(rr ? [] : ['tickets.resolved_at'])]);
  const nA = agent.dict.length;
  const nB = ctx.buckets.keys.length;
  const tr = ctx.trend('tickets', rr.trendKey, rr.at)!;
  const perAgent = new Float64Array(nA);
  const bCount = new Float64Array(nB);
  const bAgents = new Float64Array(nB);
  const seen = new Uint8Array(nB * nA <= 20_000_000 ? nB * nA : 0);
  let closed = 0;
  // Drill-down only: per view row 1 = a closed ticket with an agent (the count), NaN = not counted.
  const sel = picking(ctx) ? new Float64Array(rr.rows.cur.length).fill(NaN) : null;
  for (let j = 0; j < rr.rows.cur.length; j++) {
    const i = rr.rows.cur[j];
    const a = agent.codes[i];
    if (a === 0) continue;
    closed++;
    if (sel !== null) sel[j] = 1;
    perAgent[a]++;
    const b = bucketOf(tr, i);
    if (b >= 0) {
      bCount[b]++;
      if (seen.length && !seen[b * nA + a]) {
        seen[b * nA + a] = 1;
        bAgents[b]++;
      }
    }
  }
  if (sel !== null)
    pick(ctx, {
      kind: 'tickets',
      rows: rr.rows.cur,
      vals: sel,
      numerator: 'none',
      groups: [{ name: 'agent', codes: agent.codes, keys: agent.dict }]
    });
  let agents = 0;
  for (let a = 1; a < nA; a++) if (perAgent[a] > 0) agents++;
  const prevAgent = new Float64Array(nA);
  let prevClosed = 0;
  for (let j = 0; j < rr.rows.prev.length; j++) {
    const i = rr.rows.prev[j];
    const a = agent.codes[i];
    if (a === 0) continue;
    prevClosed++;
    prevAgent[a]++;
  }
  let prevAgents = 0;
  for (let a = 1; a < nA; a++) if (prevAgent[a] > 0) prevAgents++;
  const per = (x: number, d: number) => (d > 0 ? x / d : null);
  return result(
    id,
    {
      value: per(closed, agents),
      n: closed,
      trend: ctx.buckets.keys.map((start, b) => ({
        start,
        value: seen.length ? per(bCount[b], bAgents[b]) : null,
        n: bCount[b]
      })),
      breakdowns: { agent: breakdownRows(agent.dict, perAgent, perAgent, (x) => x) }
    },
    { value: per(prevClosed, prevAgents), n: prevClosed },
    { notes: [...rr.notes, `${agents} agents`] }
  );
}
