/**
 * Volume and demand KPIs (kpi-catalog.md, "Volume and demand"): how much work arrives, through
 * which channel and when. Ids are a contract; none of these has a default target, because a
 * "good" volume depends on the business, not on a seed figure.
 */
import type { KpiSpec } from './types';

export const VOLUME = [
  {
    id: 'ticket_volume',
    group: 'volume',
    name: 'Tickets created',
    formula: 'Count of tickets created in the period.',
    unit: 'count',
    direction: 'minimize',
    needs: ['tickets.created_at'],
    seeds: '000 (average ticket count), 003 #11, 004 #1'
  },
  {
    id: 'tickets_per_day',
    group: 'volume',
    name: 'Average tickets per day',
    formula: 'Tickets created in the period / days in the period (per week and per month in the UI).',
    unit: 'count',
    direction: 'minimize',
    needs: ['tickets.created_at'],
    seeds: '000, 003 #11'
  },
  {
    id: 'messages_received',
    group: 'volume',
    name: 'Messages received',
    formula: 'Count of inbound messages sent in the period.',
    unit: 'count',
    direction: 'none',
    needs: ['messages.sent_at', 'messages.direction'],
    seeds: '001'
  },
  {
    id: 'complaints',
    group: 'volume',
    name: 'Complaints',
    formula:
      'Count of tickets flagged as a complaint created in the period (also per day); a category or tag mapped to "complaint" counts too.',
    unit: 'count',
    direction: 'minimize',
    needs: ['tickets.is_complaint'],
    alternatives: [['tickets.category'], ['tickets.tags']],
    seeds: '003 #8'
  },
  {
    id: 'complaints_phone_share',
    group: 'volume',
    name: 'Complaints via phone',
    formula: 'Complaints on the phone channel / all complaints × 100.',
    unit: 'percent',
    direction: 'none',
    needs: ['tickets.is_complaint', 'tickets.channel'],
    seeds: '003 #7'
  },
  {
    id: 'channel_mix',
    group: 'volume',
    name: 'Preferred channel',
    formula: 'Share of tickets (and calls, as phone) per channel; the headline is the top channel and its share.',
    unit: 'percent',
    direction: 'none',
    needs: ['tickets.channel'],
    seeds: '000 (preferred channel), 002 (busiest channels), 004 #1'
  },
  {
    id: 'tag_report',
    group: 'volume',
    name: 'Labels report',
    formula: 'Share of tickets per tag or category; the headline is the top label and its share.',
    unit: 'percent',
    direction: 'none',
    needs: ['tickets.tags'],
    alternatives: [['tickets.category']],
    seeds: '002'
  },
  {
    id: 'volume_heatmap',
    group: 'volume',
    name: 'Demand by hour and weekday',
    formula:
      'Tickets (by created_at) plus calls (by queued_at) per hour of day × day of week, in the workspace time zone.',
    unit: 'count',
    direction: 'none',
    needs: ['tickets.created_at'],
    alternatives: [['calls.queued_at']],
    seeds: '004 #1, #4'
  },
  {
    id: 'calls_answered_per_hour',
    group: 'volume',
    name: 'Calls answered per hour',
    formula: 'Answered calls / hours of the period that had at least one call (also by hour of day).',
    unit: 'count',
    direction: 'none',
    needs: ['calls.queued_at', 'calls.answered_at'],
    seeds: '003 #12'
  }
] as const satisfies readonly KpiSpec[];
