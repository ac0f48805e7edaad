/**
 * A drill-down row's cells for people (local digits, the workspace zone and calendar, vocabulary
 * words) and for a spreadsheet (ISO instants, raw numbers, formula-safe cells through the
 * export's `csvCell`). Pure functions of their inputs.
 */
import type { DrillColumn, DrillRow } from '$lib/core/drill';
import type { RecordKind } from '$lib/core/schema/fields';
import { translate } from '$lib/i18n';
import { fieldLabel } from '$lib/i18n/fields';
import { formatNumber, formatValue, type CalendarId } from '$lib/i18n/format';
import { numberLocale, type Lang } from '$lib/i18n/langs';
import { valueLabel } from '$lib/i18n/vocab';
import { csvCell } from '../export';

export type DrillColumns = Readonly<Partial<Record<RecordKind, readonly DrillColumn[]>>>;

const instants = new Map<string, Intl.DateTimeFormat>();

/** An instant as a short date and time in the zone and calendar (formatters cached: rows scroll by). */
export function instantText(ms: number, lang: Lang, timeZone: string, calendar: CalendarId): string {
  const key = `${lang}|${timeZone}|${calendar}`;
  let f = instants.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(numberLocale(lang), { calendar, timeZone, dateStyle: 'short', timeStyle: 'short' });
    instants.set(key, f);
  }
  return f.format(new Date(ms));
}

export function cellText(
  col: DrillColumn,
  value: string | number | null,
  lang: Lang,
  timeZone: string,
  calendar: CalendarId
): string {
  if (value === null) return '–';
  if (typeof value === 'string') return valueLabel(lang, col.field, value);
  switch (col.type) {
    case 'time':
      return instantText(value, lang, timeZone, calendar);
    case 'boolean':
      return translate(lang, value === 1 ? 'app.yes' : 'app.no');
    case 'value':
      return formatValue(value, col.unit === 'number' ? 'count' : (col.unit ?? 'count'), lang) ?? '–';
    default:
      return formatNumber(value, lang, 2) ?? '–';
  }
}

/** A column's heading: the field's label, or the KPI's name for its own per-row value. */
export function columnLabel(col: DrillColumn, lang: Lang, kpiName: string): string {
  return col.field === 'value' ? kpiName : fieldLabel(lang, col.field);
}

/**
 * The whole list as CSV: canonical field names as the header (`kind` first when the list mixes
 * tickets and calls; `value` is the KPI's per-row value in machine units), instants in ISO 8601
 * UTC, every cell formula-safe.
 */
export function drillCsv(columns: DrillColumns, rows: readonly DrillRow[]): string {
  const kinds = Object.keys(columns) as RecordKind[];
  const mixed = kinds.length > 1;
  const names = [...new Set(kinds.flatMap((k) => columns[k]!.map((c) => c.field)))];
  const lines = [[...(mixed ? ['kind'] : []), ...names].map(csvCell).join(',')];
  for (const r of rows) {
    const cols = columns[r.kind] ?? [];
    const cells = names.map((name) => {
      const j = cols.findIndex((c) => c.field === name);
      if (j < 0) return '';
      const v = r.cells[j];
      if (v === null) return '';
      return cols[j].type === 'time' && typeof v === 'number' ? new Date(v).toISOString() : v;
    });
    lines.push([...(mixed ? [r.kind] : []), ...cells].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
