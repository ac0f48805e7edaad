/**
 * Volume and demand KPIs (kpi-catalog.md, "Volume and demand"): how much comes in, through which
 * channel, about what, and when. Tickets are attributed to a period by created_at, calls by
 * queued_at, messages by sent_at.
 */
import { aggregate, breakdownRows, headline, type Agg, type TrendIndex } from '../aggregate';
import { HOUR_OF_WEEK_KEYS, hourOfWeek, hourOfWeekCells } from '../buckets';
import type { ColumnTable } from '../../columns/table';
import { codesWhere, num, numFilled, text } from '../columns';
import type { Ctx, Rows } from '../context';
import { abandoned, inbound } from '../derived/calls';
import { complaints } from '../derived/tickets';
import { groupsOf, result, unavailable } from '../result';
import { daysBetween } from '../../time/calendar';
import type { BreakdownRow, KpiResult } from '../types';
import { MESSAGE_GROUPS, TICKET_GROUPS, bucketDays, bucketOf, flagValues } from './common';
import { cached } from '../cache';
import { rowKpi } from './row-kpi';
import { countedWhere, pick, picking } from '../pick';

/** Tickets created in the view, counted with trend and breakdowns: both ticket-count KPIs start here. */
function createdTickets(ctx: Ctx): { agg: Agg; r: Rows } | null {
  const t = ctx.data.tickets;
  const r = ctx.rows('tickets', 'created_at');
  if (!t || !r) return null;
  const groups = groupsOf(t, TICKET_GROUPS);
  pick(ctx, { kind: 'tickets', rows: r.cur, vals: null, numerator: 'none', groups });
  const agg = aggregate({ stat: 'count', rows: r.cur, trend: ctx.trend('tickets', 'created_at'), groups });
  return { agg, r };
}

export function ticketVolume(ctx: Ctx): KpiResult {
  const id = 'ticket_volume';
  const created = createdTickets(ctx);
  if (!created) return unavailable(id, ['tickets.created_at']);
  return result(id, created.agg, headline('count', created.r.prev));
}

/** Tickets per local calendar day of the period; trend and breakdowns per day of their own span. */
export function ticketsPerDay(ctx: Ctx): KpiResult {
  const id = 'tickets_per_day';
  const created = createdTickets(ctx);
  if (!created) return unavailable(id, ['tickets.created_at']);
  const { agg, r } = created;
  const days = daysBetween(ctx.view.start, ctx.view.end, ctx.tz);
  const perDay = (count: number | null, d: number) => (count === null || d <= 0 ? null : count / d);
  const bd = bucketDays(ctx);
  const prevDays = daysBetween(ctx.prev.start, ctx.prev.end, ctx.tz);
  const breakdowns: Record<string, BreakdownRow[]> = {};
  for (const [name, rows] of Object.entries(agg.breakdowns))
    breakdowns[name] = rows.map((row) => ({ ...row, value: perDay(row.value, days) }));
  return result(
    id,
    {
      ...agg,
      value: perDay(agg.value, days),
      trend: agg.trend.map((p, k) => ({ ...p, value: perDay(p.value, bd[k]) })),
      breakdowns
    },
    { value: perDay(r.prev.length || null, prevDays), n: r.prev.length },
    { notes: [`${days} days in the period`] }
  );
}

export function messagesReceived(ctx: Ctx): KpiResult {
  const id = 'messages_received';
  const m = ctx.data.messages;
  const dir = text(m, 'direction');
  const r = ctx.rows('messages', 'sent_at');
  if (!m || !dir || !r) return unavailable(id, ['messages.sent_at', 'messages.direction']);
  // 1 per inbound message, 0 per other: the sum counts inbound, n counts messages looked at.
  const isIn = cached(m, 'is-inbound', () => {
    const inCode = codesWhere(dir, (s) => s === 'in');
    const out = new Uint8Array(dir.codes.length);
    for (let i = 0; i < out.length; i++) out[i] = inCode[dir.codes[i]];
    return out;
  });
  return rowKpi(ctx, id, {
    stat: 'sum',
    rows: r,
    vals: (rows, slot) => flagValues(ctx, rows, isIn, slot),
    trend: ctx.trend('messages', 'sent_at'),
    groups: groupsOf(m, MESSAGE_GROUPS),
    numerator: 'ones'
  });
}

export function complaintCount(ctx: Ctx): KpiResult {
  const id = 'complaints';
  const t = ctx.data.tickets;
  const c = t ? complaints(t) : null;
  const r = ctx.rows('tickets', 'created_at');
  if (!t || !r || !c) return unavailable(id, ['tickets.is_complaint']);
  // Sum of 0/1 flags: the count of complaints; n = tickets looked at (0 complaints is a real 0).
  return rowKpi(ctx, id, {
    stat: 'sum',
    rows: r,
    vals: (rows, slot) => flagValues(ctx, rows, c.flag, slot),
    trend: ctx.trend('tickets', 'created_at'),
    groups: groupsOf(t, TICKET_GROUPS),
    notes: () => (c.source === 'is_complaint' ? [] : ['complaints recognised from the category or tags']),
    numerator: 'ones'
  });
}

