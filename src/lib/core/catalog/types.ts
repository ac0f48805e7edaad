/**
 * The shape of a KPI definition. The catalog itself (one file per group, ids from
 * ../shared/spec/kpi-catalog.md) is typed data built on these types.
 */
export type Direction = 'minimize' | 'maximize' | 'range' | 'none';
export type Unit = 'count' | 'seconds' | 'percent' | 'money';
export type KpiGroup = 'volume' | 'speed' | 'quality' | 'commitments' | 'team' | 'cost';

export const KPI_GROUPS: readonly KpiGroup[] = ['volume', 'speed', 'quality', 'commitments', 'team', 'cost'];

/** `value` for maximize / minimize; `lower`–`upper` for range. `warnBand` defaults to 10 % of the target. */
export type Target =
  | { readonly value: number; readonly warnBand?: number }
  | { readonly lower: number; readonly upper: number; readonly warnBand?: number };

export interface KpiDef {
  readonly id: string;
  readonly group: KpiGroup;
  readonly name: string;
  /** The formula in words, as shown in the detail view. */
  readonly formula: string;
  readonly unit: Unit;
  readonly direction: Direction;
  /** Fields it needs, as `kind.field` (alternatives the engine accepts are described in `formula`). */
  readonly needs: readonly string[];
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
