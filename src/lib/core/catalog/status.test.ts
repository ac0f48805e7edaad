import { describe, expect, it } from 'vitest';
import { changeOf, isImprovement, progress, statusOf, warnBandOf } from './status';
import type { Direction, KpiSpec, Target } from './types';
import { kpiById } from './index';

const def = (direction: Direction, defaultTarget?: Target): KpiSpec => ({
  id: `test_${direction}`,
  group: 'speed',
  name: 'test',
  formula: 'test',
  unit: 'count',
  direction,
  needs: ['tickets.created_at'],
  seeds: '-',
  defaultTarget
});
const at = (value: number | null) => ({ available: true, value });

describe('warnBandOf', () => {
  it.each<[string, Target, Direction, number]>([
    ['10 % of a maximize target', { value: 80 }, 'maximize', 8],
    ['10 % of a minimize target', { value: 600 }, 'minimize', 60],
    ['10 % of |target| when negative', { value: -50 }, 'minimize', 5],
    ['an explicit band wins', { value: 5, warnBand: 3 }, 'minimize', 3],
    ['an explicit band of 0 is kept', { value: 5, warnBand: 0 }, 'minimize', 0],
    ['a negative band falls back to 10 %', { value: 50, warnBand: -1 }, 'maximize', 5],
    ['10 % of the range width', { lower: 180, upper: 420 }, 'range', 24],
    ['range bounds in the wrong order', { lower: 420, upper: 180 }, 'range', 24],
    ['zero-width range: 10 % of the bound', { lower: 50, upper: 50 }, 'range', 5],
    ['explicit band on a range', { lower: 1, upper: 2, warnBand: 7 }, 'range', 7],
    ['none is never judged', { value: 80 }, 'none', 0]
  ])('%s', (_, target, direction, expected) => {
    expect(warnBandOf(target, direction)).toBeCloseTo(expected, 10);
  });
});

describe('statusOf', () => {
  // maximize, t = 80, w = 8: good v ≥ 80; warn 72 ≤ v < 80; bad below.
  const max = def('maximize', { value: 80 });
  // minimize, t = 600, w = 60: good v ≤ 600; warn 600 < v ≤ 660; bad above.
  const min = def('minimize', { value: 600 });
  // range [180, 420], w = 24: good inside; warn in [156, 180) and (420, 444]; bad beyond.
  const range = def('range', { lower: 180, upper: 420 });

  it.each<[string, KpiSpec, number, string]>([
    ['max: above t', max, 95, 'good'],
    ['max: v = t', max, 80, 'good'],
    ['max: just below t', max, 79.999, 'warn'],
    ['max: v = t − w', max, 72, 'warn'],
    ['max: just below t − w', max, 71.999, 'bad'],
    ['max: far below', max, 0, 'bad'],
    ['min: below t', min, 10, 'good'],
    ['min: v = t', min, 600, 'good'],
    ['min: just above t', min, 600.001, 'warn'],
    ['min: v = t + w', min, 660, 'warn'],
    ['min: just above t + w', min, 660.001, 'bad'],
    ['range: inside', range, 300, 'good'],
    ['range: on lower bound', range, 180, 'good'],
    ['range: on upper bound', range, 420, 'good'],
    ['range: just below lower', range, 179.9, 'warn'],
    ['range: lo − w', range, 156, 'warn'],
    ['range: below lo − w', range, 155.9, 'bad'],
    ['range: just above upper', range, 420.1, 'warn'],
    ['range: hi + w', range, 444, 'warn'],
    ['range: above hi + w', range, 444.1, 'bad']
  ])('%s', (_, d, v, expected) => {
    expect(statusOf(d, at(v))).toBe(expected);
  });

  it('unavailable only when the data cannot support the KPI, whatever the direction', () => {
    expect(statusOf(max, { available: false, value: null })).toBe('unavailable');
    expect(statusOf(def('none'), { available: false, value: null })).toBe('unavailable');
  });

  it('no data (available, null value) is none, never judged as 0', () => {
    expect(statusOf(max, at(null))).toBe('none');
    expect(statusOf(max, { available: true, value: undefined })).toBe('none');
    expect(statusOf(max, at(Number.NaN))).toBe('none');
  });

  it('none for a none KPI, with or without a target', () => {
    expect(statusOf(def('none'), at(5))).toBe('none');
    expect(statusOf(def('none'), at(5), { value: 1 })).toBe('none');
  });

  it('uses the default target when the caller passes none, and no target when it passes null', () => {
    expect(statusOf(max, at(50))).toBe('bad');
    expect(statusOf(max, at(50), null)).toBe('none');
    expect(statusOf(def('maximize'), at(50))).toBe('none');
  });

  it('an explicit target overrides the default, with its own band', () => {
    expect(statusOf(max, at(50), { value: 40 })).toBe('good');
    expect(statusOf(max, at(50), { value: 60, warnBand: 10 })).toBe('warn');
    expect(statusOf(max, at(49.9), { value: 60, warnBand: 10 })).toBe('bad');
  });

  it('a target whose shape does not fit the direction is not judged', () => {
    expect(statusOf(max, at(50), { lower: 1, upper: 2 })).toBe('none');
    expect(statusOf(range, at(50), { value: 60 })).toBe('none');
  });

  it('abandonment: ≤ 5 % good, warning up to 8 %, bad above', () => {
    const abandonment = kpiById('abandonment_rate')!;
    expect(statusOf(abandonment, at(5))).toBe('good');
    expect(statusOf(abandonment, at(8))).toBe('warn');
    expect(statusOf(abandonment, at(8.01))).toBe('bad');
  });

  it('first response on social: warn above 10 min, bad beyond 12 h', () => {
    const frt = kpiById('first_response_time')!;
    const social = frt.channelTargets?.social;
    expect(statusOf(frt, at(600), social)).toBe('good');
    expect(statusOf(frt, at(11 * 3600), social)).toBe('warn');
    expect(statusOf(frt, at(12 * 3600), social)).toBe('warn');
    expect(statusOf(frt, at(12 * 3600 + 1), social)).toBe('bad');
  });
});

