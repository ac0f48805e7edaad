/**
 * The period a scorecard opens on when its URL names none. "All data" shows no comparison (there
 * is no earlier period) and usually starts and ends with partial months, so a first look says
 * little. When the data is recent and reaches back further than a month, the last 30 days (by
 * week) are shown instead: every card then gets a change against the 30 days before. Older data
 * (last year's export) still opens on all of it, so it never lands on an empty month.
 *
 * Promises: what the URL names is never overridden (`given`); a URL without a period opens on
 * the same default wherever it is opened (the same data, the same day), and every link from the
 * page carries the chosen period; `range=all` keeps meaning all data.
 */
import type { Grain, RangeName, View } from '$lib/core/engine/types';
import type { UrlState } from './url-state';

const DAY = 86_400_000;

/** The range tried first when the URL names no period, and the grain that suits it. */
export const RECENT_RANGE: RangeName = 'last30';
export const RECENT_GRAIN: Grain = 'week';

/**
 * `last30` when the data reaches into the last 30 days and began before them (so the previous
 * 30 days hold data to compare with); otherwise `all`. `now` and the extent are epoch ms.
 */
export function chooseDefaultRange(dataStart: number | null, dataEnd: number | null, now: number): 'last30' | 'all' {
  if (dataStart === null || dataEnd === null || !Number.isFinite(dataStart) || !Number.isFinite(dataEnd)) return 'all';
  const windowStart = now - 30 * DAY;
  return dataEnd >= windowStart && dataStart < windowStart ? 'last30' : 'all';
}

/** The recent view to try: last 30 days, by week unless the URL named a grain. */
export function recentView(state: Pick<UrlState, 'view' | 'given'>): View {
  const { view, given } = state;
  return {
    range: RECENT_RANGE,
    grain: given.grain ? view.grain : RECENT_GRAIN,
    hours: view.hours,
    filters: view.filters
  };
}

/** All data, keeping everything else the URL said (its grain, or the usual month). */
export function allView(state: Pick<UrlState, 'view'>): View {
  const { view } = state;
  return { range: 'all', grain: view.grain, hours: view.hours, filters: view.filters };
}

/**
 * The view a URL asks for: what it names, with the default period when it names none, chosen
 * from the data's span (the data summary's, so no scorecard has to be computed to know it).
 */
export function defaultViewFor(
  state: Pick<UrlState, 'view' | 'given'>,
  span: { readonly start: number | null; readonly end: number | null } | null,
  now: number = Date.now()
): View {
  if (state.given.period) return state.view;
  return chooseDefaultRange(span?.start ?? null, span?.end ?? null, now) === RECENT_RANGE
    ? recentView(state)
    : allView(state);
}
