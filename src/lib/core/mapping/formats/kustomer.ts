/**
 * Kustomer conversations as exported through its API by the Singer tap (tap-kustomer) into CSV:
 * the Conversation object's attributes in snake_case, nested objects flattened with '__'
 * (target-csv): first_response__sent_at, last_done__created_at, satisfaction_level__rating,
 * sla__breached, reopen_count… Lists (channels, assigned_users) are written as JSON arrays.
 * The file's verdicts are used: sla__breached (inverted) for SLA compliance, reopen_count,
 * satisfaction_level__rating (1–5) for CSAT.
 * Source: singer-io/tap-kustomer schemas/conversations.json — EXACT attribute names; Kustomer's
 * own UI export was not found.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

/** JSON arrays of one value, as target-csv writes a list. */
const list = (pairs: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(pairs).map(([k, v]) => [`["${k}"]`, v]));

export const KUSTOMER: FormatSpec = {
  id: 'kustomer',
  name: 'Kustomer conversations (API attributes)',
  source: 'singer-io/tap-kustomer conversations.json, flattened with "__" — EXACT attribute names',
  kind: 'tickets',
  signature: [
    'first_response__sent_at',
    'first_response__time',
    'first_done__created_at',
    'last_done__created_at',
    'satisfaction_level__rating',
    'sla__breached',
    'reopen_count',
    'outbound_message_count',
    'assigned_users',
    'assigned_teams',
    'last_activity_at',
    'done_count'
  ],
  minMatch: 5,
  columns: {
    id: { field: 'ticket_id' },
    name: ignore(),
    status: { field: 'status', valueMap: { done: 'resolved', snoozed: 'pending' } },
    priority: ignore('a number whose scale the tap does not document'),
    channels: {
      field: 'channel',
      valueMap: list({
        email: 'email',
        chat: 'chat',
        sms: 'sms',
        voice: 'phone',
        facebook: 'social',
        twitter: 'social',
        instagram: 'social',
        whatsapp: 'whatsapp'
      })
    },
    direction: ignore(),
    assigned_users: { field: 'agent', valueMap: { '[]': '' } },
    assigned_teams: { field: 'team', valueMap: { '[]': '' } },
    tags: ignore('tag ids, not names'),
    created_at: { field: 'created_at' },
    updated_at: ignore(),
    modified_at: ignore(),
    last_activity_at: ignore(),
    last_message_at: ignore(),
    first_response__sent_at: { field: 'first_response_at' },
    first_response__time: ignore('first_response__sent_at gives the time'),
    first_response__business_time: ignore(),
    first_done__created_at: ignore('the last done is the resolution'),
    last_done__created_at: { field: 'resolved_at' },
    ended_at: ignore(),
    done_count: ignore(),
    reopen_count: { field: 'reopened' },
    message_count: { field: 'messages' },
    outbound_message_count: { field: 'replies' },
    satisfaction: ignore(),
    satisfaction_level__rating: { field: 'csat', note: 'the 1–5 rating the customer gave' },
    satisfaction_level__score: ignore(),
    sla__breached: { field: 'resolution_sla_met', invert: true, note: "Kustomer's own verdict: breached = not met" },
    sla__status: ignore('sla__breached carries the verdict')
  }
};
