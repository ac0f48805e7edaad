/**
 * Phone queue KPIs in SQL (twins of engine/kpis/calls.ts). Calls are placed by queued_at;
 * offered = inbound; waits and talk times in calendar seconds, negative ones left out.
 */
import { placed, rowKpiSelect } from '../aggregate';
import { Query, type SqlCtx } from '../context';
import { CALL_GROUPS, abandoned, dimCols, dimsOf, inbound, isFilled, withLocalTime } from '../fragments';
import { durationFacts, kpi, na, rowKpi } from '../kpi';
import type { KpiId } from '../../catalog';
import type { CompiledKpi } from '../types';

const answeredFilled = (c: SqlCtx) => c.hasKind('calls') && isFilled(c, 'calls', 'answered_at');

export function serviceLevel(c: SqlCtx): CompiledKpi {
  const id = 'service_level';
  if (!answeredFilled(c)) return na(id, ['calls.answered_at']);
  const q = new Query(c);
  const ab = abandoned(c)!;
  const limit = c.settings.serviceLevelSeconds * 1000;
  const dims = dimsOf(c, 'calls', ['queue', 'team']);
  const facts = q.cte(
    'facts',
    `
-- inbound calls: answered within ${c.settings.serviceLevelSeconds} s = 1, later or abandoned = 0
SELECT r.queued_at AS event_at${dimCols(dims)},
  CASE WHEN NOT (${inbound(c)}) THEN NULL
       WHEN (${ab}) = 1 THEN 0
       WHEN r.answered_at IS NULL OR r.answered_at < r.queued_at THEN NULL
       WHEN epoch_ms(r.answered_at) - epoch_ms(r.queued_at) <= ${limit} THEN 1 ELSE 0 END AS x
FROM ${q.rows('calls')} AS r`
  );
  return rowKpi(q, id, { facts, stat: 'rate', dims }, { notes: [`threshold ${c.settings.serviceLevelSeconds} s`] });
}

export function avgSpeedOfAnswer(c: SqlCtx): CompiledKpi {
  const id = 'avg_speed_of_answer';
  if (!answeredFilled(c)) return na(id, ['calls.answered_at']);
  const q = new Query(c);
  const dims = dimsOf(c, 'calls', CALL_GROUPS);
  const facts = durationFacts(q, {
    from: q.rows('calls'),
    at: 'r.queued_at',
    start: 'r.queued_at',
    end: 'r.answered_at',
    skip: `NOT (${inbound(c)}) OR (${abandoned(c)!}) = 1`,
    business: false,
    dims
  });
  return rowKpi(q, id, { facts, stat: 'mean', dims, quantiles: true });
}

export function maxQueueWait(c: SqlCtx): CompiledKpi {
  const id = 'max_queue_wait';
  const ans = isFilled(c, 'calls', 'answered_at');
  const end = isFilled(c, 'calls', 'ended_at');
  if (!c.hasKind('calls') || (!ans && !end)) return na(id, ['calls.answered_at', 'calls.ended_at']);
  const q = new Query(c);
  const ab = abandoned(c) ?? 'NULL';
  const dims = dimsOf(c, 'calls', ['queue', 'team']);
  const facts = durationFacts(q, {
    from: q.rows('calls'),
    at: 'r.queued_at',
    start: 'r.queued_at',
    // Until an agent answered, or until the caller hung up.
    end: `CASE WHEN (${ab}) = 1 THEN ${end ? 'r.ended_at' : 'NULL'} ELSE ${ans ? 'r.answered_at' : 'NULL'} END`,
    skip: `NOT (${inbound(c)})`,
    business: false,
    dims
  });
  return rowKpi(q, id, { facts, stat: 'max', dims });
}

function talk(c: SqlCtx, id: KpiId, stat: 'mean' | 'max'): CompiledKpi {
  const ans = isFilled(c, 'calls', 'answered_at');
  const end = isFilled(c, 'calls', 'ended_at');
  if (!c.hasKind('calls') || !ans || !end)
    return na(id, [...(ans ? [] : ['calls.answered_at']), ...(end ? [] : ['calls.ended_at'])]);
  const q = new Query(c);
  const dims = dimsOf(c, 'calls', CALL_GROUPS);
  const facts = durationFacts(q, {
    from: q.rows('calls'),
    at: 'r.queued_at',
    start: 'r.answered_at',
    end: 'r.ended_at',
    skip: `(${abandoned(c)!}) = 1`,
    business: false,
    dims
  });
  return rowKpi(q, id, { facts, stat, dims, quantiles: stat === 'mean' });
}

