/**
 * The SQL twin of engine/aggregate.ts + row-kpi.ts: a KPI describes its rows as a `facts` CTE
 * (one row per record, `at` = the instant that places it in a period, `x` = its value, NULL = not
 * counted, plus its breakdown fields) and a stat; this writes the headline, previous period,
 * trend per bucket and one breakdown per field as one UNION ALL of plain GROUP BYs.
 *
 * Stats as in the engine: `mean` (avg), `rate` (share of 1s among 0/1 × 100), `sum`, `count`
 * (every row counts, `x` unused) and `max`; n = the values counted; a stat over no rows is NULL.
 * Median and p90 follow engine/quantile.ts: the even-count median is the mean of the two middle
 * values (DuckDB's `median`) and p90 is the nearest rank ⌈0.9·n⌉ (DuckDB's `quantile_disc`).
 */
import type { Query } from './context';

export type Stat = 'mean' | 'rate' | 'sum' | 'count' | 'max';

export function statSql(stat: Stat, x = 'x'): { value: string; n: string } {
  switch (stat) {
    case 'mean':
      return { value: `avg(${x})`, n: `count(${x})` };
    case 'rate':
      return { value: `avg(${x}) * 100`, n: `count(${x})` };
    case 'sum':
      return { value: `sum(${x})`, n: `count(${x})` };
    case 'max':
      return { value: `max(${x})`, n: `count(${x})` };
    case 'count':
      return { value: 'nullif(count(*), 0)', n: 'count(*)' };
  }
}

/**
 * `facts` rows of the view and the previous period, each with `in_view` and its trend `bucket`
 * (`at` in [cur_start, cur_end) is the view; [prev_start, cur_start) the previous period).
 */
export function placed(q: Query, facts: string, name = 'placed'): string {
  const period = q.need('period');
  const buckets = q.need('buckets');
  return q.cte(
    name,
    `
SELECT f.*, f.event_at >= p.cur_start AS in_view, b.bucket
FROM ${facts} AS f
CROSS JOIN ${period} AS p
ASOF LEFT JOIN ${buckets} AS b ON f.event_at >= b.start_at
WHERE f.event_at >= p.prev_start AND f.event_at < p.cur_end`
  );
}

export interface RowKpiSpec {
  /** CTE with `event_at`, `x` and the breakdown columns. */
  readonly facts: string;
  readonly stat: Stat;
  /** Breakdowns: name → column of `facts` (usually the same name). */
  readonly dims: readonly (string | readonly [string, string])[];
  /** Also median and p90 of the headline (duration KPIs with a mean). */
  readonly quantiles?: boolean;
  /** Further SELECTs of the same shape (part, key, value, n, median, p90) over `placed`. */
  readonly extra?: readonly string[];
}

export function dimName(d: string | readonly [string, string]): string {
  return typeof d === 'string' ? d : d[0];
}

/** The final SELECT of a row KPI (headline, previous, trend, breakdowns). */
export function rowKpiSelect(q: Query, spec: RowKpiSpec): string {
  const p = placed(q, spec.facts);
  const { value, n } = statSql(spec.stat);
  const quant = spec.quantiles ? 'median(x), quantile_disc(x, 0.9)' : 'NULL, NULL';
  const lines = [
    `SELECT 'value' AS part, NULL AS key, ${value} AS value, ${n} AS n, ${quant.replace(', ', ' AS median, ')} AS p90 FROM ${p} WHERE in_view`,
    `SELECT 'previous', NULL, ${value}, ${n}, NULL, NULL FROM ${p} WHERE NOT in_view`,
    `SELECT 'trend', bucket, ${value}, ${n}, NULL, NULL FROM ${p} WHERE in_view GROUP BY bucket`,
    ...spec.dims.map((d) => {
      const [name, col] = typeof d === 'string' ? [d, d] : d;
      return `SELECT 'by:${name}', coalesce(${col}, ''), ${value}, ${n}, NULL, NULL FROM ${p} WHERE in_view GROUP BY 2`;
    }),
    ...(spec.extra ?? [])
  ];
  return lines.join('\nUNION ALL\n');
}
