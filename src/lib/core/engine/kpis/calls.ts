/**
 * Phone queue KPIs (kpi-catalog.md: service level, speed of answer, queue wait, talk time,
 * abandonment, calls per agent-day). Calls are attributed to a period by queued_at. Offered
 * calls are inbound ones (direction `in` or not given); talk time counts every answered call.
 * Negative waits or talk times (answered before queued, ended before answered) are excluded
 * and counted in `notes`.
 */
import type { KpiId } from '../../catalog';
import { aggregate, breakdownRows, headline } from '../aggregate';
import { cached } from '../cache';
import { hourOfWeekCells, localDay, sharedClock } from '../buckets';
import { UNKNOWN, num, numFilled, text } from '../columns';
import type { ColumnTable } from '../../columns/table';
import type { Ctx } from '../context';
import { abandoned, inbound } from '../derived/calls';
import { groupsOf, result, unavailable } from '../result';
import { daysBetween } from '../../time/calendar';
import type { KpiResult } from '../types';
import { CALL_GROUPS, bucketOf, calendarDurations, flagValues, negativeNote } from './common';
import { durationKpi, rowKpi } from './row-kpi';
import { pick, picking } from '../pick';

/** Inbound calls answered within settings.serviceLevelSeconds / inbound calls offered × 100. */
export function serviceLevel(ctx: Ctx): KpiResult {
  const id = 'service_level';
  const c = ctx.data.calls;
  const q = num(c, 'queued_at');
  const ans = numFilled(c, 'answered_at');
  const r = ctx.rows('calls', 'queued_at');
  if (!c || !q || !ans || !r) return unavailable(id, ['calls.answered_at']);
  const inb = inbound(c);
  const ab = abandoned(c)!;
  const limit = ctx.settings.serviceLevelSeconds * 1000;
  // Per call of the view: 1 within, 0 late or abandoned, NaN not offered / unknown.
  let negative = 0;
  const vals = (rows: Uint32Array, slot: string) => {
    const out = ctx.scratch(slot, rows.length);
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      const a = ans[i];
      if (!inb[i]) out[j] = NaN;
      else if (ab[i] === 1) out[j] = 0;
      else if (a !== a)
        out[j] = NaN; // reached an agent but no answer time: cannot tell
      else if (a < q[i]) {
        out[j] = NaN;
        if (slot === 'a') negative++;
      } else out[j] = a - q[i] <= limit ? 1 : 0;
    }
    return out;
  };
  return rowKpi(ctx, id, {
    stat: 'rate',
    rows: r,
    vals,
    trend: ctx.trend('calls', 'queued_at'),
    groups: groupsOf(c, ['queue', 'team']),
    notes: () => [
      `threshold ${ctx.settings.serviceLevelSeconds} s`,
      negativeNote(negative, 'calls answered before they were queued')
    ]
  });
}

/** 1 per call that is not an answered inbound call (outbound or abandoned), cached per table. */
function notAnsweredInbound(c: ColumnTable): Uint8Array {
  return cached(c, 'skip:not-answered-inbound', () => {
    const inb = inbound(c);
    const ab = abandoned(c)!;
    const out = new Uint8Array(c.length);
    for (let i = 0; i < out.length; i++) out[i] = !inb[i] || ab[i] === 1 ? 1 : 0;
    return out;
  });
}

/** 1 per abandoned call (no talk time), cached per table. */
function isAbandoned(c: ColumnTable): Uint8Array {
  return cached(c, 'skip:abandoned', () => {
    const ab = abandoned(c)!;
    const out = new Uint8Array(c.length);
    for (let i = 0; i < out.length; i++) out[i] = ab[i] === 1 ? 1 : 0;
    return out;
  });
}

/** Rows of answered inbound calls only (others read as NaN). */
function answeredInbound(ctx: Ctx, rows: Uint32Array, slot: string, from: Float64Array, to: Float64Array) {
  const skip = notAnsweredInbound(ctx.data.calls!);
  return calendarDurations(rows, from, to, skip, ctx.scratch(slot, rows.length));
}

export function avgSpeedOfAnswer(ctx: Ctx): KpiResult {
  const id = 'avg_speed_of_answer';
  const c = ctx.data.calls;
  const q = num(c, 'queued_at');
  const ans = numFilled(c, 'answered_at');
  const r = ctx.rows('calls', 'queued_at');
  if (!c || !q || !ans || !r) return unavailable(id, ['calls.answered_at']);
  return durationKpi(ctx, id, {
    rows: r,
    durations: (rows, slot) => answeredInbound(ctx, rows, slot, q, ans),
    trend: ctx.trend('calls', 'queued_at'),
    groups: groupsOf(c, CALL_GROUPS),
    notes: (negative) => [negativeNote(negative, 'calls answered before they were queued')]
  });
}

