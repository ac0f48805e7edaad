/**
 * Speed KPIs for tickets and messages (kpi-catalog.md, "Speed"): first response, reply delays,
 * resolution. Durations are seconds with mean, median and p90; the KPIs the catalog marks BH
 * are counted in business hours when the view asks for it. A duration whose end precedes its
 * start (e.g. resolved before the first response) is excluded and counted in `notes`.
 */
import { aggregate, breakdownRows, headline, type Cells, type Group } from '../aggregate';
import { filled, num, text } from '../columns';
import type { Ctx } from '../context';
import { replyTiming } from '../derived/messages';
import { resolution } from '../derived/tickets';
import { groupsOf, result, unavailable } from '../result';
import type { KpiResult } from '../types';
import {
  MESSAGE_GROUPS,
  TICKET_GROUPS,
  businessNote,
  durations,
  calendarDurations,
  durationsFor,
  negativeNote,
  resolvedRows
} from './common';
import { durationKpi, rowKpi } from './row-kpi';
import { pick, picking } from '../pick';

const DAY_S = 86_400;

/** Mean time from created_at to first_response_at of tickets created in the period (BH). */
export function firstResponseTime(ctx: Ctx): KpiResult {
  return ctx.once('first_response_time', () => {
    const id = 'first_response_time';
    const t = ctx.data.tickets;
    const created = num(t, 'created_at');
    const fr = num(t, 'first_response_at');
    const r = ctx.rows('tickets', 'created_at');
    if (!t || !created || !fr || !r) return unavailable(id, ['tickets.first_response_at']);
    return durationKpi(ctx, id, {
      rows: r,
      durations: (rows, slot) => durationsFor(ctx, rows, created, fr, true, slot),
      trend: ctx.trend('tickets', 'created_at'),
      groups: groupsOf(t, TICKET_GROUPS),
      notes: (negative) => [
        businessNote(ctx, true),
        negativeNote(negative, 'tickets with a first response before creation')
      ]
    });
  });
}

/** First response time grouped by agent: the same figures, with the agent (and team) breakdowns. */
export function agentFirstResponseTime(ctx: Ctx): KpiResult {
  const id = 'agent_first_response_time';
  const frt = firstResponseTime(ctx);
  if (!frt.available) return { ...frt, id };
  if (!text(ctx.data.tickets, 'agent')) return unavailable(id, ['tickets.agent']);
  const { agent, team } = frt.breakdowns;
  return { ...frt, id, breakdowns: { agent: agent ?? [], ...(team ? { team } : {}) } };
}

/**
 * Mean delay from each inbound message to the next outbound message of its conversation (BH),
 * by the inbound message's sent_at; breakdown `agent` is who sent the reply. Without message
 * data: the first response time, with a note saying so.
 */
export function avgResponseTime(ctx: Ctx): KpiResult {
  const id = 'avg_response_time';
  const m = ctx.data.messages;
  const timing = m ? replyTiming(m) : null;
  const r = ctx.rows('messages', 'sent_at');
  if (!m || !timing || !r) {
    const frt = firstResponseTime(ctx);
    if (!frt.available)
      return unavailable(id, [
        'messages.conversation_id',
        'messages.sent_at',
        'messages.direction',
        'tickets.first_response_at'
      ]);
    return { ...frt, id, notes: [...(frt.notes ?? []), 'no message data: first response time used'] };
  }
  const sent = num(m, 'sent_at')!;
  const agent = text(m, 'agent');
  const groups: (Group | Cells)[] = [
    ...groupsOf(m, ['channel', 'team']),
    ...(agent ? [{ name: 'agent', codes: agent.codes, keys: agent.dict, via: timing.replyRow }] : [])
  ];
  return durationKpi(ctx, id, {
    rows: r,
    durations: (rows, slot) => durations(ctx, rows, sent, timing.replyAt, true, ctx.scratch(slot, rows.length)),
    trend: ctx.trend('messages', 'sent_at'),
    groups,
    notes: () => [businessNote(ctx, true)]
  });
}

/**
 * How long customers wait for replies after the first one: for each agent reply except the
 * conversation's first, the time since the first customer message it answers (BH). Attributed
 * by the reply's sent_at.
 */
