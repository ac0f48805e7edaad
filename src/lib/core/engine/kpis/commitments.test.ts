/**
 * Golden tests for SLA compliance, backlog and overdue requests. View 2024-07-01 … 2024-07-03
 * (UTC, day grain); previous period 2024-06-28 … 2024-06-30; `now` = 2024-07-03 12:00 so
 * some deadlines are still ahead. Default SLA policy (settings.ts): urgent 1 h / 8 h, high
 * 4 h / 24 h, normal 8 h / 72 h, low 24 h / 120 h.
 */
import { describe, expect, it } from 'vitest';
import { at, kpis, table, values } from '../test-fixtures';

const tickets = table(
  'tickets',
  [
    // Due columns: first response 09:30 ≤ 10:00 and resolved 15:00 ≤ 17:00 → met.
    {
      ticket_id: 'm1',
      created_at: '2024-07-01T09:00:00Z',
      first_response_at: '2024-07-01T09:30:00Z',
      resolved_at: '2024-07-01T15:00:00Z',
      first_response_due_at: '2024-07-01T10:00:00Z',
      due_at: '2024-07-01T17:00:00Z',
      priority: 'high',
      channel: 'email'
    },
    // First response 12:00 after its 11:00 deadline → missed.
    {
      ticket_id: 'm2',
      created_at: '2024-07-01T10:00:00Z',
      first_response_at: '2024-07-01T12:00:00Z',
      resolved_at: '2024-07-02T10:00:00Z',
      first_response_due_at: '2024-07-01T11:00:00Z',
      due_at: '2024-07-02T12:00:00Z',
      priority: 'high',
      channel: 'email'
    },
    // No response and the 10:00 deadline passed before now → missed.
    {
      ticket_id: 'm3',
      created_at: '2024-07-02T09:00:00Z',
      first_response_due_at: '2024-07-02T10:00:00Z',
      due_at: '2024-07-05T09:00:00Z',
      priority: 'normal',
      channel: 'chat'
    },
    // No response yet, deadline 13:00 after now, resolution due later → undecided, left out.
    {
      ticket_id: 'm4',
      created_at: '2024-07-03T11:00:00Z',
      first_response_due_at: '2024-07-03T13:00:00Z',
      due_at: '2024-07-06T00:00:00Z',
      priority: 'normal',
      channel: 'chat'
    },
    // No due columns, an SLA-met flag → met. (Policy would say: urgent, unresolved 8 h after → overdue at the end.)
    {
      ticket_id: 'm5',
      created_at: '2024-07-02T08:00:00Z',
      first_response_at: '2024-07-02T08:10:00Z',
      first_response_sla_met: 1,
      priority: 'urgent',
      channel: 'email'
    },
    // Policy (low: 24 h / 120 h): response after 6 h, resolved after 7 h → met.
    {
      ticket_id: 'm6',
      created_at: '2024-07-02T09:00:00Z',
      first_response_at: '2024-07-02T15:00:00Z',
      resolved_at: '2024-07-02T16:00:00Z',
      priority: 'low',
      channel: 'chat'
    },
    // Policy (urgent: 1 h): response after 2 h → missed.
    {
      ticket_id: 'm7',
      created_at: '2024-07-03T08:00:00Z',
      first_response_at: '2024-07-03T10:00:00Z',
      priority: 'urgent',
      channel: 'chat'
    },
    // Previous period: met by its due columns.
    {
      ticket_id: 'm0',
      created_at: '2024-06-30T09:00:00Z',
      first_response_at: '2024-06-30T09:30:00Z',
      resolved_at: '2024-06-30T10:00:00Z',
      first_response_due_at: '2024-06-30T10:00:00Z',
      due_at: '2024-06-30T12:00:00Z',
      priority: 'high',
      channel: 'email'
    },
    // Older tickets: m8 never resolved (low: due 06-25 10:00 by policy); m9 resolved inside the view (normal: due 06-28 10:00).
    { ticket_id: 'm8', created_at: '2024-06-20T10:00:00Z', priority: 'low', channel: 'email' },
    {
      ticket_id: 'm9',
      created_at: '2024-06-25T10:00:00Z',
      resolved_at: '2024-07-02T12:00:00Z',
      priority: 'normal',
      channel: 'email'
    }
  ],
  ['resolution_sla_met']
);

const V = { from: '2024-07-01', to: '2024-07-03' };
const NOW = at('2024-07-03T12:00:00Z');
const r = (s = {}) => kpis({ tickets }, V, s, NOW);

