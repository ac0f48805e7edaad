/**
 * How each KPI's records are shown in the drill-down: which fields matter for it (in that
 * order), what its per-row value means, and the order that puts what needs attention first
 * (longest wait, oldest open ticket, unhappiest survey). Which records are listed is not decided
 * here: that comes from the KPI's own computation (../engine/pick.ts).
 */
import type { RecordKind } from '../schema/fields';

/** Which of a KPI's records a list shows: its numerator, the rest of its `n`, or all of `n`. */
export type DrillSet = 'num' | 'rest' | 'all';
export const DRILL_SETS: readonly DrillSet[] = ['num', 'rest', 'all'];

/**
 * The sort key of a row: the KPI's own value (`value`), a field, or a span from one field to
 * the first present of `to` (`open`: to now when none is, e.g. still unanswered).
 */
export type SortKey =
  | { readonly by: 'value'; readonly dir: 'asc' | 'desc' }
  /** `field`: the first of the names the table has (surveys.score, else tickets.csat …). */
  | { readonly by: 'field'; readonly field: string | readonly string[]; readonly dir: 'asc' | 'desc' }
  | {
      readonly by: 'span';
      readonly from: string;
      readonly to: readonly string[];
      readonly open: boolean;
      readonly dir: 'asc' | 'desc';
    };

/** The unit of a KPI's per-row value, when it is worth a column (a duration, a score, money). */
export type RowValueUnit = 'seconds' | 'number' | 'money' | 'percent';

export interface DrillSpec {
  /** Fields to show first, per kind (others of the kind's defaults follow). */
  readonly fields?: Partial<Record<RecordKind, readonly string[]>>;
  readonly sort: SortKey;
  /** Shown as a column when set: the KPI's own per-row value. */
  readonly value?: RowValueUnit;
  /**
   * The set a plain `drill=<id>` link lists. The contract (teams-and-cli.md) names the records
   * behind the numerator, and for SLA compliance the tickets that missed it — the ones to act on.
   */
  readonly defaultSet?: DrillSet;
}

/** The fields of each kind a list shows (when the data has them), identity first. */
export const DEFAULT_FIELDS: Readonly<Record<RecordKind, readonly string[]>> = {
  tickets: [
    'ticket_id',
    'created_at',
    'first_response_at',
    'resolved_at',
    'status',
    'channel',
    'priority',
    'agent',
    'team',
    'category'
  ],
  calls: ['call_id', 'queued_at', 'answered_at', 'ended_at', 'abandoned', 'abandon_stage', 'queue', 'agent', 'team'],
  surveys: ['survey_id', 'responded_at', 'score', 'scale_max', 'agent', 'team', 'channel', 'ticket_id', 'comment'],
  messages: ['message_id', 'conversation_id', 'sent_at', 'direction', 'channel', 'agent', 'team'],
  customers: ['customer_id', 'created_at', 'last_active_at', 'churned_at', 'revenue', 'segment'],
  costs: ['period_start', 'period_end', 'amount', 'category', 'currency']
};

/** The maximum number of fields a list shows per row (beyond them the export has everything). */
export const MAX_FIELDS = 8;

const longest = { by: 'value', dir: 'desc' } as const;
const newest = (field: string): SortKey => ({ by: 'field', field, dir: 'desc' });
const oldest = (field: string): SortKey => ({ by: 'field', field, dir: 'asc' });
const callWait: SortKey = { by: 'span', from: 'queued_at', to: ['answered_at', 'ended_at'], open: false, dir: 'desc' };
const firstReply: SortKey = { by: 'span', from: 'created_at', to: ['first_response_at'], open: true, dir: 'desc' };

