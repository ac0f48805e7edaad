/**
 * The value parsers against the public sample files, checked against the figures their README
 * states (../shared/samples/README.md). Skipped, with a message, when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseBoolean } from './booleans';
import { parseDuration } from './durations';
import { normalizeVocabulary, type Vocabulary } from './normalize';
import { detectDecimalMark, parseNumber } from './numbers';

const SAMPLES = path.resolve(process.cwd(), '../shared/samples');

function readSample(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(SAMPLES, file), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
function tally(vocab: Vocabulary, values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) {
    const k = normalizeVocabulary(vocab, v);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

describe.skipIf(!existsSync(SAMPLES))('value parsers on the public samples', () => {
  it('pwc_call_centre.csv: answered, resolved, speed of answer, satisfaction, talk time', () => {
    const rows = readSample('pwc_call_centre.csv');
    const answered = rows.filter((r) => parseBoolean(r['Answered (Y/N)']) === 1);
    expect(answered).toHaveLength(4054);
    expect(rows.filter((r) => Number.isNaN(parseBoolean(r['Answered (Y/N)'])))).toHaveLength(0);
    expect(rows.filter((r) => parseBoolean(r.Resolved) === 1)).toHaveLength(3646);
    const speedCol = rows.map((r) => r['Speed of answer in seconds']);
    const mark = detectDecimalMark(speedCol);
    const speeds = speedCol.map((v) => parseNumber(v, mark));
    // Unanswered calls have empty speed and talk values: missing (NaN), never 0.
    expect(speeds.filter(Number.isNaN)).toHaveLength(946);
    expect(mean(speeds.filter((v) => !Number.isNaN(v)))).toBeCloseTo(67.52, 2);
    const sat = answered.map((r) => parseNumber(r['Satisfaction rating']));
    expect(mean(sat)).toBeCloseTo(3.404, 3);
    const talk = answered.map((r) => parseDuration(r.AvgTalkDuration, 1));
    expect(talk.filter(Number.isNaN)).toHaveLength(0);
    expect(Math.min(...talk)).toBeGreaterThan(0);
    expect(Math.max(...talk)).toBeLessThan(3600);
    expect(
      rows.filter((r) => r.AvgTalkDuration.trim() === '' && !Number.isNaN(parseDuration(r.AvgTalkDuration, 1)))
    ).toHaveLength(0);
  });

  it('customer_support_tickets.csv: statuses, channels, priorities, CSAT on closed tickets', () => {
    const rows = readSample('customer_support_tickets.csv');
    expect(
      tally(
        'status',
        rows.map((r) => r['Ticket Status'])
      )
    ).toEqual({ pending: 2881, open: 2819, closed: 2769 });
    const channels = tally(
      'channel',
      rows.map((r) => r['Ticket Channel'])
    );
    expect(Object.keys(channels).sort()).toEqual(['chat', 'email', 'phone', 'social']);
    expect(Object.values(channels).reduce((a, b) => a + b)).toBe(8469);
    expect(
      Object.keys(
        tally(
          'priority',
          rows.map((r) => r['Ticket Priority'])
        )
      ).sort()
    ).toEqual(['high', 'low', 'normal', 'urgent']);
    const csat = rows.map((r) => parseNumber(r['Customer Satisfaction Rating'])).filter((v) => !Number.isNaN(v));
    expect(csat).toHaveLength(2769);
    expect(mean(csat)).toBeCloseTo(2.991, 3);
  });

  it('comcast_complaints.csv: status mix and "Received Via" channels', () => {
    const rows = readSample('comcast_complaints.csv');
    expect(
      tally(
        'status',
        rows.map((r) => r.Status)
      )
    ).toEqual({ open: 363, pending: 154, resolved: 973, closed: 734 });
    expect(
      tally(
        'channel',
        rows.map((r) => r['Received Via'])
      )
    ).toEqual({ phone: 1119, web: 1105 });
  });

  it('nyc311_sample.csv: channel types, UNKNOWN is missing rather than a channel', () => {
    const rows = readSample('nyc311_sample.csv');
    expect(
      tally(
        'channel',
        rows.map((r) => r['Open Data Channel Type'])
      )
    ).toEqual({ web: 781, phone: 139, '': 4 });
    expect(
      tally(
        'status',
        rows.map((r) => r.Status)
      )
    ).toEqual({ closed: 480, open: 444 });
  });

  it('telco_customer_churn.csv: blank TotalCharges are missing, Churn is a yes/no', () => {
    const rows = readSample('telco_customer_churn.csv');
    const charges = rows.map((r) => parseNumber(r.TotalCharges));
    expect(charges.filter(Number.isNaN)).toHaveLength(11);
    expect(rows.filter((r) => parseBoolean(r.Churn) === 1)).toHaveLength(1869);
    expect(rows.filter((r) => parseBoolean(r.Churn) === 0)).toHaveLength(5174);
  });

  it('call_center_interval_agg.csv: percentages and HH:MM:SS averages all read', () => {
    const rows = readSample('call_center_interval_agg.csv');
    expect(rows).toHaveLength(1251);
    for (const col of ['Answer Rate', 'Service Level (20 Seconds)']) {
      const v = rows.map((r) => parseNumber(r[col]));
      expect(v.filter(Number.isNaN), col).toHaveLength(0);
      expect(Math.max(...v), col).toBeLessThanOrEqual(100);
    }
    expect(parseNumber(rows[0]['Answer Rate'])).toBe(94.01);
    for (const col of ['Answer Speed (AVG)', 'Talk Duration (AVG)', 'Waiting Time (AVG)']) {
      expect(rows.map((r) => parseDuration(r[col], 1)).filter(Number.isNaN), col).toHaveLength(0);
    }
    expect(parseDuration(rows[0]['Talk Duration (AVG)'], 1)).toBe(134);
  });
});
if (!existsSync(SAMPLES)) console.warn(`samples.test: ${SAMPLES} not found, sample-file checks skipped`);
