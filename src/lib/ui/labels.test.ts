import { describe, expect, it } from 'vitest';
import { breakdownKeyLabel, hourName, orderedBreakdowns, responseBucketLabel, weekdayName } from './labels';

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

describe('responseBucketLabel', () => {
  it('says the engine bucket keys in words and local digits', () => {
    expect(responseBucketLabel('<1h', 'en')).toBe('under 1 h');
    // Durations read as the rest of the app writes them: 24 h is one day.
    expect(responseBucketLabel('12h-24h', 'en')).toBe('12 h – 1 d');
    expect(responseBucketLabel('>6h', 'fa')).toBe('بیش از ۶ س');
    expect(breakdownKeyLabel('bucket', '1h-6h', 'en')).toBe('1 h – 6 h');
    expect(responseBucketLabel('all', 'he')).toBe('all');
  });
});
