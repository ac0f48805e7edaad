/**
 * Cost and customer KPIs (kpi-catalog.md, "Cost and customers"). Money is a plain number in the
 * dataset's currency. Money figures have no default target (what is normal depends on the
 * business); the two customer rates carry common-convention targets, labelled as such.
 */
import type { KpiSpec } from './types';

export const COST = [
  {
    id: 'operating_cost',
    group: 'cost',
    name: 'Contact-centre operating cost',
    formula: 'Sum of cost rows in the period (the annualised figure is shown on the yearly grain).',
    unit: 'money',
    direction: 'minimize',
    needs: ['costs.period_start', 'costs.amount'],
    seeds: '003 #1'
  },
  {
    id: 'cost_per_call',
    group: 'cost',
    name: 'Cost per inbound call',
    formula: 'Call-related cost in the period / inbound calls in the period (or the mean of a per-call cost column).',
    unit: 'money',
    direction: 'minimize',
    needs: ['costs.amount', 'costs.category', 'calls.queued_at'],
    alternatives: [['calls.cost']],
    seeds: '003 #2'
  },
  {
    id: 'revenue_per_customer',
    group: 'cost',
    name: 'Average spend per customer',
    formula: 'Total revenue to date / total customers to date.',
    unit: 'money',
    direction: 'maximize',
    needs: ['customers.revenue'],
    seeds: '003 #3'
  },
  {
    id: 'inactive_customers',
    group: 'cost',
    name: 'Inactive customers',
    formula:
      'Customers with no activity in the last N days (default 90) at the end of the period / all customers × 100.',
    unit: 'percent',
    direction: 'minimize',
    needs: ['customers.last_active_at'],
    seeds: '003 #23',
    defaultTarget: { value: 20 },
    targetReason:
      'A common convention, not a seed figure: at most 20 % of customers inactive for longer than the inactivity window (a setting, 90 days by default).'
  },
  {
    id: 'retention_rate',
    group: 'cost',
    name: 'Customer retention rate',
    formula: '(Customers at the end − new customers in the period) / customers at the start × 100.',
    unit: 'percent',
    direction: 'maximize',
    needs: ['customers.created_at', 'customers.churned_at'],
    seeds: '002 #4',
    defaultTarget: { value: 85 },
    targetReason:
      'A common convention, not a seed figure: keep at least 85 % of the customers you had at the start of the period.'
  }
] as const satisfies readonly KpiSpec[];