export function complaintsPhoneShare(ctx: Ctx): KpiResult {
  const id = 'complaints_phone_share';
  const t = ctx.data.tickets;
  const c = t ? complaints(t) : null;
  const ch = text(t, 'channel');
  const r = ctx.rows('tickets', 'created_at');
  const missing = [...(c ? [] : ['tickets.is_complaint']), ...(ch ? [] : ['tickets.channel'])];
  if (!t || !r || !c || !ch) return unavailable(id, missing.length ? missing : ['tickets.created_at']);
  // Under a channel filter the phone share is the filter's doing (0 % or 100 %), unless it lets
  // phone and another channel through.
  const chosen = ctx.view.filters.channel ?? [];
  if (chosen.length > 0 && !(chosen.includes('phone') && chosen.some((x) => x !== 'phone')))
    return result(
      id,
      { value: null, n: 0, trend: [], breakdowns: {} },
      { value: null, n: 0 },
      { caveats: [{ code: 'filter-excludes', filters: ['channel'] }] }
    );
  const phone = ch.dict.indexOf('phone');
  // Complaints only; 1 = came by phone; a complaint without a channel is not counted.
  const vals = (rows: Uint32Array, slot: string) => {
    const out = ctx.scratch(slot, rows.length);
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      const code = ch.codes[i];
      out[j] = c.flag[i] === 1 && code !== 0 ? (code === phone ? 1 : 0) : NaN;
    }
    return out;
  };
  return rowKpi(ctx, id, {
    stat: 'rate',
    rows: r,
    vals,
    trend: ctx.trend('tickets', 'created_at'),
    groups: groupsOf(t, ['team', 'category', 'priority'])
  });
}

/**
 * Demand by hour of the week in the workspace zone: tickets created plus inbound calls queued.
 * value = all of them; breakdowns `hour_weekday` ("<weekday>:<hour>"), `weekday` and `hour`.
 */
export function volumeHeatmap(ctx: Ctx): KpiResult {
  const id = 'volume_heatmap';
  const t = ctx.data.tickets;
  const c = ctx.data.calls;
  if (!t && !c) return unavailable(id, ['tickets.created_at', 'calls.queued_at']);
  const how = new Float64Array(169);
  const nB = ctx.buckets.keys.length;
  const byBucket = new Float64Array(nB);
  let n = 0;
  let prevN = 0;
  const add = (rows: Rows, table: ColumnTable, field: string, keep: Uint8Array | null) => {
    n += countHours(rows.cur, hourOfWeek(table, field, ctx.tz), ctx.trend(table.kind, field), keep, how, byBucket);
    if (keep) for (let j = 0; j < rows.prev.length; j++) prevN += keep[rows.prev[j]];
    else prevN += rows.prev.length;
    if (picking(ctx))
      pick(ctx, {
        kind: table.kind,
        rows: rows.cur,
        vals: keep ? countedWhere(rows.cur, keep) : null,
        numerator: 'none',
        groups: [hourOfWeekCells(table, field, ctx.tz)]
      });
  };
  const rt = ctx.rows('tickets', 'created_at');
  if (t && rt) add(rt, t, 'created_at', null);
  const rc = ctx.rows('calls', 'queued_at');
  if (c && rc) add(rc, c, 'queued_at', inbound(c));
  const weekday = new Float64Array(7);
  const hour = new Float64Array(24);
  for (let k = 0; k < 168; k++) {
    weekday[Math.floor(k / 24)] += how[k];
    hour[k % 24] += how[k];
  }
  const countRows = (keys: readonly string[], a: Float64Array) => breakdownRows(keys, a, a, (s) => s);
  return result(
    id,
    {
      value: n || null,
      n,
      trend: ctx.buckets.keys.map((start, b) => ({ start, value: byBucket[b] || null, n: byBucket[b] })),
      breakdowns: {
        hour_weekday: countRows(HOUR_OF_WEEK_KEYS, how),
        weekday: countRows(['0', '1', '2', '3', '4', '5', '6'], weekday),
        hour: countRows(
          Array.from({ length: 24 }, (_, h) => String(h)),
          hour
        )
      }
    },
    { value: prevN || null, n: prevN },
    { notes: [`hours in ${ctx.tz}`] }
  );
}

/**
 * Counts the listed rows (those with `keep[row]`, when given) per hour of week and per view
 * bucket; returns how many were counted. A plain loop with the arrays in locals: this runs over
 * every ticket and call of the view.
 */
