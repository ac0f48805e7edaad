/**
 * A page of a drill-down list as plain values: the columns each record kind shows (the KPI's
 * relevant fields first, then the kind's usual ones, only those the data has) and, per row, its
 * cells — text, instants as epoch ms, numbers, the KPI's own per-row value. The UI formats them;
 * the CSV export takes all rows at once. Only the rows asked for are read, so a list of a
 * million records costs a page at a time.
 */
import { filled } from '../engine/columns';
import type { Dataset } from '../engine/types';
import { FIELDS, type FieldType, type RecordKind } from '../schema/fields';
import type { DrillSelection } from './select';
import { DEFAULT_FIELDS, MAX_FIELDS, drillSpec, type RowValueUnit } from './specs';

export interface DrillColumn {
  /** A canonical field name, or `value` for the KPI's per-row value. */
  readonly field: string;
  readonly type: FieldType | 'value';
  readonly unit?: RowValueUnit;
}

export interface DrillRow {
  readonly kind: RecordKind;
  /** Position in the whole list (0-based). */
  readonly index: number;
  /** Aligned with the kind's columns: text, epoch ms, number; null = no value. */
  readonly cells: readonly (string | number | null)[];
}

/** The columns of each kind present in the selection. */
export function drillColumns(data: Dataset, sel: DrillSelection): Partial<Record<RecordKind, DrillColumn[]>> {
  const spec = drillSpec(sel.kpi);
  const out: Partial<Record<RecordKind, DrillColumn[]>> = {};
  for (const seg of sel.segments) {
    const table = data[seg.kind];
    if (!table || out[seg.kind]) continue;
    const names = [...new Set([...(spec.fields?.[seg.kind] ?? []), ...DEFAULT_FIELDS[seg.kind]])].filter((f) =>
      filled(table, f)
    );
    const cols: DrillColumn[] = names.slice(0, MAX_FIELDS).map((field) => ({
      field,
      type: FIELDS[seg.kind].find((f) => f.name === field)?.type ?? 'text'
    }));
    // The KPI's own value right after the record's identity.
    if (spec.value && seg.vals)
      cols.splice(Math.min(1, cols.length), 0, { field: 'value', type: 'value', unit: spec.value });
    out[seg.kind] = cols;
  }
  return out;
}

export function drillRows(
  data: Dataset,
  sel: DrillSelection,
  columns: Readonly<Partial<Record<RecordKind, readonly DrillColumn[]>>>,
  offset: number,
  limit: number
): DrillRow[] {
  const rows: DrillRow[] = [];
  let base = 0;
  const end = Math.min(sel.count, offset + Math.max(0, limit));
  for (const seg of sel.segments) {
    const len = seg.rows.length;
    const from = Math.max(offset, base);
    const to = Math.min(end, base + len);
    const table = data[seg.kind]!;
    const cols = columns[seg.kind] ?? [];
    for (let x = from; x < to; x++) {
      const j = x - base;
      const i = seg.rows[j];
      const cells = cols.map((c) => {
        if (c.type === 'value') return seg.vals && seg.vals[j] === seg.vals[j] ? seg.vals[j] : null;
        const col = table.columns[c.field];
        if (!col) return null;
        if (col.type === 'text') return col.codes[i] === 0 ? null : col.dict[col.codes[i]];
        const v = col.values[i];
        return v === v ? v : null;
      });
      rows.push({ kind: seg.kind, index: x, cells });
    }
    base += len;
    if (base >= end) break;
  }
  return rows;
}
