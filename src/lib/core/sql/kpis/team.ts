/** Requests closed per agent in SQL (twin of engine/kpis/team.ts). */
import { placed } from '../aggregate';
import { Query, type SqlCtx } from '../context';
import { resolutionKnown, resolvedAt } from '../fragments';
import { kpi, na } from '../kpi';
import type { CompiledKpi } from '../types';

export function closedPerAgent(c: SqlCtx): CompiledKpi {
  const id = 'closed_per_agent';
  const agent = c.has('tickets', 'agent');
  const known = c.hasKind('tickets') && resolutionKnown(c);
  if (!c.hasKind('tickets') || !agent || !known)
    return na(id, [...(agent ? [] : ['tickets.agent']), ...(known ? [] : ['tickets.resolved_at'])]);
  const q = new Query(c);
  const facts = q.cte(
    'facts',
    `
-- tickets resolved in the period that name an agent
SELECT ${resolvedAt(c)} AS event_at, r.agent FROM ${q.rows('tickets')} AS r WHERE r.agent IS NOT NULL`
  );
  const p = placed(q, facts);
  const per = 'count(*) / nullif(count(DISTINCT agent), 0)';
  const select = [
    `SELECT 'value' AS part, NULL AS key, ${per} AS value, count(*) AS n, NULL AS median, NULL AS p90 FROM ${p} WHERE in_view`,
    `SELECT 'previous', NULL, ${per}, count(*), NULL, NULL FROM ${p} WHERE NOT in_view`,
    `SELECT 'trend', bucket, ${per}, count(*), NULL, NULL FROM ${p} WHERE in_view GROUP BY bucket`,
    `SELECT 'by:agent', agent, count(*), count(*), NULL, NULL FROM ${p} WHERE in_view GROUP BY agent`
  ];
  return kpi(q, id, select.join('\nUNION ALL\n'), { breakdowns: ['agent'] });
}
