/**
 * Names for the keys the engine's breakdowns use (weekday numbers, hours, response-time
 * buckets), in the interface language through Intl. Pure functions of the language.
 */
import { numberLocale, type Lang } from '$lib/i18n/langs';
import { valueLabel } from '$lib/i18n/vocab';

/** 0 = Sunday … 6 = Saturday, as the engine counts. 2024-01-07 was a Sunday. */
export function weekdayName(d: number, lang: Lang, style: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(numberLocale(lang), { weekday: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 7 + d, 12))
  );
}

export function hourName(h: number, lang: Lang): string {
  return new Intl.NumberFormat(numberLocale(lang), { minimumIntegerDigits: 2 }).format(h);
}

/**
 * Breakdown row keys made readable: weekday and hour keys by name, vocabulary values (channel,
 * priority, abandon stage) in the language, others (agents, teams, categories) as they are.
 */
export function breakdownKeyLabel(name: string, key: string, lang: Lang): string {
  if (name === 'weekday' && /^[0-6]$/.test(key)) return weekdayName(Number(key), lang, 'long');
  if (name === 'hour' && /^\d{1,2}$/.test(key)) return `${hourName(Number(key), lang)}:00`;
  return valueLabel(lang, name, key);
}

/** Display order of breakdowns on the detail view; unknown names follow in engine order. */
export const BREAKDOWN_ORDER = [
  'channel',
  'agent',
  'team',
  'category',
  'priority',
  'queue',
  'abandon_stage',
  'bucket',
  'weekday',
  'hour',
  'hour_weekday'
];

export function orderedBreakdowns(names: readonly string[]): string[] {
  const known = BREAKDOWN_ORDER.filter((n) => names.includes(n));
  return [...known, ...names.filter((n) => !BREAKDOWN_ORDER.includes(n))];
}
