import { describe, expect, it } from 'vitest';
import { parseDuration } from './durations';

describe('parseDuration', () => {
  const cases: [string, number, number][] = [
    // raw, unitSeconds of the column, expected seconds
    ['01:02:03', 1, 3723],
    ['0:02:23', 1, 143], // PwC AvgTalkDuration
    ['00:00:17', 60, 17], // three parts are always H:MM:SS, whatever the unit
    ['1:02:03:04', 1, 93784], // D:HH:MM:SS
    ['12:34', 60, 45240], // unit ≥ 60: H:MM
    ['12:34', 1, 754], // unit < 60: M:SS
    ['125:30:00', 3600, 451800], // hours beyond a day
    ['0:00:01.5', 1, 1.5],
    ['0:00:01,5', 1, 1.5],
    [' 0 : 02 : 23 ', 1, 143],
    ['2h 5m', 60, 7500],
    ['2h5m', 60, 7500],
    ['1d 2h', 1, 93600],
    ['45s', 60, 45],
    ['3 min', 1, 180],
    ['3 min.', 1, 180],
    ['1.5 hours', 1, 5400],
    ['1,5 hours', 1, 5400],
    ['2 Hrs 30 Mins', 1, 9000],
    ['1 hour, 30 minutes', 1, 5400],
    ['1 hour and 30 minutes', 1, 5400],
    ['250ms', 1, 0.25],
    ['1 week', 1, 604800],
    ['PT1H30M', 1, 5400],
    ['P1DT2H', 1, 93600],
    ['PT0.5S', 60, 0.5],
    ['۲ ساعت و ۳۰ دقیقه', 1, 9000],
    ['٣ دقائق', 1, 180],
    ['3 דקות', 1, 180],
    ['۰:۰۲:۲۳', 1, 143],
    ['3.5', 60, 210], // bare number × unit
    ['45', 1, 45],
    ['2', 3600, 7200],
    ['1,5', 3600, 5400],
    ['-5', 60, -300], // negative durations are data (reported later), not errors
    ['-00:05:00', 1, -300],
    ['−2h', 1, -7200],
    ['0', 60, 0]
  ];
  it.each(cases)('%j (unit %d s) → %d s', (raw, unit, expected) => {
    expect(parseDuration(raw, unit)).toBeCloseTo(expected, 9);
  });

  it.each([
    '',
    '  ',
    'abc',
    '12:',
    ':30',
    '1:60',
    '1:02:60',
    '1:24:00:00',
    '1:2:3:4:5',
    '1.5:00',
    '12:30 PM',
    '2021-01-01',
    '5 apples',
    'h5',
    '1h 2x',
    'P1M',
    'PT',
    'and 5 min',
    'N/A',
    '12%'
  ])('%j is unreadable', (raw) => {
    expect(parseDuration(raw, 60)).toBeNaN();
  });
});
