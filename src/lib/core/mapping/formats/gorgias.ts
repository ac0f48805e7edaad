/**
 * Gorgias, as exported through its REST API by the Singer tap (tap-gorgias) into CSV: the Ticket
 * object's property names, nested objects flattened with '__' (target-csv), and the separate
 * satisfaction-survey stream (one row per survey: score 1–5, ticket_id, scored_datetime).
 * Gorgias closes a ticket when it is solved: closed_datetime is the resolution.
 * Source: brooklyn-data/tap-gorgias schemas/tickets.json (the API's ticket properties) and the
 * SatisfactionSurvey object of developers.gorgias.com — EXACT property names, flattening by
 * target-csv's convention; Gorgias' own UI export was not found.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

export const GORGIAS_TICKETS: FormatSpec = {
  id: 'gorgias',
  name: 'Gorgias tickets (API properties)',
  source: 'tap-gorgias tickets.json (Gorgias Ticket object), flattened with "__" — EXACT property names',
  kind: 'tickets',
  signature: [
    'created_datetime',
    'opened_datetime',
    'closed_datetime',
    'last_message_datetime',
    'last_received_message_datetime',
    'updated_datetime',
    'snooze_datetime',
    'assignee_user__name',
    'assignee_team__name',
    'messages_count',
    'from_agent',
    'via'
  ],
  minMatch: 5,
  columns: {
    id: { field: 'ticket_id' },
    uri: ignore(),
    external_id: ignore(),
    language: ignore(),
    status: { field: 'status' },
    priority: { field: 'priority', valueMap: { critical: 'urgent' } },
    channel: { field: 'channel', valueMap: { 'instagram-comment': 'social', 'facebook-mention': 'social' } },
    via: ignore('the channel is read from channel'),
    from_agent: ignore(),
    customer__email: { field: 'customer_id' },
    requester__email: ignore('customer_id is read from customer__email'),
    assignee_user__name: { field: 'agent' },
    assignee_user__email: ignore('the agent is read from assignee_user__name'),
    assignee_team__name: { field: 'team' },
    subject: ignore(),
    excerpt: ignore(),
    tags: { field: 'tags' },
    messages_count: { field: 'messages' },
    is_unread: ignore(),
    created_datetime: { field: 'created_at' },
    opened_datetime: ignore(),
    last_received_message_datetime: ignore(),
    last_message_datetime: ignore(),
    updated_datetime: ignore(),
    closed_datetime: { field: 'resolved_at', note: 'Gorgias closes a ticket when it is solved' },
    snooze_datetime: ignore()
  }
};

export const GORGIAS_SURVEYS: FormatSpec = {
  id: 'gorgias-satisfaction',
  name: 'Gorgias satisfaction surveys',
  source: 'developers.gorgias.com "The SatisfactionSurvey object" (score 1–5) — EXACT property names',
  kind: 'surveys',
  signature: [
    'body_text',
    'score',
    'scored_datetime',
    'sent_datetime',
    'should_send_datetime',
    'ticket_id',
    'customer_id'
  ],
  minMatch: 4,
  closed: true,
  columns: {
    id: { field: 'survey_id' },
    ticket_id: { field: 'ticket_id' },
    customer_id: ignore(),
    score: { field: 'score', note: 'Gorgias scores are 1–5' },
    body_text: { field: 'comment' },
    scored_datetime: { field: 'responded_at' },
    created_datetime: ignore(),
    sent_datetime: ignore(),
    should_send_datetime: ignore()
  },
  constants: { scale_min: '1', scale_max: '5' }
};
