/**
 * Golden tests for the phone queue KPIs. View 2024-05-06 (Mon) … 2024-05-07 (Tue), UTC, day
 * grain; previous period 2024-05-04 … 2024-05-05. Service-level threshold 20 s (default).
 */
import { describe, expect, it } from 'vitest';
import { kpis, table, values } from '../test-fixtures';

const calls = table('calls', [
  // k1: wait 10, talk 300.
  {
    call_id: 'k1',
    queued_at: '2024-05-06T09:00:00Z',
    answered_at: '2024-05-06T09:00:10Z',
    ended_at: '2024-05-06T09:05:10Z',
    abandoned: 0,
    direction: 'in',
    agent: 'ann',
    queue: 'sales',
    resolved: 1,
    customer_id: 'u1'
  },
  // k2: wait 40 (misses 20 s), talk 600.
  {
    call_id: 'k2',
    queued_at: '2024-05-06T09:10:00Z',
    answered_at: '2024-05-06T09:10:40Z',
    ended_at: '2024-05-06T09:20:40Z',
    abandoned: 0,
    direction: 'in',
    agent: 'bob',
    queue: 'support',
    resolved: 0,
    customer_id: 'u2'
  },
  // k3: abandoned in the IVR after 120 s.
  {
    call_id: 'k3',
    queued_at: '2024-05-06T10:00:00Z',
    answered_at: null,
    ended_at: '2024-05-06T10:02:00Z',
    abandoned: 1,
    abandon_stage: 'ivr',
    direction: 'in',
    queue: 'sales',
    customer_id: 'u3'
  },
  // k8: wait 5, talk 180.
  {
    call_id: 'k8',
    queued_at: '2024-05-06T11:00:00Z',
    answered_at: '2024-05-06T11:00:05Z',
    ended_at: '2024-05-06T11:03:05Z',
    abandoned: 0,
    direction: 'in',
    agent: 'ann',
    queue: 'support',
    resolved: 0,
    customer_id: 'u1'
  },
  // k4: wait exactly 20 (within), talk 1800; no abandoned flag, no direction (= inbound).
  {
    call_id: 'k4',
    queued_at: '2024-05-07T14:00:00Z',
    answered_at: '2024-05-07T14:00:20Z',
    ended_at: '2024-05-07T14:30:20Z',
    abandoned: null,
    direction: null,
    agent: 'ann',
    queue: 'support',
    resolved: 1,
    customer_id: 'u2'
  },
  // k5: no answer time, no flag → abandoned (on hold); no end time → its wait is unknown.
  {
    call_id: 'k5',
    queued_at: '2024-05-07T15:00:00Z',
    answered_at: null,
    ended_at: null,
    abandoned: null,
    abandon_stage: 'hold',
    direction: 'in',
    queue: 'support',
    customer_id: 'u4'
  },
  // k6: outbound: not offered, not a queue wait; talk 60 still counts as talk time.
  {
    call_id: 'k6',
    queued_at: '2024-05-07T16:00:00Z',
    answered_at: '2024-05-07T16:00:05Z',
    ended_at: '2024-05-07T16:01:05Z',
    abandoned: 0,
    direction: 'out',
    agent: 'carl',
    queue: 'sales',
    customer_id: 'u5'
  },
  // k7 (previous period): wait 30, talk 600.
  {
    call_id: 'k7',
    queued_at: '2024-05-05T09:00:00Z',
    answered_at: '2024-05-05T09:00:30Z',
    ended_at: '2024-05-05T09:10:30Z',
    abandoned: 0,
    direction: 'in',
    agent: 'ann',
    queue: 'sales',
    resolved: 1,
    customer_id: 'u1'
  }
]);

const V = { from: '2024-05-06', to: '2024-05-07' };
const r = () => kpis({ calls }, V);