function countHours(
  rows: Uint32Array,
  codes: Uint32Array,
  tr: TrendIndex | null,
  keep: Uint8Array | null,
  how: Float64Array,
  byBucket: Float64Array
): number {
  const rowBucket = tr ? tr.rowBucket : null;
  const map = tr ? tr.map : null;
  let n = 0;
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j];
    if (keep !== null && keep[i] === 0) continue;
    how[codes[i]]++;
    n++;
    if (rowBucket !== null) {
      const rb = rowBucket[i];
      const b = rb >= 0 ? map![rb] : -1;
      if (b >= 0) byBucket[b]++;
    }
  }
  return n;
}

/**
 * Answered inbound calls / clock hours of the period in which at least one inbound call came in.
 * Breakdown `hour`: the same per hour of day. n = inbound calls offered (none answered is a real 0).
 */
export function callsAnsweredPerHour(ctx: Ctx): KpiResult {
  const id = 'calls_answered_per_hour';
  const c = ctx.data.calls;
  const ans = numFilled(c, 'answered_at');
  const r = ctx.rows('calls', 'queued_at');
  if (!c || !ans || !r) return unavailable(id, ['calls.answered_at']);
  const inb = inbound(c);
  const ab = abandoned(c)!;
  const q = num(c, 'queued_at')!;
  const how = hourOfWeek(c, 'queued_at', ctx.tz);
  const tr = ctx.trend('calls', 'queued_at')!;
  const nB = ctx.buckets.keys.length;
  const run = (rows: Uint32Array, start: number, end: number, trend: boolean) => {
    // Drill-down only: per view row 1 answered, 0 offered but not answered, NaN not offered.
    const sel = trend && picking(ctx) ? new Float64Array(rows.length).fill(NaN) : null;
    const hours = Math.ceil((end - start) / 3_600_000);
    // One byte per clock hour of the period; a Set when the period is absurdly long (bad dates).
    const seen = hours <= 20_000_000 ? new Uint8Array(Math.max(0, hours)) : null;
    const seenSet = seen ? null : new Set<number>();
    const answeredByHour = new Float64Array(24);
    const hoursByHour = new Float64Array(24);
    const bAns = new Float64Array(nB);
    const bHours = new Float64Array(nB);
    // n is the inbound calls offered, the same definition for the period, its buckets and hours.
    const bOffered = new Float64Array(nB);
    const offeredByHour = new Float64Array(24);
    let answered = 0;
    let withCalls = 0;
    let offered = 0;
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      if (!inb[i]) continue;
      offered++;
      const h = Math.floor((q[i] - start) / 3_600_000);
      const hod = how[i] % 24;
      const b = trend ? bucketOf(tr, i) : -1;
      offeredByHour[hod]++;
      if (b >= 0) bOffered[b]++;
      if (seen ? !seen[h] : !seenSet!.has(h)) {
        if (seen) seen[h] = 1;
        else seenSet!.add(h);
        withCalls++;
        hoursByHour[hod]++;
        if (b >= 0) bHours[b]++;
      }
      const isAnswered = ans[i] === ans[i] && ab[i] !== 1;
      if (sel !== null) sel[j] = isAnswered ? 1 : 0;
      if (isAnswered) {
        answered++;
        answeredByHour[hod]++;
        if (b >= 0) bAns[b]++;
      }
    }
    return { answered, withCalls, offered, answeredByHour, hoursByHour, bAns, bHours, bOffered, offeredByHour, sel };
  };
  const cur = run(r.cur, ctx.view.start, ctx.view.end, true);
  if (cur.sel)
    pick(ctx, {
      kind: 'calls',
      rows: r.cur,
      vals: cur.sel,
      numerator: 'ones',
      groups: [hourOfWeekCells(c, 'queued_at', ctx.tz)]
    });
  const prev = run(r.prev, ctx.prev.start, ctx.prev.end, false);
  const per = (a: number, h: number) => (h > 0 ? a / h : null);
  return result(
    id,
    {
      value: per(cur.answered, cur.withCalls),
      n: cur.offered,
      trend: ctx.buckets.keys.map((start, b) => ({
        start,
        value: per(cur.bAns[b], cur.bHours[b]),
        n: cur.bOffered[b]
      })),
      breakdowns: {
        hour: breakdownRows(
          Array.from({ length: 24 }, (_, h) => String(h)),
          cur.answeredByHour,
          cur.hoursByHour,
          (a, h) => per(a, h)
        ).map((row) => ({ ...row, n: cur.offeredByHour[Number(row.key)] }))
      }
    },
    { value: per(prev.answered, prev.withCalls), n: prev.offered },
    { notes: [`${cur.withCalls} hours with calls`] }
  );
}
