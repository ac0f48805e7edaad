/**
 * Fast wall-clock facts (hour, weekday, local day) for many instants in one time zone.
 *
 * The engine asks "which hour / weekday / day is this ticket in?" a million times per view.
 * Intl is far too slow for that, so offsets are looked up once per UTC quarter-hour (zone
 * transitions fall on quarter-hour boundaries: Tehran changed at 20:30 UTC, Lord Howe by 30 min)
 * and cached; everything else is integer arithmetic.
 */
import { zoneOffsetMinutes } from './zone';

const DAY = 86_400_000;
const QUARTER = 900_000;

export interface LocalClock {
  readonly timeZone: string;
  /** Local time minus UTC, in ms, at that instant. */
  offsetMs(utcMs: number): number;
  /** Days since 1970-01-01 of the local date (an integer; same local date = same index). */
  dayIndexOf(utcMs: number): number;
  /** Local hour 0–23. */
  hourOf(utcMs: number): number;
  /** Local weekday, 0 = Sunday … 6 = Saturday. */
  weekdayOf(utcMs: number): number;
  /** Local date as `YYYY-MM-DD` (allocates: not for per-row loops). */
  dayKeyOf(utcMs: number): string;
}

export function makeLocalClock(timeZone: string): LocalClock {
  const cache = new Map<number, number>();
  const offsetMs = (utcMs: number): number => {
    const q = Math.floor(utcMs / QUARTER);
    let off = cache.get(q);
    if (off === undefined) {
      off = zoneOffsetMinutes(q * QUARTER, timeZone) * 60_000;
      cache.set(q, off);
    }
    return off;
  };
  const dayIndexOf = (utcMs: number) => Math.floor((utcMs + offsetMs(utcMs)) / DAY);
  return {
    timeZone,
    offsetMs,
    dayIndexOf,
    hourOf(utcMs) {
      const local = utcMs + offsetMs(utcMs);
      return Math.floor((local - Math.floor(local / DAY) * DAY) / 3_600_000);
    },
    weekdayOf(utcMs) {
      // 1970-01-01 was a Thursday (4).
      return (((dayIndexOf(utcMs) + 4) % 7) + 7) % 7;
    },
    dayKeyOf(utcMs) {
      return dayKeyOfIndex(dayIndexOf(utcMs));
    }
  };
}

/** `YYYY-MM-DD` of a local day index. */
export function dayKeyOfIndex(dayIndex: number): string {
  return new Date(dayIndex * DAY).toISOString().slice(0, 10);
}

/** Local day index of a `YYYY-MM-DD` key, or NaN when it is not a real date. */
export function dayIndexOfKey(key: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return ms / DAY;
}

/** Year, month (1–12), day and weekday (0 = Sunday) of a local day index. */
export function partsOfDayIndex(dayIndex: number): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(dayIndex * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}
