/**
 * Cost and customer KPIs in SQL (twins of engine/kpis/cost.ts). Costs are placed by
 * period_start; customers are counted as of an instant (the end of the period or of each bucket).
 * Neither carries the filter fields, so filters never narrow them.
 */
import { CALL_COST } from '../../engine/kpis/cost';
import { placed, rowKpiSelect } from '../aggregate';
import { Query, type SqlCtx } from '../context';
import { dimsOf, inbound, isFilled } from '../fragments';
import { kpi, na } from '../kpi';
import { str, ts } from '../literals';
import type { CompiledKpi } from '../types';

/** Customer trends rescan the table per bucket; beyond this many row-visits the engine skips them. */
const TREND_WORK = 20_000_000;

export function operatingCost(c: SqlCtx): CompiledKpi {
  const id = 'operating_cost';
  if (!c.hasKind('costs') || !c.has('costs', 'amount')) return na(id, ['costs.amount']);
  const q = new Query(c);
  const dims = dimsOf(c, 'costs', ['category']);
  const facts = q.cte(
    'facts',
    `SELECT period_start AS event_at, amount AS x${dims.map((d) => `, ${d}`).join('')} FROM costs`
  );
  return kpi(q, id, rowKpiSelect(q, { facts, stat: 'sum', dims }), { breakdowns: dims });
}

export function costPerCall(c: SqlCtx): CompiledKpi {
  const id = 'cost_per_call';
  const calls = c.hasKind('calls');
  const useCallCost = calls && isFilled(c, 'calls', 'cost');
  const costRows = c.hasKind('costs') && c.has('costs', 'amount');
  if (!calls || (!useCallCost && !costRows)) return na(id, [...(calls ? [] : ['calls.queued_at']), 'costs.amount']);
  const q = new Query(c);
  const re = str(CALL_COST.source);
  const keep = c.has('costs', 'category')
    ? `NOT EXISTS (SELECT 1 FROM costs WHERE regexp_matches(category, ${re}, 'i')) OR coalesce(regexp_matches(category, ${re}, 'i'), FALSE)`
    : 'TRUE';
  const facts = q.cte(
    'facts',
    useCallCost
      ? `
-- inbound calls and their own cost (calls.cost)
SELECT r.queued_at AS event_at, 1 AS calls, r.cost FROM ${q.rows('calls')} AS r WHERE ${inbound(c)}`
      : `
-- inbound calls, and the call-related cost rows (all cost rows when no category looks call-related)
SELECT r.queued_at AS event_at, 1 AS calls, NULL::DOUBLE AS cost FROM ${q.rows('calls')} AS r WHERE ${inbound(c)}
UNION ALL
SELECT period_start, 0, amount FROM costs WHERE ${keep}`
  );
  const p = placed(q, facts);
  // No calls, or no cost figure in the span: no value (n 0), never 0.
  const value = 'CASE WHEN count(cost) > 0 THEN sum(cost) / nullif(sum(calls), 0) END';
  const n = 'CASE WHEN count(cost) > 0 THEN sum(calls) ELSE 0 END';
  const select = [
    `SELECT 'value' AS part, NULL AS key, ${value} AS value, ${n} AS n, NULL AS median, NULL AS p90 FROM ${p} WHERE in_view`,
    `SELECT 'previous', NULL, ${value}, ${n}, NULL, NULL FROM ${p} WHERE NOT in_view`,
    `SELECT 'trend', bucket, ${value}, ${n}, NULL, NULL FROM ${p} WHERE in_view GROUP BY bucket`
  ];
  return kpi(q, id, select.join('\nUNION ALL\n'), {
    notes: [useCallCost ? 'from calls.cost' : 'cost periods are attributed by period_start']
  });
}

const created = (c: SqlCtx, a = 'cu') => (c.has('customers', 'created_at') ? `${a}.created_at` : 'NULL');
const churned = (c: SqlCtx, a = 'cu') => (c.has('customers', 'churned_at') ? `${a}.churned_at` : 'NULL');

/** Customers existing at instant `x`: created before it (or creation unknown), not churned before it. */
function existsAt(c: SqlCtx, x: string, a = 'cu'): string {
  return `(${created(c, a)} IS NULL OR ${created(c, a)} < ${x}) AND (${churned(c, a)} IS NULL OR ${churned(c, a)} >= ${x})`;
}

const trendAllowed = (c: SqlCtx) => (c.profile.kinds.customers?.rows ?? 0) * c.buckets.keys.length <= TREND_WORK;

