/**
 * Numbers, durations, percents, money and dates for people, in the interface language with its
 * own digits, through `Intl` (no hand-made digit tables). Machine units in, text out:
 * durations in seconds, rates in percent 0–100 (see ../shared/spec/kpi-catalog.md).
 *
 * Promise: a null / NaN value is never formatted as 0 — callers get `null` back and say "no
 * data" in words.
 */
import type { Unit } from '$lib/core/catalog/types';
import { numberLocale, type Lang } from './langs';

export type CalendarId = 'gregory' | 'persian' | 'islamic-umalqura';
export const CALENDARS: readonly CalendarId[] = ['gregory', 'persian', 'islamic-umalqura'];

// Intl formatters are costly to build; a scorecard formats a few hundred numbers per render.
const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale(lang), opts);
    cache.set(key, f);
  }
  return f;
}

const isNum = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

export function formatNumber(v: number | null | undefined, lang: Lang, maxFraction = 1): string | null {
  if (!isNum(v)) return null;
  return nf(lang, { maximumFractionDigits: maxFraction }).format(v);
}

/** Counts: whole numbers grouped (`1,204`); averages such as tickets per day keep one decimal. */
export function formatCount(v: number | null | undefined, lang: Lang): string | null {
  if (!isNum(v)) return null;
  return nf(lang, { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 1 }).format(v);
}

/** Percent 0–100 in, `83.4 %` (locale's own sign and spacing) out. */
export function formatPercent(v: number | null | undefined, lang: Lang): string | null {
  if (!isNum(v)) return null;
  return nf(lang, { style: 'percent', maximumFractionDigits: 1 }).format(v / 100);
}

/** A currency code Intl knows (`EUR`, `IRR`); anything else is not used. */
export function isCurrency(code: string | null | undefined): code is string {
  if (!code || !/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

/**
 * Money. The data does not name its currency reliably, so the workspace says which it is
 * (`currency`, ISO 4217); without one, a plain grouped number.
 */
export function formatMoney(v: number | null | undefined, lang: Lang, currency?: string | null): string | null {
  if (!isNum(v)) return null;
  const digits = Math.abs(v) >= 1000 ? 0 : 2;
  if (isCurrency(currency))
    return nf(lang, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: digits }).format(v);
  return nf(lang, { maximumFractionDigits: digits }).format(v);
}

/** Short unit letters per language: `4 h 12 m`, `۴ س ۱۲ د`. */
const DURATION_UNITS: Readonly<Record<Lang, { d: string; h: string; m: string; s: string }>> = {
  en: { d: 'd', h: 'h', m: 'm', s: 's' },
  ar: { d: 'ي', h: 'س', m: 'د', s: 'ث' },
  fa: { d: 'روز', h: 'س', m: 'د', s: 'ث' },
  he: { d: 'ימ׳', h: 'ש׳', m: 'ד׳', s: 'ש״' }
};

/**
 * A duration in seconds as its two largest units: `42 s`, `12 m 5 s`, `4 h 12 m`, `3 d 2 h`.
 * Two units are enough to compare at a glance; the exact seconds are in the export.
 */
export function formatDuration(seconds: number | null | undefined, lang: Lang): string | null {
  if (!isNum(seconds)) return null;
  const u = DURATION_UNITS[lang];
  const int = nf(lang, { maximumFractionDigits: 0 });
  const sign = seconds < 0 ? '-' : '';
  let s = Math.round(Math.abs(seconds));
  if (s < 60) return `${sign}${int.format(s)} ${u.s}`;
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const parts: string[] =
    d > 0
      ? [`${int.format(d)} ${u.d}`, h > 0 ? `${int.format(h)} ${u.h}` : '']
      : h > 0
        ? [`${int.format(h)} ${u.h}`, m > 0 ? `${int.format(m)} ${u.m}` : '']
        : [`${int.format(m)} ${u.m}`, s > 0 ? `${int.format(s)} ${u.s}` : ''];
  return sign + parts.filter(Boolean).join(' ');
}

export function formatValue(
  v: number | null | undefined,
  unit: Unit,
  lang: Lang,
  currency?: string | null
): string | null {
  switch (unit) {
    case 'seconds':
      return formatDuration(v, lang);
    case 'percent':
      return formatPercent(v, lang);
    case 'money':
      return formatMoney(v, lang, currency);
    default:
      return formatCount(v, lang);
  }
}

/** A relative change (-0.1148) as a signed percent (`-11.5 %`). */
export function formatChange(change: number | null | undefined, lang: Lang): string | null {
  if (!isNum(change)) return null;
  return nf(lang, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change);
}

/**
 * A `YYYY-MM-DD` calendar date in the chosen calendar. The date is already a day of the
 * workspace zone, so it is formatted at noon UTC in UTC: no zone can move it to another day.
 */
export function formatDay(
  ymd: string,
  lang: Lang,
  calendar: CalendarId = 'gregory',
  style: 'short' | 'medium' = 'medium'
): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12));
  const opts: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { calendar, timeZone: 'UTC', month: 'short', day: 'numeric' }
      : { calendar, timeZone: 'UTC', dateStyle: 'medium' };
  return new Intl.DateTimeFormat(numberLocale(lang), opts).format(date);
}

