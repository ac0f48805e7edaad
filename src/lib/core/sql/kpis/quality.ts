/**
 * Quality and effort KPIs in SQL (twins of engine/kpis/quality.ts), each from the best source
 * the data offers, in the engine's order. Resolution KPIs place tickets by when they were
 * resolved (fragments.ts `resolvedAt`).
 */
import type { RecordKind } from '../../schema/fields';
import { Query, type SqlCtx } from '../context';
import {
  CALL_GROUPS,
  SURVEY_GROUPS,
  TICKET_GROUPS,
  abandoned,
  dimCols,
  dimsOf,
  flag01,
  inbound,
  isFilled,
  resolutionKnown,
  resolvedAt
} from '../fragments';
import { na, rowKpi } from '../kpi';
import type { KpiId } from '../../catalog';
import type { CompiledKpi } from '../types';
import { hasMessageLog, orderedMessages } from './speed';

interface ScoreSource {
  readonly kind: RecordKind;
  readonly time: string;
  readonly score: string;
  readonly groups: readonly string[];
  readonly note: string;
}

/** Surveys, else tickets.csat, else calls.csat — preferring a source that has values. */
function scoreSource(c: SqlCtx): ScoreSource | null {
  const options: ScoreSource[] = [];
  if (c.hasKind('surveys') && c.has('surveys', 'score'))
    options.push({ kind: 'surveys', time: 'responded_at', score: 'score', groups: SURVEY_GROUPS, note: '' });
  if (c.hasKind('tickets') && c.has('tickets', 'csat'))
    options.push({
      kind: 'tickets',
      time: 'created_at',
      score: 'csat',
      groups: TICKET_GROUPS,
      note: 'from tickets.csat (1–5)'
    });
  if (c.hasKind('calls') && c.has('calls', 'csat'))
    options.push({
      kind: 'calls',
      time: 'queued_at',
      score: 'csat',
      groups: CALL_GROUPS,
      note: 'from calls.csat (1–5; 0 = no rating)'
    });
  return options.find((o) => isFilled(c, o.kind, o.score)) ?? options[0] ?? null;
}

function scored(c: SqlCtx, id: KpiId, mode: 'csat' | 'index'): CompiledKpi {
  const src = scoreSource(c);
  if (!src) return na(id, ['surveys.score', 'tickets.csat']);
  const q = new Query(c);
  const top = c.settings.csatTopBox;
  const lo = src.kind === 'surveys' && c.has('surveys', 'scale_min') ? 'coalesce(r.scale_min, 1)' : '1';
  const hi = src.kind === 'surveys' && c.has('surveys', 'scale_max') ? 'coalesce(r.scale_max, 5)' : '5';
  const value =
    mode === 'index'
      ? `(s - lo) / (hi - lo) * 100`
      : `CASE WHEN hi - lo = 1 THEN (s = hi)::INT WHEN s > hi - ${top} THEN 1 ELSE 0 END`;
  const dims = dimsOf(c, src.kind, src.groups);
  const scores = q.cte(
    'scores',
    `SELECT r.${src.time} AS event_at, r.${src.score} AS s, ${lo} AS lo, ${hi} AS hi${dimCols(dims)} FROM ${q.rows(src.kind)} AS r`
  );
  const facts = q.cte(
    'facts',
    `
-- scores outside their scale are left out; ${mode === 'csat' ? `satisfied = the top ${top} points (thumbs up on a 2-point scale)` : 'normalised to 0–100'}
SELECT *, CASE WHEN s IS NULL OR s < lo OR s > hi OR NOT (hi > lo) THEN NULL ELSE ${value} END AS x FROM ${scores}`
  );
  return rowKpi(q, id, { facts, stat: mode === 'csat' ? 'rate' : 'mean', dims }, { notes: [src.note] });
}

export const csat = (c: SqlCtx) => scored(c, 'csat', 'csat');
export const satisfactionIndex = (c: SqlCtx) => scored(c, 'satisfaction_index', 'index');

/** A mean or rate over tickets resolved in the period, of a per-ticket value; null when resolution is unknown. */
function resolvedMean(
  c: SqlCtx,
  id: KpiId,
  stat: 'mean' | 'rate',
  expr: string,
  join?: (q: Query) => string,
  notes: string[] = []
): CompiledKpi | null {
  if (!resolutionKnown(c)) return null;
  const q = new Query(c);
  const dims = dimsOf(c, 'tickets', TICKET_GROUPS);
  const facts = q.cte(
    'facts',
    `SELECT ${resolvedAt(c)} AS event_at, ${expr} AS x${dimCols(dims)}\nFROM ${q.rows('tickets')} AS r${join ? `\n${join(q)}` : ''}`
  );
  return rowKpi(q, id, { facts, stat, dims }, { notes });
}

