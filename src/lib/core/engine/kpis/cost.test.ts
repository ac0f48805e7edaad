/**
 * Golden tests for cost and customer KPIs. View 2024-07-01 … 2024-07-03 (UTC); previous period
 * 2024-06-28 … 2024-06-30; inactivity window 90 days (default).
 */
import { describe, expect, it } from 'vitest';
import { kpis, table, values } from '../test-fixtures';

// Daily cost rows (period_end = the next day): each falls on its own day.
const costs = table('costs', [
  { period_start: '2024-07-01T00:00:00Z', period_end: '2024-07-02T00:00:00Z', amount: 1000, category: 'staff' },
  { period_start: '2024-07-02T00:00:00Z', period_end: '2024-07-03T00:00:00Z', amount: 300, category: 'telephony' },
  { period_start: '2024-07-03T00:00:00Z', period_end: '2024-07-04T00:00:00Z', amount: 200, category: 'telephony' },
  { period_start: '2024-06-30T00:00:00Z', period_end: '2024-07-01T00:00:00Z', amount: 400, category: 'telephony' }
]);

const calls = table('calls', [
  { call_id: 'a', queued_at: '2024-07-01T09:00:00Z', direction: 'in' },
  { call_id: 'b', queued_at: '2024-07-01T10:00:00Z', direction: 'in' },
  { call_id: 'c', queued_at: '2024-07-02T09:00:00Z', direction: 'in' },
  { call_id: 'd', queued_at: '2024-07-03T09:00:00Z', direction: 'in' },
  { call_id: 'e', queued_at: '2024-07-03T10:00:00Z', direction: 'out' },
  { call_id: 'p', queued_at: '2024-06-29T09:00:00Z', direction: 'in' },
  { call_id: 'q', queued_at: '2024-06-30T09:00:00Z', direction: 'in' }
]);

const customers = table('customers', [
  {
    customer_id: 'u1',
    created_at: '2023-01-01T00:00:00Z',
    last_active_at: '2024-07-02T00:00:00Z',
    revenue: 100,
    segment: 'a'
  },
  {
    customer_id: 'u2',
    created_at: '2023-06-01T00:00:00Z',
    last_active_at: '2024-03-01T00:00:00Z',
    revenue: 300,
    segment: 'b'
  },
  {
    customer_id: 'u3',
    created_at: '2024-07-02T00:00:00Z',
    last_active_at: '2024-07-02T00:00:00Z',
    revenue: null,
    segment: 'a'
  },
  {
    customer_id: 'u4',
    created_at: '2022-01-01T00:00:00Z',
    last_active_at: '2024-01-01T00:00:00Z',
    churned_at: '2024-07-02T00:00:00Z',
    revenue: 200,
    segment: 'b'
  },
  {
    customer_id: 'u5',
    created_at: '2024-08-01T00:00:00Z',
    last_active_at: '2024-08-01T00:00:00Z',
    revenue: 50,
    segment: 'a'
  }
]);

const V = { from: '2024-07-01', to: '2024-07-03' };

