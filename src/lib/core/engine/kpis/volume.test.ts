/**
 * Golden tests for the volume KPIs. One small dataset, view 2024-01-01 … 2024-01-03 (UTC, day
 * grain; 2024-01-01 is a Monday), previous period 2023-12-29 … 2023-12-31. Every expected
 * value is worked out by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { kpis, table, trend, values } from '../test-fixtures';

const tickets = table('tickets', [
  // id  created (UTC)          channel  agent team category  priority tags          complaint
  {
    ticket_id: 't1',
    created_at: '2024-01-01T09:00:00Z',
    channel: 'email',
    agent: 'ann',
    team: 'a',
    category: 'billing',
    priority: 'high',
    tags: 'vip;refund',
    is_complaint: 1
  },
  {
    ticket_id: 't2',
    created_at: '2024-01-01T10:30:00Z',
    channel: 'chat',
    agent: 'bob',
    team: 'b',
    category: 'delivery',
    priority: 'low',
    tags: 'VIP',
    is_complaint: 0
  },
  {
    ticket_id: 't3',
    created_at: '2024-01-02T09:15:00Z',
    channel: 'phone',
    agent: 'ann',
    team: 'a',
    category: 'billing',
    priority: 'normal',
    tags: null,
    is_complaint: 1
  },
  {
    ticket_id: 't4',
    created_at: '2024-01-03T23:59:00Z',
    channel: 'email',
    agent: 'bob',
    team: 'b',
    category: 'account',
    priority: 'normal',
    tags: 'refund',
    is_complaint: 0
  },
  // previous period
  {
    ticket_id: 't5',
    created_at: '2023-12-31T12:00:00Z',
    channel: 'email',
    agent: 'ann',
    team: 'a',
    category: 'billing',
    priority: 'low',
    tags: null,
    is_complaint: 1
  },
  // after the view
  {
    ticket_id: 't6',
    created_at: '2024-01-04T00:00:00Z',
    channel: 'chat',
    agent: 'ann',
    team: 'a',
    category: 'billing',
    priority: 'low',
    tags: null,
    is_complaint: 0
  }
]);

const calls = table('calls', [
  { call_id: 'c0', queued_at: '2023-12-30T08:00:00Z', answered_at: '2023-12-30T08:00:05Z', direction: 'in' },
  { call_id: 'c1', queued_at: '2024-01-01T09:10:00Z', answered_at: '2024-01-01T09:10:30Z', direction: 'in' },
  { call_id: 'c2', queued_at: '2024-01-02T11:00:00Z', answered_at: '2024-01-02T11:00:10Z', direction: 'out' },
  { call_id: 'c3', queued_at: '2024-01-02T11:20:00Z', answered_at: null, direction: 'in' },
  { call_id: 'c4', queued_at: '2024-01-02T11:40:00Z', answered_at: '2024-01-02T11:41:00Z', direction: null }
]);

const messages = table('messages', [
  { conversation_id: 't1', sent_at: '2024-01-01T09:00:00Z', direction: 'in', channel: 'email' },
  { conversation_id: 't1', sent_at: '2024-01-01T09:30:00Z', direction: 'out', channel: 'email' },
  { conversation_id: 't1', sent_at: '2024-01-01T10:00:00Z', direction: 'in', channel: 'email' },
  { conversation_id: 't2', sent_at: '2024-01-02T08:00:00Z', direction: 'in', channel: 'chat' },
  { conversation_id: 't5', sent_at: '2023-12-31T12:00:00Z', direction: 'in', channel: 'email' }
]);

const V = { from: '2024-01-01', to: '2024-01-03' };
const all = () => kpis({ tickets, calls, messages }, V);

describe('volume KPIs (golden)', () => {
  it('ticket_volume counts tickets created in the period', () => {
    const k = all().ticket_volume;
    // t1..t4 in the view; t5 in the previous period; t6 after.
    expect([k.value, k.n, k.previous, k.previousN]).toEqual([4, 4, 1, 1]);
    // Jan 1: t1, t2; Jan 2: t3; Jan 3: t4 (23:59 is still Jan 3).
    expect(trend(k)).toEqual([
      ['2024-01-01', 2],
      ['2024-01-02', 1],
      ['2024-01-03', 1]
    ]);
    expect(values(k, 'channel')).toEqual({ email: 2, chat: 1, phone: 1 });
    expect(values(k, 'agent')).toEqual({ ann: 2, bob: 2 });
    expect(values(k, 'priority')).toEqual({ high: 1, low: 1, normal: 2 });
  });

  it('tickets_per_day divides by the days of the period (and of each bucket)', () => {
    const k = all().tickets_per_day;
    // 4 tickets / 3 days; previous 1 / 3 days; per-day buckets are 1 day long.
    expect(k.value).toBeCloseTo(4 / 3, 10);
    expect(k.previous).toBeCloseTo(1 / 3, 10);
    expect(trend(k)).toEqual([
      ['2024-01-01', 2],
      ['2024-01-02', 1],
      ['2024-01-03', 1]
    ]);
    // email: 2 tickets / 3 days.
    expect(values(k, 'channel').email).toBeCloseTo(2 / 3, 10);
  });

  it('tickets_per_day on a week grain counts the days each (partial) bucket covers', () => {
    const k = kpis({ tickets }, { ...V, grain: 'week' }).tickets_per_day;
    // Weeks start on Monday (default) = 2024-01-01: one bucket of 3 view days, 4 tickets.
    expect(trend(k)).toEqual([['2024-01-01', 4 / 3]]);
  });

  it('messages_received counts inbound messages', () => {
    const k = all().messages_received;
    // In the view: m1 in, m2 out, m3 in, m4 in → 3 inbound of 4 messages; previous: 1 (m5).
    expect([k.value, k.n, k.previous]).toEqual([3, 4, 1]);
    expect(values(k, 'channel')).toEqual({ email: 2, chat: 1 });
  });

  it('messages_received is unavailable without a message log', () => {
    const k = kpis({ tickets }, V).messages_received;
    expect(k.available).toBe(false);
    expect(k.value).toBeNull();
    expect(k.missing).toContain('messages.direction');
  });

  it('complaints counts flagged tickets; zero complaints is a real 0', () => {
    const k = all().complaints;
    // t1 and t3 are complaints among the 4 tickets; previous: t5.
    expect([k.value, k.n, k.previous]).toEqual([2, 4, 1]);
    // Jan 3 has a ticket (t4) and no complaint: 0, not "no data".
    expect(trend(k)).toEqual([
      ['2024-01-01', 1],
      ['2024-01-02', 1],
      ['2024-01-03', 0]
    ]);
  });

  it('complaints falls back to a complaint category, and is unavailable with neither', () => {
    const byCategory = table('tickets', [
      { ticket_id: 'a', created_at: '2024-01-01T09:00:00Z', category: 'Complaint' },
      { ticket_id: 'b', created_at: '2024-01-01T10:00:00Z', category: 'billing' }
    ]);
    const k = kpis({ tickets: byCategory }, V).complaints;
    expect([k.value, k.n]).toEqual([1, 2]);
    expect(k.notes).toContain('complaints recognised from the category or tags');
    const none = table('tickets', [{ ticket_id: 'a', created_at: '2024-01-01T09:00:00Z', category: 'billing' }]);
    const u = kpis({ tickets: none }, V).complaints;
    expect([u.available, u.value, u.missing]).toEqual([false, null, ['tickets.is_complaint']]);
  });

  it('complaints_phone_share is the phone share of complaints', () => {
    const k = all().complaints_phone_share;
    // complaints t1 (email) and t3 (phone): 1 / 2 = 50 %; previous t5 (email): 0 %.
    expect([k.value, k.n, k.previous, k.previousN]).toEqual([50, 2, 0, 1]);
  });

  it('channel_mix counts tickets by channel and inbound calls as phone', () => {
    const k = all().channel_mix;
    // email t1 t4 = 2; chat t2 = 1; phone t3 + inbound calls c1 c3 c4 = 4 (c2 is outbound) → 7.
    expect(k.headline).toBe('phone');
    expect(k.value).toBeCloseTo((4 / 7) * 100, 10);
    expect(k.n).toBe(7);
    const shares = values(k, 'channel');
    expect(shares.email).toBeCloseTo((2 / 7) * 100, 10);
    expect(shares.chat).toBeCloseTo((1 / 7) * 100, 10);
    // previous: t5 email + c0 phone → phone 1 / 2 = 50 %.
    expect(k.previous).toBe(50);
    // Jan 1: email t1, chat t2, phone c1 → phone 1/3; Jan 2: phone t3 c3 c4 → 100 %; Jan 3: email t4 → 0 %.
    expect(k.trend.map((p) => p.value)).toEqual([(1 / 3) * 100, 100, 0]);
    // Every channel's share per bucket, keyed by the bucket's index in the trend.
    const overTime = values(k, 'channel_trend');
    expect(overTime).toEqual({
      '0|email': (1 / 3) * 100,
      '0|chat': (1 / 3) * 100,
      '0|phone': (1 / 3) * 100,
      '1|phone': 100,
      '2|email': 100
    });
  });

  it('channel_mix is unavailable without a channel column', () => {
    const k = kpis(
      { tickets: table('tickets', [{ ticket_id: 'a', created_at: '2024-01-01T09:00:00Z' }]) },
      V
    ).channel_mix;
    expect([k.available, k.missing]).toEqual([false, ['tickets.channel']]);
  });

  it('tag_report shares labelled tickets per tag (tags split and lower-cased)', () => {
    const k = all().tag_report;
    // Labelled: t1 {vip, refund}, t2 {vip}, t4 {refund} = 3 tickets; vip 2/3, refund 2/3.
    // The tie goes to the label seen first (vip).
    expect(k.headline).toBe('vip');
    expect(k.value).toBeCloseTo((2 / 3) * 100, 10);
    expect(k.n).toBe(3);
    expect(values(k, 'tag').refund).toBeCloseTo((2 / 3) * 100, 10);
    // Previous period: t5 has no tags → no labelled tickets → no data.
    expect(k.previous).toBeNull();
  });

  it('tag_report uses the category without tags', () => {
    const noTags = table('tickets', [
      { ticket_id: 'a', created_at: '2024-01-01T09:00:00Z', category: 'billing' },
      { ticket_id: 'b', created_at: '2024-01-01T10:00:00Z', category: 'billing' },
      { ticket_id: 'c', created_at: '2024-01-02T10:00:00Z', category: 'delivery' },
      { ticket_id: 'd', created_at: '2024-01-02T11:00:00Z', category: null }
    ]);
    const k = kpis({ tickets: noTags }, V).tag_report;
    // 3 categorised tickets: billing 2/3.
    expect([k.headline, k.n]).toEqual(['billing', 3]);
    expect(values(k, 'category')).toEqual({ billing: (2 / 3) * 100, delivery: (1 / 3) * 100 });
  });

  it('volume_heatmap counts tickets and inbound calls per weekday and hour', () => {
    const k = all().volume_heatmap;
    // Tickets: t1 Mon 9h, t2 Mon 10h, t3 Tue 9h, t4 Wed 23h; inbound calls: c1 Mon 9h, c3 Tue 11h, c4 Tue 11h.
    expect([k.value, k.n, k.previous]).toEqual([7, 7, 2]);
    expect(values(k, 'hour_weekday')).toEqual({ '1:9': 2, '1:10': 1, '2:9': 1, '2:11': 2, '3:23': 1 });
    expect(values(k, 'weekday')).toEqual({ '1': 3, '2': 3, '3': 1 });
    expect(values(k, 'hour')).toEqual({ '9': 3, '10': 1, '11': 2, '23': 1 });
  });

  it('volume_heatmap uses the workspace time zone', () => {
    // t4 at 23:59 UTC on Wed is 02:59 Thu in Riyadh (UTC+3) — and 2024-01-04, after the view there.
    const k = kpis({ tickets }, { ...V }, { timeZone: 'Asia/Riyadh' }).volume_heatmap;
    // In Riyadh the view is 2024-01-01 00:00+03 … 2024-01-04 00:00+03 = Dec 31 21:00Z … Jan 3 21:00Z:
    // t1 (Mon 12h local), t2 (Mon 13h), t3 (Tue 12h) are in; t4 (Thu 02:59 local) is not.
    expect(values(k, 'hour_weekday')).toEqual({ '1:12': 1, '1:13': 1, '2:12': 1 });
  });

  it('calls_answered_per_hour divides answered calls by the hours that had calls', () => {
    const k = all().calls_answered_per_hour;
    // Inbound calls: c1 (Jan 1 9h, answered), c3 (Jan 2 11h, abandoned), c4 (Jan 2 11h, answered).
    // Hours with calls: Jan 1 9h and Jan 2 11h = 2; answered 2 → 1 per hour; n = 3 offered.
    expect([k.value, k.n]).toEqual([1, 3]);
    expect(values(k, 'hour')).toEqual({ '9': 1, '11': 1 });
    // Previous: c0 answered in its own hour → 1.
    expect(k.previous).toBe(1);
    // n means inbound calls offered everywhere: Jan 1 bucket c1 = 1, Jan 2 bucket c3 + c4 = 2
    // (answered-only counting gave 1 there); per hour of day: 9h → 1, 11h → 2.
    expect(k.trend.filter((p) => p.n > 0).map((p) => p.n)).toEqual([1, 2]);
    expect(Object.fromEntries(k.breakdowns.hour.map((r) => [r.key, r.n]))).toEqual({ '9': 1, '11': 2 });
  });

  it('calls_answered_per_hour is unavailable without answer times', () => {
    const k = kpis(
      { calls: table('calls', [{ call_id: 'x', queued_at: '2024-01-01T09:00:00Z' }]) },
      V
    ).calls_answered_per_hour;
    expect([k.available, k.missing]).toEqual([false, ['calls.answered_at']]);
  });
});