export function fcrRate(c: SqlCtx): CompiledKpi {
  const id = 'fcr_rate';
  if (c.hasKind('tickets') && isFilled(c, 'tickets', 'first_contact_resolution')) {
    const out = resolvedMean(c, id, 'rate', flag01('r.first_contact_resolution'), undefined, [
      'from the first-contact-resolution flag'
    ]);
    if (out) return out;
  }
  if (c.hasKind('tickets') && isFilled(c, 'tickets', 'replies')) {
    const reopened = c.has('tickets', 'reopened');
    const out = resolvedMean(
      c,
      id,
      'rate',
      `CASE WHEN r.replies IS NULL THEN NULL WHEN r.replies <= 1${reopened ? ' AND NOT coalesce(r.reopened > 0, FALSE)' : ''} THEN 1 ELSE 0 END`,
      undefined,
      ['derived: resolved with at most one agent reply and never reopened']
    );
    if (out) return out;
  }
  if (c.hasKind('calls') && c.has('calls', 'resolved')) {
    const q = new Query(c);
    const ab = abandoned(c);
    const dims = dimsOf(c, 'calls', CALL_GROUPS);
    const facts = q.cte(
      'facts',
      `
-- answered inbound calls: resolved on the call = 1
SELECT r.queued_at AS event_at, CASE WHEN ${inbound(c)}${ab ? ` AND (${ab}) IS DISTINCT FROM 1` : ''} THEN ${flag01('r.resolved')} END AS x${dimCols(dims)}
FROM ${q.rows('calls')} AS r`
    );
    return rowKpi(
      q,
      id,
      { facts, stat: 'rate', dims },
      { notes: ['from calls: resolved on the call / answered calls'] }
    );
  }
  return na(id, ['tickets.first_contact_resolution', 'tickets.replies', 'calls.resolved']);
}

export function interactionsPerTicket(c: SqlCtx): CompiledKpi {
  const id = 'interactions_per_ticket';
  const t = c.hasKind('tickets');
  if (t && c.has('tickets', 'messages') && (isFilled(c, 'tickets', 'messages') || !c.hasKind('messages'))) {
    const out = resolvedMean(c, id, 'mean', 'r.messages');
    if (out) return out;
  }
  if (
    t &&
    c.hasKind('messages') &&
    c.has('messages', 'conversation_id') &&
    c.has('messages', 'direction') &&
    c.has('tickets', 'ticket_id')
  ) {
    const out = resolvedMean(
      c,
      id,
      'mean',
      'm.messages',
      (q) => {
        const per = q.cte(
          'messages_per_ticket',
          `
-- agent–customer messages of each ticket's conversation, on the ticket's last row with that id
SELECT l.row_id, m.messages
FROM (SELECT ticket_id, max(rowid) AS row_id FROM tickets WHERE ticket_id IS NOT NULL GROUP BY ticket_id) AS l
JOIN (SELECT conversation_id, count(*) AS messages FROM messages WHERE direction IN ('in', 'out') GROUP BY conversation_id) AS m
  ON m.conversation_id = l.ticket_id`
        );
        return `LEFT JOIN ${per} AS m ON m.row_id = r.row_id`;
      },
      ['counted from the message log; tickets without messages left out']
    );
    if (out) return out;
  }
  return na(id, t && !resolutionKnown(c) ? ['tickets.messages', 'tickets.resolved_at'] : ['tickets.messages']);
}

export function contactsToResolve(c: SqlCtx): CompiledKpi {
  const id = 'contacts_to_resolve';
  if (c.hasKind('tickets') && isFilled(c, 'tickets', 'contacts')) {
    const out = resolvedMean(c, id, 'mean', 'r.contacts');
    if (out) return out;
  }
  if (c.hasKind('calls') && c.has('calls', 'customer_id') && c.has('calls', 'resolved')) {
    const q = new Query(c);
    const part = `customer_id${c.has('calls', 'queue') ? ', queue' : ''}`;
    const order = 'queued_at NULLS LAST, rowid';
    const chains = q.cte(
      'chains',
      `
-- a customer's calls (per queue) in time order form chains that end at a call that resolved the issue
SELECT row_id, CASE WHEN resolved THEN row_number() OVER (PARTITION BY ${part}, chain ORDER BY queued_at NULLS LAST, row_id) END AS contacts
FROM (
  SELECT rowid AS row_id, ${part}, queued_at, resolved,
    coalesce(sum(CASE WHEN resolved THEN 1 ELSE 0 END) OVER (
      PARTITION BY ${part} ORDER BY ${order} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS chain
  FROM calls WHERE customer_id IS NOT NULL
)`
    );
    const dims = dimsOf(c, 'calls', CALL_GROUPS);
    const facts = q.cte(
      'facts',
      `SELECT r.queued_at AS event_at, ch.contacts AS x${dimCols(dims)}\nFROM ${q.rows('calls')} AS r\nLEFT JOIN ${chains} AS ch ON ch.row_id = r.row_id`
    );
    return rowKpi(q, id, { facts, stat: 'mean', dims });
  }
  return na(id, ['tickets.contacts', 'calls.customer_id', 'calls.resolved']);
}

