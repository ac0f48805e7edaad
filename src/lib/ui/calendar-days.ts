/**
 * The days a date field offers, in the reader's calendar: each ISO day (`YYYY-MM-DD`, what the
 * URL and the engine speak) with its year, month and day in the Gregorian, Persian or Hijri
 * calendar. A browser's `<input type="date">` shows Gregorian dates in the browser's locale
 * whatever the page says; a Persian reader must pick 1405/09/12 in Persian digits instead.
 *
 * Pure (Intl only): the same days in Node tests and in the page.
 */
import type { CalendarId } from '$lib/i18n/format';

export interface CalendarDay {
  readonly iso: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

/** Every day from `from` to `to` (ISO, inclusive; at most `limit` days) in `calendar`. */
export function calendarDays(from: string, to: string, calendar: CalendarId, limit = 366 * 30): CalendarDay[] {
  const start = msOf(from);
  const end = msOf(to);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return [];
  // Latin digits here: these numbers are parsed; the field formats them for the reader.
  const f = new Intl.DateTimeFormat('en-u-nu-latn', {
    calendar,
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric'
  });
  const out: CalendarDay[] = [];
  for (let t = start; t <= end && out.length < limit; t += DAY) {
    const parts = f.formatToParts(new Date(t));
    const num = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    // `relatedYear` is the Gregorian year some calendars add; `year` is the calendar's own.
    out.push({ iso: isoOf(t), year: num('year'), month: num('month'), day: num('day') });
  }
  return out;
}

/** The day of `days` with that year, month and day, or the nearest one of that month / year. */
export function pickDay(
  days: readonly CalendarDay[],
  year: number,
  month: number,
  day: number
): CalendarDay | undefined {
  const inYear = days.filter((d) => d.year === year);
  const inMonth = inYear.filter((d) => d.month === month);
  const pool = inMonth.length ? inMonth : inYear.length ? inYear : days;
  return (
    pool.find((d) => d.day === day) ??
    pool.reduce<CalendarDay | undefined>(
      (best, d) => (!best || Math.abs(d.day - day) < Math.abs(best.day - day) ? d : best),
      undefined
    )
  );
}
