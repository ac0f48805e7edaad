/**
 * Turns a view (named range or from/to dates, grain) into instants and trend buckets in the
 * workspace time zone. Dates in views are local calendar dates; a day is whatever the zone says
 * it is (23 or 25 hours across DST), so all arithmetic is done on local day indexes and converted
 * to instants only at the edges.
 */
import type { Grain, RangeName, ResolvedView, View } from '../engine/types';
import { dayIndexOfKey, dayKeyOfIndex, makeLocalClock, partsOfDayIndex } from './local-clock';
import { zonedToUtc } from './zone';

export const RANGE_NAMES: readonly RangeName[] = [
  'all',
  'last7',
  'last30',
  'last90',
  'mtd',
  'qtd',
  'ytd',
  'prev-month'
];
export const GRAINS: readonly Grain[] = ['day', 'week', 'month', 'quarter', 'year'];

const DAY = 86_400_000;

/** Instant at which local day `dayIndex` begins. */
export function startOfLocalDay(dayIndex: number, timeZone: string): number {
  const { year, month, day } = partsOfDayIndex(dayIndex);
  return zonedToUtc(year, month, day, 0, 0, 0, 0, timeZone);
}

function dayIndexOfYmd(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY;
}

/** First and last local day index of a named range, given today's local day index and the data's span. */
function rangeDays(
  range: RangeName,
  today: number,
  dataFirst: number | null,
  dataLast: number | null
): [number, number] {
  const { year, month } = partsOfDayIndex(today);
  switch (range) {
    case 'all':
      return dataFirst === null || dataLast === null ? [today, today] : [dataFirst, dataLast];
    case 'last7':
      return [today - 6, today];
    case 'last30':
      return [today - 29, today];
    case 'last90':
      return [today - 89, today];
    case 'mtd':
      return [dayIndexOfYmd(year, month, 1), today];
    case 'qtd':
      return [dayIndexOfYmd(year, Math.floor((month - 1) / 3) * 3 + 1, 1), today];
    case 'ytd':
      return [dayIndexOfYmd(year, 1, 1), today];
    case 'prev-month': {
      const first = dayIndexOfYmd(year, month - 1, 1);
      return [first, dayIndexOfYmd(year, month, 1) - 1];
    }
  }
}

/**
 * Resolves a view: explicit valid `from`/`to` win; otherwise the named range (default `all`).
 * `all` spans the local days of the first and last record; with no data it is today.
 */
export function resolveView(
  view: View,
  timeZone: string,
  dataStart: number | null,
  dataEnd: number | null,
  now: number
): ResolvedView {
  const clock = makeLocalClock(timeZone);
  const today = clock.dayIndexOf(now);
  let first = view.from ? dayIndexOfKey(view.from) : NaN;
  let last = view.to ? dayIndexOfKey(view.to) : NaN;
  if (Number.isNaN(first) || Number.isNaN(last) || last < first) {
    [first, last] = rangeDays(
      view.range ?? 'all',
      today,
      dataStart === null ? null : clock.dayIndexOf(dataStart),
      dataEnd === null ? null : clock.dayIndexOf(dataEnd)
    );
  }
  return {
    from: dayKeyOfIndex(first),
    to: dayKeyOfIndex(last),
    start: startOfLocalDay(first, timeZone),
    end: startOfLocalDay(last + 1, timeZone),
    grain: view.grain,
    filters: view.filters,
    hours: view.hours
  };
}

/** The equally long period (in local days) just before the view. */
export function previousPeriod(
  rv: ResolvedView,
  timeZone: string
): { start: number; end: number; from: string; to: string } {
  const first = dayIndexOfKey(rv.from);
  const last = dayIndexOfKey(rv.to);
  const len = last - first + 1;
  return {
    start: startOfLocalDay(first - len, timeZone),
    end: rv.start,
    from: dayKeyOfIndex(first - len),
    to: dayKeyOfIndex(first - 1)
  };
}

/** Number of local calendar days in `[start, end)` (a period of whole local days). */
export function daysBetween(start: number, end: number, timeZone: string): number {
  const clock = makeLocalClock(timeZone);
  return Math.max(0, clock.dayIndexOf(end) - clock.dayIndexOf(start));
}

/** Local day index of the first day of the grain bucket containing `dayIndex`. */
export function bucketFirstDay(dayIndex: number, grain: Grain, weekStart: number): number {
  if (grain === 'day') return dayIndex;
  if (grain === 'week') {
    const weekday = (((dayIndex + 4) % 7) + 7) % 7;
    return dayIndex - ((weekday - weekStart + 7) % 7);
  }
  const { year, month } = partsOfDayIndex(dayIndex);
  if (grain === 'month') return dayIndexOfYmd(year, month, 1);
  if (grain === 'quarter') return dayIndexOfYmd(year, Math.floor((month - 1) / 3) * 3 + 1, 1);
  return dayIndexOfYmd(year, 1, 1);
}

function nextBucketFirstDay(first: number, grain: Grain): number {
  if (grain === 'day') return first + 1;
  if (grain === 'week') return first + 7;
  const { year, month } = partsOfDayIndex(first);
  if (grain === 'month') return dayIndexOfYmd(year, month + 1, 1);
  if (grain === 'quarter') return dayIndexOfYmd(year, month + 3, 1);
  return dayIndexOfYmd(year + 1, 1, 1);
}

export interface Buckets {
  /** Bucket start instants, ascending; bucket i is `[starts[i], starts[i+1])`, the last ends at `end`. */
  readonly starts: Float64Array;
  /** `YYYY-MM-DD` of each bucket's first local day (the first bucket may start before the view). */
  readonly keys: readonly string[];
  readonly end: number;
  /** Bucket of an instant, -1 outside `[starts[0], end)`. Binary search: no allocation. */
  indexOf(utcMs: number): number;
}

/** Trend buckets covering `[start, end)`, aligned to the grain in the zone (weeks start on `weekStart`). */
export function makeBuckets(start: number, end: number, grain: Grain, timeZone: string, weekStart: number): Buckets {
  const clock = makeLocalClock(timeZone);
  const firstDay = clock.dayIndexOf(start);
  const lastDay = clock.dayIndexOf(end - 1);
  const starts: number[] = [];
  const keys: string[] = [];
  for (let d = bucketFirstDay(firstDay, grain, weekStart); d <= lastDay; d = nextBucketFirstDay(d, grain)) {
    starts.push(Math.max(start, startOfLocalDay(d, timeZone)));
    keys.push(dayKeyOfIndex(d));
  }
  const s = Float64Array.from(starts);
  return {
    starts: s,
    keys,
    end,
    indexOf(t: number): number {
      if (!(t >= s[0] && t < end)) return -1;
      let lo = 0;
      let hi = s.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (s[mid] <= t) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    }
  };
}
