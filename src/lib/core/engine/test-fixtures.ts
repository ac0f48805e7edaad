/**
 * Test helpers (used by the engine's tests only): build ColumnTables from a few literal rows
 * through the real TableBuilder, so golden tests read like the CSV they stand for. Times are ISO
 * strings (UTC unless they carry an offset); booleans are 1/0; null = missing.
 */
import { TableBuilder } from '../columns/builder';
import type { ColumnTable } from '../columns/table';
import { fieldDef, type RecordKind } from '../schema/fields';
import { defaultSettings } from '../time/settings';
import { computeScorecard } from './index';
import type { Dataset, KpiResult, Settings, View } from './types';

export type Cell = string | number | null;

export function table(
  kind: RecordKind,
  rows: readonly Record<string, Cell>[],
  extraColumns: readonly string[] = []
): ColumnTable {
  const names = [...new Set([...rows.flatMap((r) => Object.keys(r)), ...extraColumns])];
  const fields = names.map((name) => {
    const def = fieldDef(kind, name);
    if (!def) throw new Error(`${kind} has no field ${name}`);
    return { name, type: def.type };
  });
  const b = new TableBuilder(kind, fields, 8);
  for (const r of rows) {
    for (const f of fields) {
      const v = r[f.name] ?? null;
      if (f.type === 'text') b.text(f.name).push(v === null ? null : String(v));
      else if (f.type === 'time') b.numeric(f.name).push(v === null ? NaN : typeof v === 'number' ? v : Date.parse(v));
      else b.numeric(f.name).push(v === null ? NaN : Number(v));
    }
    b.endRow();
  }
  return b.finish();
}

export function settings(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings('UTC'), ...over };
}

export function view(over: Partial<View> = {}): View {
  return { grain: 'day', filters: {}, hours: 'calendar', ...over };
}

/** Epoch ms of an ISO string, for readable `now` values. */
export const at = (iso: string): number => Date.parse(iso);

/** Every KPI of a compute, by id. `now` defaults to well after any fixture date. */
export function kpis(
  data: Dataset,
  v: Partial<View> = {},
  s: Partial<Settings> = {},
  now = at('2025-01-01T00:00:00Z')
): Record<string, KpiResult> {
  const r = computeScorecard(data, view(v), settings(s), now);
  return Object.fromEntries(r.kpis.map((k) => [k.id, k]));
}

/** A breakdown as `{ key: value }` (n left out), for compact expectations. */
export function values(k: KpiResult, name: string): Record<string, number | null> {
  return Object.fromEntries((k.breakdowns[name] ?? []).map((r) => [r.key, r.value]));
}

/** The trend as `[start, value]` pairs. */
export function trend(k: KpiResult): [string, number | null][] {
  return k.trend.map((p) => [p.start, p.value]);
}
