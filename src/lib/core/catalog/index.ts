/**
 * The KPI catalog: every KPI of ../shared/spec/kpi-catalog.md as typed data, in group order
 * (volume, speed, quality, commitments, team, cost). Ids are a contract shared with the engine,
 * the export, URL state and saved targets; index.test.ts holds them to the spec's list.
 */
import type { KpiDef, KpiGroup, Target } from './types';
import { VOLUME } from './volume';
import { SPEED } from './speed';
import { QUALITY } from './quality';
import { COMMITMENTS } from './commitments';
import { TEAM } from './team';
import { COST } from './cost';

export type { KpiDef, KpiGroup, Target, Direction, Unit } from './types';
export { KPI_GROUPS } from './types';

export const CATALOG: readonly KpiDef[] = Object.freeze([
  ...VOLUME,
  ...SPEED,
  ...QUALITY,
  ...COMMITMENTS,
  ...TEAM,
  ...COST
]);

export const KPI_IDS: readonly string[] = Object.freeze(CATALOG.map((d) => d.id));

const BY_ID: ReadonlyMap<string, KpiDef> = new Map(CATALOG.map((d) => [d.id, d]));

/** The definition of a KPI, or undefined for an id the catalog does not know. */
export function kpiById(id: string): KpiDef | undefined {
  return BY_ID.get(id);
}

/** The KPIs of one group, in catalog order. */
export function kpisOfGroup(group: KpiGroup): readonly KpiDef[] {
  return CATALOG.filter((d) => d.group === group);
}

/**
 * The default target that applies to a KPI, for one channel when given: the channel's own
 * default when the KPI has one (first response differs for email, chat and phone), otherwise
 * the KPI's overall default. Undefined when the KPI has no default (its status is then 'none').
 */
export function defaultTargetFor(def: KpiDef, channel?: string): Target | undefined {
  if (channel !== undefined) {
    const byChannel = def.channelTargets?.[channel];
    if (byChannel) return byChannel;
  }
  return def.defaultTarget;
}