describe('commitment KPIs (golden)', () => {
  it("sla_compliance: the file's flags, then due columns, then the policy, row by row", () => {
    const k = r().sla_compliance;
    // m1 1, m2 0, m3 0, m4 undecided, m5 1 (flag), m6 1 (policy), m7 0 (policy) → 3/6.
    expect([k.value, k.n]).toEqual([50, 6]);
    expect(k.notes).toEqual([
      "1 tickets from the file's SLA flag",
      '4 tickets from their due dates in the file',
      '2 tickets from your SLA policy',
      '1 open tickets not yet due when the data ends are not judged'
    ]);
    expect([k.previous, k.previousN]).toEqual([100, 1]);
    // Jul 1: m1 ✓ m2 ✗ → 50; Jul 2: m3 ✗ m5 ✓ m6 ✓ → 66.7; Jul 3: m7 ✗ (m4 undecided) → 0.
    expect(k.trend.map((p) => p.value)).toEqual([50, (2 / 3) * 100, 0]);
  });

  it('sla_compliance without a policy judges only rows with deadlines or flags', () => {
    const k = r({ slaPolicy: [] }).sla_compliance;
    // m1 1, m2 0, m3 0, m5 1 → 2/4.
    expect([k.value, k.n]).toEqual([50, 4]);
    const bare = table('tickets', [
      { ticket_id: 'a', created_at: '2024-07-01T09:00:00Z', first_response_at: '2024-07-01T09:10:00Z' }
    ]);
    const u = kpis({ tickets: bare }, V, { slaPolicy: [] }, NOW).sla_compliance;
    expect([u.available, u.value, u.missing]).toEqual([
      false,
      null,
      [
        'tickets.due_at',
        'tickets.resolved_at',
        'tickets.first_response_due_at',
        'tickets.first_response_sla_met',
        'tickets.resolution_sla_met'
      ]
    ]);
  });

  it('sla_compliance does not judge resolution when no ticket has a resolution time', () => {
    const t = table('tickets', [
      // Closed by status, no time: resolution unknown → first response met but outcome undecided.
      {
        ticket_id: 'a',
        created_at: '2024-07-01T09:00:00Z',
        first_response_at: '2024-07-01T09:10:00Z',
        first_response_due_at: '2024-07-01T10:00:00Z',
        due_at: '2024-07-01T12:00:00Z',
        status: 'closed'
      },
      // Same, but the first response was late → a miss whatever the resolution.
      {
        ticket_id: 'b',
        created_at: '2024-07-01T09:00:00Z',
        first_response_at: '2024-07-01T11:00:00Z',
        first_response_due_at: '2024-07-01T10:00:00Z',
        due_at: '2024-07-01T12:00:00Z',
        status: 'closed'
      },
      // Open and past its resolution deadline → a miss.
      {
        ticket_id: 'c',
        created_at: '2024-07-01T09:00:00Z',
        first_response_at: '2024-07-01T09:10:00Z',
        first_response_due_at: '2024-07-01T10:00:00Z',
        due_at: '2024-07-01T12:00:00Z',
        status: 'open'
      }
    ]);
    const k = kpis({ tickets: t }, V, {}, NOW).sla_compliance;
    // No ticket has a resolution time: resolution is not judged at all (judging only the open
    // ones would count misses and never a success); first responses decide: a ✓, b ✗, c ✓.
    expect([k.value, k.n]).toEqual([(2 / 3) * 100, 3]);
    expect(k.notes).toContain('judged on first response only: no ticket has a resolution time');
  });

  it('sla_compliance never counts a part it cannot check as met', () => {
    // Due columns, resolved_at present but no first_response_at column at all.
    const noFr = table('tickets', [
      // Resolved 11:00 ≤ due 12:00 → met on resolution.
      {
        ticket_id: 'a',
        created_at: '2024-07-01T09:00:00Z',
        resolved_at: '2024-07-01T11:00:00Z',
        first_response_due_at: '2024-07-01T09:30:00Z',
        due_at: '2024-07-01T12:00:00Z'
      },
      // Resolved 15:00 > due 12:00 → missed.
      {
        ticket_id: 'b',
        created_at: '2024-07-01T09:00:00Z',
        resolved_at: '2024-07-01T15:00:00Z',
        first_response_due_at: '2024-07-01T09:30:00Z',
        due_at: '2024-07-01T12:00:00Z'
      },
      // Only a first-response deadline: nothing it can be judged on → left out (was "met").
      {
        ticket_id: 'c',
        created_at: '2024-07-01T09:00:00Z',
        resolved_at: '2024-07-01T10:00:00Z',
        first_response_due_at: '2024-07-01T09:30:00Z'
      }
    ]);
    const k = kpis({ tickets: noFr }, V, { slaPolicy: [] }, NOW).sla_compliance;
    // a 1, b 0, c not judged → 1/2 = 50 % (before: c counted as met → 2/3).
    expect([k.value, k.n]).toEqual([50, 2]);
    expect(k.notes).toContain('judged on resolution only: no ticket has a first response time');
    // Deadlines but no outcome column with a value (first_response_at mapped but blank, no
    // resolution columns): unavailable, not 100 %.
    const blind = table('tickets', [
      {
        ticket_id: 'x',
        created_at: '2024-07-01T09:00:00Z',
        first_response_at: null,
        first_response_due_at: '2024-07-01T10:00:00Z',
        due_at: '2024-07-01T12:00:00Z'
      }
    ]);
    const u = kpis({ tickets: blind }, V, {}, NOW).sla_compliance;
    expect([u.available, u.value, u.missing]).toEqual([
      false,
      null,
      [
        'tickets.resolved_at',
        'tickets.first_response_at',
        'tickets.first_response_sla_met',
        'tickets.resolution_sla_met'
      ]
    ]);
  });

  it('backlog: open at the end of the period and of each bucket', () => {
    const k = r().backlog;
    // Open at Jul 4 00:00: m3 m4 m5 m7 (never resolved) + m8 → 5. At Jul 1 00:00: m8, m9 → 2.
    expect([k.value, k.n, k.previous]).toEqual([5, 5, 2]);
    // End of Jul 1: m2 (resolved Jul 2), m8, m9 → 3; end of Jul 2: m3 m5 m8 → 3; end of Jul 3: 5.
    expect(k.trend.map((p) => p.value)).toEqual([3, 3, 5]);
    expect(values(k, 'priority')).toEqual({ normal: 2, urgent: 2, low: 1 });
  });

  it('backlog of zero is a real zero; no ticket before the end is no data', () => {
    const t = table('tickets', [
      { ticket_id: 'a', created_at: '2024-07-01T09:00:00Z', resolved_at: '2024-07-01T10:00:00Z' }
    ]);
    const k = kpis({ tickets: t }, V, {}, NOW).backlog;
    expect([k.value, k.previous]).toEqual([0, null]);
    const u = kpis(
      { tickets: table('tickets', [{ ticket_id: 'a', created_at: '2024-07-01T09:00:00Z' }]) },
      V,
      {},
      NOW
    ).backlog;
    expect([u.available, u.missing]).toEqual([false, ['tickets.resolved_at', 'tickets.status']]);
  });

  it('overdue_rate: open tickets past their due time at the end', () => {
    const k = r().overdue_rate;
    // Taken when the data ends (Jul 3 11:00, the latest event), not at the end of the day:
    // open: m3 (due Jul 5) no; m4 (due Jul 6) no; m5 (policy Jul 2 16:00) yes;
    // m7 (policy Jul 3 16:00, still ahead) no; m8 (policy Jun 25) yes → 2/5. The previous state
    // is taken three days earlier (Jun 30 11:00): m8, m9 both past due → 100.
    expect([k.value, k.n, k.previous]).toEqual([40, 5, 100]);
    // End of Jul 1: m2 (due Jul 2 12:00) no, m8 yes, m9 yes → 2/3; end of Jul 2: m3 no, m5 yes, m8 yes → 2/3.
    expect(k.trend.map((p) => p.value)).toEqual([(2 / 3) * 100, (2 / 3) * 100, 40]);
    // Tickets without due_at get one from the policy: m5 m6 m7 m8 m9.
    expect(k.notes).toEqual(['5 due times from the SLA policy']);
  });

  it('overdue_rate without due dates or a policy is unavailable', () => {
    const k = r({ slaPolicy: [] }).overdue_rate;
    // due_at exists on some rows: available, judged on those only: m3, m4 open with due → 0 overdue of 2.
    expect([k.value, k.n]).toEqual([0, 2]);
    const t = table(
      'tickets',
      [{ ticket_id: 'a', created_at: '2024-07-01T09:00:00Z', resolved_at: null }],
      ['resolved_at']
    );
    const u = kpis({ tickets: t }, V, { slaPolicy: [] }, NOW).overdue_rate;
    expect([u.available, u.missing]).toEqual([false, ['tickets.due_at', 'tickets.resolved_at']]);
  });

  it('overdue_rate says how many open tickets it leaves out for lack of a due time', () => {
    const k = r({ slaPolicy: [] }).overdue_rate;
    // Open at the end: m3, m4, m5, m7, m8 (5, as in the test above with a policy). Without a
    // policy only m3 and m4 carry due_at, so the rate is over 2 and 5 − 2 = 3 are left out.
    expect(k.n).toBe(2);
    expect(k.notes).toEqual(['3 open tickets without a due time are left out']);
    // With the policy every open ticket has a due time: nothing left out, no such note.
    expect((r().overdue_rate.notes ?? []).some((x) => x.includes('without a due time'))).toBe(false);
  });
});
