/**
 * Commitments in SQL (twins of engine/kpis/sla.ts and commitments.ts): SLA compliance per ticket
 * from the file's SLA-met flags, due columns or the workspace policy; backlog and overdue requests as states
 * at the end of the period and of each bucket, counted as running sums of open/close steps.
 */
import { Query, type SqlCtx } from '../context';
import {
  TICKET_GROUPS,
  dimCols,
  dimsOf,
  isFilled,
  resolutionKnown,
  resolvedAt,
  untimed,
  withBusinessSeconds
} from '../fragments';
import { kpi, na, rowKpi } from '../kpi';
import { num, str, ts } from '../literals';
import type { CompiledKpi } from '../types';

/**
 * The policy's targets per (priority, channel) pair of the data: the most specific matching rule
 * (priority counts 2, channel 1, '*' 0), the earlier rule on a tie — settings.ts `slaRuleFor`.
 */
function slaTargets(q: Query): string {
  const c = q.c;
  const rules = c.settings.slaPolicy.map(
    (r, k) =>
      `(${str(r.priority)}, ${str(r.channel)}, ${num(r.firstResponseSeconds)}, ${num(r.resolutionSeconds)}, ${k})`
  );
  const pr = c.has('tickets', 'priority') ? "coalesce(priority, '')" : "''";
  const ch = c.has('tickets', 'channel') ? "coalesce(channel, '')" : "''";
  const policy = q.cte(
    'sla_policy',
    `SELECT * FROM (VALUES\n  ${rules.join(',\n  ')}\n) AS p(priority, channel, first_response_s, resolution_s, rule_order)`
  );
  return q.cte(
    'sla_targets',
    `
SELECT t.priority, t.channel, p.first_response_s, p.resolution_s
FROM (SELECT DISTINCT ${pr} AS priority, ${ch} AS channel FROM tickets) AS t
JOIN ${policy} AS p ON (p.priority = '*' OR p.priority = t.priority) AND (p.channel = '*' OR p.channel = t.channel)
QUALIFY row_number() OVER (
  PARTITION BY t.priority, t.channel
  ORDER BY (CASE WHEN p.priority = '*' THEN 0 ELSE 2 END) + (CASE WHEN p.channel = '*' THEN 0 ELSE 1 END) DESC, p.rule_order
) = 1`
  );
}

function targetJoin(c: SqlCtx, st: string): string {
  const pr = c.has('tickets', 'priority') ? "coalesce(r.priority, '')" : "''";
  const ch = c.has('tickets', 'channel') ? "coalesce(r.channel, '')" : "''";
  return `LEFT JOIN ${st} AS st ON st.priority = ${pr} AND st.channel = ${ch}`;
}

/** 1 met / 0 missed / NULL undecided (-1 = this part is not judged), as sla.ts `both`. */
const both = (a: string, b: string) =>
  `CASE WHEN (${a}) = -1 THEN nullif(${b}, -1) WHEN (${b}) = -1 THEN ${a} WHEN (${a}) = 0 OR (${b}) = 0 THEN 0 WHEN (${a}) = 1 AND (${b}) = 1 THEN 1 END`;

