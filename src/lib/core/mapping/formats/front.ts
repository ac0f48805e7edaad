/**
 * Front analytics export (Analytics → Export, or the Core API's "Create a new analytics export"):
 * one row per message, with the message's conversation, direction and date. It is read as
 * messages, which give the reply-time and volume KPIs; a conversation's tickets are not in it.
 * Source: dev.frontapp.com "Create a new analytics export", the `columns` list (Message ID,
 * Segment ID, Conversation ID, …, Ticket status category) — EXACT column names; the date layout is
 * not documented (ISO 8601 is read, as is any date the parser knows).
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

export const FRONT_ANALYTICS: FormatSpec = {
  id: 'front-analytics',
  name: 'Front analytics export (one row per message)',
  source: 'dev.frontapp.com create-analytics-export `columns` — EXACT column names',
  kind: 'messages',
  signature: [
    'Message ID',
    'Segment ID',
    'Conversation ID',
    'Segment',
    'Direction',
    'Message date',
    'Autoreply',
    'Reaction time',
    'Total reply time',
    'Handle time',
    'Attributed to',
    'Contact handle',
    'Segment start',
    'Segment end',
    'Last segment activity'
  ],
  minMatch: 6,
  columns: {
    'Message ID': { field: 'message_id' },
    'Conversation ID': { field: 'conversation_id' },
    Direction: { field: 'direction' },
    'Message date': { field: 'sent_at' },
    Author: { field: 'agent', note: 'the author; meaningful on outbound messages' },
    Inbox: ignore("an inbox's name, not a channel"),
    'Response time': ignore('reply times are computed from the message dates'),
    'Reaction time': ignore(),
    'Total reply time': ignore(),
    'Handle time': ignore()
  }
};
