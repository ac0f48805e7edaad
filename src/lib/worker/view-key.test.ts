import { describe, expect, it } from 'vitest';
import type { View } from '../core/engine/types';
import { viewKey } from './view-key';

describe('viewKey', () => {
  it('is the same for the same view built with keys in another order', () => {
    const a: View = { range: 'all', grain: 'month', hours: 'calendar', filters: { channel: ['email'], team: ['A'] } };
    const b = JSON.parse(
      '{"filters":{"team":["A"],"channel":["email"]},"hours":"calendar","grain":"month","range":"all"}'
    );
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(viewKey(b)).toBe(viewKey(a));
  });

  it('treats an empty filter list as no filter', () => {
    const base: View = { range: 'last30', grain: 'week', hours: 'calendar', filters: {} };
    expect(viewKey({ ...base, filters: { agent: [] } })).toBe(viewKey(base));
  });

  it('tells apart views that ask different questions', () => {
    const base: View = { range: 'all', grain: 'month', hours: 'calendar', filters: {} };
    const others: View[] = [
      { ...base, grain: 'week' },
      { ...base, hours: 'business' },
      { ...base, range: 'last30' },
      { grain: 'month', hours: 'calendar', filters: {}, from: '2026-01-01', to: '2026-01-31' },
      { ...base, filters: { channel: ['email'] } },
      { ...base, filters: { team: ['email'] } }
    ];
    const keys = new Set([base, ...others].map(viewKey));
    expect(keys.size).toBe(others.length + 1);
  });
});
