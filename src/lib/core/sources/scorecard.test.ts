import { describe, expect, it } from 'vitest';
import { parseScorecardText, publishedResult, publishedTargets } from './scorecard';

const EXAMPLE = {
  app: 'Service Scorecard',
  version: 'x',
  generatedAt: '2026-11-22T10:00:00Z',
  timeZone: 'Europe/Berlin',
  view: { from: '2024-01-01', to: '2024-03-31', grain: 'month', filters: {}, hours: 'calendar' },
  kpis: [
    {
      id: 'first_response_time',
      name: 'First response time',
      unit: 'seconds',
      direction: 'minimize',
      value: 5400,
      median: 3100,
      p90: 14000,
      n: 1234,
      target: { value: 600 },
      status: 'bad',
      previous: 6100,
      change: -0.1148,
      trend: [{ start: '2024-01-01', value: 5600, n: 400 }]
    },
    {
      id: 'cost_per_call',
      name: 'Cost per call',
      unit: 'money',
      direction: 'minimize',
      value: null,
      n: 0,
      target: null,
      status: 'unavailable',
      previous: null,
      change: null,
      trend: [],
      missing: ['costs.amount']
    }
  ]
};

describe('published scorecard JSON', () => {
  it('reads the spec example into the engine’s result shape', () => {
    const r = parseScorecardText(JSON.stringify(EXAMPLE));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const result = publishedResult(r.value);
    expect(result.view.from).toBe('2024-01-01');
    // Midnight in Berlin (UTC+1 in January) and the day after the last one.
    expect(new Date(result.view.start).toISOString()).toBe('2023-12-31T23:00:00.000Z');
    expect(new Date(result.view.end).toISOString()).toBe('2024-03-31T22:00:00.000Z');
    const [frt, cost] = result.kpis;
    expect(frt).toMatchObject({
      id: 'first_response_time',
      available: true,
      value: 5400,
      median: 3100,
      n: 1234,
      previous: 6100
    });
    expect(frt.trend).toEqual([{ start: '2024-01-01', value: 5600, n: 400 }]);
    expect(cost).toMatchObject({ available: false, value: null, missing: ['costs.amount'] });
    expect(publishedTargets(r.value)).toEqual({ first_response_time: { target: { value: 600 } } });
  });

  it('leaves out a KPI this version does not know (a file from a newer tool) and keeps the rest', () => {
    const newer = structuredClone(EXAMPLE) as Record<string, unknown> & { kpis: Record<string, unknown>[] };
    newer.kpis.push({ ...newer.kpis[0], id: 'kpi_from_the_future' });
    const r = parseScorecardText(JSON.stringify(newer));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(publishedResult(r.value).kpis.map((k) => k.id)).toEqual(['first_response_time', 'cost_per_call']);
  });

  it('locates what is wrong', () => {
    const bad = structuredClone(EXAMPLE) as Record<string, unknown> & { kpis: Record<string, unknown>[] };
    bad.kpis[0].value = '5400';
    bad.kpis[1].status = 'great';
    (bad.view as Record<string, unknown>).from = '1 Jan';
    const r = parseScorecardText(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(['view.from', 'kpis[0].value', 'kpis[1].status']);
  });

  it('refuses a file that is not an export', () => {
    const r = parseScorecardText('{"sources": []}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/not a scorecard export/);
  });
});