/** Longest wait before reaching an agent (answered) or hanging up (abandoned, needs ended_at). */
export function maxQueueWait(ctx: Ctx): KpiResult {
  const id = 'max_queue_wait';
  const c = ctx.data.calls;
  const q = num(c, 'queued_at');
  const ans = numFilled(c, 'answered_at');
  const end = numFilled(c, 'ended_at');
  const r = ctx.rows('calls', 'queued_at');
  if (!c || !q || (!ans && !end) || !r) return unavailable(id, ['calls.answered_at', 'calls.ended_at']);
  const inb = inbound(c);
  // Null when neither `abandoned` nor answered_at has a value (only ended_at): then unknown.
  const ab = abandoned(c);
  let negative = 0;
  const vals = (rows: Uint32Array, slot: string) => {
    const out = ctx.scratch(slot, rows.length);
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      const stop = ab !== null && ab[i] === 1 ? (end ? end[i] : NaN) : ans ? ans[i] : NaN;
      if (!inb[i] || stop !== stop) out[j] = NaN;
      else if (stop < q[i]) {
        out[j] = NaN;
        if (slot === 'a') negative++;
      } else out[j] = (stop - q[i]) / 1000;
    }
    return out;
  };
  return rowKpi(ctx, id, {
    stat: 'max',
    rows: r,
    vals,
    trend: ctx.trend('calls', 'queued_at'),
    groups: groupsOf(c, ['queue', 'team']),
    notes: () => [negativeNote(negative, 'calls with an end before their queue time')]
  });
}

function talk(ctx: Ctx, id: KpiId, stat: 'mean' | 'max'): KpiResult {
  const c = ctx.data.calls;
  const ans = numFilled(c, 'answered_at');
  const end = numFilled(c, 'ended_at');
  const r = ctx.rows('calls', 'queued_at');
  const missing = [...(ans ? [] : ['calls.answered_at']), ...(end ? [] : ['calls.ended_at'])];
  if (!c || !ans || !end || !r) return unavailable(id, missing);
  const skip = isAbandoned(c);
  return durationKpi(ctx, id, {
    stat,
    rows: r,
    durations: (rows, slot) => calendarDurations(rows, ans, end, skip, ctx.scratch(slot, rows.length)),
    trend: ctx.trend('calls', 'queued_at'),
    groups: groupsOf(c, CALL_GROUPS),
    notes: (negative) => [negativeNote(negative, 'calls that ended before they were answered')]
  });
}

export const avgTalkTime = (ctx: Ctx) => talk(ctx, 'avg_talk_time', 'mean');
export const maxTalkTime = (ctx: Ctx) => talk(ctx, 'max_talk_time', 'max');

/**
 * Inbound calls abandoned / offered × 100, with breakdowns by hour of week, weekday, hour,
 * queue and team (each the rate within that cell) and `abandon_stage` (abandoned at that stage /
 * all offered × 100, so the stages add up to the headline rate).
 */
export function abandonmentRate(ctx: Ctx): KpiResult {
  const id = 'abandonment_rate';
  const c = ctx.data.calls;
  const ab = c ? abandoned(c) : null;
  const r = ctx.rows('calls', 'queued_at');
  if (!c || !ab || !r) return unavailable(id, ['calls.abandoned', 'calls.answered_at']);
  const inb = inbound(c);
  const full = cached(c, 'abandoned-inbound', () => {
    const out = new Uint8Array(c.length);
    for (let i = 0; i < out.length; i++) out[i] = inb[i] ? ab[i] : UNKNOWN;
    return out;
  });
  const vals = (rows: Uint32Array, slot: string) => flagValues(ctx, rows, full, slot);
  const cur = vals(r.cur, 'a');
  const groups = [hourOfWeekCells(c, 'queued_at', ctx.tz), ...groupsOf(c, ['queue', 'team'])];
  const stage = text(c, 'abandon_stage');
  if (picking(ctx))
    pick(ctx, {
      kind: 'calls',
      rows: r.cur,
      vals: cur,
      numerator: 'ones',
      groups: [...groups, ...(stage ? [{ name: 'abandon_stage', codes: stage.codes, keys: stage.dict }] : [])]
    });
  const agg = aggregate({ stat: 'rate', rows: r.cur, vals: cur, trend: ctx.trend('calls', 'queued_at'), groups });
  if (stage) {
    const counts = new Float64Array(stage.dict.length);
    for (let j = 0; j < r.cur.length; j++) if (cur[j] === 1) counts[stage.codes[r.cur[j]]]++;
    agg.breakdowns.abandon_stage = breakdownRows(stage.dict, counts, counts, (k) =>
      agg.n > 0 ? (k / agg.n) * 100 : null
    );
  }
  return result(id, agg, headline('rate', r.prev, vals(r.prev, 'b')));
}