describe('changeOf', () => {
  it.each<[number | null | undefined, number | null | undefined, number | null]>([
    [6100, 5400, -700 / 6100],
    [100, 110, 0.1],
    [100, 100, 0],
    [-10, -5, 0.5],
    [0, 5, null],
    [null, 5, null],
    [5, null, null],
    [undefined, 5, null],
    [Number.NaN, 5, null]
  ])('%s → %s', (previous, current, expected) => {
    const c = changeOf(previous, current);
    if (expected === null) expect(c).toBeNull();
    else expect(c).toBeCloseTo(expected, 10);
  });
});

describe('isImprovement', () => {
  const range = def('range', { lower: 180, upper: 420 });
  it.each<[string, KpiSpec, number | null, number | null, boolean | null]>([
    ['maximize up', def('maximize'), 70, 75, true],
    ['maximize down', def('maximize'), 75, 70, false],
    ['maximize flat', def('maximize'), 75, 75, null],
    ['minimize down', def('minimize'), 700, 600, true],
    ['minimize up', def('minimize'), 600, 700, false],
    ['minimize flat', def('minimize'), 600, 600, null],
    ['none', def('none'), 1, 2, null],
    ['missing previous', def('maximize'), null, 2, null],
    ['missing current', def('maximize'), 2, null, null],
    ['range: up toward the range', range, 100, 150, true],
    ['range: down toward the range', range, 600, 430, true],
    ['range: up away from it', range, 430, 600, false],
    ['range: into it', range, 100, 300, true],
    ['range: out of it', range, 300, 100, false],
    ['range: moving inside', range, 200, 400, null],
    ['range: jump across, closer', range, 100, 430, true],
    ['range: jump across, farther', range, 170, 500, false]
  ])('%s', (_, d, previous, current, expected) => {
    expect(isImprovement(d, previous, current)).toBe(expected);
  });

  it('range without a range target cannot say', () => {
    expect(isImprovement(def('range'), 100, 150)).toBeNull();
    expect(isImprovement(range, 100, 150, null)).toBeNull();
  });

  it('range uses the target the caller gives', () => {
    expect(isImprovement(range, 100, 150, { lower: 0, upper: 120 })).toBe(false);
  });
});

describe('progress', () => {
  it.each<[string, number | null, number | null, number | Target, number | null]>([
    ['maximize halfway', 75, 70, 80, 0.5],
    ['maximize reached', 80, 70, 80, 1],
    ['maximize beyond is clamped', 90, 70, 80, 1],
    ['maximize went back is clamped', 60, 70, 80, 0],
    ['minimize halfway', 450, 600, 300, 0.5],
    ['minimize reached', 300, 600, 300, 1],
    ['minimize worse is clamped', 700, 600, 300, 0],
    ['at the baseline', 600, 600, 300, 0],
    ['a value target object', 75, 70, { value: 80 }, 0.5],
    ['t = b has no ratio', 5, 80, 80, null],
    ['missing value', null, 70, 80, null],
    ['missing baseline', 75, null, 80, null],
    ['range from below, halfway', 140, 100, { lower: 180, upper: 420 }, 0.5],
    ['range from above, into it', 400, 600, { lower: 180, upper: 420 }, 1],
    ['range overshoot across', 440, 100, { lower: 180, upper: 420 }, 0.75],
    ['range moved away', 50, 100, { lower: 180, upper: 420 }, 0],
    ['range baseline inside, still inside', 200, 300, { lower: 180, upper: 420 }, 1],
    ['range baseline inside, left it', 500, 300, { lower: 180, upper: 420 }, 0]
  ])('%s', (_, value, baseline, target, expected) => {
    const p = progress(value, baseline, target);
    if (expected === null) expect(p).toBeNull();
    else expect(p).toBeCloseTo(expected, 10);
  });
});
