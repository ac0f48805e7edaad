/**
 * What the engine takes and gives. The UI, the worker protocol and the export all use these.
 * Units in results: durations in seconds, rates in percent 0–100, counts and money as numbers.
 */
import type { ColumnTable } from '../columns/table';
import type { RecordKind } from '../schema/fields';
import type { KpiId } from '../catalog';

export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type HoursMode = 'calendar' | 'business';
export type RangeName = 'all' | 'last7' | 'last30' | 'last90' | 'mtd' | 'qtd' | 'ytd' | 'prev-month';
export const FILTER_FIELDS = ['channel', 'team', 'agent', 'priority', 'category'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** A view as the user asks for it (the URL state of ../shared/spec/scorecard-export.md). */
export interface View {
  /** Inclusive `YYYY-MM-DD` dates in the workspace time zone; or a named range. */
  readonly from?: string;
  readonly to?: string;
  readonly range?: RangeName;
  readonly grain: Grain;
  readonly filters: Readonly<Partial<Record<FilterField, readonly string[]>>>;
  readonly hours: HoursMode;
}

/** A view resolved to instants: `[start, end)` in epoch ms. */
export interface ResolvedView {
  readonly from: string;
  readonly to: string;
  readonly start: number;
  readonly end: number;
  readonly grain: Grain;
  readonly filters: Readonly<Partial<Record<FilterField, readonly string[]>>>;
  readonly hours: HoursMode;
}

/** Business hours: per weekday (0 = Sunday … 6 = Saturday) a list of [openMinute, closeMinute). */
export interface BusinessHours {
  readonly week: readonly (readonly (readonly [number, number])[])[];
  /** `YYYY-MM-DD` dates (workspace zone) when the team is closed all day. */
  readonly holidays: readonly string[];
}

/** First-response and resolution targets in seconds, by priority and/or channel ('*' = any). */
export interface SlaRule {
  readonly priority: string;
  readonly channel: string;
  readonly firstResponseSeconds: number;
  readonly resolutionSeconds: number;
}

export interface Settings {
  /** IANA zone, e.g. `Asia/Tehran`. Default: the browser's. */
  readonly timeZone: string;
  readonly businessHours: BusinessHours;
  readonly slaPolicy: readonly SlaRule[];
  /** Service-level threshold in seconds (default 20). */
  readonly serviceLevelSeconds: number;
  /** Customers with no activity for this many days count as inactive (default 90). */
  readonly inactivityDays: number;
  /** Same customer + category within this many days = repeat incident (default 7). */
  readonly repeatWindowDays: number;
  /** Response-time bucket bounds in seconds (default 1 h, 6 h, 12 h, 24 h). */
  readonly responseBuckets: readonly number[];
  /** CSAT: a response is satisfied when in the top `csatTopBox` points of its scale (default 2). */
  readonly csatTopBox: number;
  /** Week starts on this weekday (0 = Sunday, 1 = Monday, 6 = Saturday). */
  readonly weekStart: number;
}

/** Everything the engine reads: one table per record kind that has data. */
export type Dataset = Readonly<Partial<Record<RecordKind, ColumnTable>>>;

export type KpiStatus = 'good' | 'warn' | 'bad' | 'none' | 'unavailable';

export interface TrendPoint {
  /** Bucket start, `YYYY-MM-DD` in the workspace zone. */
  readonly start: string;
  readonly value: number | null;
  readonly n: number;
}

export interface BreakdownRow {
  readonly key: string;
  readonly value: number | null;
  readonly n: number;
}

/**
 * Breakdown names: `channel`, `agent`, `team`, `category`, `priority`, `queue`,
 * `hour_weekday` (key `"<weekday 0-6>:<hour 0-23>"`), `abandon_stage`, `bucket` (response-time
 * buckets, key like `"<1h"`), `weekday`, `hour`, `tag` (tag_report from tags), `segment`
 * (customer KPIs). Key `''` = records without that field. Rows are sorted by n, largest first
 * (`bucket` in bound order).
 */
export type Breakdowns = Readonly<Record<string, readonly BreakdownRow[]>>;

/**
 * What the card itself must say about a figure (notes are for the detail view), as a code the
 * interface words in each language:
 * - `same-age`: the previous period is seen as it stood when its tickets were as old as the
 *   view's, because the view's work is not finished yet;
 * - `costs-spread`: cost rows covering a period (a month by default) are spread over its days;
 * - `snapshot`: the data has no dates behind the figure: a state as exported, no comparison;
 * - `filter-excludes`: the view's filters leave nothing this KPI can measure (`filters` names them).
 */
export type KpiCaveat =
  | { readonly code: 'same-age' }
  | { readonly code: 'costs-spread' }
  | { readonly code: 'snapshot' }
  | { readonly code: 'filter-excludes'; readonly filters: readonly FilterField[] };

export interface KpiResult {
  readonly id: KpiId;
  /** False when the data lacks what the KPI needs: then `value` is null and `missing` says what. */
  readonly available: boolean;
  /** `kind.field` names that would make it computable. */
  readonly missing: readonly string[];
  /** Null when available but no record falls in the view (n = 0): "no data", never 0. */
  readonly value: number | null;
  readonly n: number;
  readonly median?: number | null;
  readonly p90?: number | null;
  /** The same KPI over the equally long period just before. */
  readonly previous: number | null;
  readonly previousN: number;
  readonly trend: readonly TrendPoint[];
  readonly breakdowns: Breakdowns;
  /** For mix KPIs (channel_mix, tag_report): the top label whose share is `value`. */
  readonly headline?: string;
  /** Computed from durations an export gave rather than from timestamps, or other caveats. */
  readonly notes?: readonly string[];
  /** What the card must say beside the figure (see `KpiCaveat`). */
  readonly caveats?: readonly KpiCaveat[];
}

export type { TargetSetting } from '../catalog/types';

export interface ScorecardResult {
  readonly view: ResolvedView;
  readonly kpis: readonly KpiResult[];
  /** Earliest and latest record time in the dataset (for `range=all` and date pickers). */
  readonly dataStart: number | null;
  readonly dataEnd: number | null;
  /** Distinct values available for each filter, for the filter menus. */
  readonly filterValues: Readonly<Partial<Record<FilterField, readonly string[]>>>;
  readonly computeMs: number;
}
