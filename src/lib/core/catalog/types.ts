/**
 * The shape of a KPI definition. The catalog itself (one file per group, ids from
 * ../shared/spec/kpi-catalog.md) is typed data built on these types: each group file is checked
 * against `KpiSpec` and keeps its ids as literal types, which together make `KpiId`.
 */
import type { KpiId } from './index';

export type Direction = 'minimize' | 'maximize' | 'range' | 'none';
export type Unit = 'count' | 'seconds' | 'percent' | 'money';
export type KpiGroup = 'volume' | 'speed' | 'quality' | 'commitments' | 'team' | 'cost';

export const KPI_GROUPS: readonly KpiGroup[] = ['volume', 'speed', 'quality', 'commitments', 'team', 'cost'];

export const DIRECTIONS: readonly Direction[] = ['minimize', 'maximize', 'range', 'none'];
export const UNITS: readonly Unit[] = ['count', 'seconds', 'percent', 'money'];

/** `value` for maximize / minimize; `lower`–`upper` for range. `warnBand` defaults to 10 % of the target. */
export type Target =
  | { readonly value: number; readonly warnBand?: number }
  | { readonly lower: number; readonly upper: number; readonly warnBand?: number };

/** A catalog entry as written in a group file, before its id is known to be one of `KpiId`. */
export interface KpiSpec {
  readonly id: string;
  readonly group: KpiGroup;
  readonly name: string;
  /** The formula in words, as shown in the detail view. */
  readonly formula: string;
  readonly unit: Unit;
  readonly direction: Direction;
  /** Fields it needs, as `kind.field` (alternatives the engine accepts are described in `formula`). */
  readonly needs: readonly string[];
  /**
   * Other sets of `kind.field` names, each of which also makes the KPI computable when `needs`
   * is not met (e.g. CSAT from `tickets.csat` instead of `surveys.score`). Lets the UI say
   * which columns would enable an unavailable KPI without guessing.
   */
  readonly alternatives?: readonly (readonly string[])[];
  /** Seed documents it comes from (../shared/seeds/). */
  readonly seeds: string;
  /** Duration KPI that can be computed in business hours. */
  readonly businessHours?: boolean;
  readonly defaultTarget?: Target;
  /** Why the default target is what it is (the seed figure, or "industry convention"). */
  readonly targetReason?: string;
  /** Per-channel default targets (first response differs for email, chat and phone). */
  readonly channelTargets?: Readonly<Record<string, Target>>;
}

/** A catalog entry: a `KpiSpec` whose id is one of the catalog's. */
export interface KpiDef extends KpiSpec {
  readonly id: KpiId;
}

/** A target the user saved for one KPI. */
export interface TargetSetting {
  readonly target: Target;
  /** Per-channel overrides. */
  readonly byChannel?: Readonly<Record<string, Target>>;
}
