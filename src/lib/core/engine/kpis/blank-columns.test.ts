/**
 * A column the mapping names but whose every cell is empty is no data (kpi-catalog.md: never 0 for
 * missing data): each KPI must read it like an absent column — unavailable, naming it in
 * `missing` — never 0 % or 100 %. View 2024-07-01 … 2024-07-03 (UTC); `now` 2025-01-01.
 */
import { describe, expect, it } from 'vitest';
import { kpis, table } from '../test-fixtures';

const V = { from: '2024-07-01', to: '2024-07-03' };

describe('mapped but blank columns', () => {
  it('response_rate: a blank first_response_at is not "no ticket answered"', () => {
    const t = table('tickets', [
      { ticket_id: 'a', created_at: '2024-07-01T09:00:00Z', first_response_at: null },
      { ticket_id: 'b', created_at: '2024-07-02T09:00:00Z', first_response_at: null }
    ]);
    const k = kpis({ tickets: t }, V).response_rate;
    // Read as data: 0 answered of 2 → 0 %. No message log either → unavailable.
    expect([k.available, k.value]).toEqual([false, null]);
    expect(k.missing).toContain('tickets.first_response_at');
  });

  it('resolution_rate and backlog: blank resolved_at / closed_at / status are unknown resolution', () => {
    const t = table('tickets', [
      { ticket_id: 'a', created_at: '2024-07-01T09:00:00Z', resolved_at: null, closed_at: null, status: null },
      { ticket_id: 'b', created_at: '2024-07-02T09:00:00Z', resolved_at: null, closed_at: null, status: null }
    ]);
    const r = kpis({ tickets: t }, V);
    // Read as data: 0 of 2 resolved → 0 %, and both "open" → backlog 2. Neither can be known.
    expect([r.resolution_rate.available, r.resolution_rate.value]).toEqual([false, null]);
    expect(r.resolution_rate.missing).toContain('tickets.resolved_at');
    expect([r.backlog.available, r.backlog.value]).toEqual([false, null]);
    expect(r.backlog.missing).toContain('tickets.resolved_at');
  });

  it('abandonment_rate and service_level: a blank answered_at is not "every call abandoned"', () => {
    const c = table('calls', [
      { call_id: 'a', queued_at: '2024-07-01T09:00:00Z', answered_at: null },
      { call_id: 'b', queued_at: '2024-07-02T09:00:00Z', answered_at: null }
    ]);
    const r = kpis({ calls: c }, V);
    // Read as data: both calls unanswered → abandonment 100 %, service level 0 %.
    expect([r.abandonment_rate.available, r.abandonment_rate.value]).toEqual([false, null]);
    expect(r.abandonment_rate.missing).toEqual(['calls.answered_at', 'calls.abandoned']);
    expect([r.service_level.available, r.service_level.value, r.service_level.missing]).toEqual([
      false,
      null,
      ['calls.answered_at']
    ]);
  });
});
