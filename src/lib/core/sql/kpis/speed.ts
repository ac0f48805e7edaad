/**
 * Speed KPIs in SQL (twins of engine/kpis/speed.ts): first response, reply delays from the
 * message log, response-time buckets, emails answered in 24 h, resolution and delivery times.
 */
import { bucketLabels } from '../../engine/kpis/speed';
import { Query, type SqlCtx } from '../context';
import { MESSAGE_GROUPS, TICKET_GROUPS, col, dimCols, dimsOf, isFilled, resolvedAt, untimed } from '../fragments';
import { durationFacts, na, rowKpi } from '../kpi';
import { ts } from '../literals';
import type { KpiId } from '../../catalog';
import type { CompiledKpi } from '../types';

const bh = (c: SqlCtx) => c.business;

export function firstResponseTime(
  c: SqlCtx,
  id: KpiId = 'first_response_time',
  groups?: readonly string[]
): CompiledKpi {
  if (!c.hasKind('tickets') || !c.has('tickets', 'first_response_at')) return na(id, ['tickets.first_response_at']);
  const q = new Query(c);
  const dims = dimsOf(c, 'tickets', groups ?? TICKET_GROUPS);
  const facts = durationFacts(q, {
    from: q.rows('tickets'),
    at: 'r.created_at',
    start: 'r.created_at',
    end: 'r.first_response_at',
    business: bh(c),
    dims
  });
  return rowKpi(q, id, { facts, stat: 'mean', dims, quantiles: true });
}

export function agentFirstResponseTime(c: SqlCtx): CompiledKpi {
  const id = 'agent_first_response_time';
  const frt = firstResponseTime(c, id, ['agent', 'team']);
  if (!frt.available) return frt;
  if (!c.has('tickets', 'agent')) return na(id, ['tickets.agent']);
  return frt;
}

/**
 * Each conversation's messages in time order (ties by row), over the whole table as the engine's
 * replyTiming does: `outs_before` = outbound messages before this one. The inbound messages with
 * outs_before = k wait for the outbound message that has k outbound messages before it.
 */
function ordered(q: Query): string {
  const c = q.c;
  const dims = dimsOf(c, 'messages', MESSAGE_GROUPS);
  return q.cte(
    'ordered',
    `
SELECT rowid AS row_id, conversation_id, sent_at, direction${dims.map((d) => `, ${d}`).join('')},
  coalesce(sum(CASE WHEN direction = 'out' THEN 1 ELSE 0 END) OVER (
    PARTITION BY conversation_id ORDER BY sent_at, rowid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS outs_before
FROM messages
WHERE conversation_id IS NOT NULL AND sent_at IS NOT NULL`
  );
}

const hasMessageLog = (c: SqlCtx) =>
  c.hasKind('messages') &&
  c.has('messages', 'conversation_id') &&
  c.has('messages', 'direction') &&
  c.has('messages', 'sent_at');

export function avgResponseTime(c: SqlCtx): CompiledKpi {
  const id = 'avg_response_time';
  if (!hasMessageLog(c)) {
    const frt = firstResponseTime(c, id);
    if (!frt.available)
      return na(id, [
        'messages.conversation_id',
        'messages.sent_at',
        'messages.direction',
        'tickets.first_response_at'
      ]);
    return { ...frt, notes: ['no message data: first response time used'] };
  }
  const q = new Query(c);
  const o = ordered(q);
  const hasAgent = c.has('messages', 'agent');
  const replies = q.cte(
    'replies',
    `
-- every inbound message and the outbound message that answered it (NULL = never answered)
SELECT i.row_id, a.sent_at AS reply_at${hasAgent ? ', a.agent AS reply_agent' : ''}
FROM ${o} AS i
LEFT JOIN ${o} AS a ON a.conversation_id = i.conversation_id AND a.direction = 'out' AND a.outs_before = i.outs_before
WHERE i.direction = 'in'`
  );
  const dims = dimsOf(c, 'messages', ['channel', 'team']);
  const facts = durationFacts(q, {
    from: q.rows('messages'),
    join: `JOIN ${replies} AS y ON y.row_id = r.row_id`,
    at: 'r.sent_at',
    start: 'r.sent_at',
    end: 'y.reply_at',
    business: bh(c),
    dims,
    dimExprs: hasAgent ? { agent: 'y.reply_agent' } : {}
  });
  const all = [...dims, ...(hasAgent ? ['agent'] : [])];
  return rowKpi(q, id, { facts, stat: 'mean', dims: all, quantiles: true });
}

export function replyWaitTime(c: SqlCtx): CompiledKpi {
  const id = 'reply_wait_time';
  if (!hasMessageLog(c)) return na(id, ['messages.conversation_id', 'messages.sent_at', 'messages.direction']);
  const q = new Query(c);
  const o = ordered(q);
  const waits = q.cte(
    'waits',
    `
-- per outbound message that answers waiting customers: when the wait began (their first message)
SELECT a.row_id, a.conversation_id, a.outs_before, min(i.sent_at) AS wait_from
FROM ${o} AS a
JOIN ${o} AS i ON i.conversation_id = a.conversation_id AND i.direction = 'in' AND i.outs_before = a.outs_before
WHERE a.direction = 'out'
GROUP BY a.row_id, a.conversation_id, a.outs_before`
  );
  const later = q.cte(
    'later_replies',
    `
-- the conversation's first reply is first response time, not a wait
SELECT row_id, wait_from FROM ${waits}
QUALIFY outs_before > min(outs_before) OVER (PARTITION BY conversation_id)`
  );
  const dims = dimsOf(c, 'messages', MESSAGE_GROUPS);
  const facts = durationFacts(q, {
    from: q.rows('messages'),
    join: `JOIN ${later} AS w ON w.row_id = r.row_id`,
    at: 'r.sent_at',
    start: 'w.wait_from',
    end: 'r.sent_at',
    business: bh(c),
    dims
  });
  return rowKpi(q, id, { facts, stat: 'mean', dims, quantiles: true });
}