export function replyWaitTime(ctx: Ctx): KpiResult {
  const id = 'reply_wait_time';
  const m = ctx.data.messages;
  const timing = m ? replyTiming(m) : null;
  const r = ctx.rows('messages', 'sent_at');
  if (!m || !timing || !r)
    return unavailable(id, ['messages.conversation_id', 'messages.sent_at', 'messages.direction']);
  const sent = num(m, 'sent_at')!;
  return durationKpi(ctx, id, {
    rows: r,
    durations: (rows, slot) => durations(ctx, rows, timing.waitFrom, sent, true, ctx.scratch(slot, rows.length)),
    trend: ctx.trend('messages', 'sent_at'),
    groups: groupsOf(m, MESSAGE_GROUPS),
    notes: () => [businessNote(ctx, true)]
  });
}

/** "<1h", "1h-6h", …, ">24h" from bounds in seconds. */
export function bucketLabels(bounds: readonly number[]): string[] {
  const f = (s: number) =>
    s % 86_400 === 0 && s >= 86_400 * 2
      ? `${s / 86_400}d`
      : s % 3600 === 0
        ? `${s / 3600}h`
        : s % 60 === 0
          ? `${s / 60}m`
          : `${s}s`;
  if (bounds.length === 0) return ['all'];
  return [
    `<${f(bounds[0])}`,
    ...bounds.slice(1).map((b, k) => `${f(bounds[k])}-${f(b)}`),
    `>${f(bounds[bounds.length - 1])}`
  ];
}

/**
 * Share of first responses per delay bucket (settings.responseBuckets, calendar time). value =
 * the share in the first bucket (headline names it); breakdown `bucket` has every bucket.
 * A response exactly on a bound belongs to the next bucket (d < bound is the lower one), so
 * exactly 1 h is "1-6h", never "< 1h" — the label promises strictly less.
 */
export function responseTimeBuckets(ctx: Ctx): KpiResult {
  const id = 'response_time_buckets';
  const t = ctx.data.tickets;
  const created = num(t, 'created_at');
  const fr = num(t, 'first_response_at');
  const r = ctx.rows('tickets', 'created_at');
  if (!t || !created || !fr || !r) return unavailable(id, ['tickets.first_response_at']);
  const bounds = [...ctx.settings.responseBuckets].sort((a, b) => a - b);
  const labels = bucketLabels(bounds);
  const classify = (d: number) => {
    let k = 0;
    while (k < bounds.length && d >= bounds[k]) k++;
    return k;
  };
  // Per ticket of the view: its calendar first-response delay, then its bucket; the headline's
  // values are 1 (first bucket) / 0 (another) / NaN (no valid response).
  const frt = calendarDurations(r.cur, created, fr, null, ctx.scratch('a', r.cur.length));
  const counts = new Float64Array(labels.length);
  const first = frt.vals; // reused in place: each delay becomes its first-bucket flag
  // Drill-down only: each row's bucket as a breakdown code (labels.length = no valid response).
  const bucketCode = picking(ctx) ? new Uint32Array(t.length).fill(labels.length) : null;
  for (let j = 0; j < first.length; j++) {
    const d = first[j];
    if (d !== d) continue;
    const k = classify(d);
    counts[k]++;
    first[j] = k === 0 ? 1 : 0;
    if (bucketCode !== null) bucketCode[r.cur[j]] = k;
  }
  if (bucketCode !== null)
    pick(ctx, {
      kind: 'tickets',
      rows: r.cur,
      vals: first,
      numerator: 'ones',
      groups: [{ name: 'bucket', codes: bucketCode, keys: [...labels, ''] }]
    });
  const agg = aggregate({ stat: 'rate', rows: r.cur, vals: first, trend: ctx.trend('tickets', 'created_at') });
  const prev = calendarDurations(r.prev, created, fr, null, ctx.scratch('b', r.prev.length)).vals;
  for (let j = 0; j < prev.length; j++) if (prev[j] === prev[j]) prev[j] = classify(prev[j]) === 0 ? 1 : 0;
  const cur = { negative: frt.negative };
  const total = agg.n;
  const bucket = breakdownRows(labels, counts, counts, (c) => (total > 0 ? (c / total) * 100 : null));
  bucket.sort((a, b) => labels.indexOf(a.key) - labels.indexOf(b.key));
  return result(id, { ...agg, breakdowns: { bucket } }, headline('rate', r.prev, prev), {
    headline: labels[0],
    notes: [negativeNote(cur.negative, 'tickets with a first response before creation')]
  });
}

/**
 * Email tickets created in the period answered within 24 h (calendar) / email tickets decided so
 * far × 100: answered late, or unanswered and older than 24 h at `now`, is a miss; unanswered and
 * younger than 24 h is not decided yet and left out.
 */
