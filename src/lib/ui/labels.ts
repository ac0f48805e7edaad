/**
 * Names for the keys the engine's breakdowns use (weekday numbers, hours, response-time
 * buckets), in the interface language through Intl. Pure functions of the language.
 */
import { numberLocale, type Lang } from '$lib/i18n/langs';
import { valueLabel } from '$lib/i18n/vocab';
import { demoName } from '$lib/i18n/demo-names';
import { translate } from '$lib/i18n';
import { formatDuration } from '$lib/i18n/format';

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * A response-time bucket key of the engine (`<1h`, `1h-6h`, `>24h`; see core/engine/kpis/speed.ts
 * bucketLabels) in words and local digits: "under 1 h", "1 h – 6 h", "over 24 h". Words rather
 * than `<` / `>`, which mirror in right-to-left text. An unknown key comes back as it is.
 */
export function responseBucketLabel(key: string, lang: Lang): string {
  const d = (n: string, u: string) => formatDuration(Number(n) * UNIT_SECONDS[u], lang) ?? `${n}${u}`;
  let m = /^<(\d+)([smhd])$/.exec(key);
  if (m) return translate(lang, 'bucket.under', { v: d(m[1], m[2]) });
  m = /^>(\d+)([smhd])$/.exec(key);
  if (m) return translate(lang, 'bucket.over', { v: d(m[1], m[2]) });
  m = /^(\d+)([smhd])-(\d+)([smhd])$/.exec(key);
  if (m) return translate(lang, 'bucket.between', { from: d(m[1], m[2]), to: d(m[3], m[4]) });
  return key;
}

/** 0 = Sunday … 6 = Saturday, as the engine counts. 2024-01-07 was a Sunday. */
export function weekdayName(d: number, lang: Lang, style: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(numberLocale(lang), { weekday: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 7 + d, 12))
  );
}

export function hourName(h: number, lang: Lang): string {
  return new Intl.NumberFormat(numberLocale(lang), { minimumIntegerDigits: 2 }).format(h);
}

/** An hour of the day as a clock time, `09:00` — both halves in the language's digits. */
export function hourTime(h: number, lang: Lang): string {
  return `${hourName(h, lang)}:${hourName(0, lang)}`;
}

/**
 * Breakdown row keys made readable: weekday and hour keys by name, vocabulary values (channel,
 * priority, abandon stage) in the language, others (agents, teams, categories) as they are.
 */
export function breakdownKeyLabel(name: string, key: string, lang: Lang, demo = false): string {
  if (name === 'weekday' && /^[0-6]$/.test(key)) return weekdayName(Number(key), lang, 'long');
  if (name === 'hour' && /^\d{1,2}$/.test(key)) return hourTime(Number(key), lang);
  if (name === 'bucket') return responseBucketLabel(key, lang);
  // Records with no value for the field (a survey about no ticket, a call without a queue).
  if (key === '') return translate(lang, 'breakdown.blank');
  // The demo's people and teams in the room's script (see i18n/demo-names.ts).
  const own = valueLabel(lang, name, key);
  return demo && own === key ? demoName(lang, name, key) : own;
}

/**
 * Breakdowns whose keys have a natural order (hours, weekdays): shown in that order, not by
 * size, so a reader finds 14:00 after 13:00 and sees the day's shape.
 */
export function inKeyOrder(name: string): boolean {
  return name === 'hour' || name === 'weekday';
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
