import { describe, expect, it } from 'vitest';
import { bucketLastDay, drawnRange, partialBuckets, showsPartial } from './partial';

describe('bucketLastDay', () => {
  it('knows the length of every grain, leap years and month ends included', () => {
    expect(bucketLastDay('2024-02-01', 'month')).toBe('2024-02-29');
    expect(bucketLastDay('2025-02-01', 'month')).toBe('2025-02-28');
    expect(bucketLastDay('2025-12-29', 'week')).toBe('2026-01-04');
    expect(bucketLastDay('2025-10-01', 'quarter')).toBe('2025-12-31');
    expect(bucketLastDay('2025-01-01', 'year')).toBe('2025-12-31');
    expect(bucketLastDay('2025-03-09', 'day')).toBe('2025-03-09');
    expect(bucketLastDay('March', 'month')).toBeNull();
  });
});

describe('partialBuckets', () => {
  it('flags a month cut at both ends of "all data" (Nov 23 to Nov 22 a year later)', () => {
    const starts = ['2025-11-01', '2025-12-01', '2026-10-01', '2026-11-01'];
    expect(partialBuckets(starts, { from: '2025-11-23', to: '2026-11-22', grain: 'month' })).toEqual([
      true,
      false,
      false,
      true
    ]);
  });

  it('flags nothing when the period is made of whole buckets', () => {
    const starts = ['2026-01-01', '2026-02-01', '2026-03-01'];
    expect(partialBuckets(starts, { from: '2026-01-01', to: '2026-03-31', grain: 'month' })).toEqual([
      false,
      false,
      false
    ]);
    expect(partialBuckets(['2026-03-05'], { from: '2026-03-05', to: '2026-03-05', grain: 'day' })).toEqual([false]);
  });

  it('flags the cut weeks of a 30-day period', () => {
    // 2026-10-25 is a Sunday; weeks start on Monday here.
    const starts = ['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'];
    const flags = partialBuckets(starts, { from: '2026-10-25', to: '2026-11-23', grain: 'week' });
    expect(flags).toEqual([true, false, false, false, false, true]);
  });

  it('flags a single bucket cut on either side once', () => {
    expect(partialBuckets(['2026-11-01'], { from: '2026-11-05', to: '2026-11-30', grain: 'month' })).toEqual([true]);
    expect(partialBuckets(['2026-11-01'], { from: '2026-11-01', to: '2026-11-20', grain: 'month' })).toEqual([true]);
    expect(partialBuckets([], { from: '2026-11-01', to: '2026-11-20', grain: 'month' })).toEqual([]);
  });
});

describe('drawnRange', () => {
  it('drops only cut buckets without a value at the edges', () => {
    expect(drawnRange([5, 6, 7, null], [true, false, false, true])).toEqual([0, 2]);
    expect(drawnRange([null, 6, null, 7], [true, false, false, false])).toEqual([1, 3]);
    // A whole bucket without a value is a real gap and stays.
    expect(drawnRange([5, 6, null], [false, false, false])).toEqual([0, 2]);
    expect(drawnRange([null], [true])).toBeNull();
    expect(drawnRange([], [])).toBeNull();
  });
});

describe('showsPartial', () => {
  it('is true only when a cut bucket has a value to draw hollow', () => {
    expect(showsPartial([5, 6, null], [false, false, true])).toBe(false);
    expect(showsPartial([5, 6, 7], [true, false, false])).toBe(true);
    expect(showsPartial([], [])).toBe(false);
  });
});
