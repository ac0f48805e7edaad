import { describe, expect, it } from 'vitest';
import { kpiById } from '$lib/core/catalog';
import type { KpiResult, ResolvedView } from '$lib/core/engine/types';
import { buildCard } from './card-model';
import { buildExport, csvCell, csvSafe, exportCsv, exportFileName, exportJson, CSV_COLUMNS } from './export';

const view: ResolvedView = {
  from: '2024-01-01',
  to: '2024-03-31',
  start: Date.UTC(2024, 0, 1),
  end: Date.UTC(2024, 3, 1),
  grain: 'month',
  filters: { channel: ['email'] },
  hours: 'calendar'
};

const frtResult: KpiResult = {
  id: 'first_response_time',
  available: true,
  missing: [],
  value: 5400,
  n: 1234,
  median: 3100,
  p90: 14000,
  previous: 6100,
  previousN: 1100,
  trend: [{ start: '2024-01-01', value: 5600, n: 400 }],
  breakdowns: { channel: [{ key: 'email', value: 5400, n: 1234 }] }
};

function cards() {
  const frt = kpiById('first_response_time')!;
  const csat = kpiById('csat')!;
  const talk = kpiById('avg_talk_time')!;
  return [
    buildCard(frt, frtResult, { target: { value: 600 } }),
    buildCard(
      csat,
      {
        ...frtResult,
        id: 'csat',
        available: false,
        value: null,
        n: 0,
        median: undefined,
        p90: undefined,
        previous: null,
        trend: [],
        missing: ['surveys.score']
      },
      undefined
    ),
    buildCard(
      talk,
      { ...frtResult, id: 'avg_talk_time', value: 300, previous: null },
      { target: { lower: 180, upper: 420 } }
    )
  ];
}

const meta = { app: 'Service Scorecard', version: 'test', generatedAt: '2026-11-22T10:00:00Z' };
const names: Record<string, string> = {
  first_response_time: 'First response time',
  csat: '=CSAT',
  avg_talk_time: 'Talk, "avg"'
};

describe('buildExport', () => {
  it('has the spec shape', () => {
    const data = buildExport(cards(), view, meta, (id) => names[id]);
    expect(data.view).toEqual({
      from: '2024-01-01',
      to: '2024-03-31',
      grain: 'month',
      filters: { channel: ['email'] },
      hours: 'calendar'
    });
    expect(data.kpis[0]).toMatchObject({
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
    });
    expect(data.kpis[0].missing).toBeUndefined();
  });

  it('exports unavailable KPIs as null with their missing columns', () => {
    const csat = buildExport(cards(), view, meta, (id) => names[id]).kpis[1];
    expect(csat).toMatchObject({
      value: null,
      status: 'unavailable',
      missing: ['surveys.score'],
      previous: null,
      change: null
    });
    expect(csat.median).toBeUndefined(); // not a duration: no median field
  });

  it('writes range targets as lower/upper', () => {
    const talk = buildExport(cards(), view, meta, (id) => names[id]).kpis[2];
    expect(talk.target).toEqual({ lower: 180, upper: 420 });
    expect(talk.status).toBe('good');
  });

  it('serialises to JSON that parses back to the same object', () => {
    const data = buildExport(cards(), view, meta, (id) => names[id]);
    expect(JSON.parse(exportJson(data))).toEqual(JSON.parse(JSON.stringify(data)));
  });
});

describe('CSV', () => {
  it('guards every formula-looking cell', () => {
    for (const c of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvSafe(c)).toBe(`'${c}`);
    for (const c of ['1', 'a=b', ' =x', '']) expect(csvSafe(c)).toBe(c);
  });
  it('quotes commas, quotes and line breaks after guarding', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(-0.5)).toBe("'-0.5");
  });
  it('writes one row per KPI under a fixed header', () => {
    const csv = exportCsv(buildExport(cards(), view, meta, (id) => names[id]));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      "first_response_time,First response time,speed,seconds,minimize,5400,3100,14000,1234,600,,,bad,6100,'-0.1148,,"
    );
    expect(lines[2]).toBe("csat,'=CSAT,quality,percent,maximize,,,,0,80,,,unavailable,,,,surveys.score");
    expect(lines[3]).toContain('"Talk, ""avg"""');
  });
  it('names files by period', () => {
    expect(exportFileName(view, 'csv')).toBe('scorecard-2024-01-01_2024-03-31.csv');
  });
});
