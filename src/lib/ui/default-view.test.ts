import { describe, expect, it } from 'vitest';
import type { ScorecardResult, View } from '$lib/core/engine/types';
import { allView, chooseDefaultRange, computeForUrl, recentView } from './default-view';
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

/** A fake engine: records the views asked for and answers with the given data extent. */
function fakeCompute(dataStart: number | null, dataEnd: number | null) {
  const asked: View[] = [];
  const compute = async (view: View): Promise<ScorecardResult> => {
    asked.push(view);
    return {
      view: { from: '', to: '', start: 0, end: 0, grain: view.grain, filters: view.filters, hours: view.hours },
      kpis: [],
      dataStart,
      dataEnd,
      filterValues: {},
      computeMs: 1
    };
  };
  return { asked, compute };
}

describe('computeForUrl', () => {
  it('computes exactly the view a URL names, once, and does not ask to rewrite the URL', async () => {
    const { asked, compute } = fakeCompute(NOW - 365 * DAY, NOW - DAY);
    const out = await computeForUrl(parse('range=all&grain=month'), compute, NOW);
    expect(asked).toEqual([{ range: 'all', grain: 'month', hours: 'calendar', filters: {} }]);
    expect(out?.chosen).toBe(false);
  });

  it('opens recent data on the last 30 days with one computation', async () => {
    const { asked, compute } = fakeCompute(NOW - 365 * DAY, NOW - DAY);
    const out = await computeForUrl(parse(''), compute, NOW);
    expect(asked.length).toBe(1);
    expect(out?.view).toEqual({ range: 'last30', grain: 'week', hours: 'calendar', filters: {} });
    expect(out?.chosen).toBe(true);
  });

  it('falls back to all data for an old export and says so', async () => {
    const { asked, compute } = fakeCompute(NOW - 400 * DAY, NOW - 200 * DAY);
    const out = await computeForUrl(parse('grain=quarter'), compute, NOW);
    expect(asked.map((v) => v.range)).toEqual(['last30', 'all']);
    expect(out?.view).toEqual({ range: 'all', grain: 'quarter', hours: 'calendar', filters: {} });
    expect(out?.chosen).toBe(true);
  });

  it('gives undefined when the engine fails', async () => {
    expect(await computeForUrl(parse(''), async () => undefined, NOW)).toBeUndefined();
  });
});