export const DRILL_SPECS: Readonly<Record<string, DrillSpec>> = {
  ticket_volume: { sort: newest('created_at') },
  tickets_per_day: { sort: newest('created_at') },
  messages_received: { sort: newest('sent_at') },
  complaints: {
    sort: newest('created_at'),
    fields: { tickets: ['ticket_id', 'created_at', 'channel', 'category', 'customer_id'] }
  },
  complaints_phone_share: { sort: newest('created_at') },
  channel_mix: { sort: newest('created_at') },
  tag_report: { sort: newest('created_at'), fields: { tickets: ['ticket_id', 'created_at', 'tags', 'category'] } },
  volume_heatmap: { sort: newest('created_at') },
  calls_answered_per_hour: { sort: callWait },
  first_response_time: {
    sort: longest,
    value: 'seconds',
    fields: { tickets: ['ticket_id', 'created_at', 'first_response_at', 'channel', 'agent'] }
  },
  avg_response_time: { sort: longest, value: 'seconds' },
  reply_wait_time: { sort: longest, value: 'seconds' },
  response_time_buckets: {
    sort: firstReply,
    fields: { tickets: ['ticket_id', 'created_at', 'first_response_at', 'channel', 'agent'] }
  },
  email_answered_24h: {
    sort: firstReply,
    fields: { tickets: ['ticket_id', 'created_at', 'first_response_at', 'agent'] }
  },
  resolution_time: {
    sort: longest,
    value: 'seconds',
    fields: { tickets: ['ticket_id', 'created_at', 'resolved_at', 'closed_at', 'category', 'agent'] }
  },
  service_delivery_time: {
    sort: longest,
    value: 'seconds',
    fields: { tickets: ['ticket_id', 'first_response_at', 'resolved_at', 'closed_at', 'agent'] }
  },
  service_level: { sort: callWait },
  avg_speed_of_answer: { sort: longest, value: 'seconds' },
  max_queue_wait: { sort: longest, value: 'seconds' },
  avg_talk_time: { sort: longest, value: 'seconds' },
  max_talk_time: { sort: longest, value: 'seconds' },
  // Unhappiest first whichever set is shown.
  csat: {
    sort: { by: 'field', field: ['score', 'csat'], dir: 'asc' },
    fields: { tickets: ['ticket_id', 'csat', 'created_at', 'agent'], calls: ['call_id', 'csat', 'queued_at', 'agent'] }
  },
  satisfaction_index: { sort: { by: 'value', dir: 'asc' }, value: 'percent' },
  fcr_rate: {
    sort: newest('resolved_at'),
    fields: { tickets: ['ticket_id', 'resolved_at', 'replies', 'reopened', 'first_contact_resolution', 'agent'] }
  },
  interactions_per_ticket: {
    sort: longest,
    value: 'number',
    fields: { tickets: ['ticket_id', 'messages', 'resolved_at', 'channel', 'agent'] }
  },
  contacts_to_resolve: {
    sort: longest,
    value: 'number',
    fields: { tickets: ['ticket_id', 'contacts', 'resolved_at', 'agent'] }
  },
  repeat_incident_rate: {
    sort: newest('created_at'),
    fields: { tickets: ['ticket_id', 'created_at', 'customer_id', 'category', 'repeat_incident'] }
  },
  resolution_rate: { sort: oldest('created_at') },
  response_rate: { sort: oldest('created_at') },
  sla_compliance: {
    sort: oldest('created_at'),
    defaultSet: 'rest',
    fields: {
      tickets: [
        'ticket_id',
        'created_at',
        'first_response_due_at',
        'first_response_at',
        'due_at',
        'resolved_at',
        'priority',
        'agent'
      ]
    }
  },
  // Open longest first: the customers who have waited the longest.
  backlog: {
    sort: oldest('created_at'),
    fields: { tickets: ['ticket_id', 'created_at', 'status', 'priority', 'due_at', 'agent', 'channel'] }
  },
  overdue_rate: {
    sort: oldest('due_at'),
    fields: { tickets: ['ticket_id', 'due_at', 'created_at', 'status', 'priority', 'agent'] }
  },
  abandonment_rate: { sort: { by: 'span', from: 'queued_at', to: ['ended_at'], open: false, dir: 'desc' } },
  calls_per_agent_day: { sort: newest('queued_at') },
  closed_per_agent: {
    sort: newest('resolved_at'),
    fields: { tickets: ['ticket_id', 'resolved_at', 'agent', 'team', 'channel'] }
  },
  agent_first_response_time: {
    sort: longest,
    value: 'seconds',
    fields: { tickets: ['ticket_id', 'agent', 'created_at', 'first_response_at', 'channel'] }
  },
  operating_cost: { sort: longest, value: 'money' },
  cost_per_call: { sort: newest('queued_at') },
  revenue_per_customer: { sort: longest, value: 'money' },
  inactive_customers: { sort: oldest('last_active_at') },
  retention_rate: { sort: newest('churned_at') }
};

export function drillSpec(kpi: string): DrillSpec {
  return DRILL_SPECS[kpi] ?? { sort: { by: 'value', dir: 'desc' } };
}
