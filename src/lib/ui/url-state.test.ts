import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  activeFilterCount,
  isIsoDate,
  parseViewParams,
  viewToParams,
  withDates,
  withFilter,
  withRange
} from './url-state';
import type { View } from '$lib/core/engine/types';

const parse = (qs: string) => parseViewParams(new URLSearchParams(qs));

describe('parseViewParams', () => {
  it('gives the default view for an empty query, with no notice', () => {
    const s = parse('');
    expect(s.view).toEqual(DEFAULT_VIEW);
    expect(s.notices).toEqual([]);
    expect(s.lang).toBeNull();
  });

  it('reads the spec example', () => {
    const s = parse('from=2024-01-01&to=2024-03-31&grain=month&channel=email&channel=chat&hours=business&lang=fa');
    expect(s.view).toEqual({
      from: '2024-01-01',
      to: '2024-03-31',
      grain: 'month',
      hours: 'business',
      filters: { channel: ['email', 'chat'] }
    });
    expect(s.lang).toBe('fa');
    expect(s.notices).toEqual([]);
  });

  it('reads every named range and repeatable filter', () => {
    for (const r of ['all', 'last7', 'last30', 'last90', 'mtd', 'qtd', 'ytd', 'prev-month']) {
      expect(parse(`range=${r}`).view.range).toBe(r);
    }
    const s = parse('team=A&agent=x&agent=y&agent=x&priority=high&category=billing&range=last7');
    expect(s.view.filters).toEqual({ team: ['A'], agent: ['x', 'y'], priority: ['high'], category: ['billing'] });
  });

  it('falls back with a notice for each invalid value', () => {
    const s = parse('range=lastweek&grain=hour&hours=office&lang=de&from=2024-02-30');
    expect(s.view).toEqual(DEFAULT_VIEW);
    expect(s.lang).toBeNull();
    expect(s.notices.map((n) => [n.param, n.value, n.fallback])).toEqual([
      ['from', '2024-02-30', ''],
      ['range', 'lastweek', 'all'],
      ['grain', 'hour', 'month'],
      ['hours', 'office', 'calendar'],
      ['lang', 'de', '']
    ]);
  });

  it('keeps a good date when the other is bad', () => {
    const s = parse('from=2024-01-01&to=soon');
    expect(s.view.from).toBe('2024-01-01');
    expect(s.view.to).toBeUndefined();
    expect(s.view.range).toBeUndefined();
    expect(s.notices).toHaveLength(1);
  });

  it('swaps reversed dates and says so', () => {
    const s = parse('from=2024-03-31&to=2024-01-01');
    expect([s.view.from, s.view.to]).toEqual(['2024-01-01', '2024-03-31']);
    expect(s.notices[0].kind).toBe('swapped');
  });

  it('lets explicit dates win over a named range', () => {
    const s = parse('range=last7&from=2024-01-01&to=2024-01-31');
    expect(s.view.range).toBeUndefined();
    expect(s.view.from).toBe('2024-01-01');
  });

  it('ignores unknown parameters and blank filter values', () => {
    const s = parse('utm_source=x&id=csat&channel=&channel=%20');
    expect(s.view).toEqual(DEFAULT_VIEW);
    expect(s.notices).toEqual([]);
  });
});

describe('viewToParams', () => {
  it('writes the spec order and repeats filters', () => {
    const v: View = {
      from: '2024-01-01',
      to: '2024-03-31',
      grain: 'week',
      hours: 'business',
      filters: { channel: ['email', 'chat'], team: ['A'] }
    };
    expect(viewToParams(v, 'he').toString()).toBe(
      'from=2024-01-01&to=2024-03-31&grain=week&channel=email&channel=chat&team=A&hours=business&lang=he'
    );
  });

  it('round-trips views', () => {
    const views: View[] = [
      DEFAULT_VIEW,
      { range: 'prev-month', grain: 'day', hours: 'calendar', filters: { priority: ['urgent', 'high'] } },
      { from: '2023-12-01', grain: 'quarter', hours: 'business', filters: { category: ['a & b', 'ç=1'] } }
    ];
    for (const v of views) {
      const back = parseViewParams(viewToParams(v));
      expect(back.view).toEqual(v);
      expect(back.notices).toEqual([]);
      expect(viewToParams(back.view).toString()).toBe(viewToParams(v).toString());
    }
  });

  it('carries extra parameters such as the KPI id first', () => {
    expect(viewToParams(DEFAULT_VIEW, null, { id: 'csat' }).toString()).toBe(
      'id=csat&range=all&grain=month&hours=calendar'
    );
  });
});

describe('helpers', () => {
  it('edits filters and ranges immutably', () => {
    const v = withFilter(DEFAULT_VIEW, 'channel', ['email']);
    expect(activeFilterCount(v)).toBe(1);
    expect(activeFilterCount(DEFAULT_VIEW)).toBe(0);
    expect(withFilter(v, 'channel', []).filters).toEqual({});
    const custom = withDates(v, '2024-01-01', '2024-01-31');
    expect(custom.range).toBeUndefined();
    expect(withRange(custom, 'ytd')).toEqual({
      range: 'ytd',
      grain: 'month',
      hours: 'calendar',
      filters: { channel: ['email'] }
    });
  });
  it('validates dates strictly', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
  });
});
