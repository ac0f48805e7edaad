/**
 * `st()`: published-sources text in the current interface language (i18n/sources.ts), and the
 * date-time of an instant in the workspace's zone and calendar with local digits.
 */
import { locale } from '$lib/i18n/current.svelte';
import { formatInstant } from '$lib/i18n/format';
import { sourcesText, type SourcesKey } from '$lib/i18n/sources';

export function st(key: SourcesKey, params?: Readonly<Record<string, string | number>>): string {
  return sourcesText(locale.lang, key, params);
}

export function when(ms: number | undefined, timeZone: string): string {
  return ms === undefined || !Number.isFinite(ms)
    ? st('src.never')
    : formatInstant(ms, locale.lang, timeZone, locale.calendar);
}
