/**
 * Intercom. Two shapes (export-formats.md §4):
 * - the prodsight "conversation export", one row per message (EXACT header from its documentation) →
 *   messages and tickets, read through the 'intercom-prodsight' RowAdapter because the file mixes
 *   messages with admin events (note, assignment, close…) that a column mapping cannot drop.
 * - conversations with the API / reporting attribute names (FIELDS ONLY) → tickets. Intercom's durations
 *   are seconds excluding office hours, so they are business-hours inputs behind the timestamps.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

const AUTHOR: Readonly<Record<string, string>> = {
  user: 'in',
  lead: 'in',
  contact: 'in',
  admin: 'out',
  bot: 'out',
  team: 'out'
};

export const INTERCOM_MESSAGES: FormatSpec = {
  id: 'intercom-prodsight',
  name: 'Intercom conversation export (prodsight, one row per message)',
  source: 'export-formats.md §4: EXACT header from the prodsight export documentation',
  kind: 'messages',
  signature: [
    'message_id',
    'message_body',
    'message_type',
    'message_created_at',
    'message_author_type',
    'conversation_id',
    'conversation_state',
    'conversation_first_response_at',
    'app_id'
  ],
  minMatch: 5,
  adapter: 'intercom-prodsight',
  columns: {
    message_id: { field: 'message_id' },
    message_body: ignore(),
    message_type: ignore('only comment and conversation_message rows are messages'),
    message_created_at: { field: 'sent_at', note: 'UTC' },
    message_author_type: { field: 'direction', valueMap: AUTHOR, note: 'user/lead → in, admin/bot → out' },
    message_author_id: ignore(),
    message_author_user_id: ignore(),
    message_author_name: { field: 'agent', note: 'the author; meaningful on outbound messages' },
    message_author_email: ignore(),
    message_author_companies: ignore(),
    conversation_tags: ignore(),
    conversation_id: { field: 'conversation_id' },
    conversation_state: ignore(),
    conversation_created_at: ignore('read by the adapter into tickets'),
    conversation_first_response_at: ignore('read by the adapter into tickets'),
    conversation_closed_at: ignore('read by the adapter into tickets'),
    app_id: ignore(),
    app_name: ignore()
  }
};

export const INTERCOM_CONVERSATIONS: FormatSpec = {
  id: 'intercom',
  name: 'Intercom conversations (API / reporting attribute names)',
  source: 'export-formats.md §4: Intercom help article 6762778 attribute names (FIELDS ONLY)',
  kind: 'tickets',
  signature: [
    'first_contact_reply_at',
    'first_admin_reply_at',
    'first_close_at',
    'last_close_at',
    'count_reopens',
    'time_to_admin_reply',
    'time_to_last_close',
    'conversation_rating',
    'admin_assignee_id',
    'team_assignee_id'
  ],
  minMatch: 3,
  columns: {
    id: { field: 'ticket_id' },
    conversation_id: { field: 'ticket_id' },
    created_at: { field: 'created_at' },
    first_contact_reply_at: ignore('the first customer message; tickets start at created_at'),
    first_assignment_at: { field: 'first_assigned_at' },
    first_admin_reply_at: { field: 'first_response_at' },
    first_close_at: ignore('first close only; the last close is used'),
    last_assignment_at: ignore(),
    last_assignment_admin_reply_at: ignore(),
    last_contact_reply_at: ignore(),
    last_admin_reply_at: ignore(),
    last_close_at: { field: 'resolved_at' },
    state: { field: 'status', valueMap: { snoozed: 'pending' } },
    admin_assignee_id: { field: 'agent' },
    team_assignee_id: { field: 'team' },
    time_to_assignment: ignore(),
    time_to_admin_reply: {
      field: 'first_response_seconds',
      businessHours: true,
      note: 'seconds, office hours excluded'
    },
    time_to_first_close: ignore(),
    time_to_last_close: { field: 'resolution_seconds', businessHours: true, note: 'seconds, office hours excluded' },
    median_time_to_reply: ignore(),
    count_reopens: { field: 'reopened' },
    count_assignments: ignore(),
    count_conversation_parts: { field: 'messages' },
    conversation_rating: { field: 'csat', note: 'Intercom ratings are 1–5' },
    tags: { field: 'tags' }
  }
};