export function revenuePerCustomer(c: SqlCtx): CompiledKpi {
  const id = 'revenue_per_customer';
  if (!c.hasKind('customers') || !c.has('customers', 'revenue')) return na(id, ['customers.revenue']);
  const q = new Query(c);
  const p = q.need('period');
  const until = (x: string) => `(${created(c)} IS NULL OR ${created(c)} < ${x}) AND cu.revenue IS NOT NULL`;
  const trend = c.has('customers', 'created_at') && trendAllowed(c);
  const seg = c.has('customers', 'segment');
  const select = [
    `-- revenue to date / customers to date (those with a revenue figure), at the end of the period`,
    `SELECT 'value' AS part, NULL AS key, avg(cu.revenue) AS value, count(*) AS n, NULL AS median, NULL AS p90 FROM customers AS cu CROSS JOIN ${p} AS p WHERE ${until('p.cur_end')}`,
    `SELECT 'previous', NULL, avg(cu.revenue), count(*), NULL, NULL FROM customers AS cu CROSS JOIN ${p} AS p WHERE ${until('p.cur_start')}`,
    ...(trend
      ? [
          `SELECT 'trend', b.bucket, avg(cu.revenue), count(*), NULL, NULL FROM ${q.need('buckets')} AS b JOIN customers AS cu ON ${until('b.end_at')} GROUP BY b.bucket`
        ]
      : []),
    ...(seg
      ? [
          `SELECT 'by:segment', coalesce(cu.segment, ''), avg(cu.revenue), count(*), NULL, NULL FROM customers AS cu CROSS JOIN ${p} AS p WHERE ${until('p.cur_end')} GROUP BY 2`
        ]
      : [])
  ];
  return kpi(q, id, select[0] + '\n' + select.slice(1).join('\nUNION ALL\n'), {
    breakdowns: seg ? ['segment'] : [],
    trend: trend ? 'buckets' : 'none'
  });
}

export function inactiveCustomers(c: SqlCtx): CompiledKpi {
  const id = 'inactive_customers';
  if (!c.hasKind('customers') || !c.has('customers', 'last_active_at')) return na(id, ['customers.last_active_at']);
  const q = new Query(c);
  const end = Math.min(c.view.end, c.now);
  const days = c.settings.inactivityDays;
  const seg = c.has('customers', 'segment');
  const facts = q.cte(
    'facts',
    `
-- customers existing at ${new Date(end).toISOString()} (the period end, at most now) with a known last activity:
-- 1 when it is more than ${days} days before then
SELECT CASE WHEN cu.last_active_at < ${ts(end - days * 86_400_000)} THEN 1 ELSE 0 END AS x${seg ? ', cu.segment' : ''}
FROM customers AS cu
WHERE cu.last_active_at IS NOT NULL AND ${existsAt(c, ts(end))}`
  );
  const select = [
    `SELECT 'value' AS part, NULL AS key, avg(x) * 100 AS value, count(*) AS n, NULL AS median, NULL AS p90 FROM ${facts}`,
    ...(seg
      ? [`SELECT 'by:segment', coalesce(segment, ''), avg(x) * 100, count(*), NULL, NULL FROM ${facts} GROUP BY 2`]
      : [])
  ];
  return kpi(q, id, select.join('\nUNION ALL\n'), { breakdowns: seg ? ['segment'] : [], trend: 'none' });
}

export function retentionRate(c: SqlCtx): CompiledKpi {
  const id = 'retention_rate';
  const cr = c.has('customers', 'created_at');
  const ch = c.has('customers', 'churned_at');
  if (!c.hasKind('customers') || !cr || !ch)
    return na(id, [...(cr ? [] : ['customers.created_at']), ...(ch ? [] : ['customers.churned_at'])]);
  const q = new Query(c);
  const p = q.need('period');
  // New = created in the period and still there at its end.
  const rate = (s: string, e: string) =>
    `(count(*) FILTER (WHERE ${existsAt(c, e)}) - count(*) FILTER (WHERE cu.created_at >= ${s} AND cu.created_at < ${e} AND ${existsAt(c, e)})) * 100.0
    / nullif(count(*) FILTER (WHERE ${existsAt(c, s)}), 0)`;
  const atStart = (s: string) => `count(*) FILTER (WHERE ${existsAt(c, s)})`;
  const over = (s: string, e: string) => `${rate(s, e)}, ${atStart(s)}`;
  const trend = trendAllowed(c);
  const select = [
    `-- ((customers at the end − new customers) / customers at the start) × 100, of customers with a known start`,
    `SELECT 'value' AS part, NULL AS key, ${rate('p.cur_start', 'p.cur_end')} AS value, ${atStart('p.cur_start')} AS n, NULL AS median, NULL AS p90
FROM customers AS cu CROSS JOIN ${p} AS p WHERE cu.created_at IS NOT NULL`,
    `SELECT 'previous', NULL, ${over('p.prev_start', 'p.cur_start')}, NULL, NULL FROM customers AS cu CROSS JOIN ${p} AS p WHERE cu.created_at IS NOT NULL`,
    ...(trend
      ? [
          `SELECT 'trend', b.bucket, ${over('b.start_at', 'b.end_at')}, NULL, NULL
FROM ${q.need('buckets')} AS b CROSS JOIN customers AS cu WHERE cu.created_at IS NOT NULL GROUP BY b.bucket`
        ]
      : [])
  ];
  return kpi(q, id, select[0] + '\n' + select.slice(1).join('\nUNION ALL\n'), { trend: trend ? 'buckets' : 'none' });
}
