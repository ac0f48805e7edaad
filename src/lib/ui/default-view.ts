/**
 * The period a scorecard opens on when its URL names none. "All data" shows no comparison (there
 * is no earlier period) and usually starts and ends with partial months, so a first look says
 * little. When the data is recent and reaches back further than a month, the last 30 days (by
 * week) are shown instead: every card then gets a change against the 30 days before. Older data
 * (last year's export) still opens on all of it, so it never lands on an empty month.
 *
 * Promises: what the URL names is never overridden (`given`); the chosen view is returned so the
 * page writes it into the URL and the link reproduces exactly what is on screen; `range=all`
 * keeps meaning all data.
 */
import type { Grain, RangeName, ScorecardResult, View } from '$lib/core/engine/types';
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
 * Computes the view for a URL. When the URL names a period, that view. Otherwise the recent view
 * first (cheap: a month of rows) — kept when its result says the data is recent — else all data.
 * The returned `view` is what was computed; `chosen` is true when it was picked here, so the
 * caller writes it into the URL.
 */
export async function computeForUrl(
  state: Pick<UrlState, 'view' | 'given'>,
  compute: (view: View) => Promise<ScorecardResult | undefined>,
  now: number = Date.now()
): Promise<{ result: ScorecardResult; view: View; chosen: boolean } | undefined> {
  if (state.given.period) {
    const result = await compute(state.view);
    return result && { result, view: state.view, chosen: false };
  }
  const recent = recentView(state);
  const first = await compute(recent);
  if (!first) return undefined;
  if (chooseDefaultRange(first.dataStart, first.dataEnd, now) === RECENT_RANGE)
    return { result: first, view: recent, chosen: true };
  const all = allView(state);
  const result = await compute(all);
  return result && { result, view: all, chosen: true };
}
