import { describe, expect, it } from 'vitest';
import { breakdownKeyLabel, hourName, orderedBreakdowns, weekdayName } from './labels';

describe('labels', () => {
  it('names weekdays the way the engine counts them (0 = Sunday)', () => {
    expect(weekdayName(0, 'en')).toBe('Sun');
    expect(weekdayName(1, 'en', 'long')).toBe('Monday');
    expect(weekdayName(6, 'fa', 'long')).toBe('شنبه');
  });
  it('pads hours with local digits', () => {
    expect(hourName(7, 'en')).toBe('07');
    expect(hourName(7, 'ar')).toBe('٠٧');
    expect(breakdownKeyLabel('hour', '9', 'en')).toBe('09:00');
    expect(breakdownKeyLabel('channel', 'email', 'fa')).toBe('ایمیل');
    expect(breakdownKeyLabel('agent', 'email', 'fa')).toBe('email');
  });
  it('orders breakdowns with unknown ones last', () => {
    expect(orderedBreakdowns(['hour_weekday', 'zz', 'agent', 'channel'])).toEqual([
      'channel',
      'agent',
      'hour_weekday',
      'zz'
    ]);
  });
});