export function slaCompliance(c: SqlCtx): CompiledKpi {
  const id = 'sla_compliance';
  if (!c.hasKind('tickets')) return na(id, ['tickets.created_at']);
  const fr = isFilled(c, 'tickets', 'first_response_at');
  const resKnown = resolutionKnown(c);
  const frDue = isFilled(c, 'tickets', 'first_response_due_at');
  const due = isFilled(c, 'tickets', 'due_at');
  const frMet = isFilled(c, 'tickets', 'first_response_sla_met');
  const resMet = isFilled(c, 'tickets', 'resolution_sla_met');
  const policy = c.settings.slaPolicy.length > 0;
  if (!frDue && !due && !frMet && !resMet && !policy)
    return na(id, ['tickets.first_response_due_at', 'tickets.due_at'], ['no SLA policy in the settings either']);
  const frJudged = fr || frMet;
  const resJudged = resKnown || resMet;
  const frDeadline = frDue || frMet || policy;
  const resDeadline = due || resMet || policy;
  const frMissing = frDeadline && !frJudged ? ['tickets.first_response_at'] : [];
  const resMissing = resDeadline && !resJudged ? ['tickets.resolved_at'] : [];
  if (!(frDeadline && frJudged) && !(resDeadline && resJudged))
    return na(id, [...frMissing, ...resMissing], ['SLA deadlines exist but no outcome column has values']);

  const q = new Query(c);
  const dims = dimsOf(c, 'tickets', TICKET_GROUPS);
  const now = ts(c.now);
  const st = policy ? slaTargets(q) : null;
  const flag = (f: string) => `CASE WHEN r.${f} THEN 1 WHEN NOT r.${f} THEN 0 END`;
  const base = q.cte(
    'sla_rows',
    `
SELECT r.created_at AS event_at, r.created_at AS created${dimCols(dims)},
  ${fr ? 'r.first_response_at' : 'NULL::TIMESTAMP'} AS fr,
  ${resKnown ? `CASE WHEN ${untimed(c)} THEN NULL ELSE ${resolvedAt(c)} END` : 'NULL::TIMESTAMP'} AS res,
  ${resKnown ? untimed(c) : 'FALSE'} AS res_untimed,
  ${frDue ? 'r.first_response_due_at' : 'NULL::TIMESTAMP'} AS fr_due, ${due ? 'r.due_at' : 'NULL::TIMESTAMP'} AS res_due,
  ${frMet ? flag('first_response_sla_met') : 'NULL'} AS fr_met, ${resMet ? flag('resolution_sla_met') : 'NULL'} AS res_met,
  ${st ? 'st.first_response_s' : 'NULL'} AS fr_target, ${st ? 'st.resolution_s' : 'NULL'} AS res_target, ${now} AS now_at
FROM ${q.rows('tickets')} AS r${st ? `\n${targetJoin(c, st)}` : ''}`
  );
  // Time taken against a policy target, up to the outcome or (not done yet) up to now.
  let src = base;
  let took = (end: string) => `epoch(${end}) - epoch(created)`;
  if (c.business && st) {
    src = withBusinessSeconds(q, 'sla_fr_open', src, 'created', 'fr', 'fr_open');
    src = withBusinessSeconds(q, 'sla_res_open', src, 'created', 'res', 'res_open');
    src = withBusinessSeconds(q, 'sla_now_open', src, 'created', 'now_at', 'now_open');
    took = (end) => (end === 'fr' ? 'fr_open' : end === 'res' ? 'res_open' : 'now_open');
  }
  const byDeadline = (done: string, deadline: string) =>
    `CASE WHEN ${deadline} IS NULL THEN -1 WHEN ${done} IS NOT NULL THEN CASE WHEN ${done} <= ${deadline} THEN 1 ELSE 0 END WHEN now_at > ${deadline} THEN 0 END`;
  const byTarget = (done: string, target: string) =>
    `CASE WHEN ${target} IS NULL THEN -1 WHEN ${done} IS NOT NULL THEN CASE WHEN ${took(done)} <= ${target} THEN 1 ELSE 0 END WHEN ${took('now_at')} > ${target} THEN 0 END`;
  const resPart = (judge: string, deadline: string) =>
    resKnown
      ? `CASE WHEN res_untimed THEN CASE WHEN ${deadline} IS NOT NULL THEN NULL ELSE -1 END ELSE ${judge} END`
      : '-1';
  const facts = q.cte(
    'facts',
    `
-- per ticket: the file's SLA-met flags, else due columns, else the policy${c.business && st ? ' (in business hours)' : ''}; 1 met, 0 missed, NULL undecided
SELECT *, CASE
  WHEN fr_met IS NOT NULL OR res_met IS NOT NULL THEN ${both('coalesce(fr_met, -1)', 'coalesce(res_met, -1)')}
  WHEN fr_due IS NOT NULL OR res_due IS NOT NULL THEN ${both(fr ? byDeadline('fr', 'fr_due') : '-1', resPart(byDeadline('res', 'res_due'), 'res_due'))}
  WHEN fr_target IS NULL AND res_target IS NULL THEN NULL
  ELSE ${both(fr ? byTarget('fr', 'fr_target') : '-1', resPart(byTarget('res', 'res_target'), 'res_target'))}
END AS x
FROM ${src}`
  );
  return rowKpi(q, id, { facts, stat: 'rate', dims });
}

/**
 * Open tickets (and, with due times, overdue ones) at the end of the period, of the previous
 * period and of each bucket. A ticket is open at instant E when created before E and not
 * resolved before E; overdue when also its due time is before E.
 */
