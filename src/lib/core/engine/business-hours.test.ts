/**
 * `hours: 'business'` on a small case: BH-marked durations (first response, reply delays,
 * resolution) count only opening hours of the workspace (default Mon–Fri 09:00–17:00, here in
 * Europe/Berlin across the 2024-03-31 DST change); other durations stay in calendar time.
 */
import { describe, expect, it } from 'vitest';
import { defaultBusinessHours } from '../time/settings';
import { kpis, table } from './test-fixtures';

const tickets = table('tickets', [
  // Fri 2024-03-29 16:00 CET (15:00Z) → Mon 2024-04-01 10:00 CEST (08:00Z).
  // Calendar: 65 h = 234000 s (the weekend lost an hour to DST). Business: Fri 16–17 + Mon 9–10 = 7200 s.
  // Resolved Mon 2024-04-01 16:00 CEST (14:00Z): business 1 h Fri + 7 h Mon = 28800; calendar 71 h = 255600.
  // Delivery (calendar only): 08:00Z → 14:00Z = 21600.
  {
    ticket_id: 'b1',
    created_at: '2024-03-29T15:00:00Z',
    first_response_at: '2024-04-01T08:00:00Z',
    resolved_at: '2024-04-01T14:00:00Z',
    priority: 'urgent',
    channel: 'email',
    agent: 'ann'
  },
  // Sat 2024-03-30 10:00 CET → Mon 09:30 CEST: business 1800 s; calendar 09:00Z → 07:30Z two days on = 46.5 h = 167400
  // (47.5 h on the wall clock, one of which DST skipped).
  {
    ticket_id: 'b2',
    created_at: '2024-03-30T09:00:00Z',
    first_response_at: '2024-04-01T07:30:00Z',
    priority: 'urgent',
    channel: 'email',
    agent: 'ann'
  }
]);

const messages = table('messages', [
  // Customer writes Fri 16:30 CET, agent answers Mon 09:15 CEST: business 30 + 15 min = 2700 s.
  { conversation_id: 'b1', sent_at: '2024-03-29T15:30:00Z', direction: 'in' },
  { conversation_id: 'b1', sent_at: '2024-04-01T07:15:00Z', direction: 'out', agent: 'ann' }
]);

const V = { from: '2024-03-25', to: '2024-04-07', grain: 'week' as const };
const TZ = {
  timeZone: 'Europe/Berlin',
  slaPolicy: [{ priority: 'urgent', channel: '*', firstResponseSeconds: 3600, resolutionSeconds: 10 * 3600 }]
};

describe('business-hours mode', () => {
  it('counts opening hours only for the BH KPIs', () => {
    const cal = kpis({ tickets, messages }, V, TZ);
    const bh = kpis({ tickets, messages }, { ...V, hours: 'business' }, TZ);
    // first response: calendar (234000 + 167400) / 2; business (7200 + 1800) / 2.
    expect(cal.first_response_time.value).toBe((234000 + 167400) / 2);
    expect(bh.first_response_time.value).toBe((7200 + 1800) / 2);
    expect(bh.first_response_time.notes).toContain('in business hours');
    expect(bh.agent_first_response_time.value).toBe(4500);
    // resolution: 255600 calendar, 28800 business.
    expect([cal.resolution_time.value, bh.resolution_time.value]).toEqual([255600, 28800]);
    // message reply delay: 2700 business (calendar: 15:30Z Fri → 07:15Z Mon = 63.75 h).
    expect([cal.avg_response_time.value, bh.avg_response_time.value]).toEqual([229500, 2700]);
    // Not BH-marked: service delivery stays in calendar time.
    expect(bh.service_delivery_time.value).toBe(21600);
  });

  it('judges the SLA policy in business hours too', () => {
    // Urgent: first response within 1 h, resolution within 10 h.
    // Calendar: both tickets miss the 1 h first response → 0 %.
    // Business: b1 2 h > 1 h → miss; b2 30 min ✓ and unresolved, 10 h not yet spent (open hours
    // from Sat to `now` far later exceed 10 h) → miss as well; shorten `now` to see it undecided.
    expect(kpis({ tickets }, V, TZ).sla_compliance.value).toBe(0);
    const bh = kpis({ tickets }, { ...V, hours: 'business' }, TZ, Date.parse('2024-04-01T09:00:00Z'));
    // now = Mon 11:00 CEST: b2 has used 2 business hours of 10 → undecided; b1 missed → 0 of 1.
    expect([bh.sla_compliance.value, bh.sla_compliance.n]).toEqual([0, 1]);
  });

  it('honours holidays', () => {
    const withHoliday = { ...TZ, businessHours: { ...defaultBusinessHours(), holidays: ['2024-04-01'] } };
    const bh = kpis({ tickets }, { ...V, hours: 'business' }, withHoliday);
    // Easter Monday closed: b1's response counts Fri 16–17 only (3600); b2's none (0).
    expect(bh.first_response_time.value).toBe(1800);
    expect(bh.first_response_time.median).toBe(1800);
  });
});
