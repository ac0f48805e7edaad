import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatChange,
  formatCount,
  formatDay,
  formatDuration,
  formatPercent,
  formatValue,
  formatBucket
} from './format';

describe('formatDuration', () => {
  it.each([
    [42, '42 s'],
    [60, '1 m'],
    [725, '12 m 5 s'],
    [4 * 3600 + 12 * 60 + 30, '4 h 12 m'],
    [3600, '1 h'],
    [3 * 86400 + 2 * 3600 + 59, '3 d 2 h'],
    [-90, '-1 m 30 s']
  ])('%d s → %s', (s, text) => {
    expect(formatDuration(s, 'en')).toBe(text);
  });
  it('uses Persian digits in Persian', () => {
    expect(formatDuration(4 * 3600 + 12 * 60, 'fa')).toBe('۴ س ۱۲ د');
  });
  it('never turns missing into 0', () => {
    expect(formatDuration(null, 'en')).toBeNull();
    expect(formatDuration(NaN, 'en')).toBeNull();
    expect(formatValue(undefined, 'count', 'en')).toBeNull();
  });
});

describe('numbers', () => {
  it('groups counts and keeps a decimal for small averages', () => {
    expect(formatCount(1204, 'en')).toBe('1,204');
    expect(formatCount(12.34, 'en')).toBe('12.3');
    expect(formatCount(1204, 'ar')).toBe('١٬٢٠٤');
  });
  it('takes percent as 0–100', () => {
    expect(formatPercent(83.44, 'en')).toBe('83.4%');
    expect(formatPercent(83.44, 'fa')).toBe('۸۳٫۴٪');
  });
  it('signs a change', () => {
    expect(formatChange(-0.1148, 'en')).toBe('-11.5%');
    expect(formatChange(0.2, 'en')).toBe('+20%');
    expect(formatChange(null, 'en')).toBeNull();
  });
  it('formats bytes', () => {
    expect(formatBytes(12_400_000, 'en')).toBe('12.4 MB');
  });
});

describe('formatDay', () => {
  it('keeps the calendar day in every calendar', () => {
    expect(formatDay('2024-01-15', 'en')).toBe('Jan 15, 2024');
    expect(formatDay('2024-01-15', 'fa', 'persian')).toContain('۱۴۰۲');
    expect(formatDay('2024-01-15', 'ar', 'islamic-umalqura')).toContain('١٤٤٥');
  });
  it('passes through what is not a date', () => {
    expect(formatDay('Q1', 'en')).toBe('Q1');
  });
});

describe('formatBucket', () => {
  it('labels buckets by their grain', () => {
    expect(formatBucket('2024-03-01', 'month', 'en')).toBe('Mar 24');
    expect(formatBucket('2024-03-04', 'week', 'en')).toBe('Mar 4');
    expect(formatBucket('2024-01-01', 'year', 'en')).toBe('2024');
    expect(formatBucket('2024-03-21', 'year', 'fa', 'persian')).toContain('۱۴۰۳');
  });
});