function states(c: SqlCtx, id: 'backlog' | 'overdue_rate'): CompiledKpi {
  const q = new Query(c);
  const overdue = id === 'overdue_rate';
  const dims = dimsOf(c, 'tickets', TICKET_GROUPS);
  const period = q.need('period');
  const buckets = q.need('buckets');
  let dueExpr = 'NULL::TIMESTAMP';
  let join = '';
  if (overdue) {
    const st = c.settings.slaPolicy.length > 0 ? slaTargets(q) : null;
    const parts = [
      ...(c.has('tickets', 'due_at') ? ['r.due_at'] : []),
      ...(st ? ['r.created_at + to_seconds(st.resolution_s)'] : [])
    ];
    const d = parts.length > 1 ? `coalesce(${parts.join(', ')})` : parts[0];
    dueExpr = `CASE WHEN ${d} IS NOT NULL THEN greatest(${d}, r.created_at) END`;
    if (st) join = `\n${targetJoin(c, st)}`;
  }
  const rows = q.cte(
    'open_rows',
    `
-- tickets created before the end of the view; ${overdue ? 'due = due_at, else created + the policy’s resolution target; ' : ''}closed = when it stopped being open
SELECT r.created_at AS created, ${resolvedAt(c)} AS resolved, CASE WHEN ${resolvedAt(c)} IS NOT NULL THEN greatest(r.created_at, ${resolvedAt(c)}) END AS closed${overdue ? `, ${dueExpr} AS due` : ''}${dimCols(dims)}
FROM ${q.rows('tickets')} AS r${join}
CROSS JOIN ${period} AS p
WHERE r.created_at < p.cur_end${overdue ? ` AND ${dueExpr} IS NOT NULL` : ''}`
  );
  const openAt = (e: string) => `(created < ${e} AND (resolved IS NULL OR resolved >= ${e}))`;
  // Running sums over the buckets: +1 when a ticket opens (or falls due), −1 when it closes.
  const steps = q.cte(
    'steps',
    `
SELECT created AS t, 1 AS opened, 0 AS closed, 0 AS fell_due, 0 AS due_closed FROM ${rows}
UNION ALL SELECT closed, 0, 1, 0, 0 FROM ${rows} WHERE closed IS NOT NULL${
      overdue
        ? `
UNION ALL SELECT due, 0, 0, 1, 0 FROM ${rows}
UNION ALL SELECT greatest(due, resolved), 0, 0, 0, 1 FROM ${rows} WHERE resolved IS NOT NULL`
        : ''
    }`
  );
  const running = q.cte(
    'at_bucket_ends',
    `
-- steps before the view count from its first bucket; steps after it never
SELECT b.bucket,
  sum(coalesce(s.opened, 0)) OVER w AS existed,
  sum(coalesce(s.opened, 0) - coalesce(s.closed, 0)) OVER w AS open,
  sum(coalesce(s.fell_due, 0) - coalesce(s.due_closed, 0)) OVER w AS overdue
FROM ${buckets} AS b
LEFT JOIN (
  SELECT b.bucket, sum(opened) AS opened, sum(closed) AS closed, sum(fell_due) AS fell_due, sum(due_closed) AS due_closed
  FROM ${steps} AS s CROSS JOIN ${period} AS p
  ASOF JOIN ${buckets} AS b ON greatest(s.t, p.cur_start) >= b.start_at
  WHERE s.t < p.cur_end
  GROUP BY b.bucket
) AS s USING (bucket)
WINDOW w AS (ORDER BY b.start_at)`
  );
  const select = overdue
    ? [
        `SELECT 'value' AS part, NULL AS key, count(*) FILTER (WHERE due < p.cur_end) * 100.0 / nullif(count(*), 0) AS value, count(*) AS n, NULL AS median, NULL AS p90
FROM ${rows} CROSS JOIN ${period} AS p WHERE ${openAt('p.cur_end')}`,
        `SELECT 'previous', NULL, count(*) FILTER (WHERE due < p.cur_start) * 100.0 / nullif(count(*), 0), count(*), NULL, NULL
FROM ${rows} CROSS JOIN ${period} AS p WHERE ${openAt('p.cur_start')}`,
        `SELECT 'trend', bucket, overdue * 100.0 / nullif(open, 0), open, NULL, NULL FROM ${running}`,
        ...dims.map(
          (
            d
          ) => `SELECT 'by:${d}', coalesce(${d}, ''), count(*) FILTER (WHERE due < p.cur_end) * 100.0 / count(*), count(*), NULL, NULL
FROM ${rows} CROSS JOIN ${period} AS p WHERE ${openAt('p.cur_end')} GROUP BY 2`
        )
      ]
    : [
        `SELECT 'value' AS part, NULL AS key, CASE WHEN count(*) > 0 THEN count(*) FILTER (WHERE ${openAt('p.cur_end')}) END AS value,
  count(*) FILTER (WHERE ${openAt('p.cur_end')}) AS n, NULL AS median, NULL AS p90
FROM ${rows} CROSS JOIN ${period} AS p`,
        `SELECT 'previous', NULL, CASE WHEN count(*) FILTER (WHERE created < p.cur_start) > 0 THEN count(*) FILTER (WHERE ${openAt('p.cur_start')}) END,
  count(*) FILTER (WHERE ${openAt('p.cur_start')}), NULL, NULL
FROM ${rows} CROSS JOIN ${period} AS p`,
        `SELECT 'trend', bucket, CASE WHEN existed > 0 THEN open END, open, NULL, NULL FROM ${running}`,
        ...dims.map(
          (d) => `SELECT 'by:${d}', coalesce(${d}, ''), count(*), count(*), NULL, NULL
FROM ${rows} CROSS JOIN ${period} AS p WHERE ${openAt('p.cur_end')} GROUP BY 2`
        )
      ];
  return kpi(q, id, select.join('\nUNION ALL\n'), { breakdowns: dims });
}

export function backlog(c: SqlCtx): CompiledKpi {
  if (!c.hasKind('tickets') || !resolutionKnown(c)) return na('backlog', ['tickets.resolved_at', 'tickets.status']);
  return states(c, 'backlog');
}

export function overdueRate(c: SqlCtx): CompiledKpi {
  const id = 'overdue_rate';
  const t = c.hasKind('tickets');
  const due = t && (c.has('tickets', 'due_at') || c.settings.slaPolicy.length > 0);
  if (t && !due) return na(id, ['tickets.due_at'], ['no SLA policy in the settings either']);
  if (!t || !resolutionKnown(c)) return na(id, ['tickets.resolved_at', 'tickets.status']);
  return states(c, id);
}
