/**
 * What a KPI counted, for the drill-down (../drill): while `ctx.picks` is set, a KPI function
 * reports the view's rows it looked at and, per row, whether it counted (is in `n`) and whether
 * it is in the numerator — the very arrays its aggregation reads, so the list behind a number
 * can never disagree with the number. In a normal compute `ctx.picks` is null and `pick` returns
 * at once: the scorecard pays nothing for it.
 */
import type { RecordKind } from '../schema/fields';
import type { Cells, Group } from './aggregate';
import type { Ctx } from './context';

/** A breakdown whose rows can carry several labels (tags): `labels[codes[row]]`. */
export interface LabelGroup {
  readonly name: string;
  readonly codes: Uint32Array;
  readonly labels: readonly (readonly string[])[];
}

export type PickGroup = Group | Cells | LabelGroup;

/**
 * Which counted rows make the numerator: `ones` = value 1 (rates, counts of flagged rows);
 * `none` = the KPI has no numerator (means, maxima, plain counts: its count is `n`);
 * `{ by, key }` = the rows of one breakdown key (a mix KPI's top label).
 */
export type Numerator = 'ones' | 'none' | { readonly by: string; readonly key: string };

export interface Pick {
  readonly kind: RecordKind;
  /** Table rows the KPI looked at for the view, ascending. */
  readonly rows: Uint32Array;
  /**
   * Aligned with `rows`: NaN = not counted; any other value = counted (in `n`), and the KPI's
   * own per-row value (a duration, a score, 1/0 for a rate). Null = every listed row counted.
   */
  readonly vals: Float64Array | null;
  readonly numerator: Numerator;
  /** The breakdowns the KPI reports, by the same codes (for a breakdown cell's records). */
  readonly groups: readonly PickGroup[];
}

/** True while drilling: a KPI may then build arrays it only needs for its pick. */
export function picking(ctx: Ctx): boolean {
  return ctx.picks !== null;
}

/** Records a pick (copied: KPI functions pass pooled scratch buffers). */
export function pick(ctx: Ctx, p: Pick): void {
  if (ctx.picks === null) return;
  ctx.picks.push({ ...p, rows: p.rows.slice(), vals: p.vals ? p.vals.slice(0, p.rows.length) : null });
}

/** 1 (counted) where `flags[row]` is set, NaN elsewhere: a pick's values for a row filter. */
export function countedWhere(rows: Uint32Array, flags: Uint8Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = flags[rows[j]] === 1 ? 1 : NaN;
  return out;
}

/** Every row of a table, for KPIs that look at the whole table (states at an instant). */
export function allRows(length: number): Uint32Array {
  const out = new Uint32Array(length);
  for (let i = 0; i < length; i++) out[i] = i;
  return out;
}
