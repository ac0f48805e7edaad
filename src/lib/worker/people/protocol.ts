/**
 * The requests behind the drill-down (the records behind a figure) and the staffing view, as
 * part of the one worker protocol (../protocol.ts `Requests` extends these).
 */
import type { DrillColumn, DrillQuery, DrillRow, DrillSet } from '../../core/drill';
import type { RecordKind } from '../../core/schema/fields';
import type { View } from '../../core/engine/types';
import type { Plan } from '../../core/staffing';

/** The workspace's stored settings apply, as for `compute` (the page never sends its own). */
export interface DrillRequest {
  readonly view: View;
  readonly now?: number;
  readonly query: DrillQuery;
  /** The rows wanted, as positions in the sorted list: a page of a virtualised list, or all for a CSV. */
  readonly offset: number;
  readonly limit: number;
}

export interface DrillAnswer {
  readonly kpi: string;
  readonly available: boolean;
  readonly missing: readonly string[];
  readonly set: DrillSet;
  /** Records counted in the cell (the KPI's n there), of them in the numerator (null: none), listed. */
  readonly n: number;
  readonly num: number | null;
  readonly count: number;
  readonly from: string;
  readonly to: string;
  /** The KPI's value for the whole view, and the figure of the drilled cell. */
  readonly value: number | null;
  readonly cell: { readonly value: number | null; readonly n: number } | null;
  readonly columns: Readonly<Partial<Record<RecordKind, readonly DrillColumn[]>>>;
  readonly rows: readonly DrillRow[];
  readonly offset: number;
  /** Worker time for this answer (selection, when not cached, and the page). */
  readonly ms: number;
}

export interface StaffingRequest {
  readonly view: View;
  /** The service-level target as a share of calls answered within the threshold, 0–1. */
  readonly targetShare: number;
  readonly now?: number;
}

export interface StaffingAnswer {
  readonly available: boolean;
  readonly missing: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly weeks: number;
  readonly timeZone: string;
  readonly offered: number;
  readonly abandoned: number;
  /** True when the calls name their agents (so "answered by" is known). */
  readonly agentsKnown: boolean;
  readonly plan: Plan;
}

export interface PeopleRequests {
  /** A page of the records behind a KPI figure (selection cached for the next pages). */
  drill: { req: DrillRequest; res: DrillAnswer };
  /** Agents needed per hour of the week for the service-level target (Erlang C and A). */
  staffing: { req: StaffingRequest; res: StaffingAnswer };
}

export const PEOPLE_REQUEST_NAMES = ['drill', 'staffing'] as const satisfies readonly (keyof PeopleRequests)[];
