import { describe, expect, it } from 'vitest';
import { drillParams, mondayFirst, parseDrillParams } from './url';

describe('drill-down URL', () => {
  it('reads every hook of the contract and writes it back the same', () => {
    const cases = [
      'drill=backlog',
      'drill=sla_compliance&bucket=2025-03-03',
      'drill=csat&by=agent&key=Dana+K.',
      'drill=abandonment_rate&how=0&hour=10',
      'drill=csat&set=rest'
    ];
    for (const qs of cases) {
      const { query, invalid } = parseDrillParams(new URLSearchParams(qs));
      expect(invalid).toEqual([]);
      expect(new URLSearchParams(drillParams(query!)).toString()).toBe(qs);
    }
  });

  it('drops malformed parts and says which, without guessing', () => {
    const { query, invalid } = parseDrillParams(new URLSearchParams('drill=csat&bucket=2025-02-30&how=7&hour=3&set=x'));
    expect(query).toEqual({ kpi: 'csat' });
    expect(invalid).toEqual(['bucket', 'how', 'how/hour', 'set']);
    expect(parseDrillParams(new URLSearchParams('range=all')).query).toBeNull();
  });

  it('converts the engine weekday (Sunday = 0) to the URL one (Monday = 0)', () => {
    expect([0, 1, 6].map(mondayFirst)).toEqual([6, 0, 5]);
  });
});
