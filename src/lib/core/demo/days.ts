/**
 * The demo's calendar: one plan per local day of the generated period, with everything that
 * shapes that day's demand and capacity (weekday, season, growth, scenario episodes, staffing).
 *
 * Days are local days of the workspace zone (core/time), so "Monday 09:00" in the data is Monday
 * 09:00 on the user's scorecard, across DST changes. Promise: `plans[i].start` is the instant local
 * day i begins, `plans[i].end === plans[i + 1].start`, and the last day ends at the period's end.
 */
import { startOfLocalDay } from '../time/calendar';
import { makeLocalClock, partsOfDayIndex } from '../time/local-clock';
import type { Episode, ScenarioShape } from './scenarios';
import { WEEKDAY_WEIGHTS, openHours } from './world';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface DayPlan {
  /** 0 for the first generated day. */
  readonly no: number;
  readonly start: number;
  /** End of the data on this day: the next local midnight, or the period's end on the last day. */
  readonly end: number;
  /** The next local midnight (also on the last day, which the period's end may cut short). */
  readonly midnight: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Season × growth: the expected volume of an average weekday at this time of year. */
  readonly trend: number;
  /** Expected volume relative to an average day, as planned (weekday × season × growth). */
  readonly plannedDemand: number;
  /** The same with the scenario's surprises (episodes). */
  readonly demand: number;
  /** Ticket team capacity relative to plan. */
  readonly staff: number;
  readonly phoneStaff: number;
  /** Multiplies reply delays and resolution work. */
  readonly slowdown: number;
  readonly surge: Episode['surge'] | undefined;
  /** Days since live chat launched (negative: not yet; Infinity when it always existed). */
  readonly chatAge: number;
  /** Staffed hours of the day as instants (`opens` NaN when closed all day). */
  readonly opens: number;
  readonly closes: number;
}

/** Relative demand by month (retail: January returns, quiet summer, November–December peak). */
const MONTH_SEASON = [1.08, 0.97, 0.95, 0.93, 0.92, 0.88, 0.85, 0.87, 0.97, 1.0, 1.14, 1.22];

/**
 * Plans the `days` local days that end at the local day containing `end - 1 ms`, so data runs up
 * to the instant `end`.
 */
export function planDays(end: number, days: number, timeZone: string, shape: ScenarioShape): DayPlan[] {
  const clock = makeLocalClock(timeZone);
  const lastDay = clock.dayIndexOf(end - 1);
  const firstDay = lastDay - days + 1;
  const episodeDays = shape.episodes.map((e) => episodeRange(e, firstDay, lastDay));
  const plans: DayPlan[] = [];
  let start = startOfLocalDay(firstDay, timeZone);
  for (let no = 0; no < days; no++) {
    const dayIndex = firstDay + no;
    const midnight = startOfLocalDay(dayIndex + 1, timeZone);
    const next = no === days - 1 ? Math.min(end, midnight) : midnight;
    const { year, month, day, weekday } = partsOfDayIndex(dayIndex);
    const nextMonth = month % 12;
    const season = MONTH_SEASON[month - 1] + (MONTH_SEASON[nextMonth] - MONTH_SEASON[month - 1]) * ((day - 1) / 31);
    const growth = 0.9 + (0.2 * no) / Math.max(1, days - 1);
    const trend = season * growth;
    const plannedDemand = WEEKDAY_WEIGHTS[weekday] * trend;
    let volume = 1;
    let staff = weekday === 1 ? shape.mondayStaff : 1;
    let phoneStaff = weekday === 1 ? shape.mondayPhoneStaff : 1;
    let slowdown = 1;
    let surge: Episode['surge'];
    shape.episodes.forEach((e, k) => {
      const [from, to] = episodeDays[k];
      if (dayIndex < from || dayIndex > to) return;
      volume *= e.volume;
      staff *= e.staff;
      phoneStaff *= e.phoneStaff;
      slowdown *= e.slowdown;
      surge = e.surge ?? surge;
    });
    const chatAge = shape.chatLaunchDaysAgo === null ? Infinity : no - (days - 1 - shape.chatLaunchDaysAgo);
    const hours = openHours(weekday);
    const dayStart = start;
    const at = (localMs: number) => (localMs < 3 * HOUR ? dayStart + localMs : midnight - (DAY - localMs));
    let opens = hours ? at(hours[0] * HOUR) : NaN;
    const closes = hours ? Math.min(next, at(hours[1] * HOUR)) : NaN;
    if (!(opens < closes)) opens = NaN;
    plans.push({
      no,
      start,
      end: next,
      midnight,
      weekday,
      year,
      month,
      day,
      trend,
      plannedDemand,
      demand: plannedDemand * volume,
      staff,
      phoneStaff,
      slowdown,
      surge,
      chatAge,
      opens,
      closes
    });
    start = next;
  }
  return plans;
}

/** First and last local day index of an episode inside the period (empty range when it does not fit). */
function episodeRange(e: Episode, firstDay: number, lastDay: number): [number, number] {
  if (typeof e.start === 'number') {
    const from = lastDay - e.start;
    return [from, from + e.days - 1];
  }
  const [mm, dd] = e.start.split('-').map(Number);
  const { year } = partsOfDayIndex(lastDay);
  for (let y = year; y >= year - 2; y--) {
    const from = Date.UTC(y, mm - 1, dd) / DAY;
    if (from >= firstDay && from + e.days - 1 <= lastDay) return [from, from + e.days - 1];
  }
  return [1, 0];
}

/**
 * The instant of local time `localMs` (ms since local midnight) on a day. Exact on ordinary days;
 * on a DST-change day, times from 03:00 on are counted back from the next midnight, which is
 * right for every zone that switches between 00:00 and 03:00 (nearly all).
 */
export function localInstant(day: DayPlan, localMs: number): number {
  return localMs < 3 * HOUR ? day.start + localMs : day.midnight - (DAY - localMs);
}

/** Opening and closing instants of the staffed hours of a day, or null when closed. */
export function openSpan(day: DayPlan): readonly [number, number] | null {
  return Number.isNaN(day.opens) ? null : [day.opens, day.closes];
}

/** Day number of an instant inside the period (binary search), or -1 outside it. */
export function dayNoOf(plans: readonly DayPlan[], t: number): number {
  if (!(t >= plans[0].start && t < plans[plans.length - 1].end)) return -1;
  let lo = 0;
  let hi = plans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (plans[mid].start <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The instant when `ms` of staffed time have passed after t (waiting for the next opening first):
 * an email answered "in 3 working hours" at 18:30 on a Friday is answered on Monday. Infinity
 * when that falls after the generated period.
 */
export function afterWorkingTime(plans: readonly DayPlan[], t: number, ms: number): number {
  let d = dayNoOf(plans, t);
  if (d < 0) return t < plans[0].start ? afterWorkingTime(plans, plans[0].start, ms) : Infinity;
  let left = ms;
  for (; d < plans.length; d++) {
    const { opens, closes } = plans[d];
    if (Number.isNaN(opens) || t >= closes) continue;
    const from = Math.max(t, opens);
    if (left <= closes - from) return from + left;
    left -= closes - from;
  }
  return Infinity;
}
