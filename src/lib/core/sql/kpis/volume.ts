/**
 * Volume and demand KPIs in SQL (twins of engine/kpis/volume.ts): counts of tickets, messages
 * and complaints, demand per hour of the week in the workspace zone, calls answered per hour.
 */
import { daysBetween } from '../../time/calendar';
import { COMPLAINT } from '../../engine/derived/tickets';
import { placed, rowKpiSelect } from '../aggregate';
import { Query, type SqlCtx } from '../context';
import {
  MESSAGE_GROUPS,
  TICKET_GROUPS,
  abandoned,
  dimCols,
  dimsOf,
  inbound,
  isFilled,
  withLocalTime
} from '../fragments';
import { kpi, na, rowKpi } from '../kpi';
import { str } from '../literals';
import type { CompiledKpi } from '../types';

export function ticketVolume(c: SqlCtx): CompiledKpi {
  const id = 'ticket_volume';
  if (!c.hasKind('tickets')) return na(id, ['tickets.created_at']);
  const q = new Query(c);
  const dims = dimsOf(c, 'tickets', TICKET_GROUPS);
  const facts = q.cte('facts', `SELECT r.created_at AS event_at${dimCols(dims)} FROM ${q.rows('tickets')} AS r`);
  return rowKpi(q, id, { facts, stat: 'count', dims });
}

export function ticketsPerDay(c: SqlCtx): CompiledKpi {
  const id = 'tickets_per_day';
  if (!c.hasKind('tickets')) return na(id, ['tickets.created_at']);
  const q = new Query(c);
  const dims = dimsOf(c, 'tickets', TICKET_GROUPS);
  const days = daysBetween(c.view.start, c.view.end, c.tz);
  const prevDays = daysBetween(c.prev.start, c.prev.end, c.tz);
  const facts = q.cte('facts', `SELECT r.created_at AS event_at${dimCols(dims)} FROM ${q.rows('tickets')} AS r`);
  const p = placed(q, facts);
  const b = q.need('buckets');
  const per = (d: string | number) => `nullif(count(*), 0) / nullif(${d}, 0)`;
  const select = [
    `-- tickets per local calendar day: ${days} days in the view, ${prevDays} in the previous period`,
    `SELECT 'value' AS part, NULL AS key, ${per(days)} AS value, count(*) AS n, NULL AS median, NULL AS p90 FROM ${p} WHERE in_view`,
    `SELECT 'previous', NULL, ${per(prevDays)}, count(*), NULL, NULL FROM ${p} WHERE NOT in_view`,
    `SELECT 'trend', p.bucket, ${per('max(b.days)')}, count(*), NULL, NULL FROM ${p} AS p JOIN ${b} AS b USING (bucket) WHERE in_view GROUP BY p.bucket`,
    ...dims.map(
      (d) =>
        `SELECT 'by:${d}', coalesce(${d}, ''), ${per(days)}, count(*), NULL, NULL FROM ${p} WHERE in_view GROUP BY 2`
    )
  ];
  return kpi(q, id, select[0] + '\n' + select.slice(1).join('\nUNION ALL\n'), {
    breakdowns: dims,
    notes: [`${days} days in the period`]
  });
}

export function messagesReceived(c: SqlCtx): CompiledKpi {
  const id = 'messages_received';
  if (!c.hasKind('messages') || !c.has('messages', 'direction'))
    return na(id, ['messages.sent_at', 'messages.direction']);
  const q = new Query(c);
  const dims = dimsOf(c, 'messages', MESSAGE_GROUPS);
  const facts = q.cte(
    'facts',
    `
-- 1 per inbound message, 0 per other: the sum counts inbound, n the messages looked at
SELECT r.sent_at AS event_at, CASE WHEN r.direction = 'in' THEN 1 ELSE 0 END AS x${dimCols(dims)}
FROM ${q.rows('messages')} AS r`
  );
  return rowKpi(q, id, { facts, stat: 'sum', dims });
}

/** 1 complaint / 0 not / NULL cannot tell, or null when nothing marks complaints. */
export function complaintFlag(c: SqlCtx, a = 'r'): string | null {
  if (isFilled(c, 'tickets', 'is_complaint'))
    return `CASE WHEN ${a}.is_complaint THEN 1 WHEN NOT ${a}.is_complaint THEN 0 END`;
  if (!c.profile.complaintLabels) return null;
  const re = str(COMPLAINT.source);
  const tests = ['category', 'tags']
    .filter((f) => c.has('tickets', f))
    .map((f) => `coalesce(regexp_matches(${a}.${f}, ${re}, 'i'), FALSE)`);
  return `CASE WHEN ${tests.join(' OR ')} THEN 1 ELSE 0 END`;
}

export function complaints(c: SqlCtx): CompiledKpi {
  const id = 'complaints';
  const flag = c.hasKind('tickets') ? complaintFlag(c) : null;
  if (!flag) return na(id, ['tickets.is_complaint']);
  const q = new Query(c);
  const dims = dimsOf(c, 'tickets', TICKET_GROUPS);
  const facts = q.cte(
    'facts',
    `SELECT r.created_at AS event_at, ${flag} AS x${dimCols(dims)} FROM ${q.rows('tickets')} AS r`
  );
  return rowKpi(q, id, { facts, stat: 'sum', dims });
}