/**
 * Handled calls (answered inbound calls with an agent) / agent-days, where an agent-day is a
 * local day on which that agent handled at least one call — the days each agent actually
 * worked, not calendar days × head count. Breakdown `agent`: each agent's calls per day worked.
 */
export function callsPerAgentDay(ctx: Ctx): KpiResult {
  const id = 'calls_per_agent_day';
  const c = ctx.data.calls;
  const agent = text(c, 'agent');
  const r = ctx.rows('calls', 'queued_at');
  if (!c || !agent || !r) return unavailable(id, ['calls.agent']);
  const inb = inbound(c);
  const ab = abandoned(c);
  const day = localDay(c, 'queued_at', ctx.tz);
  const clock = sharedClock(ctx.tz);
  const tr = ctx.trend('calls', 'queued_at')!;
  const nA = agent.dict.length;
  const nB = ctx.buckets.keys.length;
  const run = (rows: Uint32Array, start: number, end: number, trend: boolean) => {
    // Drill-down only: per view row 1 = a handled call (the count), NaN = not counted.
    const sel = trend && picking(ctx) ? new Float64Array(rows.length).fill(NaN) : null;
    const firstDay = clock.dayIndexOf(start);
    const nDays = daysBetween(start, end, ctx.tz) + 2;
    // One bit per (agent, day); a Set only if that table would be huge.
    const big = nA * nDays > 50_000_000;
    const seen = big ? null : new Uint8Array(nA * nDays);
    const seenSet = big ? new Set<number>() : null;
    const calls = new Float64Array(nA);
    const days = new Float64Array(nA);
    const bCalls = new Float64Array(nB);
    const bDays = new Float64Array(nB);
    let handled = 0;
    let agentDays = 0;
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      const a = agent.codes[i];
      if (a === 0 || !inb[i] || (ab && ab[i] === 1)) continue;
      const key = a * nDays + (day[i] - firstDay + 1);
      let fresh: boolean;
      if (seen) {
        fresh = seen[key] === 0;
        seen[key] = 1;
      } else {
        fresh = !seenSet!.has(key);
        seenSet!.add(key);
      }
      handled++;
      if (sel !== null) sel[j] = 1;
      calls[a]++;
      const b = trend ? bucketOf(tr, i) : -1;
      if (b >= 0) bCalls[b]++;
      if (fresh) {
        agentDays++;
        days[a]++;
        if (b >= 0) bDays[b]++;
      }
    }
    return { handled, agentDays, calls, days, bCalls, bDays, sel };
  };
  const cur = run(r.cur, ctx.view.start, ctx.view.end, true);
  if (cur.sel)
    pick(ctx, {
      kind: 'calls',
      rows: r.cur,
      vals: cur.sel,
      numerator: 'none',
      groups: [{ name: 'agent', codes: agent.codes, keys: agent.dict }]
    });
  const prev = run(r.prev, ctx.prev.start, ctx.prev.end, false);
  const per = (x: number, d: number) => (d > 0 ? x / d : null);
  const byAgent = breakdownRows(agent.dict, cur.calls, cur.calls, (x) => x).map((row) => {
    const a = agent.dict.indexOf(row.key);
    return { ...row, value: per(cur.calls[a], cur.days[a]) };
  });
  return result(
    id,
    {
      value: per(cur.handled, cur.agentDays),
      n: cur.handled,
      trend: ctx.buckets.keys.map((start, b) => ({ start, value: per(cur.bCalls[b], cur.bDays[b]), n: cur.bCalls[b] })),
      breakdowns: { agent: byAgent }
    },
    { value: per(prev.handled, prev.agentDays), n: prev.handled },
    { notes: [`${cur.agentDays} agent-days`, 'calls only; tickets are counted in “Closed per agent”'] }
  );
}