describe('cost and customer KPIs (golden)', () => {
  it('operating_cost sums daily cost rows on their days', () => {
    const k = kpis({ costs }, V).operating_cost;
    // 1000 + 300 + 200 = 1500 over 3 rows; previous 400.
    expect([k.value, k.n, k.previous]).toEqual([1500, 3, 400]);
    expect(values(k, 'category')).toEqual({ staff: 1000, telephony: 500 });
    expect(k.trend.map((p) => p.value)).toEqual([1000, 300, 200]);
  });

  it('operating_cost spreads a monthly cost row over the days of its month', () => {
    const monthly = table('costs', [
      // No period_end: the calendar month of period_start (31 days).
      { period_start: '2024-07-01T00:00:00Z', amount: 3100, category: 'staff' },
      // An explicit period: Jun 16 – Jul 16 (30 days), 600 → 20 a day.
      { period_start: '2024-06-16T00:00:00Z', period_end: '2024-07-16T00:00:00Z', amount: 600, category: 'tools' }
    ]);
    const k = kpis({ costs: monthly }, V).operating_cost;
    // Jul 1–3: 3 × 100 + 3 × 20 = 360; previous Jun 28–30: 3 × 20 = 60.
    expect(k.value).toBeCloseTo(360, 9);
    expect(k.previous).toBeCloseTo(60, 9);
    expect([k.n, k.previousN]).toEqual([2, 1]);
    expect(k.trend.map((p) => p.value)).toEqual([120, 120, 120]);
    expect(k.caveats).toEqual([{ code: 'costs-spread' }]);
    const calls30 = kpis({ costs: monthly, calls }, V).cost_per_call;
    // No call-related category: all costs, 360 over 4 inbound calls.
    expect(calls30.value).toBeCloseTo(90, 9);
  });

  it('cost_per_call: call-related cost over inbound calls', () => {
    const k = kpis({ costs, calls }, V).cost_per_call;
    // telephony 300 + 200 = 500 / 4 inbound calls (e is outbound) = 125; previous 400 / 2 = 200.
    expect([k.value, k.n, k.previous]).toEqual([125, 4, 200]);
    expect(k.notes).toContain('call-related cost categories only');
  });

  it('cost_per_call prefers a per-call cost column', () => {
    const withCost = table('calls', [
      { call_id: 'a', queued_at: '2024-07-01T09:00:00Z', cost: 2 },
      { call_id: 'b', queued_at: '2024-07-01T10:00:00Z', cost: 4 },
      { call_id: 'c', queued_at: '2024-07-02T09:00:00Z', cost: null }
    ]);
    const k = kpis({ costs, calls: withCost }, V).cost_per_call;
    // (2 + 4) / 3 inbound calls = 2.
    expect([k.value, k.n, k.notes]).toEqual([2, 3, ['from the calls’ cost column']]);
    expect(kpis({ calls }, V).cost_per_call.missing).toEqual(['costs.amount', 'costs.category', 'calls.cost']);
  });

  it('cost_per_call is null (n 0) where no cost row falls, never 0', () => {
    // Telephony cost only on Jul 2 (300); calls on Jul 1, 2 and 3 and in the previous period.
    const sparse = table('costs', [
      { period_start: '2024-07-02T00:00:00Z', period_end: '2024-07-03T00:00:00Z', amount: 300, category: 'telephony' }
    ]);
    const k = kpis({ costs: sparse, calls }, V).cost_per_call;
    // Period: 300 / 4 inbound = 75. Buckets: Jul 1 no cost → null n 0; Jul 2 300 / 1 call = 300; Jul 3 null n 0.
    expect([k.value, k.n]).toEqual([75, 4]);
    expect(k.trend.map((p) => [p.value, p.n])).toEqual([
      [null, 0],
      [300, 1],
      [null, 0]
    ]);
    // Previous period (Jun 28–30): no cost row → null, not 0 / 2.
    expect(k.previous).toBeNull();
    // One-day rows are not spread: nothing to say about it.
    expect(k.caveats).toBeUndefined();
  });

  it('revenue_per_customer: revenue to date over customers to date', () => {
    const k = kpis({ customers }, V).revenue_per_customer;
    // Created before Jul 4: u1 100, u2 300, u4 200 (u3 has no figure, u5 comes later) → 600 / 3.
    expect([k.value, k.n]).toEqual([200, 3]);
    expect(k.notes).toContain('1 customers without a revenue figure left out');
    expect(values(k, 'segment')).toEqual({ a: 100, b: 250 });
  });

  it('inactive_customers at the period end', () => {
    const k = kpis({ customers }, V).inactive_customers;
    // At Jul 4 00:00 (limit Apr 5): u1 active, u2 inactive (Mar 1), u3 active; u4 churned; u5 not yet → 1/3.
    expect(k.value).toBeCloseTo(100 / 3, 10);
    expect([k.n, k.previous]).toEqual([3, null]);
    // With a 200-day window u2 is active again.
    expect(kpis({ customers }, V, { inactivityDays: 200 }).inactive_customers.value).toBe(0);
  });

  it('retention_rate: (end − new) / start', () => {
    const k = kpis({ customers }, V).retention_rate;
    // Start (Jul 1): u1 u2 u4 = 3; end (Jul 4): u1 u2 u3 = 3 (u4 churned); new: u3 → (3 − 1) / 3.
    expect(k.value).toBeCloseTo((2 / 3) * 100, 10);
    expect([k.n, k.previous]).toEqual([3, 100]);
  });

  it('retention_rate: a customer who joins and churns inside the period is not "new"', () => {
    const flux = table('customers', [
      { customer_id: 'a', created_at: '2023-01-01T00:00:00Z' },
      { customer_id: 'b', created_at: '2024-07-01T12:00:00Z', churned_at: '2024-07-02T00:00:00Z' },
      { customer_id: 'c', created_at: '2024-07-02T12:00:00Z', churned_at: '2024-07-03T00:00:00Z' }
    ]);
    const k = kpis({ customers: flux }, V).retention_rate;
    // Start (Jul 1): a = 1; end (Jul 4): a = 1; new and still here: none → (1 − 0) / 1 = 100 %
    // (counting b and c as new gave (1 − 2) / 1 = −100 %).
    expect([k.value, k.n]).toEqual([100, 1]);
  });

  it('customer KPIs say which columns they lack', () => {
    const bare = table('customers', [{ customer_id: 'x' }]);
    const r = kpis({ customers: bare }, V);
    expect(r.revenue_per_customer.missing).toEqual(['customers.revenue']);
    expect(r.inactive_customers.missing).toEqual(['customers.last_active_at']);
    expect(r.retention_rate.missing).toEqual(['customers.created_at', 'customers.churned_at']);
    expect(r.operating_cost.missing).toEqual(['costs.period_start', 'costs.amount']);
  });
});
