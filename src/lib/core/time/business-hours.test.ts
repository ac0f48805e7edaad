import { describe, expect, it } from 'vitest';
import { makeBusinessClock } from './business-hours';
import { defaultBusinessHours } from './settings';
import { zonedToUtc } from './zone';
import type { BusinessHours } from '../engine/types';

const H = 3600;
const utc = (s: string) => Date.parse(s);
const allWeek = (open: number, close: number): BusinessHours => ({
  week: [0, 1, 2, 3, 4, 5, 6].map(() => [[open, close] as const]),
  holidays: []
});

describe('business hours (Mon–Fri 09:00–17:00, UTC)', () => {
  const clock = makeBusinessClock(defaultBusinessHours(), 'UTC');
  // 2024-03-04 is a Monday.
  it.each([
    ['same day', '2024-03-04T10:00Z', '2024-03-04T12:00Z', 2 * H],
    ['starts before opening', '2024-03-04T07:00Z', '2024-03-04T10:00Z', 1 * H],
    ['ends after closing', '2024-03-04T16:00Z', '2024-03-04T20:00Z', 1 * H],
    ['overnight: 16:00 → next day 10:00 = 1 h + 1 h', '2024-03-04T16:00Z', '2024-03-05T10:00Z', 2 * H],
    ['weekend: Fri 16:00 → Mon 10:00 = 1 h + 1 h', '2024-03-08T16:00Z', '2024-03-11T10:00Z', 2 * H],
    ['inside a weekend', '2024-03-09T10:00Z', '2024-03-10T18:00Z', 0],
    ['a whole week', '2024-03-04T00:00Z', '2024-03-11T00:00Z', 40 * H]
  ])('%s', (_name, a, b, expected) => {
    expect(clock.seconds(utc(a), utc(b))).toBe(expected);
  });

  it('is antisymmetric and NaN-safe', () => {
    expect(clock.seconds(utc('2024-03-05T10:00Z'), utc('2024-03-04T16:00Z'))).toBe(-2 * H);
    expect(clock.seconds(NaN, 0)).toBeNaN();
  });

  it('counts a year of weekdays exactly (2024: 262 weekdays × 8 h)', () => {
    expect(clock.seconds(utc('2024-01-01T00:00Z'), utc('2025-01-01T00:00Z'))).toBe(262 * 8 * H);
  });

  it('skips holidays', () => {
    const withHoliday = makeBusinessClock({ ...defaultBusinessHours(), holidays: ['2024-03-11'] }, 'UTC');
    // Fri 16:00 → Tue 10:00 with Monday closed: 1 h Friday + 1 h Tuesday.
    expect(withHoliday.seconds(utc('2024-03-08T16:00Z'), utc('2024-03-12T10:00Z'))).toBe(2 * H);
    expect(withHoliday.isOpen(utc('2024-03-11T10:00Z'))).toBe(false);
    expect(withHoliday.isOpen(utc('2024-03-12T10:00Z'))).toBe(true);
  });
});

describe('business hours across DST', () => {
  it('a 09:00–17:00 day is 8 h on the day the clocks go forward (New York, 2024-03-10)', () => {
    const clock = makeBusinessClock(allWeek(9 * 60, 17 * 60), 'America/New_York');
    const a = zonedToUtc(2024, 3, 10, 0, 0, 0, 0, 'America/New_York');
    const b = zonedToUtc(2024, 3, 11, 0, 0, 0, 0, 'America/New_York');
    expect(b - a).toBe(23 * H * 1000);
    expect(clock.seconds(a, b)).toBe(8 * H);
  });

  it('an overnight 22:00–06:00 shift is 7 h when clocks go forward and 9 h when they go back (Berlin)', () => {
    const tz = 'Europe/Berlin';
    const clock = makeBusinessClock(allWeek(22 * 60, 30 * 60), tz);
    const spring = clock.seconds(zonedToUtc(2024, 3, 30, 22, 0, 0, 0, tz), zonedToUtc(2024, 3, 31, 6, 0, 0, 0, tz));
    expect(spring).toBe(7 * H);
    const autumn = clock.seconds(zonedToUtc(2024, 10, 26, 22, 0, 0, 0, tz), zonedToUtc(2024, 10, 27, 6, 0, 0, 0, tz));
    expect(autumn).toBe(9 * H);
  });

  it('uses the local working week (Tehran, Saturday–Wednesday)', () => {
    const tz = 'Asia/Tehran';
    const clock = makeBusinessClock(defaultBusinessHours([6, 0, 1, 2, 3]), tz);
    // Thursday 2024-03-07 and Friday 2024-03-08 are closed: Wed 16:00 → Sat 10:00 = 1 h + 1 h.
    const a = zonedToUtc(2024, 3, 6, 16, 0, 0, 0, tz);
    const b = zonedToUtc(2024, 3, 9, 10, 0, 0, 0, tz);
    expect(clock.seconds(a, b)).toBe(2 * H);
  });
});
