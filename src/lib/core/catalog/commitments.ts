/**
 * Commitments and backlog KPIs (kpi-catalog.md, "Commitments and backlog"): promises kept
 * (SLA), work left open, and callers lost in the queue. The rates carry common-convention targets
 * (abandonment with the spec's explicit band: ≤ 5 %, warning up to 8 %); the backlog is a count,
 * whose normal size depends on the business, so it has none.
 */
import type { KpiSpec } from './types';

export const COMMITMENTS = [
  {
    id: 'sla_compliance',
    group: 'commitments',
    name: 'SLA compliance',
    formula:
      'Tickets whose first response and resolution met their SLA / tickets with an SLA × 100. The SLA comes from due_at / first_response_due_at (or exported "within SLA" flags) when present, otherwise from the workspace SLA policy per priority and channel.',
    unit: 'percent',
    direction: 'maximize',
    needs: ['tickets.due_at', 'tickets.resolved_at'],
    alternatives: [
      ['tickets.first_response_due_at', 'tickets.first_response_at'],
      ['tickets.first_response_sla_met'],
      ['tickets.resolution_sla_met'],
      ['tickets.first_response_at', 'tickets.resolved_at']
    ],
    seeds: '000',
    defaultTarget: { value: 90 },
    targetReason:
      'A common convention, not a seed figure: at least 90 % of tickets with an SLA meet it. The SLA itself comes from your due dates or your SLA policy in the settings.'
  },
  {
    id: 'backlog',
    group: 'commitments',
    name: 'Backlog',
    formula:
      'Tickets open at the end of the period: created on or before the end and not resolved by then (trend per day or week in the UI).',
    unit: 'count',
    direction: 'minimize',
    needs: ['tickets.created_at', 'tickets.resolved_at'],
    seeds: '000'
  },
  {
    id: 'overdue_rate',
    group: 'commitments',
    name: 'Overdue requests',
    formula:
      'Open tickets past their due time / open tickets × 100, at the end of the period (due time from due_at or the SLA policy).',
    unit: 'percent',
    direction: 'minimize',
    needs: ['tickets.due_at', 'tickets.resolved_at'],
    alternatives: [['tickets.created_at', 'tickets.resolved_at']],
    seeds: '003 #9',
    defaultTarget: { value: 10 },
    targetReason:
      'A common convention, not a seed figure: at most 10 % of open tickets are past their due time at the end of the period.'
  },
  {
    id: 'abandonment_rate',
    group: 'commitments',
    name: 'Abandonment rate',
    formula:
      'Calls abandoned before reaching an agent / calls offered × 100; also by weekday, hour and abandon stage (greeting, IVR, hold message).',
    unit: 'percent',
    direction: 'minimize',
    needs: ['calls.queued_at', 'calls.answered_at'],
    alternatives: [['calls.abandoned']],
    seeds: '004 #4',
    defaultTarget: { value: 5, warnBand: 3 },
    targetReason:
      'Industry convention, not a seed figure: at most 5 % of callers hang up before reaching an agent, with a warning up to 8 %.'
  }
] as const satisfies readonly KpiSpec[];
