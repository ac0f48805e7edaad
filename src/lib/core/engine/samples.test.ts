/**
 * The engine on public sample exports (../shared/samples, read-only, never copied here) whose
 * figures are known (samples/README.md). The files are mapped by hand in this test — the real
 * mapping is the importer's job — so what is checked is the engine's arithmetic and its traps.
 * Skipped with a message when the samples folder is absent (a fresh clone has none).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TableBuilder } from '../columns/builder';
import { FIELDS } from '../schema/fields';
import { kpis } from './test-fixtures';

const SAMPLES = path.resolve(process.cwd(), '../shared/samples');
const have = (f: string) => existsSync(path.join(SAMPLES, f));
if (!have('pwc_call_centre.csv')) console.warn(`samples not found in ${SAMPLES}: sample tests skipped`);

function rows(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(SAMPLES, file), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

const hms = (s: string) => s.split(':').reduce((a, p) => a * 60 + Number(p), 0);

describe.skipIf(!have('pwc_call_centre.csv'))('pwc_call_centre.csv (5,000 calls)', () => {
  const b = new TableBuilder(
    'calls',
    FIELDS.calls.filter((f) =>
      ['call_id', 'queued_at', 'answered_at', 'ended_at', 'abandoned', 'agent', 'queue', 'resolved', 'csat'].includes(
        f.name
      )
    )
  );
  for (const r of rows('pwc_call_centre.csv')) {
    const [d, m, y] = r['Date'].split('/').map(Number); // day-first
    const queued = Date.UTC(y, m - 1, d) + hms(r['Time']) * 1000;
    const answered = r['Answered (Y/N)'] === 'Y';
    const speed = Number(r['Speed of answer in seconds']);
    const answeredAt = answered ? queued + speed * 1000 : NaN;
    b.text('call_id').push(r['Call Id']);
    b.numeric('queued_at').push(queued);
    b.numeric('answered_at').push(answeredAt);
    b.numeric('ended_at').push(answered ? answeredAt + hms(r['AvgTalkDuration']) * 1000 : NaN);
    b.numeric('abandoned').push(answered ? 0 : 1);
    b.text('agent').push(r['Agent']);
    b.text('queue').push(r['Topic']);
    b.numeric('resolved').push(r['Resolved'] === 'Y' ? 1 : 0);
    b.numeric('csat').push(Number(r['Satisfaction rating']));
    b.endRow();
  }
  const r = kpis({ calls: b.finish() }, { range: 'all', grain: 'month' });

  it('matches the known figures', () => {
    // 946 of 5,000 abandoned.
    expect(r.abandonment_rate.value).toBeCloseTo((946 / 5000) * 100, 10);
    expect(r.abandonment_rate.n).toBe(5000);
    // Mean speed of answer 67.52 s over the 4,054 answered calls.
    expect(r.avg_speed_of_answer.n).toBe(4054);
    expect(r.avg_speed_of_answer.value).toBeCloseTo(67.52, 2);
    // Resolved on the call: 3,646 of 4,054 answered.
    expect(r.fcr_rate.value).toBeCloseTo((3646 / 4054) * 100, 10);
    // Satisfaction 0 = no rating (the unanswered calls): mean 3.404 over answered → index (3.404 − 1) / 4.
    // The 946 zeros are no answer, not scores off the scale: nothing to report about them.
    expect(r.satisfaction_index.n).toBe(4054);
    expect(r.satisfaction_index.value).toBeCloseTo(((3.404 - 1) / 4) * 100, 1);
    expect(r.satisfaction_index.notes).toEqual(['from the calls’ satisfaction ratings (1–5; 0 = no rating)']);
    // Jan–Mar 2021 in month buckets.
    expect(r.abandonment_rate.trend.map((p) => p.start)).toEqual(['2021-01-01', '2021-02-01', '2021-03-01']);
  });
});

describe.skipIf(!have('customer_support_tickets.csv'))('customer_support_tickets.csv (8,469 tickets)', () => {
  const t = (s: string) => (s ? Date.parse(s.replace(' ', 'T') + 'Z') : NaN);
  const b = new TableBuilder(
    'tickets',
    FIELDS.tickets.filter((f) =>
      ['ticket_id', 'created_at', 'first_response_at', 'resolved_at', 'status', 'channel', 'priority', 'csat'].includes(
        f.name
      )
    )
  );
  for (const r of rows('customer_support_tickets.csv')) {
    b.text('ticket_id').push(r['Ticket ID']);
    // The file has no creation time; its purchase date stands in (only service delivery is checked).
    b.numeric('created_at').push(t(r['Date of Purchase']));
    b.numeric('first_response_at').push(t(r['First Response Time']));
    b.numeric('resolved_at').push(t(r['Time to Resolution']));
    b.text('status').push(r['Ticket Status'].toLowerCase());
    b.text('channel').push(r['Ticket Channel'].toLowerCase());
    b.text('priority').push(r['Ticket Priority'].toLowerCase());
    b.numeric('csat').push(r['Customer Satisfaction Rating'] ? Number(r['Customer Satisfaction Rating']) : NaN);
    b.endRow();
  }
  const r = kpis({ tickets: b.finish() }, { range: 'all', grain: 'year' });

  it('reports resolutions before the first response instead of averaging them', () => {
    const k = r.service_delivery_time;
    // 2,769 closed tickets carry both times; in 1,365 the resolution comes first.
    expect(k.n).toBe(2769 - 1365);
    expect(k.notes).toEqual([
      '1365 tickets resolved before their first response excluded: the end time is before the start time'
    ]);
    expect(k.value).toBeGreaterThan(0);
  });

  it('rates the closed tickets: mean CSAT 2.991 of 2,769', () => {
    expect(r.satisfaction_index.n).toBe(2769);
    expect(r.satisfaction_index.value).toBeCloseTo(((2.991 - 1) / 4) * 100, 1);
    expect(r.satisfaction_index.notes).toEqual(['from the tickets’ satisfaction ratings (1–5)']);
  });
});
