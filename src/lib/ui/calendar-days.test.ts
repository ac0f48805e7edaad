import { describe, expect, it } from 'vitest';
import { calendarDays, pickDay } from './calendar-days';

describe('calendarDays', () => {
  it('names each ISO day in the Persian calendar', () => {
    const days = calendarDays('2026-03-19', '2026-03-22', 'persian');
    // Nowruz: 1 Farvardin 1405 is 21 March 2026.
    expect(days.map((d) => [d.iso, d.year, d.month, d.day])).toEqual([
      ['2026-03-19', 1404, 12, 28],
      ['2026-03-20', 1404, 12, 29],
      ['2026-03-21', 1405, 1, 1],
      ['2026-03-22', 1405, 1, 2]
    ]);
  });

  it('gives Gregorian days as they are, and nothing for a reversed range', () => {
    expect(calendarDays('2024-02-28', '2024-03-01', 'gregory').map((d) => d.day)).toEqual([28, 29, 1]);
    expect(calendarDays('2024-03-01', '2024-02-01', 'gregory')).toEqual([]);
  });
});

describe('pickDay', () => {
  const days = calendarDays('2026-03-01', '2026-04-30', 'persian');
  it('finds the day, or the nearest day of that month when it does not exist', () => {
    expect(pickDay(days, 1405, 1, 1)?.iso).toBe('2026-03-21');
    expect(pickDay(days, 1404, 12, 31)?.iso).toBe('2026-03-20');
  });
});
