/**
 * Golden tests for the speed KPIs (tickets and messages). View 2024-03-04 … 2024-03-10 (UTC,
 * Monday to Sunday, week grain); previous period 2024-02-26 … 2024-03-03. Durations in seconds,
 * each worked out by hand beside the fixture.
 */
import { describe, expect, it } from 'vitest';
import { at, kpis, table, values } from '../test-fixtures';

const tickets = table('tickets', [
  // s1: FRT 30 min = 1800; resolved after 8 h = 28800; delivery 17:00 − 09:30 = 27000.
  {
    ticket_id: 's1',
    created_at: '2024-03-04T09:00:00Z',
    first_response_at: '2024-03-04T09:30:00Z',
    resolved_at: '2024-03-04T17:00:00Z',
    channel: 'email',
    agent: 'ann'
  },
  // s2: FRT 2 h = 7200; resolved after 48 h = 172800; delivery 46 h = 165600.
  {
    ticket_id: 's2',
    created_at: '2024-03-04T10:00:00Z',
    first_response_at: '2024-03-04T12:00:00Z',
    resolved_at: '2024-03-06T10:00:00Z',
    channel: 'chat',
    agent: 'bob'
  },
  // s3: FRT 26 h = 93600; unresolved.
  {
    ticket_id: 's3',
    created_at: '2024-03-05T08:00:00Z',
    first_response_at: '2024-03-06T10:00:00Z',
    resolved_at: null,
    channel: 'email',
    agent: 'ann'
  },
  // s4: never answered (email: a miss once 24 h old).
  {
    ticket_id: 's4',
    created_at: '2024-03-05T09:00:00Z',
    first_response_at: null,
    resolved_at: null,
    channel: 'email',
    agent: 'bob'
  },
  // s5: FRT 2 h = 7200; resolved 1 h after creation (3600) but BEFORE the first response: delivery −3600 → excluded.
  {
    ticket_id: 's5',
    created_at: '2024-03-06T12:00:00Z',
    first_response_at: '2024-03-06T14:00:00Z',
    resolved_at: '2024-03-06T13:00:00Z',
    channel: 'phone',
    agent: 'ann'
  },
  // s6: first response before creation: FRT −3600 → excluded and counted.
  {
    ticket_id: 's6',
    created_at: '2024-03-07T09:00:00Z',
    first_response_at: '2024-03-07T08:00:00Z',
    resolved_at: null,
    channel: 'chat',
    agent: 'bob'
  },
  // s7 (previous period): FRT 1200; resolution 3600; delivery 2400.
  {
    ticket_id: 's7',
    created_at: '2024-03-01T09:00:00Z',
    first_response_at: '2024-03-01T09:20:00Z',
    resolved_at: '2024-03-01T10:00:00Z',
    channel: 'email',
    agent: 'ann'
  }
]);

const messages = table('messages', [
  { conversation_id: 's1', sent_at: '2024-03-04T09:00:00Z', direction: 'in' },
  { conversation_id: 's1', sent_at: '2024-03-04T09:05:00Z', direction: 'in' },
  { conversation_id: 's1', sent_at: '2024-03-04T09:30:00Z', direction: 'out', agent: 'ann' }, // answers 09:00 (1800) and 09:05 (1500)
  { conversation_id: 's1', sent_at: '2024-03-04T10:00:00Z', direction: 'in' },
  { conversation_id: 's1', sent_at: '2024-03-04T11:00:00Z', direction: 'out', agent: 'carl' }, // answers 10:00 (3600); a later reply: wait 3600
  { conversation_id: 's1', sent_at: '2024-03-04T11:30:00Z', direction: 'out', agent: 'carl' }, // answers nothing
  { conversation_id: 's1', sent_at: '2024-03-04T12:00:00Z', direction: 'in' }, // never answered
  { conversation_id: 's2', sent_at: '2024-03-04T10:00:00Z', direction: 'in' },
  { conversation_id: 's2', sent_at: '2024-03-04T12:00:00Z', direction: 'out', agent: 'bob' } // first reply: 7200, not a "later" wait
]);