export function responseTimeBuckets(c: SqlCtx): CompiledKpi {
  const id = 'response_time_buckets';
  if (!c.hasKind('tickets') || !c.has('tickets', 'first_response_at')) return na(id, ['tickets.first_response_at']);
  const q = new Query(c);
  const bounds = [...c.settings.responseBuckets].sort((a, b) => a - b);
  const labels = bucketLabels(bounds);
  const delay = durationFacts(q, {
    from: q.rows('tickets'),
    at: 'r.created_at',
    start: 'r.created_at',
    end: 'r.first_response_at',
    business: false,
    dims: []
  });
  const cases = bounds.map((b, k) => `WHEN x < ${b} THEN '${labels[k]}'`).join(' ');
  const classified = q.cte(
    'classified',
    `
-- a response exactly on a bound belongs to the next bucket
SELECT event_at, label, CASE WHEN label IS NULL THEN NULL WHEN label = '${labels[0]}' THEN 1 ELSE 0 END AS x
FROM (SELECT event_at, CASE WHEN x IS NULL THEN NULL ${cases} ELSE '${labels[labels.length - 1]}' END AS label FROM ${delay})`
  );
  const p = 'placed';
  return rowKpi(
    q,
    id,
    {
      facts: classified,
      stat: 'rate',
      dims: [],
      extra: [
        `SELECT 'by:bucket', label, count(*) * 100.0 / (SELECT count(x) FROM ${p} WHERE in_view), count(*), NULL, NULL FROM ${p} WHERE in_view AND label IS NOT NULL GROUP BY label`
      ]
    },
    { breakdowns: ['bucket'], keyOrder: { bucket: labels }, headline: labels[0] }
  );
}

export function emailAnswered24h(c: SqlCtx): CompiledKpi {
  const id = 'email_answered_24h';
  const fr = isFilled(c, 'tickets', 'first_response_at');
  const ch = isFilled(c, 'tickets', 'channel');
  const missing = [...(ch ? [] : ['tickets.channel']), ...(fr ? [] : ['tickets.first_response_at'])];
  if (!c.hasKind('tickets') || !fr || !ch) return na(id, missing.length ? missing : ['tickets.created_at']);
  const q = new Query(c);
  const dims = dimsOf(c, 'tickets', ['agent', 'team', 'priority', 'category']);
  const facts = q.cte(
    'facts',
    `
-- email tickets: answered within 24 h = 1, later (or unanswered and older than 24 h now) = 0
SELECT r.created_at AS event_at${dimCols(dims)},
  CASE WHEN r.channel <> 'email' OR r.channel IS NULL THEN NULL
       WHEN r.first_response_at IS NOT NULL THEN
         CASE WHEN r.first_response_at < r.created_at THEN NULL
              WHEN epoch_ms(r.first_response_at) - epoch_ms(r.created_at) <= 86400000 THEN 1 ELSE 0 END
       WHEN epoch_ms(${ts(c.now)}) - epoch_ms(r.created_at) > 86400000 THEN 0
  END AS x
FROM ${q.rows('tickets')} AS r`
  );
  return rowKpi(q, id, { facts, stat: 'rate', dims });
}

const timed = (c: SqlCtx) =>
  c.hasKind('tickets') && (isFilled(c, 'tickets', 'resolved_at') || isFilled(c, 'tickets', 'closed_at'));

export function resolutionTime(c: SqlCtx): CompiledKpi {
  const id = 'resolution_time';
  if (!timed(c)) return na(id, ['tickets.resolved_at']);
  const q = new Query(c);
  const dims = dimsOf(c, 'tickets', TICKET_GROUPS);
  const facts = durationFacts(q, {
    from: q.rows('tickets'),
    at: resolvedAt(c),
    start: 'r.created_at',
    end: resolvedAt(c),
    skip: untimed(c),
    business: bh(c),
    dims
  });
  return rowKpi(q, id, { facts, stat: 'mean', dims, quantiles: true });
}

export function serviceDeliveryTime(c: SqlCtx): CompiledKpi {
  const id = 'service_delivery_time';
  const fr = c.has('tickets', 'first_response_at');
  const tr = timed(c);
  if (!fr || !tr) return na(id, [...(fr ? [] : ['tickets.first_response_at']), ...(tr ? [] : ['tickets.resolved_at'])]);
  const q = new Query(c);
  const dims = dimsOf(c, 'tickets', TICKET_GROUPS);
  const facts = durationFacts(q, {
    from: q.rows('tickets'),
    at: resolvedAt(c),
    start: col(c, 'tickets', 'first_response_at'),
    end: resolvedAt(c),
    skip: untimed(c),
    business: false,
    dims
  });
  return rowKpi(q, id, { facts, stat: 'mean', dims, quantiles: true });
}

// Used by quality.ts (response rate from the message log).
export { ordered as orderedMessages, hasMessageLog };