function createdRate(
  c: SqlCtx,
  id: KpiId,
  expr: string,
  join?: (q: Query) => string,
  notes: string[] = []
): CompiledKpi {
  const q = new Query(c);
  const dims = dimsOf(c, 'tickets', TICKET_GROUPS);
  const facts = q.cte(
    'facts',
    `SELECT r.created_at AS event_at, ${expr} AS x${dimCols(dims)}\nFROM ${q.rows('tickets')} AS r${join ? `\n${join(q)}` : ''}`
  );
  return rowKpi(q, id, { facts, stat: 'rate', dims }, { notes });
}

export function repeatIncidentRate(c: SqlCtx): CompiledKpi {
  const id = 'repeat_incident_rate';
  if (!c.hasKind('tickets')) return na(id, ['tickets.repeat_incident']);
  if (isFilled(c, 'tickets', 'repeat_incident')) return createdRate(c, id, flag01('r.repeat_incident'));
  if (c.has('tickets', 'customer_id') && c.has('tickets', 'category')) {
    const days = c.settings.repeatWindowDays;
    return createdRate(
      c,
      id,
      'rp.repeat',
      (q) => {
        const rp = q.cte(
          'repeats',
          `
-- 1 when the same customer opened a ticket in the same category within ${days} days before (earlier row first on a tie)
SELECT rowid AS row_id,
  CASE WHEN epoch_ms(created_at) - epoch_ms(lag(created_at) OVER (PARTITION BY customer_id, category ORDER BY created_at, rowid)) <= ${days * 86_400_000} THEN 1 ELSE 0 END AS repeat
FROM tickets
WHERE customer_id IS NOT NULL AND category IS NOT NULL AND created_at IS NOT NULL`
        );
        return `LEFT JOIN ${rp} AS rp ON rp.row_id = r.row_id`;
      },
      [`derived: same customer and category within ${days} days`]
    );
  }
  return na(id, [
    'tickets.repeat_incident',
    ...(c.has('tickets', 'customer_id') ? [] : ['tickets.customer_id']),
    ...(c.has('tickets', 'category') ? [] : ['tickets.category'])
  ]);
}

export function resolutionRate(c: SqlCtx): CompiledKpi {
  const id = 'resolution_rate';
  if (!c.hasKind('tickets') || !resolutionKnown(c)) return na(id, ['tickets.status', 'tickets.resolved_at']);
  return createdRate(c, id, `CASE WHEN ${resolvedAt(c)} IS NOT NULL THEN 1 ELSE 0 END`, undefined, [
    'resolved as of the latest data'
  ]);
}

export function responseRate(c: SqlCtx): CompiledKpi {
  const id = 'response_rate';
  const fr = isFilled(c, 'tickets', 'first_response_at');
  const replies = isFilled(c, 'tickets', 'replies');
  if (c.hasKind('tickets') && (fr || replies)) {
    const tests = [...(fr ? ['r.first_response_at IS NOT NULL'] : []), ...(replies ? ['r.replies >= 1'] : [])];
    return createdRate(c, id, `CASE WHEN ${tests.join(' OR ')} THEN 1 ELSE 0 END`);
  }
  if (hasMessageLog(c)) {
    const q = new Query(c);
    const o = orderedMessages(q);
    const heads = q.cte(
      'first_messages',
      `
-- each conversation's first customer message: 1 when an agent message followed it
SELECT row_id, CASE WHEN outs_total > outs_before THEN 1 ELSE 0 END AS answered
FROM (SELECT *, sum(CASE WHEN direction = 'out' THEN 1 ELSE 0 END) OVER (PARTITION BY conversation_id) AS outs_total FROM ${o})
WHERE direction = 'in'
QUALIFY row_number() OVER (PARTITION BY conversation_id ORDER BY sent_at, row_id) = 1`
    );
    const dims = dimsOf(c, 'messages', ['channel', 'team']);
    const facts = q.cte(
      'facts',
      `SELECT r.sent_at AS event_at, h.answered AS x${dimCols(dims)}\nFROM ${q.rows('messages')} AS r\nLEFT JOIN ${heads} AS h ON h.row_id = r.row_id`
    );
    return rowKpi(q, id, { facts, stat: 'rate', dims });
  }
  return na(id, ['tickets.first_response_at', 'tickets.replies', 'messages.direction']);
}
