/**
 * Golden tests for the quality and effort KPIs. View 2024-06-03 … 2024-06-09 (UTC, week grain,
 * one bucket); previous period 2024-05-27 … 2024-06-02. Each source fallback the catalog names
 * is exercised, and each says which source it used.
 */
import { describe, expect, it } from 'vitest';
import { kpis, table, values } from '../test-fixtures';

const surveys = table('surveys', [
  { survey_id: 'v1', responded_at: '2024-06-03T10:00:00Z', score: 5, channel: 'email', agent: 'ann' }, // 1–5: satisfied; index 100
  { survey_id: 'v2', responded_at: '2024-06-03T11:00:00Z', score: 4, channel: 'chat', agent: 'bob' }, // satisfied; 75
  { survey_id: 'v3', responded_at: '2024-06-04T10:00:00Z', score: 3, channel: 'email', agent: 'ann' }, // not; 50
  {
    survey_id: 'v4',
    responded_at: '2024-06-04T11:00:00Z',
    score: 9,
    scale_min: 0,
    scale_max: 10,
    channel: 'email',
    agent: 'ann'
  }, // 9–10 satisfied; 90
  {
    survey_id: 'v5',
    responded_at: '2024-06-05T10:00:00Z',
    score: 1,
    scale_min: 0,
    scale_max: 1,
    channel: 'chat',
    agent: 'bob'
  }, // thumbs up; 100
  {
    survey_id: 'v6',
    responded_at: '2024-06-05T11:00:00Z',
    score: 0,
    scale_min: 0,
    scale_max: 1,
    channel: 'chat',
    agent: 'bob'
  }, // thumbs down; 0
  { survey_id: 'v7', responded_at: '2024-06-06T10:00:00Z', score: 7, channel: 'email', agent: 'ann' }, // 7 on 1–5: off scale, left out
  { survey_id: 'v8', responded_at: '2024-06-01T10:00:00Z', score: 2, channel: 'email', agent: 'ann' } // previous period; index 25
]);

const tickets = table('tickets', [
  {
    ticket_id: 'q1',
    created_at: '2024-06-03T09:00:00Z',
    resolved_at: '2024-06-03T12:00:00Z',
    status: 'resolved',
    first_contact_resolution: 1,
    replies: 1,
    reopened: 0,
    messages: 2,
    contacts: 1,
    customer_id: 'u1',
    category: 'billing'
  },
  {
    ticket_id: 'q2',
    created_at: '2024-06-03T10:00:00Z',
    resolved_at: '2024-06-04T10:00:00Z',
    status: 'resolved',
    first_contact_resolution: 0,
    replies: 3,
    reopened: 0,
    messages: 6,
    contacts: 2,
    customer_id: 'u1',
    category: 'billing'
  },
  {
    ticket_id: 'q3',
    created_at: '2024-06-04T11:00:00Z',
    resolved_at: '2024-06-05T11:00:00Z',
    status: 'closed',
    first_contact_resolution: 1,
    replies: 1,
    reopened: 1,
    messages: 4,
    contacts: 3,
    customer_id: 'u2',
    category: 'delivery'
  },
  {
    ticket_id: 'q4',
    created_at: '2024-06-05T09:00:00Z',
    resolved_at: null,
    status: 'open',
    first_contact_resolution: null,
    replies: 0,
    reopened: 0,
    messages: 1,
    contacts: null,
    customer_id: 'u1',
    category: 'delivery'
  },
  // Created long before, resolved in the view: counts for resolution KPIs, not for creation ones.
  {
    ticket_id: 'q5',
    created_at: '2024-05-20T09:00:00Z',
    resolved_at: '2024-06-06T09:00:00Z',
    status: 'resolved',
    first_contact_resolution: null,
    replies: 2,
    reopened: 0,
    messages: 4,
    contacts: 1,
    customer_id: 'u3',
    category: 'billing'
  },
  {
    ticket_id: 'q6',
    created_at: '2024-06-06T10:00:00Z',
    resolved_at: null,
    status: 'pending',
    first_contact_resolution: null,
    replies: null,
    reopened: null,
    messages: null,
    contacts: null,
    customer_id: 'u1',
    category: 'billing'
  },
  {
    ticket_id: 'q7',
    created_at: '2024-06-01T09:00:00Z',
    resolved_at: '2024-06-01T10:00:00Z',
    status: 'resolved',
    first_contact_resolution: 1,
    replies: 1,
    reopened: 0,
    messages: 2,
    contacts: 1,
    customer_id: 'u4',
    category: 'billing'
  }
]);

/** The same tickets without some columns (to reach the fallbacks). */
function without(...names: string[]) {
  return {
    ...tickets,
    columns: Object.fromEntries(Object.entries(tickets.columns).filter(([n]) => !names.includes(n)))
  };
}

