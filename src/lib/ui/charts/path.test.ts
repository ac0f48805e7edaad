import { describe, expect, it } from 'vitest';
import { durationTicks, linePath, tickIndexes, valueDomain } from './path';

describe('linePath', () => {
  const pts = [{ v: 1 }, { v: 2 }, { v: null }, { v: 4 }, { v: 5 }];
  it('breaks the line at gaps instead of drawing through zero', () => {
    const d = linePath(
      pts,
      (_p) => pts.indexOf(_p) * 10,
      (p) => (p.v ?? 0) * 2,
      (p) => p.v !== null
    );
    expect(d).toBe('M0.0,2.0L10.0,4.0M30.0,8.0L40.0,10.0');
  });
  it('is empty for no data', () => {
    expect(
      linePath(
        [],
        () => 0,
        () => 0,
        () => true
      )
    ).toBe('');
  });
});

describe('valueDomain', () => {
  it('starts at 0, includes extras, widens flat data, and says null for none', () => {
    expect(valueDomain([3, null, 5])).toEqual([0, 5]);
    expect(valueDomain([3, 5], [9])).toEqual([0, 9]);
    expect(valueDomain([0, 0])).toEqual([0, 1]);
    expect(valueDomain([null, NaN])).toBeNull();
    expect(valueDomain([-2, 4])).toEqual([-2, 4]);
  });
});

describe('tickIndexes', () => {
  it('spreads ticks and keeps both ends', () => {
    expect(tickIndexes(12, 4)).toEqual([0, 4, 7, 11]);
    expect(tickIndexes(3, 5)).toEqual([0, 1, 2]);
    expect(tickIndexes(0, 3)).toEqual([]);
  });
});

describe('durationTicks', () => {
  it('uses round time steps that cover the maximum', () => {
    expect(durationTicks(50000)).toEqual([0, 21600, 43200, 64800]);
    expect(durationTicks(170)).toEqual([0, 60, 120, 180]);
    expect(durationTicks(0)).toEqual([0]);
    const t = durationTicks(40 * 86400);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(40 * 86400);
    expect(t.length).toBeLessThanOrEqual(6);
  });
});
