/**
 * Freshdesk ticket export and its ITSM sibling Freshservice (Title Case headers).
 * Source: export-formats.md §2 (Freshdesk: EXACT from helpkit's own export test; Freshservice: headers seen
 * in real exports). 'Initial response time' is a timestamp. '(in hrs)' columns are business-hours
 * HH:MM:SS durations, kept only as a fallback. 'Within SLA' / 'SLA Violated' → the *_sla_met flags.
 * 'Customer interactions' is not imported: messages would be agent + customer interactions, a sum of two
 * columns, which a column mapping does not express; 'Agent interactions' → replies.
 * Survey results are words; they are placed on the 1–5 csat scale: classic (Awesome 5, Just Okay 3,
 * Not Good 1) and the 7-point scale spread evenly (Extremely happy 5 … Extremely unhappy 1).
 */
import { SLA_STATUS_VALUES } from '../synonyms/types';
import type { ColumnSpec, FormatSpec } from '../types';

const SURVEY: Readonly<Record<string, string>> = {
  awesome: '5',
  'just okay': '3',
  'not good': '1',
  'extremely happy': '5',
  'very happy': '4.33',
  happy: '3.67',
  neutral: '3',
  unhappy: '2.33',
  'very unhappy': '1.67',
  'extremely unhappy': '1'
};

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });
const BH = 'business-hours HH:MM:SS duration; used only when the timestamp column is absent';

const SHARED: Record<string, ColumnSpec> = {
  'Ticket ID': { field: 'ticket_id' },
  Subject: ignore(),
  Description: ignore(),
  Status: { field: 'status' },
  Priority: { field: 'priority' },
  Source: { field: 'channel' },
  Agent: { field: 'agent' },
  Group: { field: 'team' },
  'Created time': { field: 'created_at' },
  'Due by Time': { field: 'due_at' },
  'Resolved time': { field: 'resolved_at' },
  'Closed time': { field: 'closed_at' },
  'Initial response time': { field: 'first_response_at' },
  'Time tracked': ignore(),
  'First response time (in hrs)': { field: 'first_response_hours', businessHours: true, note: BH },
  'Resolution time (in hrs)': { field: 'resolution_hours', businessHours: true, note: BH },
  'Agent interactions': { field: 'replies' },
  'Customer interactions': ignore('messages = agent + customer interactions is a sum of two columns: not imported'),
  'Resolution status': { field: 'resolution_sla_met', valueMap: SLA_STATUS_VALUES },
  'First response status': { field: 'first_response_sla_met', valueMap: SLA_STATUS_VALUES },
  Tags: { field: 'tags' },
  Product: ignore(),
  'Every response status': ignore(),
  'Association type': ignore(),
  'Full name': ignore(),
  'Contact ID': { field: 'customer_id' }
};

export const FRESHDESK: FormatSpec = {
  id: 'freshdesk',
  name: 'Freshdesk ticket export',
  source: 'export-formats.md §2: EXACT (source code: helpkit export test) + headers seen in real exports',
  kind: 'tickets',
  signature: [
    'Ticket ID',
    'Created time',
    'Due by Time',
    'Resolved time',
    'Initial response time',
    'Agent interactions',
    'Customer interactions',
    'Resolution status',
    'First response status',
    'Last update time',
    'Survey results',
    'Source'
  ],
  minMatch: 5,
  columns: {
    ...SHARED,
    Type: { field: 'category' },
    'Last update time': ignore(),
    'Survey results': { field: 'csat', valueMap: SURVEY, note: 'survey words placed on the 1–5 scale' }
  }
};

export const FRESHSERVICE: FormatSpec = {
  id: 'freshservice',
  name: 'Freshservice ticket export',
  source: 'export-formats.md §2: Freshservice headers seen in real exports (Title Case)',
  kind: 'tickets',
  signature: [
    'Ticket Id',
    'Requester Name',
    'Requester Email',
    'Last Updated Time',
    'Survey Result',
    'Urgency',
    'Impact',
    'Sub-Category',
    'Item',
    'Initial Response Time'
  ],
  minMatch: 5,
  columns: {
    ...SHARED,
    'Requester Name': ignore('customer_id is read from Requester Email'),
    'Requester Email': { field: 'customer_id' },
    'Last Updated Time': ignore(),
    'Survey Result': { field: 'csat', valueMap: SURVEY, note: 'survey words placed on the 1–5 scale' },
    Urgency: ignore(),
    Impact: ignore(),
    Category: { field: 'category' },
    'Sub-Category': ignore(),
    Item: ignore(),
    Type: ignore('Incident / Service Request; category is read from Category')
  }
};

/** Freshservice API v2 ticket codes (api.freshservice.com "Tickets": status, priority, source). */
const FS_STATUS = { '2': 'open', '3': 'pending', '4': 'resolved', '5': 'closed' };
const FS_PRIORITY = { '1': 'low', '2': 'normal', '3': 'high', '4': 'urgent' };
const FS_SOURCE = {
  '1': 'email',
  '2': 'web',
  '3': 'phone',
  '4': 'chat',
  '5': 'web',
  '6': 'social',
  '7': 'api',
  '8': 'api',
  '9': 'other',
  '10': 'chat'
};

/**
 * Freshservice ITSM tickets with the API v2 attribute names (id, created_at, due_by, fr_due_by,
 * fr_escalated, is_escalated, urgency, impact, department_id, stats.*), as API-based exports and
 * reports write them. Statuses, priorities and sources are numbers in the API. The file's verdicts
 * are used: fr_escalated (first response SLA breached) and is_escalated (the ticket went overdue)
 * are inverted into the *_sla_met flags.
 * Source: api.freshservice.com v2 Ticket attributes — FIELDS ONLY (no native file checked).
 */
export const FRESHSERVICE_API: FormatSpec = {
  id: 'freshservice-api',
  name: 'Freshservice tickets (API attribute names)',
  source: 'api.freshservice.com v2 Ticket attributes — FIELDS ONLY',
  kind: 'tickets',
  signature: [
    'fr_due_by',
    'due_by',
    'fr_escalated',
    'is_escalated',
    'urgency',
    'impact',
    'department_id',
    'responder_id',
    'requester_id',
    'group_id',
    'stats.first_responded_at',
    'stats.resolved_at',
    'stats.closed_at',
    'item_category'
  ],
  minMatch: 5,
  columns: {
    id: { field: 'ticket_id' },
    subject: ignore(),
    status: { field: 'status', valueMap: FS_STATUS },
    priority: { field: 'priority', valueMap: FS_PRIORITY },
    source: { field: 'channel', valueMap: FS_SOURCE },
    type: ignore(),
    urgency: ignore(),
    impact: ignore(),
    category: { field: 'category' },
    sub_category: ignore(),
    item_category: ignore(),
    requester_id: { field: 'customer_id' },
    responder_id: { field: 'agent' },
    group_id: { field: 'team' },
    department_id: ignore(),
    created_at: { field: 'created_at' },
    updated_at: ignore(),
    due_by: { field: 'due_at' },
    fr_due_by: { field: 'first_response_due_at' },
    fr_escalated: {
      field: 'first_response_sla_met',
      invert: true,
      note: "Freshservice's verdict: escalated = first response SLA breached"
    },
    is_escalated: { field: 'resolution_sla_met', invert: true, note: "Freshservice's verdict: escalated = overdue" },
    'stats.first_responded_at': { field: 'first_response_at' },
    'stats.resolved_at': { field: 'resolved_at' },
    'stats.closed_at': { field: 'closed_at' }
  }
};
