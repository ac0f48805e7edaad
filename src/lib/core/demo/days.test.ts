import { describe, expect, it } from 'vitest';
import { startOfLocalDay } from '../time/calendar';
import { makeLocalClock } from '../time/local-clock';
import { erlangC } from './calls';
import { afterWorkingTime, dayNoOf, localInstant, planDays } from './days';
import { scenarioShape } from './scenarios';

const HOUR = 3_600_000;
const TZ = 'Europe/Berlin';
/** 6 April 2026 00:00 Berlin (a Monday): 30 days back include the 29 March DST change. */
const END = Date.UTC(2026, 3, 5, 22);
const clock = makeLocalClock(TZ);

describe('planDays', () => {
  const plans = planDays(END, 30, TZ, scenarioShape('baseline'));

  it('covers consecutive local days ending at `end`, with the right weekdays', () => {
    expect(plans).toHaveLength(30);
    expect(plans[29].end).toBe(END);
    for (let i = 0; i < plans.length; i++) {
      const p = plans[i];
      expect(p.start).toBe(startOfLocalDay(clock.dayIndexOf(p.start), TZ));
      expect(clock.weekdayOf(p.start)).toBe(p.weekday);
      if (i > 0) expect(p.start).toBe(plans[i - 1].end);
    }
    const dst = plans.find((p) => p.month === 3 && p.day === 29)!;
    expect(dst.end - dst.start).toBe(23 * HOUR);
  });

  it('places staffed hours in local time, also on the DST day', () => {
    const dst = plans.find((p) => p.month === 3 && p.day === 29)!; // a Sunday: closed
    expect(Number.isNaN(dst.opens)).toBe(true);
    const monday = plans.find((p) => p.month === 3 && p.day === 30)!;
    expect(new Date(monday.opens).toISOString()).toBe('2026-03-30T06:00:00.000Z'); // 08:00 CEST
    expect(new Date(monday.closes).toISOString()).toBe('2026-03-30T18:00:00.000Z');
    expect(localInstant(dst, 10 * HOUR)).toBe(Date.UTC(2026, 2, 29, 8)); // 10:00 CEST
    expect(localInstant(dst, 1 * HOUR)).toBe(Date.UTC(2026, 2, 29, 0)); // 01:00 CET
  });

  it('puts episodes where the scenario says', () => {
    const long = planDays(END, 365, TZ, scenarioShape('backlog-crisis'));
    const crisis = long.filter((p) => p.staff < 1 && p.slowdown === 2);
    expect(crisis).toHaveLength(21);
    expect(crisis[0].no).toBe(364 - 63);
    const outage = long.filter((p) => p.surge?.tag === 'outage');
    expect(outage).toHaveLength(7);
    expect(outage[0].no).toBe(364 - 150);
    const rush = planDays(END, 365, TZ, scenarioShape('holiday-rush')).filter((p) => p.surge?.tag === 'holiday-promo');
    expect(rush.map((p) => `${p.month}-${p.day}`)).toEqual(Array.from({ length: 14 }, (_, i) => `12-${8 + i}`));
    expect(rush[0].year).toBe(2025);
    const chat = planDays(END, 365, TZ, scenarioShape('new-chat-channel'));
    expect(chat[364].chatAge).toBe(91);
    expect(chat[364 - 91].chatAge).toBe(0);
    expect(chat[0].chatAge).toBeLessThan(0);
    expect(plans[0].chatAge).toBe(Infinity);
  });

  it('has the Monday peak and the understaffed Mondays of the scenario', () => {
    const monday = plans.find((p) => p.weekday === 1)!;
    const wednesday = plans.find((p) => p.weekday === 3)!;
    expect(monday.demand).toBeGreaterThan(wednesday.demand);
    const short = planDays(END, 14, TZ, scenarioShape('understaffed-mondays'));
    expect(short.filter((p) => p.weekday === 1).every((p) => p.staff === 0.6 && p.phoneStaff === 0.5)).toBe(true);
    expect(short.filter((p) => p.weekday !== 1).every((p) => p.staff === 1)).toBe(true);
  });
});

describe('afterWorkingTime', () => {
  const plans = planDays(END, 30, TZ, scenarioShape('baseline'));
  const at = (iso: string) => Date.parse(iso);

  it('counts only staffed hours (weekdays 08–20, Saturday 09–15, Sunday closed)', () => {
    // Friday 27 March 19:30 CET + 1 h → 30 min on Friday, 30 min from Saturday 09:00.
    expect(afterWorkingTime(plans, at('2026-03-27T19:30:00+01:00'), HOUR)).toBe(at('2026-03-28T09:30:00+01:00'));
    // Saturday 14:00 + 3 h → 1 h on Saturday, then Monday 08:00 (CEST) + 2 h.
    expect(afterWorkingTime(plans, at('2026-03-28T14:00:00+01:00'), 3 * HOUR)).toBe(at('2026-03-30T10:00:00+02:00'));
    // Inside hours, nothing to wait for.
    expect(afterWorkingTime(plans, at('2026-03-31T10:00:00+02:00'), 0)).toBe(at('2026-03-31T10:00:00+02:00'));
    // Beyond the period.
    expect(afterWorkingTime(plans, at('2026-04-04T14:00:00+02:00'), 5 * HOUR)).toBe(Infinity);
  });

  it('finds the day of an instant', () => {
    expect(dayNoOf(plans, plans[3].start)).toBe(3);
    expect(dayNoOf(plans, plans[3].end - 1)).toBe(3);
    expect(dayNoOf(plans, END)).toBe(-1);
    expect(dayNoOf(plans, plans[0].start - 1)).toBe(-1);
  });
});

describe('erlangC', () => {
  it('matches known values', () => {
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 10); // one agent: P(wait) = occupancy
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 10); // 2 agents, 1 erlang: 1/3 by the closed form
    expect(erlangC(10, 8)).toBeCloseTo(0.4092, 3); // the textbook table value
    expect(erlangC(3, 3)).toBe(1);
    expect(erlangC(3, 0)).toBe(0);
  });
});