export function complaintsPhoneShare(c: SqlCtx): CompiledKpi {
  const id = 'complaints_phone_share';
  const flag = c.hasKind('tickets') ? complaintFlag(c) : null;
  const ch = c.has('tickets', 'channel');
  const missing = [...(flag ? [] : ['tickets.is_complaint']), ...(ch ? [] : ['tickets.channel'])];
  if (!flag || !ch) return na(id, missing.length ? missing : ['tickets.created_at']);
  const q = new Query(c);
  // Under a channel filter the phone share is the filter's doing (0 % or 100 %), unless it lets
  // phone and another channel through: no figure, as in the engine.
  const chosen = c.view.filters.channel ?? [];
  if (chosen.length > 0 && !(chosen.includes('phone') && chosen.some((x) => x !== 'phone')))
    return kpi(q, id, `SELECT 'previous' AS part, NULL AS key, NULL AS value, 0 AS n, NULL AS median, NULL AS p90`, {
      trend: 'none'
    });
  const dims = dimsOf(c, 'tickets', ['team', 'category', 'priority']);
  const facts = q.cte(
    'facts',
    `
-- complaints only: 1 = came by phone; a complaint without a channel is not counted
SELECT r.created_at AS event_at, CASE WHEN ${flag} = 1 AND r.channel IS NOT NULL THEN (r.channel = 'phone')::INT END AS x${dimCols(dims)}
FROM ${q.rows('tickets')} AS r`
  );
  return rowKpi(q, id, { facts, stat: 'rate', dims });
}

const HOUR_WEEKDAY = "concat(dayofweek(local_at), ':', hour(local_at))";

export function volumeHeatmap(c: SqlCtx): CompiledKpi {
  const id = 'volume_heatmap';
  if (!c.hasKind('tickets') && !c.hasKind('calls')) return na(id, ['tickets.created_at', 'calls.queued_at']);
  const q = new Query(c);
  const parts: string[] = [];
  if (c.hasKind('tickets')) parts.push(`SELECT created_at AS event_at FROM ${q.rows('tickets')}`);
  if (c.hasKind('calls')) parts.push(`SELECT queued_at FROM ${q.rows('calls')} AS r WHERE ${inbound(c)}`);
  const facts = q.cte('facts', `-- tickets created and inbound calls queued\n${parts.join('\nUNION ALL\n')}`);
  const local = withLocalTime(q, 'local_facts', facts);
  const select = rowKpiSelect(q, {
    facts: local,
    stat: 'count',
    dims: [
      ['hour_weekday', HOUR_WEEKDAY],
      ['weekday', 'CAST(dayofweek(local_at) AS VARCHAR)'],
      ['hour', 'CAST(hour(local_at) AS VARCHAR)']
    ]
  });
  return kpi(q, id, select, { breakdowns: ['hour_weekday', 'weekday', 'hour'], notes: [`hours in ${c.tz}`] });
}

export function callsAnsweredPerHour(c: SqlCtx): CompiledKpi {
  const id = 'calls_answered_per_hour';
  if (!c.hasKind('calls') || !isFilled(c, 'calls', 'answered_at')) return na(id, ['calls.answered_at']);
  const q = new Query(c);
  const ab = abandoned(c)!;
  const facts = q.cte(
    'facts',
    `
SELECT r.row_id, r.queued_at AS event_at, CASE WHEN r.answered_at IS NOT NULL AND (${ab}) IS DISTINCT FROM 1 THEN 1 ELSE 0 END AS answered
FROM ${q.rows('calls')} AS r
WHERE ${inbound(c)}`
  );
  const p = placed(q, facts);
  const local = withLocalTime(q, 'local_calls', p);
  const slots = q.cte(
    'slots',
    `
-- clock hours counted from the start of each period; an hour with calls is placed by its first call
SELECT l.*, hour(l.local_at) AS hod,
  floor((epoch_ms(l.event_at) - epoch_ms(CASE WHEN l.in_view THEN pe.cur_start ELSE pe.prev_start END)) / 3600000) AS slot
FROM ${local} AS l CROSS JOIN ${q.need('period')} AS pe`
  );
  const hours = q.cte(
    'hours_with_calls',
    `SELECT in_view, slot, arg_min(bucket, row_id) AS bucket, arg_min(hod, row_id) AS hod FROM ${slots} GROUP BY in_view, slot`
  );
  const hoursOf = (cond: string) => `nullif((SELECT count(*) FROM ${hours} WHERE ${cond}), 0)`;
  const select = [
    `SELECT 'value' AS part, NULL AS key, sum(answered) / ${hoursOf('in_view')} AS value, count(*) AS n, NULL AS median, NULL AS p90 FROM ${slots} WHERE in_view`,
    `SELECT 'previous', NULL, sum(answered) / ${hoursOf('NOT in_view')}, count(*), NULL, NULL FROM ${slots} WHERE NOT in_view`,
    `SELECT 'trend', s.bucket, s.answered / nullif(h.hours, 0), s.offered, NULL, NULL
FROM (SELECT bucket, sum(answered) AS answered, count(*) AS offered FROM ${slots} WHERE in_view GROUP BY bucket) AS s
LEFT JOIN (SELECT bucket, count(*) AS hours FROM ${hours} WHERE in_view GROUP BY bucket) AS h USING (bucket)`,
    `SELECT 'by:hour', CAST(s.hod AS VARCHAR), s.answered / h.hours, s.offered, h.hours, NULL
FROM (SELECT hod, sum(answered) AS answered, count(*) AS offered FROM ${slots} WHERE in_view GROUP BY hod) AS s
JOIN (SELECT hod, count(*) AS hours FROM ${hours} WHERE in_view GROUP BY hod) AS h USING (hod)`
  ];
  return kpi(q, id, select.join('\nUNION ALL\n'), { breakdowns: ['hour'], rankByMedian: ['hour'] });
}
