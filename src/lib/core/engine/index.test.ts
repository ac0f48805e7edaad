/**
 * computeScorecard as a whole: range=all, data span, filter menus, and how filters reach each
 * kind of record (calls are the phone channel and their queue is a category; messages and
 * surveys use their ticket's fields when they lack their own).
 */
import { describe, expect, it } from 'vitest';
import { computeScorecard, dataSpan, filterValues } from './index';
import { at, kpis, settings, table, view } from './test-fixtures';

const tickets = table('tickets', [
  {
    ticket_id: 't1',
    created_at: '2024-02-05T09:00:00Z',
    first_response_at: '2024-02-05T10:00:00Z',
    channel: 'email',
    agent: 'ann',
    category: 'billing',
    priority: 'high'
  },
  {
    ticket_id: 't2',
    created_at: '2024-02-06T09:00:00Z',
    first_response_at: '2024-02-06T09:30:00Z',
    channel: 'chat',
    agent: 'bob',
    category: 'delivery',
    priority: 'low'
  },
  {
    ticket_id: 't3',
    created_at: '2024-02-20T09:00:00Z',
    first_response_at: null,
    channel: 'email',
    agent: 'bob',
    category: 'billing',
    priority: 'low'
  }
]);
const calls = table('calls', [
  {
    call_id: 'c1',
    queued_at: '2024-02-05T09:00:00Z',
    answered_at: '2024-02-05T09:00:10Z',
    queue: 'billing',
    agent: 'ann'
  },
  { call_id: 'c2', queued_at: '2024-02-07T09:00:00Z', answered_at: null, queue: 'sales', agent: null }
]);
const messages = table('messages', [
  { conversation_id: 't1', sent_at: '2024-02-05T09:00:00Z', direction: 'in' },
  { conversation_id: 't1', sent_at: '2024-02-05T09:20:00Z', direction: 'out', agent: 'ann' },
  { conversation_id: 't2', sent_at: '2024-02-06T09:00:00Z', direction: 'in' },
  { conversation_id: 't2', sent_at: '2024-02-06T09:40:00Z', direction: 'out', agent: 'bob' }
]);
const surveys = table('surveys', [
  { survey_id: 's1', responded_at: '2024-02-05T12:00:00Z', score: 5, ticket_id: 't1' },
  { survey_id: 's2', responded_at: '2024-02-06T12:00:00Z', score: 1, ticket_id: 't2', channel: 'email' }
]);
const data = { tickets, calls, messages, surveys };

describe('computeScorecard', () => {
  it('range=all spans the local days of the first and last record', () => {
    const r = computeScorecard(data, view({ range: 'all', grain: 'week' }), settings(), at('2024-03-01T00:00:00Z'));
    expect([r.view.from, r.view.to]).toEqual(['2024-02-05', '2024-02-20']);
    expect([r.dataStart, r.dataEnd]).toEqual([at('2024-02-05T09:00:00Z'), at('2024-02-20T09:00:00Z')]);
    expect(r.kpis.find((k) => k.id === 'ticket_volume')?.value).toBe(3);
    expect(r.computeMs).toBeGreaterThanOrEqual(0);
    expect(dataSpan({})).toEqual({ start: null, end: null });
  });

  it('lists filter values from every kind (calls add phone, queues are categories)', () => {
    expect(filterValues(data)).toEqual({
      channel: ['chat', 'email', 'phone'],
      agent: ['ann', 'bob'],
      priority: ['high', 'low'],
      category: ['billing', 'delivery', 'sales']
    });
  });

  it('a channel filter keeps calls only for phone', () => {
    const V = { range: 'all' as const };
    expect(kpis(data, { ...V, filters: { channel: ['email'] } }).volume_heatmap.value).toBe(2); // t1 t3
    expect(kpis(data, { ...V, filters: { channel: ['phone'] } }).volume_heatmap.value).toBe(2); // c1 c2
    expect(kpis(data, { ...V, filters: { channel: ['email'] } }).abandonment_rate.n).toBe(0);
  });

  it('a category filter matches the queue of calls', () => {
    const r = kpis(data, { range: 'all', filters: { category: ['billing'] } });
    // Tickets t1 t3; calls c1 (queue billing).
    expect(r.ticket_volume.value).toBe(2);
    expect([r.abandonment_rate.value, r.abandonment_rate.n]).toEqual([0, 1]);
  });

  it('messages and surveys take a field they lack from their ticket', () => {
    const r = kpis(data, { range: 'all', filters: { category: ['billing'] } });
    // Only t1's conversation: one delay of 20 min.
    expect([r.avg_response_time.value, r.avg_response_time.n]).toEqual([1200, 1]);
    // Only s1 (ticket t1) → 100 %.
    expect([r.csat.value, r.csat.n]).toEqual([100, 1]);
    // Own value first: s2 says email although its ticket t2 is chat.
    expect(kpis(data, { range: 'all', filters: { channel: ['email'] } }).csat.n).toBe(2);
    expect(kpis(data, { range: 'all', filters: { channel: ['chat'] } }).csat.n).toBe(0);
  });

  it('cached masks never leak between filters', () => {
    const a = kpis(data, { range: 'all', filters: { agent: ['ann'] } }).ticket_volume.value;
    const b = kpis(data, { range: 'all', filters: { agent: ['bob'] } }).ticket_volume.value;
    const c = kpis(data, { range: 'all', filters: { agent: ['ann'] } }).ticket_volume.value;
    expect([a, b, c]).toEqual([1, 2, 1]);
    // A filter value nobody has: no data, not unavailable.
    const none = kpis(data, { range: 'all', filters: { agent: ['zed'] } }).ticket_volume;
    expect([none.available, none.value, none.n]).toEqual([true, null, 0]);
  });
});
