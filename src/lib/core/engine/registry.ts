/**
 * Which function computes each KPI id. The ids are the catalog's (../catalog/index.ts, a
 * contract with the export, URL state and saved targets); the record is keyed by `KpiId`, so a
 * KPI added to the catalog without an engine function (or a function for an id the catalog does
 * not know) does not compile.
 */
import type { KpiId } from '../catalog';
import type { Ctx } from './context';
import type { KpiResult } from './types';
import {
  abandonmentRate,
  avgSpeedOfAnswer,
  avgTalkTime,
  callsPerAgentDay,
  maxQueueWait,
  maxTalkTime,
  serviceLevel
} from './kpis/calls';
import { backlog, overdueRate } from './kpis/commitments';
import { slaCompliance } from './kpis/sla';
import { costPerCall, inactiveCustomers, operatingCost, retentionRate, revenuePerCustomer } from './kpis/cost';
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
import { channelMix, tagReport } from './kpis/mix';
import { closedPerAgent } from './kpis/team';
import {
  callsAnsweredPerHour,
  complaintCount,
  complaintsPhoneShare,
  messagesReceived,
  ticketVolume,
  ticketsPerDay,
  volumeHeatmap
} from './kpis/volume';

export type KpiFn = (ctx: Ctx) => KpiResult;

export const KPI_FUNCTIONS: Readonly<Record<KpiId, KpiFn>> = {
  ticket_volume: ticketVolume,
  tickets_per_day: ticketsPerDay,
  messages_received: messagesReceived,
  complaints: complaintCount,
  complaints_phone_share: complaintsPhoneShare,
  channel_mix: channelMix,
  tag_report: tagReport,
  volume_heatmap: volumeHeatmap,
  calls_answered_per_hour: callsAnsweredPerHour,
  first_response_time: firstResponseTime,
  avg_response_time: avgResponseTime,
  reply_wait_time: replyWaitTime,
  response_time_buckets: responseTimeBuckets,
  email_answered_24h: emailAnswered24h,
  resolution_time: resolutionTime,
  service_delivery_time: serviceDeliveryTime,
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
  agent_first_response_time: agentFirstResponseTime,
  operating_cost: operatingCost,
  cost_per_call: costPerCall,
  revenue_per_customer: revenuePerCustomer,
  inactive_customers: inactiveCustomers,
  retention_rate: retentionRate
};
