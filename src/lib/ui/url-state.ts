/**
 * The scorecard's view as URL query parameters (../shared/spec/scorecard-export.md, "URL
 * state"), both ways, as pure functions so a link reproduces a view exactly.
 *
 * Promises:
 * - `parseViewParams` never throws and always returns a complete, valid View; every invalid value
 *   is replaced by its default and reported as a notice (the page shows them), never a blank page.
 * - Unknown parameters are ignored (and `viewToParams` can carry extra ones such as `id`).
 * - `parseViewParams(viewToParams(v))` gives back `v` for every valid view.
 */
import {
  FILTER_FIELDS,
  type FilterField,
  type Grain,
  type HoursMode,
  type RangeName,
  type View
} from '$lib/core/engine/types';
import { GRAINS, RANGE_NAMES } from '$lib/core/time/calendar';
import { isLang, type Lang } from '$lib/i18n/langs';

// The core's lists are the single source of which ranges and grains exist; re-exported so the
// view controls keep importing everything URL-related from here.
export { GRAINS, RANGE_NAMES };
export const HOURS_MODES: readonly HoursMode[] = ['calendar', 'business'];

/** `range=all` by default: a first import of last year's export must not open on an empty month. */
export const DEFAULT_VIEW: View = Object.freeze({ range: 'all', grain: 'month', hours: 'calendar', filters: {} });

export interface UrlNotice {
  readonly kind: 'invalid' | 'swapped';
  readonly param: string;
  readonly value: string;
  /** The value used instead ('' when the parameter was simply dropped). */
  readonly fallback: string;
}

export interface UrlState {
  readonly view: View;
  /** Null when the URL names no (valid) language: the caller picks one. */
  readonly lang: Lang | null;
  readonly notices: readonly UrlNotice[];
  /**
   * Which parts of the view the URL itself named (`period`: range, from or to; `grain`), even
   * when the value was invalid. A page may choose a smarter default for what was not named
   * (see default-view.ts) and write it back; what was named is always used as is.
   */
  readonly given: { readonly period: boolean; readonly grain: boolean };
}

/** A real calendar date `YYYY-MM-DD` (rejects 2024-02-30 and 2024-2-3). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

export function parseViewParams(params: URLSearchParams): UrlState {
  const notices: UrlNotice[] = [];
  const invalid = (param: string, value: string, fallback: string) =>
    notices.push({ kind: 'invalid', param, value, fallback });

  // Dates: each checked on its own so one bad date does not throw away the other.
  let from: string | undefined;
  let to: string | undefined;
  for (const param of ['from', 'to'] as const) {
    const raw = params.get(param);
    if (raw === null || raw === '') continue;
    if (isIsoDate(raw)) {
      if (param === 'from') from = raw;
      else to = raw;
    } else invalid(param, raw, '');
  }
  if (from && to && from > to) {
    notices.push({ kind: 'swapped', param: 'from', value: from, fallback: to });
    [from, to] = [to, from];
  }

  let range: RangeName | undefined;
  const rawRange = params.get('range');
  if (rawRange !== null && rawRange !== '') {
    if (oneOf(RANGE_NAMES, rawRange)) range = rawRange;
    else invalid('range', rawRange, from || to ? '' : DEFAULT_VIEW.range!);
  }
  // Explicit dates are the more specific request; a named range applies only without them.
  if (from || to) range = undefined;
  else if (!range) range = DEFAULT_VIEW.range;

  let grain: Grain = DEFAULT_VIEW.grain;
  const rawGrain = params.get('grain');
  if (rawGrain !== null && rawGrain !== '') {
    if (oneOf(GRAINS, rawGrain)) grain = rawGrain;
    else invalid('grain', rawGrain, grain);
  }

  let hours: HoursMode = DEFAULT_VIEW.hours;
  const rawHours = params.get('hours');
  if (rawHours !== null && rawHours !== '') {
    if (oneOf(HOURS_MODES, rawHours)) hours = rawHours;
    else invalid('hours', rawHours, hours);
  }

  const filters: Partial<Record<FilterField, string[]>> = {};
  for (const field of FILTER_FIELDS) {
    const values = [
      ...new Set(
        params
          .getAll(field)
          .map((v) => v.trim())
          .filter(Boolean)
      )
    ];
    if (values.length) filters[field] = values;
  }

  let lang: Lang | null = null;
  const rawLang = params.get('lang');
  if (rawLang !== null && rawLang !== '') {
    if (isLang(rawLang)) lang = rawLang;
    else invalid('lang', rawLang, '');
  }

  const view: View = range ? { range, grain, hours, filters } : { from, to, grain, hours, filters };
  const named = (p: string) => (params.get(p) ?? '') !== '';
  const given = { period: named('range') || named('from') || named('to'), grain: named('grain') };
  return { view, lang, notices, given };
}

/**
 * The URL parameters of a view, in the spec's order. Range, grain and hours are always written
 * so a shared link keeps meaning the same view even if a default changes later.
 */
export function viewToParams(
  view: View,
  lang?: Lang | null,
  extra?: Readonly<Record<string, string>>
): URLSearchParams {
  const p = new URLSearchParams();
  if (extra) for (const [k, v] of Object.entries(extra)) p.set(k, v);
  if (view.from || view.to) {
    if (view.from) p.set('from', view.from);
    if (view.to) p.set('to', view.to);
  } else p.set('range', view.range ?? DEFAULT_VIEW.range!);
  p.set('grain', view.grain);
  for (const field of FILTER_FIELDS) for (const v of view.filters[field] ?? []) p.append(field, v);
  p.set('hours', view.hours);
  if (lang) p.set('lang', lang);
  return p;
}

/** `?…` for links; empty string never (a bare `?` would still be a valid link). */
export function viewQuery(view: View, lang?: Lang | null, extra?: Readonly<Record<string, string>>): string {
  return '?' + viewToParams(view, lang, extra).toString();
}

export function activeFilterCount(view: View): number {
  return FILTER_FIELDS.reduce((n, f) => n + (view.filters[f]?.length ?? 0), 0);
}

/** The same view with one filter field replaced (an empty list removes the field). */
export function withFilter(view: View, field: FilterField, values: readonly string[]): View {
  const filters = { ...view.filters };
  if (values.length) filters[field] = [...values];
  else delete filters[field];
  return { ...view, filters };
}

/** The same view on a named range (dropping custom dates) or on custom dates (dropping the range). */
export function withRange(view: View, range: RangeName): View {
  return { grain: view.grain, hours: view.hours, filters: view.filters, range };
}
export function withDates(view: View, from: string | undefined, to: string | undefined): View {
  return { grain: view.grain, hours: view.hours, filters: view.filters, from, to };
}