const V = { from: '2024-03-04', to: '2024-03-10', grain: 'week' as const };

describe('speed KPIs (golden)', () => {
  it('first_response_time: mean, median, p90; negative durations excluded and counted', () => {
    const k = kpis({ tickets }, V).first_response_time;
    // Durations: s1 1800, s2 7200, s3 93600, s5 7200 (s4 unanswered, s6 negative) → n 4.
    // mean 109800 / 4 = 27450; median (7200 + 7200) / 2 = 7200; p90 = 4th of 4 (ceil 3.6) = 93600.
    expect([k.value, k.n, k.median, k.p90]).toEqual([27450, 4, 7200, 93600]);
    expect(k.notes).toContain(
      '1 tickets with a first response before creation excluded: the end time is before the start time'
    );
    // Previous: s7 1200.
    expect([k.previous, k.previousN]).toEqual([1200, 1]);
    // email: s1, s3 → 47700; chat: s2 → 7200; phone: s5 → 7200.
    expect(values(k, 'channel')).toEqual({ email: 47700, chat: 7200, phone: 7200 });
    // One week bucket holding all four.
    expect(k.trend).toEqual([{ start: '2024-03-04', value: 27450, n: 4 }]);
  });

  it('agent_first_response_time groups the first response time by agent', () => {
    const k = kpis({ tickets }, V).agent_first_response_time;
    // ann: s1 1800, s3 93600, s5 7200 → 102600 / 3 = 34200; bob: s2 7200.
    expect(values(k, 'agent')).toEqual({ ann: 34200, bob: 7200 });
    expect(k.value).toBe(27450);
  });

  it('first_response_time is unavailable without first responses', () => {
    const bare = table('tickets', [{ ticket_id: 'x', created_at: '2024-03-04T09:00:00Z' }]);
    const r = kpis({ tickets: bare }, V);
    for (const id of ['first_response_time', 'response_time_buckets'])
      expect([r[id].available, r[id].value, r[id].missing]).toEqual([false, null, ['tickets.first_response_at']]);
    // The catalog's list, not the first column the function checked: the agent is needed too.
    const agent = r.agent_first_response_time;
    expect([agent.available, agent.missing]).toEqual([false, ['tickets.agent', 'tickets.first_response_at']]);
  });

  it('avg_response_time: every inbound message to the next reply', () => {
    const k = kpis({ tickets, messages }, V).avg_response_time;
    // 1800 + 1500 + 3600 + 7200 = 14100 / 4 = 3525; median (1800 + 3600) / 2 = 2700; p90 4th = 7200.
    expect([k.value, k.n, k.median, k.p90]).toEqual([3525, 4, 2700, 7200]);
    // Who replied: ann (1800, 1500) → 1650; carl 3600; bob 7200.
    expect(values(k, 'agent')).toEqual({ ann: 1650, carl: 3600, bob: 7200 });
  });

  it('avg_response_time falls back to the first response time without messages, and says so', () => {
    const k = kpis({ tickets }, V).avg_response_time;
    expect([k.id, k.value, k.n]).toEqual(['avg_response_time', 27450, 4]);
    expect(k.notes).toContain('no message data: first response time used');
    const none = kpis({ tickets: table('tickets', [{ ticket_id: 'x', created_at: '2024-03-04T09:00:00Z' }]) }, V);
    expect(none.avg_response_time.available).toBe(false);
    expect(none.avg_response_time.missing).toContain('messages.sent_at');
  });

  it('reply_wait_time: waits behind replies after the first one', () => {
    const k = kpis({ messages }, V).reply_wait_time;
    // Only the 11:00 reply in s1 is a later reply answering a wait (since 10:00): 3600.
    expect([k.value, k.n]).toEqual([3600, 1]);
    expect(kpis({ tickets }, V).reply_wait_time.available).toBe(false);
  });

  it('reply_wait_time: an agent-initiated message before any customer message is not a reply', () => {
    const log = table('messages', [
      { conversation_id: 'p1', sent_at: '2024-03-04T08:00:00Z', direction: 'out', agent: 'ann' }, // outreach: answers nothing
      { conversation_id: 'p1', sent_at: '2024-03-04T09:00:00Z', direction: 'in' },
      { conversation_id: 'p1', sent_at: '2024-03-04T09:30:00Z', direction: 'out', agent: 'ann' }, // FIRST reply (1800): excluded
      { conversation_id: 'p1', sent_at: '2024-03-04T10:00:00Z', direction: 'in' },
      { conversation_id: 'p1', sent_at: '2024-03-04T10:20:00Z', direction: 'out', agent: 'ann' } // later reply: 1200
    ]);
    // Only the 10:20 reply counts: wait 10:00 → 10:20 = 1200 s, n = 1 (before the fix the 09:30
    // reply also counted, as if the outreach were the first reply: mean (1800 + 1200) / 2 = 1500, n 2).
    const k = kpis({ messages: log }, V).reply_wait_time;
    expect([k.value, k.n]).toEqual([1200, 1]);
  });

  it('response_time_buckets: shares of first responses per delay bucket', () => {
    const k = kpis({ tickets }, V).response_time_buckets;
    // s1 1800 < 1 h; s2 7200 and s5 7200 in 1–6 h; s3 93600 > 24 h → 25 / 50 / 25 %.
    expect([k.headline, k.value, k.n]).toEqual(['<1h', 25, 4]);
    expect(values(k, 'bucket')).toEqual({ '<1h': 25, '1h-6h': 50, '>24h': 25 });
    expect(k.breakdowns.bucket.map((r) => r.key)).toEqual(['<1h', '1h-6h', '>24h']);
  });

  it('response_time_buckets follows configured bounds', () => {
    const k = kpis({ tickets }, V, { responseBuckets: [7200] }).response_time_buckets;
    // < 2 h: s1 only; s2 and s5 at exactly 7200 are on the bound → the next bucket, with s3:
    // 1 / 4 = 25 %, 3 / 4 = 75 %.
    expect(values(k, 'bucket')).toEqual({ '<2h': 25, '>2h': 75 });
  });

  it('response_time_buckets: a response of exactly a bound belongs to the next bucket', () => {
    const onBound = table('tickets', [
      // b1: exactly 1 h = 3600 → "1h-6h" (not "< 1h"); b2: 59 min = 3540 → "<1h";
      // b3: exactly 6 h = 21600 → "6h-12h". Shares: 1/3, 1/3, 1/3 = 33.33… % each.
      { ticket_id: 'b1', created_at: '2024-03-04T09:00:00Z', first_response_at: '2024-03-04T10:00:00Z' },
      { ticket_id: 'b2', created_at: '2024-03-04T09:00:00Z', first_response_at: '2024-03-04T09:59:00Z' },
      { ticket_id: 'b3', created_at: '2024-03-04T09:00:00Z', first_response_at: '2024-03-04T15:00:00Z' }
    ]);
    const k = kpis({ tickets: onBound }, V).response_time_buckets;
    expect(k.n).toBe(3);
    expect(k.value).toBeCloseTo(100 / 3, 9);
    const b = values(k, 'bucket');
    expect(Object.keys(b)).toEqual(['<1h', '1h-6h', '6h-12h']);
    for (const v of Object.values(b)) expect(v).toBeCloseTo(100 / 3, 9);
  });

  it('email_answered_24h: late or old-and-unanswered email tickets are misses', () => {
    const k = kpis({ tickets }, V).email_answered_24h;
    // Email: s1 hit (1800 s); s3 miss (26 h); s4 miss (unanswered, far older than 24 h at now) → 1/3.
    expect(k.value).toBeCloseTo(100 / 3, 10);
    expect([k.n, k.previous]).toEqual([3, 100]);
    // At now = Mar 5 12:00, s4 is only 3 h old: undecided, left out → s1 hit, s3 miss → 50 %.
    const early = kpis({ tickets }, V, {}, at('2024-03-05T12:00:00Z')).email_answered_24h;
    expect([early.value, early.n]).toEqual([50, 2]);
  });

  it('resolution_time: tickets resolved in the period, by resolution time', () => {
    const k = kpis({ tickets }, V).resolution_time;
    // s1 28800, s2 172800, s5 3600 → 205200 / 3 = 68400; median 28800; p90 3rd of 3 = 172800.
    expect([k.value, k.n, k.median, k.p90]).toEqual([68400, 3, 28800, 172800]);
    expect([k.previous, k.previousN]).toEqual([3600, 1]);
    expect(values(k, 'agent')).toEqual({ ann: (28800 + 3600) / 2, bob: 172800 });
  });

  it('service_delivery_time excludes tickets resolved before their first response', () => {
    const k = kpis({ tickets }, V).service_delivery_time;
    // s1 27000, s2 165600 → 96300; s5 (−3600) excluded and reported.
    expect([k.value, k.n, k.previous]).toEqual([96300, 2, 2400]);
    expect(k.notes).toEqual([
      '1 tickets resolved before their first response excluded: the end time is before the start time'
    ]);
  });

  it('email_answered_24h: a mapped but blank first_response_at is unavailable, not 0 %', () => {
    const blank = table('tickets', [
      { ticket_id: 'x', created_at: '2024-03-04T09:00:00Z', channel: 'email', first_response_at: null },
      { ticket_id: 'y', created_at: '2024-03-05T09:00:00Z', channel: 'email', first_response_at: null }
    ]);
    // Both are far older than 24 h at now: read as data, the blank column made them misses → 0 %.
    const k = kpis({ tickets: blank }, V).email_answered_24h;
    expect([k.available, k.value, k.missing]).toEqual([false, null, ['tickets.first_response_at']]);
  });

  it('resolution_time and service_delivery_time use closed_at when resolved_at is empty', () => {
    const closedOnly = table('tickets', [
      // c1: closed 4 h after creation = 14400; delivery 10:00 → 13:00 = 10800.
      {
        ticket_id: 'c1',
        created_at: '2024-03-04T09:00:00Z',
        first_response_at: '2024-03-04T10:00:00Z',
        resolved_at: null,
        closed_at: '2024-03-04T13:00:00Z'
      },
      // c2: resolved_at wins over closed_at: 2 h = 7200; delivery 09:30 → 11:00 = 5400.
      {
        ticket_id: 'c2',
        created_at: '2024-03-05T09:00:00Z',
        first_response_at: '2024-03-05T09:30:00Z',
        resolved_at: '2024-03-05T11:00:00Z',
        closed_at: '2024-03-06T09:00:00Z'
      },
      // c3: resolved by status only (no time): left out of both, with a note.
      {
        ticket_id: 'c3',
        created_at: '2024-03-06T09:00:00Z',
        first_response_at: '2024-03-06T09:10:00Z',
        status: 'closed'
      }
    ]);
    const r = kpis({ tickets: closedOnly }, V);
    // (14400 + 7200) / 2 = 10800; ignoring closed_at gave 7200 over 1 ticket.
    expect([r.resolution_time.value, r.resolution_time.n]).toEqual([10800, 2]);
    // (10800 + 5400) / 2 = 8100.
    expect([r.service_delivery_time.value, r.service_delivery_time.n]).toEqual([8100, 2]);
    expect(r.resolution_time.notes).toContain('1 tickets resolved by status only have no resolution time: left out');
    // closed_at alone is a resolution time too.
    const noResolved = table('tickets', [
      { ticket_id: 'd', created_at: '2024-03-04T09:00:00Z', closed_at: '2024-03-04T10:00:00Z' }
    ]);
    expect(kpis({ tickets: noResolved }, V).resolution_time.value).toBe(3600);
  });

  it('resolution KPIs are unavailable without resolution times', () => {
    const bare = table('tickets', [
      { ticket_id: 'x', created_at: '2024-03-04T09:00:00Z', first_response_at: '2024-03-04T10:00:00Z' }
    ]);
    const r = kpis({ tickets: bare }, V);
    expect([r.resolution_time.available, r.resolution_time.missing]).toEqual([false, ['tickets.resolved_at']]);
    expect([r.service_delivery_time.available, r.service_delivery_time.missing]).toEqual([
      false,
      ['tickets.resolved_at']
    ]);
  });
});
