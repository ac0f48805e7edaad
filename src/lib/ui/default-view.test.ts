import { describe, expect, it } from 'vitest';
import { allView, chooseDefaultRange, defaultViewFor, recentView } from './default-view';
import { parseViewParams } from './url-state';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);
const parse = (qs: string) => parseViewParams(new URLSearchParams(qs));

describe('chooseDefaultRange', () => {
  it('picks the last 30 days for recent data with earlier data to compare with', () => {
    expect(chooseDefaultRange(NOW - 365 * DAY, NOW - DAY, NOW)).toBe('last30');
    expect(chooseDefaultRange(NOW - 31 * DAY, NOW - 29 * DAY, NOW)).toBe('last30');
  });

  it('keeps all data when the data ended more than 30 days ago', () => {
    expect(chooseDefaultRange(NOW - 400 * DAY, NOW - 31 * DAY, NOW)).toBe('all');
  });

  it('keeps all data when it all lies within the last 30 days (nothing earlier to compare with)', () => {
    expect(chooseDefaultRange(NOW - 10 * DAY, NOW - DAY, NOW)).toBe('all');
  });

  it('keeps all data when there is no data or no extent', () => {
    expect(chooseDefaultRange(null, null, NOW)).toBe('all');
    expect(chooseDefaultRange(NOW - 100 * DAY, null, NOW)).toBe('all');
    expect(chooseDefaultRange(Number.NaN, NOW, NOW)).toBe('all');
  });
});

describe('recentView and allView', () => {
  it('use a weekly trend for 30 days unless the URL named a grain, and keep filters and hours', () => {
    expect(recentView(parse('channel=email&hours=business'))).toEqual({
      range: 'last30',
      grain: 'week',
      hours: 'business',
      filters: { channel: ['email'] }
    });
    expect(recentView(parse('grain=day')).grain).toBe('day');
    expect(allView(parse('channel=chat'))).toEqual({
      range: 'all',
      grain: 'month',
      hours: 'calendar',
      filters: { channel: ['chat'] }
    });
  });
});

describe('parseViewParams given', () => {
  it('says which parts the URL named, even when invalid', () => {
    expect(parse('').given).toEqual({ period: false, grain: false });
    expect(parse('range=all').given).toEqual({ period: true, grain: false });
    expect(parse('from=2024-01-01').given.period).toBe(true);
    expect(parse('to=bad').given.period).toBe(true);
    expect(parse('range=nonsense&grain=week').given).toEqual({ period: true, grain: true });
    expect(parse('range=&grain=').given).toEqual({ period: false, grain: false });
  });
});

describe('defaultViewFor', () => {
  const recentData = { start: NOW - 365 * DAY, end: NOW - DAY };
  it('is exactly the view a URL names when it names a period', () => {
    expect(defaultViewFor(parse('range=all&grain=month'), recentData, NOW)).toEqual({
      range: 'all',
      grain: 'month',
      hours: 'calendar',
      filters: {}
    });
    expect(defaultViewFor(parse('from=2026-01-01&to=2026-01-31'), recentData, NOW)).toMatchObject({
      from: '2026-01-01',
      to: '2026-01-31'
    });
  });

  it('opens recent data on the last 30 days by week', () => {
    expect(defaultViewFor(parse(''), recentData, NOW)).toEqual({
      range: 'last30',
      grain: 'week',
      hours: 'calendar',
      filters: {}
    });
  });

  it('opens an old export, or data without a span, on all of it, keeping the named grain', () => {
    expect(defaultViewFor(parse('grain=quarter'), { start: NOW - 400 * DAY, end: NOW - 200 * DAY }, NOW)).toEqual({
      range: 'all',
      grain: 'quarter',
      hours: 'calendar',
      filters: {}
    });
    expect(defaultViewFor(parse(''), null, NOW).range).toBe('all');
    expect(defaultViewFor(parse(''), { start: null, end: null }, NOW).range).toBe('all');
  });
});
