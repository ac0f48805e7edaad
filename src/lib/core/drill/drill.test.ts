/**
 * The drill-down's promise: the list behind a figure has exactly the figure's records. For every
 * KPI with data, on the demo and on generated data, the listed records of the headline, of every
 * trend bucket and of breakdown cells are as many as the KPI's `n`, and the numerator among them
 * gives back the KPI's value (rates: numerator / n × 100; counts of flagged rows: the numerator).
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog';
import { generateDemo } from '../demo/generate';
import { computeScorecard } from '../engine';
import { generate } from '../engine/bench-data';
import type { Dataset, KpiResult, View } from '../engine/types';
import { defaultSettings } from '../time/settings';
import { drillColumns, drillRows, drillSelect, engineWeekday, type DrillQuery } from '.';

/** KPIs whose value is numerator / n × 100 in the headline, the buckets and the breakdown cells. */
const RATES = new Set([
  'complaints_phone_share',
  'email_answered_24h',
  'service_level',
  'csat',
  'fcr_rate',
  'repeat_incident_rate',
  'resolution_rate',
  'response_rate',
  'sla_compliance',
  'overdue_rate',
  'abandonment_rate',
  'inactive_customers',
  'retention_rate',
  'response_time_buckets'
]);
/** Shares of a top label: numerator / n × 100 in the headline and the trend. */
const SHARES = new Set(['channel_mix', 'tag_report']);
/** Counts of flagged rows: the value is the numerator. */
const FLAG_COUNTS = new Set(['complaints', 'messages_received']);
/** Breakdowns whose rows are not the KPI within the cell (shares of the whole, stages of abandons). */
const WHOLE_SHARES = new Set(['bucket', 'abandon_stage', 'channel', 'tag', 'category']);

const DAY = 86_400_000;
const END = Date.UTC(2025, 5, 2); // a Monday
const settings = defaultSettings('UTC');
const VIEW: View = { from: '2025-03-03', to: '2025-05-25', grain: 'week', hours: 'calendar', filters: {} };

const cases: [string, Dataset, View][] = [
  ['demo', generateDemo('baseline', { seed: 7, days: 150, end: END, timeZone: 'UTC' }), VIEW],
  [
    'generated',
    generate({ tickets: 4000, calls: 4000, extras: true, start: END - 120 * DAY, days: 120, seed: 3, agents: 9 }),
    VIEW
  ],
  [
    'demo, filtered, business hours',
    generateDemo('backlog-crisis', { seed: 11, days: 120, end: END, timeZone: 'UTC' }),
    { ...VIEW, hours: 'business', filters: { priority: ['high', 'urgent'] } }
  ]
];

function checkValue(
  id: string,
  figure: { value: number | null; n: number },
  n: number,
  num: number | null,
  whole = false
) {
  expect(n, `${id}: n`).toBe(figure.n);
  if (figure.n === 0 || figure.value === null) return;
  if ((RATES.has(id) && !whole) || (SHARES.has(id) && !whole))
    expect(figure.value, `${id}: rate`).toBeCloseTo((num! / n) * 100, 6);
  if (FLAG_COUNTS.has(id)) expect(figure.value, `${id}: count`).toBe(num);
}

describe.each(cases)('drill-down counts equal the KPI (%s)', (_name, data, view) => {
  const now = END;
  const result = computeScorecard(data, view, settings, now);
  const available = result.kpis.filter((k) => k.available && k.n > 0);
  const drill = (q: DrillQuery) => drillSelect(data, view, settings, now, q);

  it('has data for most KPIs (the test would prove little otherwise)', () => {
    expect(available.length).toBeGreaterThan(28);
  });

  it.each(CATALOG.map((d) => d.id))('%s: headline', (id) => {
    const k = result.kpis.find((x) => x.id === id)!;
    const all = drill({ kpi: id, set: 'all' });
    expect(all.available).toBe(k.available);
    if (!k.available) return expect(all.count).toBe(0);
    expect(all.count).toBe(all.n);
    checkValue(id, k, all.n, all.num);
    const def = drill({ kpi: id });
    const expected = def.num === null ? def.n : def.set === 'rest' ? def.n - def.num : def.num;
    expect(def.count).toBe(expected);
    if (def.num !== null) {
      const rest = drill({ kpi: id, set: 'rest' });
      const num = drill({ kpi: id, set: 'num' });
      expect(rest.count + num.count).toBe(all.n);
    }
  });

  it.each(available.map((k) => [k.id, k] as const))('%s: every trend bucket', (id, k: KpiResult) => {
    for (const p of k.trend) {
      const s = drill({ kpi: id, bucket: p.start, set: 'all' });
      checkValue(`${id} @ ${p.start}`, p, s.n, s.num);
      expect(s.cell).toEqual({ value: p.value, n: p.n });
    }
  });

  it.each(available.map((k) => [k.id, k] as const))('%s: breakdown cells', (id, k: KpiResult) => {
    for (const [by, rows] of Object.entries(k.breakdowns)) {
      // The first rows and the last (the smallest cells).
      for (const row of [...rows.slice(0, 4), ...rows.slice(-2)]) {
        // `<name>_trend` (mix KPIs): each label per trend bucket, key `<bucket index>|<label>` —
        // that is the bucket's records of that label.
        const over = by.endsWith('_trend') ? /^(\d+)\|(.*)$/.exec(row.key) : null;
        if (over) {
          const s = drill({
            kpi: id,
            bucket: k.trend[Number(over[1])].start,
            by: by.slice(0, -6),
            key: over[2],
            set: 'all'
          });
          expect(s.n, `${id} ${by}=${row.key}`).toBe(row.n);
          continue;
        }
        const s = drill({ kpi: id, by, key: row.key, set: 'all' });
        if (by === 'abandon_stage') expect(s.num, `${id} ${by}=${row.key}`).toBe(row.n);
        else checkValue(`${id} ${by}=${row.key}`, row, s.n, s.num, WHOLE_SHARES.has(by));
      }
    }
  });
});

