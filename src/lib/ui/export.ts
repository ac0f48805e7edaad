/**
 * The scorecard as files: JSON in exactly the shape of ../shared/spec/scorecard-export.md and
 * CSV with one row per KPI, both built from the same card models the screen shows. Pure (no DOM):
 * the page turns the strings into downloads.
 *
 * Promises: an unavailable KPI exports `value: null`, `status: "unavailable"` and its `missing`
 * columns, never 0; every CSV cell that a spreadsheet could execute (starting with = + - @ tab or
 * CR) is prefixed with `'`.
 */
import type { Target } from '$lib/core/catalog/types';
import type { FilterField, Grain, HoursMode, KpiStatus, ResolvedView } from '$lib/core/engine/types';
import type { CardModel } from './card-model';

export interface ExportMeta {
  readonly app: string;
  readonly version: string;
  /** ISO instant, e.g. `2026-11-22T10:00:00Z`. */
  readonly generatedAt: string;
  readonly workspace?: string;
  readonly timeZone?: string;
}

export interface ExportTarget {
  readonly value?: number;
  readonly lower?: number;
  readonly upper?: number;
  readonly warnBand?: number;
}

export interface ExportKpi {
  readonly id: string;
  readonly name: string;
  readonly group: string;
  readonly unit: string;
  readonly direction: string;
  readonly value: number | null;
  readonly median?: number | null;
  readonly p90?: number | null;
  readonly n: number;
  readonly target: ExportTarget | null;
  readonly status: KpiStatus;
  readonly previous: number | null;
  readonly change: number | null;
  readonly trend: readonly { start: string; value: number | null; n: number }[];
  readonly headline?: string;
  readonly missing?: readonly string[];
  readonly notes?: readonly string[];
}

export interface ScorecardExport {
  readonly app: string;
  readonly version: string;
  readonly generatedAt: string;
  readonly workspace?: string;
  readonly timeZone?: string;
  readonly view: {
    readonly from: string;
    readonly to: string;
    readonly grain: Grain;
    readonly filters: Readonly<Partial<Record<FilterField, readonly string[]>>>;
    readonly hours: HoursMode;
  };
  readonly kpis: readonly ExportKpi[];
}

/** Relative changes are rounded to 4 decimals as in the spec (-0.1148); values are left exact. */
const round4 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10000) / 10000);

export function exportTarget(target: Target | undefined): ExportTarget | null {
  if (!target) return null;
  const band = target.warnBand !== undefined ? { warnBand: target.warnBand } : {};
  return 'lower' in target ? { lower: target.lower, upper: target.upper, ...band } : { value: target.value, ...band };
}

export function buildExport(
  cards: readonly CardModel[],
  view: ResolvedView,
  meta: ExportMeta,
  nameOf: (id: string) => string
): ScorecardExport {
  return {
    app: meta.app,
    version: meta.version,
    generatedAt: meta.generatedAt,
    ...(meta.workspace !== undefined ? { workspace: meta.workspace } : {}),
    ...(meta.timeZone !== undefined ? { timeZone: meta.timeZone } : {}),
    view: { from: view.from, to: view.to, grain: view.grain, filters: view.filters, hours: view.hours },
    kpis: cards.map((c): ExportKpi => {
      const duration = c.unit === 'seconds';
      return {
        id: c.id,
        name: nameOf(c.id),
        group: c.group,
        unit: c.unit,
        direction: c.direction,
        value: c.value,
        ...(duration ? { median: c.median, p90: c.p90 } : {}),
        n: c.n,
        target: exportTarget(c.target),
        status: c.status,
        previous: c.previous,
        change: round4(c.change),
        trend: c.trend.map((p) => ({ start: p.start, value: p.value, n: p.n })),
        ...(c.headline !== undefined ? { headline: c.headline } : {}),
        ...(c.available ? {} : { missing: c.missing }),
        ...(c.notes.length ? { notes: c.notes } : {})
      };
    })
  };
}

export function exportJson(data: ScorecardExport): string {
  return JSON.stringify(data, null, 2) + '\n';
}

/** A cell a spreadsheet will never evaluate: `'`-prefixed when it starts with = + - @ tab or CR. */
export function csvSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 quoting after the injection guard. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : value;
  const safe = csvSafe(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = [
  'id',
  'name',
  'group',
  'unit',
  'direction',
  'value',
  'median',
  'p90',
  'n',
  'target',
  'target_lower',
  'target_upper',
  'status',
  'previous',
  'change',
  'headline',
  'missing'
] as const;

/** One row per KPI, CRLF line ends (what spreadsheets expect), view in no row: it is in the file name. */
export function exportCsv(data: ScorecardExport): string {
  const rows = data.kpis.map((k) =>
    [
      k.id,
      k.name,
      k.group,
      k.unit,
      k.direction,
      k.value,
      k.median ?? null,
      k.p90 ?? null,
      k.n,
      k.target?.value ?? null,
      k.target?.lower ?? null,
      k.target?.upper ?? null,
      k.status,
      k.previous,
      k.change,
      k.headline ?? null,
      (k.missing ?? []).join(' ')
    ]
      .map(csvCell)
      .join(',')
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** `scorecard-2024-01-01_2024-03-31.json`: the period in the name so downloads do not overwrite. */
export function exportFileName(view: Pick<ResolvedView, 'from' | 'to'>, ext: 'json' | 'csv'): string {
  return `scorecard-${view.from}_${view.to}.${ext}`;
}
