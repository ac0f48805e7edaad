/**
 * Which SQL compiler writes each KPI id (the twin of engine/registry.ts; sql.test.ts holds the
 * two lists equal, so a KPI added to the engine without SQL fails a test).
 */
import type { SqlCtx } from './context';
import type { CompiledKpi } from './types';
import {
  callsAnsweredPerHour,
  complaints,
  complaintsPhoneShare,
  messagesReceived,
  ticketVolume,
  ticketsPerDay,
  volumeHeatmap
} from './kpis/volume';
import {
  agentFirstResponseTime,
  avgResponseTime,
  emailAnswered24h,
  firstResponseTime,
  replyWaitTime,
  resolutionTime,
  responseTimeBuckets,
  serviceDeliveryTime
} from './kpis/speed';

import {
  abandonmentRate,
  avgSpeedOfAnswer,
  avgTalkTime,
  callsPerAgentDay,
  maxQueueWait,
  maxTalkTime,
  serviceLevel
} from './kpis/calls';
import {
  contactsToResolve,
  csat,
  fcrRate,
  interactionsPerTicket,
  repeatIncidentRate,
  resolutionRate,
  responseRate,
  satisfactionIndex
} from './kpis/quality';
import { backlog, overdueRate, slaCompliance } from './kpis/commitments';
import { channelMix, tagReport } from './kpis/mix';
import { closedPerAgent } from './kpis/team';
import { costPerCall, inactiveCustomers, operatingCost, retentionRate, revenuePerCustomer } from './kpis/cost';

export type SqlCompiler = (c: SqlCtx) => CompiledKpi;

export const SQL_COMPILERS: Readonly<Record<string, SqlCompiler>> = {
  ticket_volume: ticketVolume,
  tickets_per_day: ticketsPerDay,
  messages_received: messagesReceived,
  complaints,
  complaints_phone_share: complaintsPhoneShare,
  volume_heatmap: volumeHeatmap,
  calls_answered_per_hour: callsAnsweredPerHour,
  first_response_time: (c) => firstResponseTime(c),
  agent_first_response_time: agentFirstResponseTime,
  avg_response_time: avgResponseTime,
  reply_wait_time: replyWaitTime,
  response_time_buckets: responseTimeBuckets,
  email_answered_24h: emailAnswered24h,
  resolution_time: resolutionTime,
  service_delivery_time: serviceDeliveryTime,
  channel_mix: channelMix,
  tag_report: tagReport,
  service_level: serviceLevel,
  avg_speed_of_answer: avgSpeedOfAnswer,
  max_queue_wait: maxQueueWait,
  avg_talk_time: avgTalkTime,
  max_talk_time: maxTalkTime,
  csat,
  satisfaction_index: satisfactionIndex,
  fcr_rate: fcrRate,
  interactions_per_ticket: interactionsPerTicket,
  contacts_to_resolve: contactsToResolve,
  repeat_incident_rate: repeatIncidentRate,
  resolution_rate: resolutionRate,
  response_rate: responseRate,
  sla_compliance: slaCompliance,
  backlog,
  overdue_rate: overdueRate,
  abandonment_rate: abandonmentRate,
  calls_per_agent_day: callsPerAgentDay,
  closed_per_agent: closedPerAgent,
  operating_cost: operatingCost,
  cost_per_call: costPerCall,
  revenue_per_customer: revenuePerCustomer,
  inactive_customers: inactiveCustomers,
  retention_rate: retentionRate
};
