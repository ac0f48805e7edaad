/**
 * CSAT merges ratings from surveys, tickets and calls. Its breakdown cells must hold exactly the
 * records the drill-down lists for them — also where a source has no such field of its own (a
 * survey's category is its ticket's, a call's is its queue) — and the same records a filter on
 * that value keeps.
 */
import { describe, expect, it } from 'vitest';
import { kpis, settings, table, view } from '../engine/test-fixtures';
import type { Dataset } from '../engine/types';
import { drillSelect } from '.';

const tickets = table('tickets', [
  { ticket_id: 't1', created_at: '2024-06-03T09:00:00Z', channel: 'email', category: 'billing', csat: 5 },
  // Rated here and in survey s1: counted once, from the survey (with this ticket's category).
  { ticket_id: 't2', created_at: '2024-06-03T10:00:00Z', channel: 'email', category: 'billing', csat: 4 },
  { ticket_id: 't3', created_at: '2024-06-04T10:00:00Z', channel: 'chat', category: 'login', csat: 1 },
  // No category: under '' with the surveys that name no ticket.
  { ticket_id: 't4', created_at: '2024-06-04T11:00:00Z', channel: 'email', csat: 3 },
  { ticket_id: 't5', created_at: '2024-06-05T10:00:00Z', channel: 'chat', category: 'shipping' }
]);
const surveys = table('surveys', [
  { survey_id: 's1', responded_at: '2024-06-03T12:00:00Z', score: 2, ticket_id: 't2' },
  { survey_id: 's2', responded_at: '2024-06-04T12:00:00Z', score: 5, channel: 'chat' },
  { survey_id: 's3', responded_at: '2024-06-05T12:00:00Z', score: 4, ticket_id: 't5' },
  // About call c1 (whose own rating is then left to the survey): channel phone.
  { survey_id: 's4', responded_at: '2024-06-05T13:00:00Z', score: 5, call_id: 'c1' }
]);
const calls = table('calls', [
  { call_id: 'c1', queued_at: '2024-06-05T09:00:00Z', queue: 'sales', csat: 5 },
  { call_id: 'c2', queued_at: '2024-06-05T10:00:00Z', queue: 'sales', csat: 4 },
  // 0 = no rating on a call: not counted.
  { call_id: 'c3', queued_at: '2024-06-06T10:00:00Z', queue: 'billing', csat: 0 }
]);
const data: Dataset = { tickets, surveys, calls };
const V = { from: '2024-06-03', to: '2024-06-09', grain: 'week' as const };
const NOW = Date.parse('2025-01-01T00:00:00Z');
const ID: Record<string, string> = { tickets: 'ticket_id', surveys: 'survey_id', calls: 'call_id' };

/** The listed records of a drill-down as `kind:id`, sorted. */
function listed(kpi: string, by?: string, key?: string): string[] {
  const s = drillSelect(data, view(V), settings(), NOW, { kpi, by, key, set: 'all' });
  return s.segments
    .flatMap((seg) => {
      const col = data[seg.kind]!.columns[ID[seg.kind]];
      if (col?.type !== 'text') throw new Error('ids are text');
      return [...seg.rows].map((i) => `${seg.kind}:${col.dict[col.codes[i]]}`);
    })
    .sort();
}

describe('csat breakdown cells over several sources', () => {
  const k = kpis(data, V);

  it('puts a survey under its ticket’s category and a call under its queue', () => {
    const csat = k.csat;
    expect(csat.n).toBe(8);
    const cat = Object.fromEntries(csat.breakdowns.category.map((r) => [r.key, [r.n, r.value]]));
    expect(cat).toEqual({
      billing: [2, 50], // t1 5 ✓, s1 2 ✗
      login: [1, 0], // t3
      shipping: [1, 100], // s3 through t5
      sales: [1, 100], // c2 (c1's rating is s4's)
      '': [3, (2 / 3) * 100] // t4 3 ✗, s2 ✓, s4 ✓
    });
    const ch = Object.fromEntries(csat.breakdowns.channel.map((r) => [r.key, r.n]));
    // s1 and s3 take their ticket's channel (t2 email, t5 chat); s4 and c2 are phone.
    expect(ch).toEqual({ email: 3, chat: 3, phone: 2 });
  });

  it('lists exactly the records of each cell, blank keys included', () => {
    expect(listed('csat', 'category', 'billing')).toEqual(['surveys:s1', 'tickets:t1']);
    expect(listed('csat', 'category', 'sales')).toEqual(['calls:c2']);
    expect(listed('csat', 'category', '')).toEqual(['surveys:s2', 'surveys:s4', 'tickets:t4']);
    expect(listed('csat', 'queue', '')).toEqual(
      ['surveys:s1', 'surveys:s2', 'surveys:s3', 'surveys:s4', 'tickets:t1', 'tickets:t3', 'tickets:t4'].sort()
    );
    for (const id of ['csat', 'satisfaction_index'])
      for (const [by, rows] of Object.entries(k[id].breakdowns))
        for (const row of rows) {
          const s = drillSelect(data, view(V), settings(), NOW, { kpi: id, by, key: row.key, set: 'all' });
          expect(s.n, `${id} ${by}=${row.key}`).toBe(row.n);
          expect(s.cell).toEqual({ value: row.value, n: row.n });
          if (id === 'csat') expect((s.num! / s.n) * 100, `${id} ${by}=${row.key}`).toBeCloseTo(row.value!, 9);
        }
  });

  it('a cell holds what the same filter keeps', () => {
    for (const by of ['category', 'channel'] as const)
      for (const row of k.csat.breakdowns[by].filter((r) => r.key !== '')) {
        const f = kpis(data, { ...V, filters: { [by]: [row.key] } }).csat;
        expect([f.n, f.value], `${by}=${row.key}`).toEqual([row.n, row.value]);
      }
  });
});
