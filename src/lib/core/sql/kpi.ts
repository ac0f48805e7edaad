/**
 * Building blocks of the KPI compilers: the result constructors and the duration pass every
 * time KPI shares (the twin of engine/kpis/common.ts `durationsFor`: negative durations are
 * excluded, business hours when the view asks for them and the KPI is marked BH).
 */
import { rowKpiSelect, type RowKpiSpec } from './aggregate';
import type { KpiId } from '../catalog';
import type { Query } from './context';
import { dimCols, withBusinessSeconds } from './fragments';
import type { SqlKpi, SqlUnavailable } from './types';

export function na(id: KpiId, missing: readonly string[], notes?: readonly string[]): SqlUnavailable {
  return { id, available: false, missing, ...(notes ? { notes } : {}) };
}

export function kpi(
  q: Query,
  id: KpiId,
  select: string,
  o: Partial<Omit<SqlKpi, 'id' | 'available' | 'sql'>> = {}
): SqlKpi {
  return {
    id,
    available: true,
    sql: q.build(select),
    breakdowns: o.breakdowns ?? [],
    quantiles: o.quantiles ?? false,
    trend: o.trend ?? 'buckets',
    ...(o.keyOrder ? { keyOrder: o.keyOrder } : {}),
    ...(o.rankByMedian ? { rankByMedian: o.rankByMedian } : {}),
    ...(o.headline !== undefined ? { headline: o.headline } : {}),
    ...(o.notes ? { notes: o.notes } : {})
  };
}

/** A row KPI: facts CTE + stat → the standard query; breakdown names from `spec.dims`. */
export function rowKpi(q: Query, id: KpiId, spec: RowKpiSpec, extra: Partial<SqlKpi> = {}): SqlKpi {
  return kpi(q, id, rowKpiSelect(q, spec), {
    breakdowns: spec.dims.map((d) => (typeof d === 'string' ? d : d[0])),
    quantiles: spec.quantiles ?? false,
    ...extra
  });
}

export interface DurationSpec {
  /** CTE (or table) the rows come from, aliased `r`. */
  readonly from: string;
  /** Extra FROM clause (joins). */
  readonly join?: string;
  /** Attribution instant, start and end expressions over `r`. */
  readonly at: string;
  readonly start: string;
  readonly end: string;
  /** Rows the KPI does not count (x NULL), e.g. tickets resolved by status only. */
  readonly skip?: string;
  /** Business hours (a BH KPI in a business-hours view). */
  readonly business: boolean;
  readonly dims: readonly string[];
  /** Breakdown columns that are expressions: name → expression over `r`. */
  readonly dimExprs?: Readonly<Record<string, string>>;
}

/** facts(at, x, dims…) with x = the seconds from start to end, NULL when negative or skipped. */
export function durationFacts(q: Query, d: DurationSpec): string {
  const period = q.need('period');
  const exprDims = Object.entries(d.dimExprs ?? {})
    .map(([name, e]) => `, ${e} AS ${name}`)
    .join('');
  const spans = q.cte(
    'spans',
    `
SELECT ${d.at} AS event_at, ${d.start} AS s_at, ${d.end} AS e_at${d.skip ? `, ${d.skip} AS skip` : ''}${dimCols(d.dims)}${exprDims}
FROM ${d.from} AS r${d.join ? `\n${d.join}` : ''}
CROSS JOIN ${period} AS p
WHERE ${d.at} >= p.prev_start AND ${d.at} < p.cur_end`
  );
  const src = d.business ? withBusinessSeconds(q, 'open_spans', spans, 's_at', 'e_at', 'business_s') : spans;
  const secs = d.business ? 'business_s' : 'epoch(e_at) - epoch(s_at)';
  const comment = d.business ? 'open business seconds' : 'calendar seconds';
  return q.cte(
    'facts',
    `
-- ${comment}; an end before its start is left out
SELECT *, CASE WHEN e_at >= s_at${d.skip ? ' AND NOT coalesce(skip, FALSE)' : ''} THEN ${secs} END AS x
FROM ${src}`
  );
}
