/**
 * The KPI catalog: every KPI of ../shared/spec/kpi-catalog.md as typed data, in group order
 * (volume, speed, quality, commitments, team, cost). Ids are a contract shared with the engine,
 * the export, URL state and saved targets; index.test.ts holds them to the spec's list.
 */
import type { KpiDef, KpiGroup } from './types';
import { VOLUME } from './volume';
import { SPEED } from './speed';
import { QUALITY } from './quality';
import { COMMITMENTS } from './commitments';
import { TEAM } from './team';
import { COST } from './cost';

export type { KpiDef, KpiSpec, KpiGroup, Target, TargetSetting, Direction, Unit } from './types';
export { KPI_GROUPS } from './types';
export { defaultTargetFor, targetFor, type TargetSource } from './targets';

/**
 * Every catalog id, as a type. It comes from the group files' literal ids, so adding a KPI there
 * is all it takes for the compiler to ask for its engine function (engine/registry.ts) and its
 * texts in every language (text/*.ts), which are records keyed by `KpiId`.
 */
export type KpiId = (
  typeof VOLUME | typeof SPEED | typeof QUALITY | typeof COMMITMENTS | typeof TEAM | typeof COST
)[number]['id'];

export const CATALOG: readonly KpiDef[] = Object.freeze([
  ...VOLUME,
  ...SPEED,
  ...QUALITY,
  ...COMMITMENTS,
  ...TEAM,
  ...COST
]);

export const KPI_IDS: readonly KpiId[] = Object.freeze(CATALOG.map((d) => d.id));

const BY_ID: ReadonlyMap<string, KpiDef> = new Map(CATALOG.map((d) => [d.id, d]));

/** True for an id of the catalog (ids from URLs, saved targets and files are plain strings). */
export function isKpiId(id: string): id is KpiId {
  return BY_ID.has(id);
}

/** The definition of a KPI, or undefined for an id the catalog does not know. */
export function kpiById(id: string): KpiDef | undefined {
  return BY_ID.get(id);
}

/** The KPIs of one group, in catalog order. */
export function kpisOfGroup(group: KpiGroup): readonly KpiDef[] {
  return CATALOG.filter((d) => d.group === group);
}