const V = { from: '2024-06-03', to: '2024-06-09', grain: 'week' as const };

describe('quality KPIs (golden)', () => {
  it('csat: top two points of each scale, thumbs on a 2-point scale', () => {
    const k = kpis({ surveys }, V).csat;
    // Valid: v1..v6 (v7 off scale); satisfied: v1 (5), v2 (4), v4 (9 of 0–10), v5 (thumbs up) → 4/6.
    expect(k.value).toBeCloseTo((4 / 6) * 100, 10);
    expect([k.n, k.previous]).toEqual([6, 0]);
    expect(k.notes).toEqual(['1 scores outside their scale left out']);
    // email: v1 ✓ v3 ✗ v4 ✓ → 2/3; chat: v2 ✓ v5 ✓ v6 ✗ → 2/3.
    expect(values(k, 'channel').email).toBeCloseTo((2 / 3) * 100, 10);
  });

  it('csat follows the top-box setting', () => {
    // Top 1 point: v1 (5 on 1–5) and v5 (thumbs up) → 2/6.
    expect(kpis({ surveys }, V, { csatTopBox: 1 }).csat.value).toBeCloseTo((2 / 6) * 100, 10);
  });

  it('satisfaction_index normalises each score to 0–100', () => {
    const k = kpis({ surveys }, V).satisfaction_index;
    // 100 + 75 + 50 + 90 + 100 + 0 = 415 / 6; previous v8: (2 − 1) / 4 = 25.
    expect(k.value).toBeCloseTo(415 / 6, 10);
    expect([k.n, k.previous]).toEqual([6, 25]);
  });

  it('csat falls back to tickets.csat, then to calls.csat (0 = no rating)', () => {
    const t = table('tickets', [
      { ticket_id: 'a', created_at: '2024-06-03T09:00:00Z', csat: 5 },
      { ticket_id: 'b', created_at: '2024-06-04T09:00:00Z', csat: 2 },
      { ticket_id: 'c', created_at: '2024-06-04T10:00:00Z', csat: null }
    ]);
    const k = kpis({ tickets: t }, V).csat;
    expect([k.value, k.n, k.notes]).toEqual([50, 2, ['from the tickets’ satisfaction ratings (1–5)']]);
    const c = table('calls', [
      { call_id: 'a', queued_at: '2024-06-03T09:00:00Z', csat: 4 },
      { call_id: 'b', queued_at: '2024-06-03T10:00:00Z', csat: 0 },
      { call_id: 'c', queued_at: '2024-06-03T11:00:00Z', csat: 2 }
    ]);
    const kc = kpis({ calls: c }, V).csat;
    // 4 satisfied, 2 not; 0 is "no rating" (no answer, not an off-scale score), left out → 1/2.
    expect([kc.value, kc.n]).toEqual([50, 2]);
    expect(kc.notes).toEqual(['from the calls’ satisfaction ratings (1–5; 0 = no rating)']);
    const none = kpis({ tickets: without('csat') }, V).csat;
    expect([none.available, none.value, none.missing]).toEqual([
      false,
      null,
      ['surveys.score', 'tickets.csat', 'calls.csat']
    ]);
  });

  it('fcr_rate uses the explicit flag over resolved tickets', () => {
    const k = kpis({ tickets }, V).fcr_rate;
    // Resolved in the view: q1 q2 q3 q5; flag known on q1 (1), q2 (0), q3 (1) → 2/3.
    expect(k.value).toBeCloseTo((2 / 3) * 100, 10);
    expect([k.n, k.previous]).toEqual([3, 100]);
  });

  it('fcr_rate derives ≤ 1 reply and never reopened without the flag', () => {
    const k = kpis({ tickets: without('first_contact_resolution') }, V).fcr_rate;
    // q1 (1 reply, not reopened) ✓; q2 (3 replies) ✗; q3 (reopened) ✗; q5 (2 replies) ✗ → 1/4.
    expect([k.value, k.n, k.previous]).toEqual([25, 4, 100]);
    expect(k.notes?.[0]).toMatch(/derived/);
  });

  it('fcr_rate falls back to calls resolved on the call', () => {
    const c = table('calls', [
      { call_id: 'a', queued_at: '2024-06-03T09:00:00Z', answered_at: '2024-06-03T09:00:10Z', resolved: 1 },
      { call_id: 'b', queued_at: '2024-06-03T10:00:00Z', answered_at: '2024-06-03T10:00:10Z', resolved: 0 },
      { call_id: 'c', queued_at: '2024-06-03T11:00:00Z', answered_at: '2024-06-03T11:00:10Z', resolved: 1 },
      { call_id: 'd', queued_at: '2024-06-03T12:00:00Z', answered_at: null, resolved: null } // abandoned
    ]);
    const k = kpis({ tickets: without('first_contact_resolution', 'replies'), calls: c }, V).fcr_rate;
    expect(k.value).toBeCloseTo((2 / 3) * 100, 10);
    expect(k.n).toBe(3);
    const none = kpis({ tickets: without('first_contact_resolution', 'replies') }, V).fcr_rate;
    expect(none.missing).toEqual(['tickets.first_contact_resolution', 'calls.resolved', 'tickets.replies']);
  });

  it('interactions_per_ticket: messages per resolved ticket, or counted from the log', () => {
    const k = kpis({ tickets }, V).interactions_per_ticket;
    // Resolved in the view: q1 2, q2 6, q3 4, q5 4 → 16 / 4 = 4; previous q7 2.
    expect([k.value, k.n, k.previous]).toEqual([4, 4, 2]);
    const log = table('messages', [
      { conversation_id: 'q1', sent_at: '2024-06-03T09:00:00Z', direction: 'in' },
      { conversation_id: 'q1', sent_at: '2024-06-03T09:10:00Z', direction: 'out' },
      { conversation_id: 'q1', sent_at: '2024-06-03T09:20:00Z', direction: 'in' },
      { conversation_id: 'q2', sent_at: '2024-06-03T10:00:00Z', direction: 'in' }
    ]);
    const f = kpis({ tickets: without('messages'), messages: log }, V).interactions_per_ticket;
    // q1 3 messages, q2 1; q3 and q5 have none in the log (left out) → 2 over 2 tickets.
    expect([f.value, f.n]).toEqual([2, 2]);
    expect(kpis({ tickets: without('messages') }, V).interactions_per_ticket.missing).toEqual([
      'tickets.messages',
      'messages.conversation_id'
    ]);
  });

  it('interactions_per_ticket from the log counts only customer and agent messages', () => {
    const log = table('messages', [
      { conversation_id: 'q1', sent_at: '2024-06-03T09:00:00Z', direction: 'in' },
      { conversation_id: 'q1', sent_at: '2024-06-03T09:05:00Z', direction: 'note' }, // internal: not an interaction
      { conversation_id: 'q1', sent_at: '2024-06-03T09:10:00Z', direction: 'out' },
      { conversation_id: 'q2', sent_at: '2024-06-03T10:00:00Z', direction: 'in' },
      { conversation_id: 'q2', sent_at: '2024-06-03T10:01:00Z', direction: 'system' }, // not an interaction
      { conversation_id: 'q2', sent_at: '2024-06-03T10:02:00Z', direction: 'system' },
      { conversation_id: 'q3', sent_at: '2024-06-03T11:00:00Z', direction: 'note' } // no interaction at all: left out
    ]);
    const f = kpis({ tickets: without('messages'), messages: log }, V).interactions_per_ticket;
    // q1: in + out = 2; q2: in = 1; q3 none, q5 absent → (2 + 1) / 2 = 1.5 over 2 tickets
    // (counting every direction would give q1 3, q2 3, q3 1 → 7 / 3).
    expect([f.value, f.n]).toEqual([1.5, 2]);
  });

  it('contacts_to_resolve: contacts per resolved ticket, or call chains per customer', () => {
    const k = kpis({ tickets }, V).contacts_to_resolve;
    // q1 1, q2 2, q3 3, q5 1 → 7 / 4.
    expect([k.value, k.n]).toEqual([1.75, 4]);
    const c = table('calls', [
      { call_id: 'a', queued_at: '2024-06-03T09:00:00Z', customer_id: 'u1', queue: 'sales', resolved: 0 },
      { call_id: 'b', queued_at: '2024-06-03T10:00:00Z', customer_id: 'u1', queue: 'sales', resolved: 1 }, // chain of 2
      { call_id: 'x', queued_at: '2024-06-03T09:30:00Z', customer_id: 'u1', queue: 'billing', resolved: 1 }, // other issue: 1
      { call_id: 'c', queued_at: '2024-06-04T09:00:00Z', customer_id: 'u2', queue: 'sales', resolved: 1 } // 1
    ]);
    const f = kpis({ tickets: without('contacts'), calls: c }, V).contacts_to_resolve;
    // Resolving calls b (2), x (1), c (1) → 4 / 3.
    expect(f.value).toBeCloseTo(4 / 3, 10);
    expect(f.n).toBe(3);
    expect(kpis({ tickets: without('contacts') }, V).contacts_to_resolve.available).toBe(false);
  });

  it('repeat_incident_rate: same customer and category within the window', () => {
    const k = kpis({ tickets }, V).repeat_incident_rate;
    // Created in the view: q1 (u1 billing, first) 0; q2 (u1 billing, 1 h after q1) 1; q3 (u2) 0;
    // q4 (u1 delivery, first of its kind) 0; q6 (u1 billing, 3 days after q2) 1 → 2/5.
    expect([k.value, k.n]).toEqual([40, 5]);
    // A 1-day window: q6 is no longer a repeat → 1/5.
    expect(kpis({ tickets }, V, { repeatWindowDays: 1 }).repeat_incident_rate.value).toBe(20);
    expect(kpis({ tickets: without('customer_id') }, V).repeat_incident_rate.missing).toEqual([
      'tickets.repeat_incident',
      'tickets.customer_id'
    ]);
  });

  it('repeat_incident_rate prefers the explicit flag', () => {
    const t = table('tickets', [
      { ticket_id: 'a', created_at: '2024-06-03T09:00:00Z', repeat_incident: 1 },
      { ticket_id: 'b', created_at: '2024-06-03T10:00:00Z', repeat_incident: 0 },
      { ticket_id: 'c', created_at: '2024-06-03T11:00:00Z', repeat_incident: 0 },
      { ticket_id: 'd', created_at: '2024-06-03T12:00:00Z', repeat_incident: 0 }
    ]);
    expect(kpis({ tickets: t }, V).repeat_incident_rate.value).toBe(25);
  });

  it('resolution_rate: tickets created in the period that are resolved', () => {
    const k = kpis({ tickets }, V).resolution_rate;
    // Created in the view: q1 q2 q3 (resolved/closed), q4 open, q6 pending → 3/5. The data ends
    // Jun 6 10:00, so the previous week is seen as of May 30 10:00: q7 (created Jun 1) did not
    // exist yet at that age → no previous figure, and the card says the comparison is same-age.
    expect([k.value, k.n, k.previous]).toEqual([60, 5, null]);
    expect(k.caveats).toEqual([{ code: 'same-age' }]);
    const bare = table('tickets', [{ ticket_id: 'a', created_at: '2024-06-03T09:00:00Z' }]);
    expect(kpis({ tickets: bare }, V).resolution_rate.missing).toEqual(['tickets.resolved_at', 'tickets.status']);
  });

  it('resolution_rate counts a status-only resolution', () => {
    const t = table('tickets', [
      { ticket_id: 'a', created_at: '2024-06-03T09:00:00Z', status: 'closed' },
      { ticket_id: 'b', created_at: '2024-06-03T10:00:00Z', status: 'open' }
    ]);
    expect(kpis({ tickets: t }, V).resolution_rate.value).toBe(50);
  });

  it('response_rate: tickets with an agent reply, or conversations in the log', () => {
    const k = kpis({ tickets }, V).response_rate;
    // replies: q1 1, q2 3, q3 1 → replied; q4 0, q6 unknown → not → 3/5.
    expect([k.value, k.n]).toEqual([60, 5]);
    const log = table('messages', [
      { conversation_id: 'a', sent_at: '2024-06-03T09:00:00Z', direction: 'in' },
      { conversation_id: 'a', sent_at: '2024-06-03T09:10:00Z', direction: 'out' },
      { conversation_id: 'b', sent_at: '2024-06-03T10:00:00Z', direction: 'in' }
    ]);
    const m = kpis({ messages: log }, V).response_rate;
    expect([m.value, m.n]).toEqual([50, 2]);
    expect(kpis({ tickets: without('replies') }, V).response_rate.missing).toEqual([
      'tickets.first_response_at',
      'messages.conversation_id',
      'messages.direction',
      'tickets.replies'
    ]);
  });
});

