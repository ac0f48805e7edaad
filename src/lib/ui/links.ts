/**
 * Links between screens that work from any sub-path (`resolve` adds the base the page was served
 * under) and keep the view and an explicit `?lang=` with them, so moving between the scorecard
 * and a KPI's detail never loses the period, the filters or the language.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { View } from '$lib/core/engine/types';
import type { Lang } from '$lib/i18n/langs';
import { viewToParams } from './url-state';

export type Screen =
  '/' | '/kpi/' | '/import/' | '/targets/' | '/settings/' | '/drill/' | '/agents/' | '/compare/' | '/staffing/';
export type ScreenPath = Screen | `${Screen}?${string}`;

export interface LinkOptions {
  view?: View;
  lang?: Lang | null;
  extra?: Record<string, string>;
}

/**
 * A screen with its query, not yet resolved: templates write `href={resolve(screenPath(…))}`
 * so the lint rule (and a reader) sees that every link goes through `resolve`.
 */
export function screenPath(screen: Screen, opts: LinkOptions = {}): ScreenPath {
  const params = opts.view ? viewToParams(opts.view, opts.lang, opts.extra) : new URLSearchParams(opts.extra);
  if (!opts.view && opts.lang) params.set('lang', opts.lang);
  const qs = params.toString();
  // The trailing slash matches `trailingSlash = 'always'`; `resolve` keeps the query as is.
  return qs ? `${screen}?${qs}` : screen;
}

/** The resolved link (base path prefixed), for code that is not a template attribute. */
export function screenHref(screen: Screen, opts: LinkOptions = {}): ResolvedPathname {
  return resolve(screenPath(screen, opts));
}

/** The `?lang=` of a URL when it names a language (links then carry it on). */
export function urlLangOf(params: URLSearchParams | null): Lang | null {
  const v = params?.get('lang');
  return v === 'en' || v === 'ar' || v === 'fa' || v === 'he' ? v : null;
}
