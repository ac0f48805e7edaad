/**
 * KPIs whose definition in the TypeScript engine moved ahead of their SQL twin in this version.
 *
 * Why a list: the two engines must never print different figures for the same KPI
 * (src/cli/differential.test.ts holds them equal). When the engine's definition changes first,
 * the SQL compiler answers "not in SQL yet" for that KPI, with the reason, instead of a number
 * that follows the old definition. Remove an id once its twin follows the engine again; the
 * differential test then compares it like every other KPI.
 */
import type { KpiId } from '../catalog';

export const SQL_BEHIND: Partial<Record<KpiId, string>> = {
  csat: 'ratings from several sources, each broken down by its linked ticket',
  satisfaction_index: 'ratings from several sources, each broken down by its linked ticket',
  sla_compliance: 'judged as of the end of the data, with open tickets not yet due left undecided',
  overdue_rate: 'judged as of the end of the data',
  backlog: 'open tickets counted as of the end of the data',
  revenue_per_customer: 'customers counted as of the end of the period, the previous one at the same age',
  retention_rate: 'customers counted as of the end of the period, the previous one at the same age',
  resolution_rate: 'the previous period judged at the same age as this one',
  operating_cost: 'cost rows spread over the days they cover',
  cost_per_call: 'cost rows spread over the days they cover'
};

/** The note an unavailable SQL result carries for such a KPI (the CLI prints it). */
export function behindNote(id: KpiId): string | null {
  const why = SQL_BEHIND[id];
  return why ? `not in SQL yet: the app's definition changed (${why})` : null;
}
