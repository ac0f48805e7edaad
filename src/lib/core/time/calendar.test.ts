import { describe, expect, it } from 'vitest';
import { daysBetween, makeBuckets, previousPeriod, resolveView } from './calendar';
import type { View } from '../engine/types';

const base: View = { grain: 'day', filters: {}, hours: 'calendar' };
const now = Date.parse('2024-05-15T12:00:00Z'); // a Wednesday

describe('resolveView', () => {
  it.each([
    ['last7', '2024-05-09', '2024-05-15'],
    ['last30', '2024-04-16', '2024-05-15'],
    ['mtd', '2024-05-01', '2024-05-15'],
    ['qtd', '2024-04-01', '2024-05-15'],
    ['ytd', '2024-01-01', '2024-05-15'],
    ['prev-month', '2024-04-01', '2024-04-30']
  ] as const)('%s', (range, from, to) => {
    const rv = resolveView({ ...base, range }, 'UTC', null, null, now);
    expect([rv.from, rv.to]).toEqual([from, to]);
    expect(rv.end - rv.start).toBe(Date.parse(to) - Date.parse(from) + 86_400_000);
  });

  it('range=all spans the data in the workspace zone', () => {
    const rv = resolveView(
      { ...base, range: 'all' },
      'Asia/Tehran',
      Date.parse('2024-01-01T21:00Z'),
      Date.parse('2024-02-10T10:00Z'),
      now
    );
    // 21:00 UTC on Jan 1 is already Jan 2 in Tehran (+03:30).
    expect([rv.from, rv.to]).toEqual(['2024-01-02', '2024-02-10']);
    expect(rv.start).toBe(Date.parse('2024-01-01T20:30:00Z'));
  });

  it('explicit from/to win; an inverted or invalid pair falls back to the range', () => {
    expect(resolveView({ ...base, from: '2024-02-01', to: '2024-02-29' }, 'UTC', null, null, now).to).toBe(
      '2024-02-29'
    );
    expect(
      resolveView({ ...base, from: '2024-02-30', to: '2024-03-01', range: 'last7' }, 'UTC', null, null, now).from
    ).toBe('2024-05-09');
  });

  it('previous period has the same number of local days, across DST', () => {
    const rv = resolveView({ ...base, from: '2024-03-31', to: '2024-04-06' }, 'Europe/Berlin', null, null, now);
    const prev = previousPeriod(rv, 'Europe/Berlin');
    expect([prev.from, prev.to]).toEqual(['2024-03-24', '2024-03-30']);
    expect(prev.end).toBe(rv.start);
    expect(daysBetween(prev.start, prev.end, 'Europe/Berlin')).toBe(7);
    expect(rv.end - rv.start).toBe(7 * 86_400_000 - 3_600_000);
  });
});

describe('makeBuckets', () => {
  it('aligns weeks to the week start and finds buckets by binary search', () => {
    const start = Date.parse('2024-05-01T00:00Z'); // Wednesday
    const end = Date.parse('2024-05-16T00:00Z');
    const b = makeBuckets(start, end, 'week', 'UTC', 1);
    expect(b.keys).toEqual(['2024-04-29', '2024-05-06', '2024-05-13']);
    expect(b.indexOf(start)).toBe(0);
    expect(b.indexOf(Date.parse('2024-05-06T00:00Z'))).toBe(1);
    expect(b.indexOf(Date.parse('2024-05-15T23:59Z'))).toBe(2);
    expect(b.indexOf(end)).toBe(-1);
    expect(b.indexOf(start - 1)).toBe(-1);
  });

  it('makes month, quarter and year buckets', () => {
    const start = Date.parse('2024-01-15T00:00Z');
    const end = Date.parse('2024-07-01T00:00Z');
    expect(makeBuckets(start, end, 'month', 'UTC', 1).keys).toHaveLength(6);
    expect(makeBuckets(start, end, 'quarter', 'UTC', 1).keys).toEqual(['2024-01-01', '2024-04-01']);
    expect(makeBuckets(start, end, 'year', 'UTC', 1).keys).toEqual(['2024-01-01']);
  });
});
