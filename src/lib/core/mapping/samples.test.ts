/**
 * The public samples (../shared/samples, never copied into the repo) must map with no question.
 * Skipped with a message when this clone has no ../shared.
 */
import { describe, expect, it } from 'vitest';
import { guessMapping } from './guess';
import { column, fieldsByHeader, sampleRows, samplesDir } from './test-helpers';
import type { FileMapping } from './types';

const dir = samplesDir();
if (!dir) console.warn('mapping samples.test: ../shared/samples is absent; sample tests skipped');

function guess(name: string): FileMapping {
  const g = guessMapping(sampleRows(dir!, name));
  if (!g.ok) throw new Error(g.reason);
  return g.mapping;
}

describe.skipIf(!dir)('public samples map with no question', () => {
  it('customer_support_tickets.csv: timestamps, not durations', () => {
    const m = guess('customer_support_tickets.csv');
    expect([m.kind, m.format, m.complete]).toEqual(['tickets', 'kaggle-support-tickets', true]);
    expect(fieldsByHeader(m)).toMatchObject({
      'Ticket ID': 'ticket_id',
      'Customer Email': 'customer_id',
      'Ticket Type': 'category',
      'Ticket Status': 'status',
      'Ticket Priority': 'priority',
      'Ticket Channel': 'channel',
      'First Response Time': 'created_at',
      'Time to Resolution': 'resolved_at',
      'Customer Satisfaction Rating': 'csat',
      'Date of Purchase': null
    });
    // No duration reading of a timestamp column, and no column used twice (which would fake a 0 response time).
    expect(m.columns.some((c) => c.field?.endsWith('_minutes'))).toBe(false);
    expect(m.columns.filter((c) => c.header === 'First Response Time')).toHaveLength(1);
  });

  it('pwc_call_centre.csv: BOM, Date + Time, inverted answered flag, 0 = no rating, surveys split', () => {
    const m = guess('pwc_call_centre.csv');
    expect([m.kind, m.format, m.complete, m.headerRow]).toEqual(['calls', 'pwc-call-centre', true, 0]);
    expect(m.also).toEqual(['surveys']);
    expect(column(m, 'Date')).toMatchObject({ field: 'queued_at', part: 'date' });
    expect(column(m, 'Time')).toMatchObject({ field: 'queued_at', part: 'time' });
    expect(column(m, 'Answered (Y/N)')).toMatchObject({ field: 'abandoned', invert: true });
    expect(column(m, 'Satisfaction rating')).toMatchObject({ field: 'csat', valueMap: { '0': '' } });
    expect(fieldsByHeader(m)).toMatchObject({
      Agent: 'agent',
      Resolved: 'resolved',
      'Speed of answer in seconds': 'wait_seconds',
      AvgTalkDuration: 'talk_seconds',
      Column1: null,
      '': null
    });
    expect(m.columns[0].field).toBe('call_id'); // the header cell still carries the BOM
  });

  it('comcast_complaints.csv: dd-mm-yy date + 12-hour time, every row a complaint', () => {
    const m = guess('comcast_complaints.csv');
    expect([m.kind, m.format, m.complete]).toEqual(['tickets', 'comcast-complaints', true]);
    expect(m.constants).toEqual({ is_complaint: '1' });
    expect(column(m, 'Date')).toMatchObject({ field: 'created_at', part: 'date' });
    expect(column(m, 'Time')).toMatchObject({ field: 'created_at', part: 'time' });
    expect(fieldsByHeader(m)).toMatchObject({
      'Ticket #': 'ticket_id',
      'Received Via': 'channel',
      Status: 'status',
      Date_month_year: null
    });
  });

  it('telco_customer_churn.csv: customers, the undated churn flag as churned (never churned_at)', () => {
    const m = guess('telco_customer_churn.csv');
    expect([m.kind, m.format, m.complete]).toEqual(['customers', 'ibm-telco-churn', true]);
    expect(fieldsByHeader(m)).toMatchObject({
      customerID: 'customer_id',
      TotalCharges: 'revenue',
      Contract: 'segment',
      Churn: 'churned'
    });
    expect(column(m, 'Churn').note).toMatch(/date/);
  });

  it('nyc311_sample.csv: service requests as tickets', () => {
    const m = guess('nyc311_sample.csv');
    expect([m.kind, m.format, m.complete]).toEqual(['tickets', 'nyc-311', true]);
    expect(fieldsByHeader(m)).toMatchObject({
      'Unique Key': 'ticket_id',
      'Created Date': 'created_at',
      'Closed Date': 'resolved_at',
      'Due Date': 'due_at',
      Status: 'status',
      Agency: 'team',
      'Complaint Type': 'category',
      'Open Data Channel Type': 'channel',
      Latitude: null
    });
  });

  it('call_center_interval_agg.csv is refused as an aggregate', () => {
    const g = guessMapping(sampleRows(dir!, 'call_center_interval_agg.csv'));
    expect(g.ok).toBe(false);
    if (!g.ok) expect(g.reason).toMatch(/aggregated/);
  });
});