describe('drill-down cells and pages', () => {
  const data = generateDemo('baseline', { seed: 7, days: 150, end: END, timeZone: 'UTC' });
  const result = computeScorecard(data, VIEW, settings, END);
  const kpi = (id: string) => result.kpis.find((k) => k.id === id)!;

  it('a heat-map cell (Monday = 0 in the URL) lists the calls of that hour', () => {
    const rows = kpi('abandonment_rate').breakdowns.hour_weekday;
    // Monday 10:00 is engine key "1:10" (the engine counts from Sunday).
    expect(engineWeekday(0)).toBe(1);
    expect(engineWeekday(6)).toBe(0);
    const monday10 = rows.find((r) => r.key === '1:10')!;
    expect(monday10.n).toBeGreaterThan(0);
    const s = drillSelect(data, VIEW, settings, END, { kpi: 'abandonment_rate', how: 0, hour: 10 });
    expect(s.count).toBe(s.num);
    expect(s.n).toBe(monday10.n);
    expect(s.cell?.n).toBe(monday10.n);
    const calls = data.calls!;
    const q = calls.columns.queued_at!;
    for (const seg of s.segments)
      for (const i of seg.rows) {
        const d = new Date((q as { values: Float64Array }).values[i]);
        expect([d.getUTCDay(), d.getUTCHours()]).toEqual([1, 10]);
      }
  });

  it('lists the longest waits first and the oldest open tickets first', () => {
    const waits = drillSelect(data, VIEW, settings, END, { kpi: 'first_response_time' });
    const v = waits.segments[0].vals!;
    for (let j = 1; j < v.length; j++) expect(v[j - 1]).toBeGreaterThanOrEqual(v[j]);
    const open = drillSelect(data, VIEW, settings, END, { kpi: 'backlog' });
    const created = (data.tickets!.columns.created_at as { values: Float64Array }).values;
    const rows = open.segments[0].rows;
    for (let j = 1; j < rows.length; j++) expect(created[rows[j - 1]]).toBeLessThanOrEqual(created[rows[j]]);
    expect(open.count).toBe(kpi('backlog').value);
  });

  it('SLA compliance lists the misses by default, CSAT the satisfied responses', () => {
    const sla = drillSelect(data, VIEW, settings, END, { kpi: 'sla_compliance' });
    expect(sla.set).toBe('rest');
    const k = kpi('sla_compliance');
    expect(sla.count).toBeCloseTo(k.n * (1 - k.value! / 100), 6);
    const csat = drillSelect(data, VIEW, settings, END, { kpi: 'csat' });
    expect(csat.set).toBe('num');
    expect(csat.count).toBeCloseTo((kpi('csat').n * kpi('csat').value!) / 100, 6);
  });

  it('pages cover the list exactly once, with the KPI value column', () => {
    const s = drillSelect(data, VIEW, settings, END, { kpi: 'avg_speed_of_answer' });
    const cols = drillColumns(data, s);
    expect(cols.calls!.map((c) => c.field).slice(0, 2)).toEqual(['call_id', 'value']);
    const seen = new Set<number>();
    for (let off = 0; off < s.count; off += 97)
      for (const r of drillRows(data, s, cols, off, 97)) {
        expect(seen.has(r.index)).toBe(false);
        seen.add(r.index);
      }
    expect(seen.size).toBe(s.count);
    const first = drillRows(data, s, cols, 0, 1)[0];
    expect(first.cells[1]).toBe(s.segments[0].vals![0]);
  });

  it('says what is wrong with a query it cannot answer', () => {
    expect(() => drillSelect(data, VIEW, settings, END, { kpi: 'nope' })).toThrow(/no KPI/);
    expect(() => drillSelect(data, VIEW, settings, END, { kpi: 'backlog', bucket: '1999-01-01' })).toThrow(/bucket/);
    expect(() => drillSelect(data, VIEW, settings, END, { kpi: 'backlog', by: 'weather', key: 'x' })).toThrow(
      /breakdown/
    );
  });
});