describe('csat from several sources', () => {
  it('counts every response once: surveys, then ticket ratings no survey carries', () => {
    const t = table('tickets', [
      { ticket_id: 't1', created_at: '2024-06-03T09:00:00Z', csat: 5 },
      // Rated on the ticket and answered in a survey: counted once, from the survey (2).
      { ticket_id: 't2', created_at: '2024-06-03T10:00:00Z', csat: 4 },
      { ticket_id: 't3', created_at: '2024-06-04T10:00:00Z', csat: 1 }
    ]);
    const s = table('surveys', [
      { survey_id: 's1', responded_at: '2024-06-03T12:00:00Z', score: 2, ticket_id: 't2' },
      { survey_id: 's2', responded_at: '2024-06-04T12:00:00Z', score: 5 }
    ]);
    const k = kpis({ tickets: t, surveys: s }, V).csat;
    // Surveys: 2 ✗, 5 ✓; tickets not linked: t1 5 ✓, t3 1 ✗ → 2 / 4.
    expect([k.value, k.n]).toEqual([50, 4]);
    expect(k.notes).toEqual(['each rating counted once: 2 survey answers, 2 ticket ratings, 0 call ratings']);
    const idx = kpis({ tickets: t, surveys: s }, V).satisfaction_index;
    // (25 + 100 + 100 + 0) / 4.
    expect(idx.value).toBeCloseTo(56.25, 10);
    expect(idx.trend.reduce((a, p) => a + p.n, 0)).toBe(4);
  });
});
