/**
 * Help Scout conversations. NOT CONFIRMED: no native CSV header was found (export-formats.md §3; a search of
 * public code and pages found only API-based migrations). The names below are the Mailbox API v2
 * conversation fields as a CSV built from the API would carry them; a native export that differs falls
 * back to the synonyms and, if a required field is unclear, to the mapping screen.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

export const HELPSCOUT: FormatSpec = {
  id: 'helpscout',
  name: 'Help Scout conversations (API field names)',
  source: 'export-formats.md §3: Mailbox API v2 conversation fields (FIELDS ONLY, native CSV not confirmed)',
  kind: 'tickets',
  signature: ['number', 'mailboxId', 'folderId', 'createdAt', 'closedAt', 'userUpdatedAt', 'primaryCustomer.email'],
  minMatch: 4,
  columns: {
    id: ignore('internal id; the conversation number is the ticket id'),
    number: { field: 'ticket_id' },
    type: { field: 'channel', note: 'email, phone or chat' },
    subject: ignore(),
    status: { field: 'status', valueMap: { active: 'open', spam: 'closed' } },
    mailboxId: ignore(),
    folderId: ignore(),
    assignee: { field: 'agent' },
    'primaryCustomer.email': { field: 'customer_id' },
    createdAt: { field: 'created_at' },
    updatedAt: ignore(),
    userUpdatedAt: ignore(),
    closedAt: { field: 'resolved_at' },
    source: ignore('how it was created (web, api, email); channel is read from type'),
    threads: { field: 'messages' },
    tags: { field: 'tags' }
  }
};