describe('call KPIs (golden)', () => {
  it('service_level: answered within the threshold / offered', () => {
    const k = r().service_level;
    // Offered inbound: k1 k2 k3 k8 k4 k5 = 6; within 20 s: k1 (10), k8 (5), k4 (20) → 50 %.
    expect([k.value, k.n]).toEqual([50, 6]);
    // Previous: k7 waited 30 s → 0 %: a real 0 with n = 1.
    expect([k.previous, k.previousN]).toEqual([0, 1]);
    // Mon: k1 k2 k3 k8 → 2/4; Tue: k4 k5 → 1/2.
    expect(k.trend.map((p) => p.value)).toEqual([50, 50]);
    // With a 30 s threshold, k2 (40) still misses: same; with 60 s it is within → 4/6.
    expect(kpis({ calls }, V, { serviceLevelSeconds: 60 }).service_level.value).toBeCloseTo((4 / 6) * 100, 10);
  });

  it('avg_speed_of_answer: answered inbound calls only', () => {
    const k = r().avg_speed_of_answer;
    // 10, 40, 5, 20 → 75 / 4 = 18.75; median (10 + 20) / 2 = 15; p90 = 4th of 4 = 40.
    expect([k.value, k.n, k.median, k.p90, k.previous]).toEqual([18.75, 4, 15, 40, 30]);
    expect(values(k, 'agent')).toEqual({ ann: (10 + 5 + 20) / 3, bob: 40 });
  });

  it('max_queue_wait includes abandoned calls that have an end time', () => {
    const k = r().max_queue_wait;
    // Waits: 10, 40, 120 (k3 hung up), 5, 20; k5 unknown; k6 outbound → max 120 over 5.
    expect([k.value, k.n, k.previous]).toEqual([120, 5, 30]);
    expect(values(k, 'queue')).toEqual({ sales: 120, support: 40 });
  });

  it('avg_talk_time and max_talk_time over answered calls', () => {
    const k = r().avg_talk_time;
    // 300, 600, 180, 1800, 60 → 2940 / 5 = 588; median 300; p90 = 5th of 5 = 1800.
    expect([k.value, k.n, k.median, k.p90, k.previous]).toEqual([588, 5, 300, 1800, 600]);
    const m = r().max_talk_time;
    expect([m.value, m.n, m.previous]).toEqual([1800, 5, 600]);
  });

  it('abandonment_rate with stage, weekday and hour breakdowns', () => {
    const k = r().abandonment_rate;
    // Abandoned: k3 (flag) and k5 (no answer time) of 6 offered.
    expect(k.value).toBeCloseTo(100 / 3, 10);
    expect([k.n, k.previous]).toEqual([6, 0]);
    // Stages as a share of all offered calls, adding up to the headline.
    const stages = values(k, 'abandon_stage');
    expect(stages.ivr).toBeCloseTo(100 / 6, 10);
    expect(stages.hold).toBeCloseTo(100 / 6, 10);
    // Mon (1): k1 k2 k3 k8 → 1/4; Tue (2): k4 k5 → 1/2.
    expect(values(k, 'weekday')).toEqual({ '1': 25, '2': 50 });
    expect(values(k, 'hour_weekday')).toEqual({ '1:9': 0, '1:10': 100, '1:11': 0, '2:14': 0, '2:15': 100 });
    expect(values(k, 'hour')['10']).toBe(100);
  });

  it('abandonment_rate is unavailable with neither a flag nor answer times', () => {
    const bare = table('calls', [{ call_id: 'x', queued_at: '2024-05-06T09:00:00Z' }]);
    const k = kpis({ calls: bare }, V).abandonment_rate;
    expect([k.available, k.value, k.missing]).toEqual([false, null, ['calls.answered_at', 'calls.abandoned']]);
  });

  it('calls_per_agent_day divides handled calls by the days each agent worked', () => {
    const k = r().calls_per_agent_day;
    // Handled (answered inbound with agent): k1 ann Mon, k2 bob Mon, k8 ann Mon, k4 ann Tue = 4;
    // agent-days: ann Mon, bob Mon, ann Tue = 3 → 4/3. ann 3 calls / 2 days = 1.5; bob 1.
    expect(k.value).toBeCloseTo(4 / 3, 10);
    expect(k.n).toBe(4);
    expect(values(k, 'agent')).toEqual({ ann: 1.5, bob: 1 });
    expect(
      kpis({ calls: table('calls', [{ call_id: 'x', queued_at: '2024-05-06T09:00:00Z' }]) }, V).calls_per_agent_day
        .missing
    ).toEqual(['calls.agent', 'tickets.agent']);
  });

  it('talk time is unavailable without end times', () => {
    const k = kpis(
      {
        calls: table('calls', [
          { call_id: 'x', queued_at: '2024-05-06T09:00:00Z', answered_at: '2024-05-06T09:00:05Z' }
        ])
      },
      V
    );
    expect([k.avg_talk_time.available, k.avg_talk_time.missing]).toEqual([false, ['calls.ended_at']]);
    expect(k.max_talk_time.available).toBe(false);
    // …while the speed of answer works from the answer time alone.
    expect([k.avg_speed_of_answer.value, k.avg_speed_of_answer.n]).toEqual([5, 1]);
  });
  it('a call log with only queue and end times computes without abandonment data', () => {
    // Neither `abandoned` nor answered_at has a value: whether a call was answered is unknown,
    // so the queue wait cannot be told (no value) — and the scorecard must not throw.
    const k = kpis(
      {
        calls: table('calls', [
          { call_id: 'x', queued_at: '2024-05-06T09:00:00Z', ended_at: '2024-05-06T09:03:00Z', answered_at: null }
        ])
      },
      V
    );
    expect([k.max_queue_wait.available, k.max_queue_wait.value, k.max_queue_wait.n]).toEqual([true, null, 0]);
  });
});
