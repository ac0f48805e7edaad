/**
 * Team KPIs (kpi-catalog.md, "Team"): output per agent. Both volume-per-agent KPIs are
 * informational (direction `none`): the seed warns that each rewards the wrong behaviour when
 * read alone, and the texts carry that caveat (see text/*.ts, `caveat`).
 */
import type { KpiSpec } from './types';
import { FIRST_RESPONSE_CHANNEL_TARGETS, FIRST_RESPONSE_TARGET } from './speed';

export const TEAM = [
  {
    id: 'calls_per_agent_day',
    group: 'team',
    name: 'Calls per agent per day',
    formula: 'Handled calls (and tickets) / (agents × working days); also shown per agent.',
    unit: 'count',
    direction: 'none',
    needs: ['calls.agent'],
    alternatives: [['tickets.agent']],
    seeds: '003 #19'
  },
  {
    id: 'closed_per_agent',
    group: 'team',
    name: 'Requests closed per agent',
    formula: "Resolved tickets per agent in the period, shown beside each agent's CSAT.",
    unit: 'count',
    direction: 'none',
    needs: ['tickets.agent', 'tickets.resolved_at'],
    seeds: '003 #20'
  },
  {
    id: 'agent_first_response_time',
    group: 'team',
    name: 'First response time by agent',
    formula: 'First response time (first_response_at − created_at) grouped by agent.',
    unit: 'seconds',
    direction: 'minimize',
    needs: ['tickets.agent', 'tickets.created_at', 'tickets.first_response_at'],
    seeds: '004 #2',
    // The same measure as first_response_time, per agent: it is judged by the same targets.
    defaultTarget: FIRST_RESPONSE_TARGET,
    targetReason:
      'The same targets as first response time: seed 002 (60 % of customers call 10 minutes or less "immediate"), with per-channel targets for email, social and phone.',
    channelTargets: FIRST_RESPONSE_CHANNEL_TARGETS
  }
] as const satisfies readonly KpiSpec[];