export function emailAnswered24h(ctx: Ctx): KpiResult {
  const id = 'email_answered_24h';
  const t = ctx.data.tickets;
  const created = num(t, 'created_at');
  // A mapped but entirely blank column is no data: read as absent, or every old email would be a miss.
  const fr = filled(t, 'first_response_at') ? num(t, 'first_response_at') : undefined;
  const ch = filled(t, 'channel') ? text(t, 'channel') : undefined;
  const r = ctx.rows('tickets', 'created_at');
  const missing = [...(ch ? [] : ['tickets.channel']), ...(fr ? [] : ['tickets.first_response_at'])];
  if (!t || !created || !fr || !ch || !r) return unavailable(id, missing.length ? missing : ['tickets.created_at']);
  const email = ch.dict.indexOf('email');
  const limit = DAY_S * 1000;
  let negative = 0;
  const vals = (rows: Uint32Array, slot: string) => {
    const out = ctx.scratch(slot, rows.length);
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      if (ch.codes[i] !== email || email < 0) {
        out[j] = NaN;
        continue;
      }
      const c = created[i];
      const f = fr[i];
      if (f === f) {
        if (f < c) {
          out[j] = NaN;
          if (slot === 'a') negative++;
        } else out[j] = f - c <= limit ? 1 : 0;
      } else out[j] = ctx.now - c > limit ? 0 : NaN;
    }
    return out;
  };
  return rowKpi(ctx, id, {
    stat: 'rate',
    rows: r,
    vals,
    trend: ctx.trend('tickets', 'created_at'),
    groups: groupsOf(t, ['agent', 'team', 'priority', 'category']),
    notes: () => [negativeNote(negative, 'email tickets with a first response before creation')]
  });
}

/**
 * The tickets resolved in the view / previous period with a resolution instant: the same instant
 * as every other resolution KPI (`resolution(t).at`: resolved_at, else closed_at — engine README),
 * leaving out tickets resolved by status alone (`untimed`: their instant is unknown). Null when
 * neither resolved_at nor closed_at holds a value: a blank column is no data.
 */
function timedResolutions(ctx: Ctx) {
  const t = ctx.data.tickets;
  if (!t || !(filled(t, 'resolved_at') || filled(t, 'closed_at'))) return null;
  const rr = resolvedRows(ctx);
  if (!rr) return null;
  const { untimed } = resolution(t);
  let untimedN = 0;
  for (let j = 0; j < rr.rows.cur.length; j++) untimedN += untimed[rr.rows.cur[j]];
  const note = untimedN > 0 ? `${untimedN} tickets resolved by status only have no resolution time: left out` : '';
  return { t, rr, untimed, note };
}

/** Mean created_at → resolution instant of tickets resolved in the period (BH). */
export function resolutionTime(ctx: Ctx): KpiResult {
  const id = 'resolution_time';
  const created = num(ctx.data.tickets, 'created_at');
  const tr = timedResolutions(ctx);
  if (!created || !tr) return unavailable(id, ['tickets.resolved_at']);
  const { t, rr, untimed, note } = tr;
  return durationKpi(ctx, id, {
    rows: rr.rows,
    durations: (rows, slot) => durationsFor(ctx, rows, created, rr.at, true, slot, untimed),
    trend: ctx.trend('tickets', rr.trendKey, rr.at),
    groups: groupsOf(t, TICKET_GROUPS),
    notes: (negative) => [businessNote(ctx, true), negativeNote(negative, 'tickets resolved before creation'), note]
  });
}

/**
 * Mean first_response_at → resolution instant of tickets resolved in the period (calendar).
 * Tickets "resolved" before their first response (a known trap of some exports) are excluded and
 * counted.
 */
export function serviceDeliveryTime(ctx: Ctx): KpiResult {
  const id = 'service_delivery_time';
  const fr = num(ctx.data.tickets, 'first_response_at');
  const tr = timedResolutions(ctx);
  const missing = [...(fr ? [] : ['tickets.first_response_at']), ...(tr ? [] : ['tickets.resolved_at'])];
  if (!fr || !tr) return unavailable(id, missing);
  const { t, rr, untimed, note } = tr;
  return durationKpi(ctx, id, {
    rows: rr.rows,
    durations: (rows, slot) => durationsFor(ctx, rows, fr, rr.at, false, slot, untimed),
    trend: ctx.trend('tickets', rr.trendKey, rr.at),
    groups: groupsOf(t, TICKET_GROUPS),
    notes: (negative) => [negativeNote(negative, 'tickets resolved before their first response'), note]
  });
}
