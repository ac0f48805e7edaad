/** Golden tests for closed_per_agent (the other team KPIs are tested with calls and speed). */
import { describe, expect, it } from 'vitest';
import { kpis, table, values } from '../test-fixtures';

const V = { from: '2024-08-05', to: '2024-08-06' };

describe('closed_per_agent (golden)', () => {
  const tickets = table('tickets', [
    { ticket_id: 'a', created_at: '2024-08-01T09:00:00Z', resolved_at: '2024-08-05T10:00:00Z', agent: 'ann' },
    { ticket_id: 'b', created_at: '2024-08-05T09:00:00Z', resolved_at: '2024-08-05T11:00:00Z', agent: 'bob' },
    { ticket_id: 'c', created_at: '2024-08-05T09:30:00Z', resolved_at: '2024-08-06T11:00:00Z', agent: 'ann' },
    { ticket_id: 'd', created_at: '2024-08-05T09:40:00Z', resolved_at: '2024-08-06T12:00:00Z', agent: null },
    { ticket_id: 'e', created_at: '2024-08-06T09:00:00Z', resolved_at: null, agent: 'carl' },
    { ticket_id: 'f', created_at: '2024-08-03T09:00:00Z', resolved_at: '2024-08-04T09:00:00Z', agent: 'bob' }
  ]);

  it('resolved tickets per agent who resolved any', () => {
    const k = kpis({ tickets }, V).closed_per_agent;
    // Resolved in the view with an agent: a, c (ann), b (bob) = 3 over 2 agents; d has no agent.
    expect([k.value, k.n]).toEqual([1.5, 3]);
    expect(values(k, 'agent')).toEqual({ ann: 2, bob: 1 });
    // Aug 5: a (ann), b (bob) → 1; Aug 6: c (ann) → 1. Previous: f (bob) → 1.
    expect(k.trend.map((p) => p.value)).toEqual([1, 1]);
    expect(k.previous).toBe(1);
  });

  it('needs an agent column', () => {
    const t = table('tickets', [
      { ticket_id: 'a', created_at: '2024-08-05T09:00:00Z', resolved_at: '2024-08-05T10:00:00Z' }
    ]);
    expect(kpis({ tickets: t }, V).closed_per_agent.missing).toEqual(['tickets.agent']);
  });
});
