/**
 * The compare view as data: every KPI for A and for B (two periods, or two channels or teams
 * over one period), each judged against its target, and the change from A to B toned by
 * whether it is an improvement for that KPI (its direction, or toward its range) — rates as a
 * difference in percentage points, everything else as a relative change.
 */
import { changeOf, isImprovement } from '$lib/core/catalog/status';
import type { KpiDef } from '$lib/core/catalog/types';
import type { KpiResult, View } from '$lib/core/engine/types';
import { buildCard, type CardModel, type TargetMap } from '../card-model';

export interface CompareRow {
  readonly def: KpiDef;
  readonly a: CardModel;
  readonly b: CardModel;
  /** B − A in percentage points (rates), or (B − A) / |A| (others); null when not comparable. */
  readonly delta: { readonly kind: 'pp' | 'relative'; readonly value: number } | null;
  readonly tone: 'better' | 'worse' | 'same' | 'none';
}

export function buildCompare(
  catalog: readonly KpiDef[],
  a: readonly KpiResult[],
  b: readonly KpiResult[],
  targets: TargetMap,
  viewA: Pick<View, 'filters'>,
  viewB: Pick<View, 'filters'>
): CompareRow[] {
  const byA = new Map(a.map((r) => [r.id, r]));
  const byB = new Map(b.map((r) => [r.id, r]));
  return catalog.map((def) => {
    const setting = Object.hasOwn(targets, def.id) ? targets[def.id] : undefined;
    const ca = buildCard(def, byA.get(def.id), setting, viewA);
    const cb = buildCard(def, byB.get(def.id), setting, viewB);
    const va = ca.available ? ca.value : null;
    const vb = cb.available ? cb.value : null;
    let delta: CompareRow['delta'] = null;
    if (va !== null && vb !== null) {
      if (def.unit === 'percent') delta = { kind: 'pp', value: vb - va };
      else {
        const rel = changeOf(va, vb);
        delta = rel === null ? null : { kind: 'relative', value: rel };
      }
    }
    const better = isImprovement(def, va, vb, ca.target ?? null);
    const tone =
      va === null || vb === null || def.direction === 'none'
        ? 'none'
        : better === null
          ? 'same'
          : better
            ? 'better'
            : 'worse';
    return { def, a: ca, b: cb, delta, tone };
  });
}

/** The period just before `from`–`to` with the same number of days (`YYYY-MM-DD`). */
export function periodBefore(from: string, to: string): { from: string; to: string } {
  const day = 86_400_000;
  const f = Date.parse(`${from}T00:00:00Z`);
  const t = Date.parse(`${to}T00:00:00Z`);
  const len = Math.round((t - f) / day) + 1;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(f - len * day), to: iso(f - day) };
}