export const avgTalkTime = (c: SqlCtx) => talk(c, 'avg_talk_time', 'mean');
export const maxTalkTime = (c: SqlCtx) => talk(c, 'max_talk_time', 'max');

export function abandonmentRate(c: SqlCtx): CompiledKpi {
  const id = 'abandonment_rate';
  const ab = c.hasKind('calls') ? abandoned(c) : null;
  if (!ab) return na(id, ['calls.abandoned', 'calls.answered_at']);
  const q = new Query(c);
  const dims = dimsOf(c, 'calls', ['queue', 'team']);
  const stage = c.has('calls', 'abandon_stage');
  const facts = q.cte(
    'facts',
    `
SELECT r.queued_at AS event_at, CASE WHEN ${inbound(c)} THEN ${ab} END AS x${dimCols(dims)}${stage ? ', r.abandon_stage' : ''}
FROM ${q.rows('calls')} AS r`
  );
  const local = withLocalTime(q, 'local_facts', facts);
  const select = rowKpiSelect(q, {
    facts: local,
    stat: 'rate',
    dims: [
      ['hour_weekday', "concat(dayofweek(local_at), ':', hour(local_at))"],
      ['weekday', 'CAST(dayofweek(local_at) AS VARCHAR)'],
      ['hour', 'CAST(hour(local_at) AS VARCHAR)'],
      ...dims
    ],
    extra: stage
      ? [
          `-- abandoned at each stage / all calls offered, so the stages add up to the headline
SELECT 'by:abandon_stage', coalesce(abandon_stage, ''), count(*) * 100.0 / (SELECT count(x) FROM placed WHERE in_view), count(*), NULL, NULL
FROM placed WHERE in_view AND x = 1 GROUP BY 2`
        ]
      : []
  });
  return kpi(q, id, select, {
    breakdowns: ['hour_weekday', 'weekday', 'hour', ...dims, ...(stage ? ['abandon_stage'] : [])]
  });
}

export function callsPerAgentDay(c: SqlCtx): CompiledKpi {
  const id = 'calls_per_agent_day';
  if (!c.hasKind('calls') || !c.has('calls', 'agent')) return na(id, ['calls.agent']);
  const q = new Query(c);
  const ab = abandoned(c);
  const facts = q.cte(
    'facts',
    `
-- handled calls: answered inbound calls with an agent
SELECT r.row_id, r.queued_at AS event_at, r.agent
FROM ${q.rows('calls')} AS r
WHERE r.agent IS NOT NULL AND ${inbound(c)}${ab ? ` AND (${ab}) IS DISTINCT FROM 1` : ''}`
  );
  const local = withLocalTime(q, 'local_calls', placed(q, facts));
  const days = q.cte(
    'agent_days',
    `
-- the local days each agent actually handled calls on
SELECT in_view, agent, CAST(local_at AS DATE) AS day, arg_min(bucket, row_id) AS bucket
FROM ${local} GROUP BY in_view, agent, CAST(local_at AS DATE)`
  );
  const select = [
    `SELECT 'value' AS part, NULL AS key, count(*) / nullif((SELECT count(*) FROM ${days} WHERE in_view), 0) AS value, count(*) AS n, NULL AS median, NULL AS p90 FROM ${local} WHERE in_view`,
    `SELECT 'previous', NULL, count(*) / nullif((SELECT count(*) FROM ${days} WHERE NOT in_view), 0), count(*), NULL, NULL FROM ${local} WHERE NOT in_view`,
    `SELECT 'trend', k.bucket, k.calls / nullif(d.days, 0), k.calls, NULL, NULL
FROM (SELECT bucket, count(*) AS calls FROM ${local} WHERE in_view GROUP BY bucket) AS k
LEFT JOIN (SELECT bucket, count(*) AS days FROM ${days} WHERE in_view GROUP BY bucket) AS d USING (bucket)`,
    `SELECT 'by:agent', k.agent, k.calls / d.days, k.calls, NULL, NULL
FROM (SELECT agent, count(*) AS calls FROM ${local} WHERE in_view GROUP BY agent) AS k
JOIN (SELECT agent, count(*) AS days FROM ${days} WHERE in_view GROUP BY agent) AS d USING (agent)`
  ];
  return kpi(q, id, select.join('\nUNION ALL\n'), { breakdowns: ['agent'] });
}