/** An instant (epoch ms) as date and time in the workspace zone and chosen calendar. */
export function formatInstant(ms: number, lang: Lang, timeZone: string, calendar: CalendarId = 'gregory'): string {
  if (!Number.isFinite(ms)) return '';
  return new Intl.DateTimeFormat(numberLocale(lang), {
    calendar,
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short'
  }).format(new Date(ms));
}

/** Bytes as `12.4 MB` (decimal units, as browsers report storage). */
export function formatBytes(bytes: number | null | undefined, lang: Lang): string | null {
  if (!isNum(bytes)) return null;
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  // Persian and Arabic short units come out as Latin "MB" (or abbreviations few read): the word.
  const unitDisplay = lang === 'fa' || lang === 'ar' ? 'long' : 'short';
  return nf(lang, { style: 'unit', unit: units[i], unitDisplay, maximumFractionDigits: 1 }).format(v);
}

/**
 * A trend bucket's start as its grain reads: a day or week as `Mar 4`, a month as `Mar 2024`,
 * a quarter or year by its year-month / year — in the chosen calendar.
 */
export function formatBucket(
  ymd: string,
  grain: 'day' | 'week' | 'month' | 'quarter' | 'year',
  lang: Lang,
  calendar: CalendarId = 'gregory'
): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12));
  const opts: Intl.DateTimeFormatOptions =
    grain === 'year'
      ? { year: 'numeric' }
      : grain === 'month' || grain === 'quarter'
        ? { month: 'short', year: '2-digit' }
        : { month: 'short', day: 'numeric' };
  return new Intl.DateTimeFormat(numberLocale(lang), { ...opts, calendar, timeZone: 'UTC' }).format(date);
}

/** The digits zero to nine of a language that does not write Latin digits (Arabic, Persian). */
const LOCAL_DIGITS: Partial<Record<Lang, string>> = { ar: '٠١٢٣٤٥٦٧٨٩', fa: '۰۱۲۳۴۵۶۷۸۹' };

/**
 * Latin digits inside fixed text (a KPI's name "البريد خلال 24 ساعة", a target reason) written
 * as the language's own digits. Text in other languages comes back as it is.
 */
export function localDigits(text: string, lang: Lang): string {
  const digits = LOCAL_DIGITS[lang];
  return digits ? text.replace(/[0-9]/g, (d) => digits[Number(d)]) : text;
}

/**
 * One formatter for a set of values shown side by side (the rows of a breakdown): the same
 * number of decimals on every row, chosen by the largest value as `formatValue` would choose it
 * alone — so "126.75" never stands beside "3,354" (both read "127" and "3,354"). Whole
 * numbers stay whole; durations are words and already read alike.
 */
export function uniformFormat(
  values: readonly number[],
  unit: Unit,
  lang: Lang,
  currency?: string | null
): (v: number) => string {
  const finite = values.filter(isNum);
  if (unit === 'seconds' || finite.length === 0) return (v) => formatValue(v, unit, lang, currency) ?? '';
  const top = Math.max(...finite.map(Math.abs));
  const whole = finite.every((v) => Number.isInteger(v));
  const digits = unit === 'percent' ? 1 : whole ? 0 : unit === 'money' ? (top >= 1000 ? 0 : 2) : top >= 100 ? 0 : 1;
  const style: Intl.NumberFormatOptions =
    unit === 'percent'
      ? { style: 'percent' }
      : unit === 'money' && isCurrency(currency)
        ? { style: 'currency', currency }
        : {};
  const f = nf(lang, { ...style, minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (v) => (isNum(v) ? f.format(unit === 'percent' ? v / 100 : v) : '');
}
