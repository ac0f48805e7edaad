/**
 * The agent (or team) view as data: every KPI whose result breaks down by that dimension, one
 * column each, one row per agent, each cell judged against the same target as the scorecard
 * (direction-aware status) — and a ranking by any column that puts the best first and leaves
 * out cells computed from too few records (low confidence: marked, never ranked).
 */
import { statusOf } from '$lib/core/catalog/status';
import type { KpiDef } from '$lib/core/catalog/types';
import { distanceToRange, isRangeTarget } from '$lib/core/catalog/status';
import type { KpiResult, KpiStatus, View } from '$lib/core/engine/types';
import { LOW_CONFIDENCE_N, targetFor, type TargetMap } from '../card-model';

export type PeopleDim = 'agent' | 'team';

/** The same figures twice under another id: the agent view shows first_response_time once. */
const DUPLICATES = new Set(['agent_first_response_time']);

export interface PeopleColumn {
  readonly def: KpiDef;
  readonly target: ReturnType<typeof targetFor>['target'];
}

export interface PeopleCell {
  readonly value: number | null;
  readonly n: number;
  readonly status: KpiStatus;
  /** Too few records to rank on (rates and durations under LOW_CONFIDENCE_N). */
  readonly low: boolean;
}

export interface PeopleRow {
  readonly key: string;
  /** Aligned with the columns; null = the KPI has no figure for this agent. */
  readonly cells: readonly (PeopleCell | null)[];
}

export interface PeopleTable {
  readonly columns: readonly PeopleColumn[];
  readonly rows: readonly PeopleRow[];
}

export function isLow(def: KpiDef, n: number): boolean {
  return n > 0 && n < LOW_CONFIDENCE_N && (def.unit === 'percent' || def.unit === 'seconds');
}

export function buildPeopleTable(
  catalog: readonly KpiDef[],
  results: readonly KpiResult[],
  targets: TargetMap,
  view: Pick<View, 'filters'>,
  dim: PeopleDim
): PeopleTable {
  const byId = new Map(results.map((r) => [r.id, r]));
  const columns: PeopleColumn[] = [];
  const perColumn: Map<string, KpiResult['breakdowns'][string][number]>[] = [];
  const keys = new Set<string>();
  for (const def of catalog) {
    const r = byId.get(def.id);
    const rows = r?.available ? r.breakdowns[dim] : undefined;
    if (!rows || DUPLICATES.has(def.id) || !rows.some((x) => x.key !== '')) continue;
    const setting = Object.hasOwn(targets, def.id) ? targets[def.id] : undefined;
    columns.push({ def, target: def.direction === 'none' ? undefined : targetFor(def, setting, view).target });
    perColumn.push(new Map(rows.filter((x) => x.key !== '').map((x) => [x.key, x])));
    for (const x of rows) if (x.key !== '') keys.add(x.key);
  }
  const rows = [...keys].sort().map((key) => ({
    key,
    cells: columns.map(({ def, target }, c) => {
      const b = perColumn[c].get(key);
      if (!b) return null;
      return {
        value: b.value,
        n: b.n,
        status: statusOf(def, { available: true, value: b.value }, target ?? null),
        low: isLow(def, b.n)
      };
    })
  }));
  return { columns, rows };
}

/** How good a value is for a KPI, as a number where smaller is better (null: cannot rank). */
function badness(col: PeopleColumn, v: number | null): number | null {
  if (v === null || !Number.isFinite(v)) return null;
  switch (col.def.direction) {
    case 'minimize':
      return v;
    case 'maximize':
      return -v;
    case 'range':
      return col.target && isRangeTarget(col.target) ? distanceToRange(v, col.target) : null;
    default:
      // Informational: largest first, only for ordering (no "better").
      return -v;
  }
}

export interface Ranked {
  readonly row: PeopleRow;
  /** 1-based rank on the sort column; null = not ranked (no value, or low confidence). */
  readonly rank: number | null;
}

/**
 * Rows ordered by column `c`, best first; rows without a value or with a low-confidence one
 * follow, in name order. Without a column: name order, nobody ranked.
 */
export function rankBy(table: PeopleTable, c: number | null): Ranked[] {
  if (c === null || !table.columns[c]) return table.rows.map((row) => ({ row, rank: null }));
  const col = table.columns[c];
  const score = (row: PeopleRow) => {
    const cell = row.cells[c];
    return cell && !cell.low ? badness(col, cell.value) : null;
  };
  const ranked = table.rows
    .filter((r) => score(r) !== null)
    .sort((a, b) => score(a)! - score(b)! || (a.key < b.key ? -1 : 1));
  const rest = table.rows.filter((r) => score(r) === null);
  let rank = 0;
  let prev: number | null = null;
  const out: Ranked[] = ranked.map((row, i) => {
    const s = score(row)!;
    if (s !== prev) rank = i + 1; // ties share a rank
    prev = s;
    return { row, rank };
  });
  return [...out, ...rest.map((row) => ({ row, rank: null }))];
}
