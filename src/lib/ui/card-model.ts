/**
 * What one KPI card (and the detail view, and the export) shows, derived from the engine's
 * `KpiResult`, the catalog definition and the workspace's targets — in one pure function, so the
 * screen and the exported file can never disagree about a status or a change.
 *
 * Promises: an unavailable KPI has `value: null` and its `missing` columns; "no data" (available,
 * n = 0) is `value: null` with status 'none'; nothing missing is ever turned into 0.
 */
import type { KpiDef, KpiGroup, Target, Unit, Direction } from '$lib/core/catalog/types';
import { changeOf, isImprovement, isRangeTarget, statusOf, warnBandOf } from '$lib/core/catalog/status';
import { targetFor as catalogTargetFor, type TargetSource } from '$lib/core/catalog/targets';
import type {
  KpiCaveat,
  KpiResult,
  KpiStatus,
  TargetSetting,
  TrendPoint,
  View,
  Breakdowns
} from '$lib/core/engine/types';

/**
 * The targets a workspace saved, per KPI id. A missing id means "the catalog's default" (storage
 * deletes a setting when it is reset, so there is no separate "removed" state).
 */
export type TargetMap = Readonly<Record<string, TargetSetting>>;

/** Below this many records a rate or a duration is flagged as low confidence. */
export const LOW_CONFIDENCE_N = 30;

export interface CardModel {
  readonly id: string;
  readonly group: KpiGroup;
  readonly unit: Unit;
  readonly direction: Direction;
  readonly available: boolean;
  readonly missing: readonly string[];
  readonly value: number | null;
  readonly median: number | null;
  readonly p90: number | null;
  readonly n: number;
  readonly previous: number | null;
  /** Relative change vs the previous period (−0.11 = 11 % lower); null when not comparable. */
  readonly change: number | null;
  /**
   * For rates (unit percent): the change in percentage points (value − previous), which is what
   * the card shows — a rate going from 2 % to 25 % is "+23 pp", not "+1,150 %". Null otherwise.
   */
  readonly pointsChange: number | null;
  /** True when the change moves in the KPI's direction (or toward its range); null when neutral/unknown. */
  readonly improvement: boolean | null;
  readonly status: KpiStatus;
  /** The target judged against (user's, channel's, or the catalog default); undefined = none. */
  readonly target: Target | undefined;
  /**
   * Where the target came from, for the card's wording and the targets screen. `mix`: channels
   * have targets of their own and none is filtered, so the target is theirs weighted by the
   * view's channel mix (never the strictest channel's alone).
   */
  readonly targetSource: TargetSource | 'mix';
  readonly trend: readonly TrendPoint[];
  readonly breakdowns: Breakdowns;
  readonly headline?: string;
  readonly notes: readonly string[];
  /** What the card says beside the figure (engine/types.ts `KpiCaveat`). */
  readonly caveats: readonly KpiCaveat[];
  readonly lowConfidence: boolean;
}

/**
 * The target that applies in a view: with exactly one channel filtered, that channel's (the
 * user's, then the catalog's channel default) — first response is judged against the email
 * target when looking at email alone. The rule itself is the catalog's (core/catalog/targets.ts).
 */
export function targetFor(
  def: KpiDef,
  setting: TargetSetting | undefined,
  view?: Pick<View, 'filters'>
): { target: Target | undefined; source: TargetSource } {
  const channels = view?.filters.channel;
  return catalogTargetFor(def, setting, channels && channels.length === 1 ? channels[0] : undefined);
}

/**
 * With no single channel filtered, a KPI whose channels have targets of their own is judged
 * against those targets weighted by the view's channel mix (the `channel` breakdown's n): half
 * email at 24 h and half chat at 10 min gives about 12 h, not 10 min. Records without a channel,
 * and channels without a target of their own, weigh in at the overall target. Null when there
 * is nothing to mix (no channel targets, no breakdown, range targets).
 */
export function mixTarget(
  def: KpiDef,
  setting: TargetSetting | undefined,
  result: KpiResult | undefined,
  view?: Pick<View, 'filters'>
): Target | null {
  const channels = view?.filters.channel;
  if (channels && channels.length === 1) return null;
  const own = setting ? setting.byChannel : def.channelTargets;
  const base = setting ? setting.target : def.defaultTarget;
  const rows = result?.breakdowns.channel;
  if (!own || !base || !rows || isRangeTarget(base) || def.direction === 'none') return null;
  let n = 0;
  let value = 0;
  let band = 0;
  let mixed = false;
  for (const row of rows) {
    const t: Target = (row.key && own[row.key]) || base;
    if (isRangeTarget(t)) return null;
    if (t !== base) mixed = true;
    n += row.n;
    value += row.n * t.value;
    band += row.n * warnBandOf(t, def.direction);
  }
  return mixed && n > 0 ? { value: value / n, warnBand: band / n } : null;
}

/** The "engine did not return this KPI" result: treated as unavailable, with the catalog's needs. */
function missingResult(def: KpiDef): KpiResult {
  return {
    id: def.id,
    available: false,
    missing: def.needs,
    value: null,
    n: 0,
    previous: null,
    previousN: 0,
    trend: [],
    breakdowns: {}
  };
}

export function buildCard(
  def: KpiDef,
  result: KpiResult | undefined,
  setting: TargetSetting | undefined,
  view?: Pick<View, 'filters'>
): CardModel {
  const r = result ?? missingResult(def);
  const chosen = targetFor(def, setting, view);
  const mix = chosen.source === 'channel' ? null : mixTarget(def, setting, r, view);
  const { target, source } = mix ? { target: mix, source: 'mix' as const } : chosen;
  const value = r.available ? r.value : null;
  const previous = r.available ? r.previous : null;
  return {
    id: def.id,
    group: def.group,
    unit: def.unit,
    direction: def.direction,
    available: r.available,
    missing: r.available ? [] : r.missing.length ? r.missing : def.needs,
    value,
    median: r.available ? (r.median ?? null) : null,
    p90: r.available ? (r.p90 ?? null) : null,
    n: r.n,
    previous,
    change: changeOf(previous, value),
    pointsChange:
      def.unit === 'percent' && typeof value === 'number' && typeof previous === 'number' ? value - previous : null,
    improvement: isImprovement(def, previous, value, target ?? null),
    status: statusOf(def, { available: r.available, value }, target ?? null),
    target: def.direction === 'none' ? undefined : target,
    targetSource: def.direction === 'none' ? 'none' : source,
    trend: r.trend,
    breakdowns: r.breakdowns,
    headline: r.headline,
    notes: r.notes ?? [],
    caveats: r.caveats ?? [],
    lowConfidence:
      r.available && r.n > 0 && r.n < LOW_CONFIDENCE_N && (def.unit === 'percent' || def.unit === 'seconds')
  };
}

/** Cards for every catalog KPI, in catalog order (the engine's result order does not matter). */
export function buildCards(
  catalog: readonly KpiDef[],
  results: readonly KpiResult[],
  targets: TargetMap,
  view?: Pick<View, 'filters'>
): CardModel[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  return catalog.map((def) =>
    buildCard(def, byId.get(def.id), Object.hasOwn(targets, def.id) ? targets[def.id] : undefined, view)
  );
}
