/**
 * Durations counted in business hours only (seed 001: first reply time "during business hours").
 *
 * Exact across days, weekends, holidays, overnight shifts and DST: opening hours are wall-clock
 * minutes of a local day, turned into instants per day with the zone's rules, so a 09:00–17:00
 * day is 8 h even on a DST Sunday and a 22:00–06:00 shift is 7 or 9 h when the clocks change
 * inside it. A million tickets can stay open for months, so `seconds()` is O(1) after warm-up:
 * open time is kept as a running total per local day (prefix sums) and only the two partial
 * days at the ends are looked at.
 */
import type { BusinessHours } from '../engine/types';
import { dayIndexOfKey, makeLocalClock, partsOfDayIndex } from './local-clock';
import { zonedToUtc } from './zone';

const DAY_MIN = 1440;

export interface BusinessClock {
  /** Open seconds in `[startMs, endMs)`; negative when `endMs < startMs`. NaN in → NaN out. */
  seconds(startMs: number, endMs: number): number;
  isOpen(utcMs: number): boolean;
  /** Open intervals of local day `dayIndex` as instants [s0, e0, s1, e1, …] (what `seconds` sums). */
  intervals(dayIndex: number): Float64Array;
}

export function makeBusinessClock(bh: BusinessHours, timeZone: string): BusinessClock {
  const clock = makeLocalClock(timeZone);
  const holidays = new Set(bh.holidays.map(dayIndexOfKey).filter((d) => !Number.isNaN(d)));
  const dayCache = new Map<number, Float64Array>();

  /** Open intervals lying within local day `d`, as instants [s0, e0, s1, e1, …], ascending. */
  function intervalsOf(d: number): Float64Array {
    let iv = dayCache.get(d);
    if (iv) return iv;
    const minutes: [number, number][] = [];
    const today = partsOfDayIndex(d);
    if (!holidays.has(d))
      for (const [open, close] of bh.week[today.weekday] ?? [])
        if (open < Math.min(close, DAY_MIN)) minutes.push([open, Math.min(close, DAY_MIN)]);
    // Overnight shifts of yesterday (close > 24:00) spill into today.
    const yesterday = (today.weekday + 6) % 7;
    if (!holidays.has(d - 1))
      for (const [, close] of bh.week[yesterday] ?? [])
        if (close > DAY_MIN) minutes.push([0, Math.min(close - DAY_MIN, DAY_MIN)]);
    minutes.sort((a, b) => a[0] - b[0]);
    const merged: number[] = [];
    for (const [s, e] of minutes) {
      if (merged.length && s <= merged[merged.length - 1])
        merged[merged.length - 1] = Math.max(merged[merged.length - 1], e);
      else merged.push(s, e);
    }
    const at = (minute: number) =>
      minute >= DAY_MIN
        ? startOfDay(d + 1)
        : zonedToUtc(today.year, today.month, today.day, Math.floor(minute / 60), minute % 60, 0, 0, timeZone);
    iv = Float64Array.from(merged.map(at));
    dayCache.set(d, iv);
    return iv;
  }

  function startOfDay(d: number): number {
    const p = partsOfDayIndex(d);
    return zonedToUtc(p.year, p.month, p.day, 0, 0, 0, 0, timeZone);
  }

  function openMsOfDay(d: number, until = Infinity): number {
    const iv = intervalsOf(d);
    let ms = 0;
    for (let i = 0; i < iv.length; i += 2) ms += Math.max(0, Math.min(iv[i + 1], until) - iv[i]);
    return ms;
  }

  // Prefix sums of whole-day open time: cum[i] = open ms of days base … base+i-1.
  let base = 0;
  let cum = new Float64Array(0);
  function cumBefore(d: number): number {
    if (cum.length === 0 || d < base || d >= base + cum.length) {
      const lo = Math.min(d, cum.length ? base : d) - 366;
      const hi = Math.max(d, cum.length ? base + cum.length : d) + 366;
      const next = new Float64Array(hi - lo + 1);
      for (let i = 1; i < next.length; i++) next[i] = next[i - 1] + openMsOfDay(lo + i - 1);
      base = lo;
      cum = next;
    }
    return cum[d - base];
  }

  /** Open ms from the prefix-sum origin up to instant t. */
  function openUntil(t: number): number {
    const d = clock.dayIndexOf(t);
    return cumBefore(d) + openMsOfDay(d, t);
  }

  return {
    seconds(startMs, endMs) {
      if (Number.isNaN(startMs) || Number.isNaN(endMs)) return NaN;
      if (endMs < startMs) return -this.seconds(endMs, startMs);
      return (openUntil(endMs) - openUntil(startMs)) / 1000;
    },
    intervals: intervalsOf,
    isOpen(t) {
      const iv = intervalsOf(clock.dayIndexOf(t));
      for (let i = 0; i < iv.length; i += 2) if (t >= iv[i] && t < iv[i + 1]) return true;
      return false;
    }
  };
}
