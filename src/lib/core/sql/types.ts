/**
 * What the SQL compiler produces per KPI: either the reason it cannot be computed (the same
 * `missing` columns the engine reports) or one DuckDB query plus how to read its rows back into
 * the engine's KpiResult shape (assemble.ts).
 *
 * Every query returns rows of (part, key, value, n, median, p90):
 * - part 'value': the headline (key NULL); 'previous': the previous period;
 * - 'trend': one row per bucket with data (key = bucket's first local day, `YYYY-MM-DD`);
 * - 'by:<name>': one row per breakdown key ('' = records without that field);
 * - 'headline': key = the label a mix KPI's value is the share of.
 */
import type { KpiId } from '../catalog';

export interface SqlUnavailable {
  readonly id: KpiId;
  readonly available: false;
  readonly missing: readonly string[];
  readonly notes?: readonly string[];
}

export interface SqlKpi {
  readonly id: KpiId;
  readonly available: true;
  readonly sql: string;
  /** Breakdown names the result carries (an empty list when the view has no rows for one). */
  readonly breakdowns: readonly string[];
  /** Report median and p90 (duration KPIs with a mean). */
  readonly quantiles: boolean;
  /** Trend per bucket, or none (states that cannot be reconstructed, e.g. inactive customers). */
  readonly trend: 'buckets' | 'none';
  /** Breakdowns listed in this key order instead of largest n first. */
  readonly keyOrder?: Readonly<Record<string, readonly string[]>>;
  /**
   * Breakdowns ranked by the row's `median` column instead of n (it then carries the weight the
   * engine ranks by: hours with calls for calls_answered_per_hour, whose n is calls offered).
   */
  readonly rankByMedian?: readonly string[];
  /** A headline known at compile time (response_time_buckets names its first bucket). */
  readonly headline?: string;
  readonly notes?: readonly string[];
}

export type CompiledKpi = SqlKpi | SqlUnavailable;

/** One row of a KPI query. */
export interface SqlRow {
  readonly part: string;
  readonly key: string | null;
  readonly value: number | null;
  readonly n: number | null;
  readonly median: number | null;
  readonly p90: number | null;
}
