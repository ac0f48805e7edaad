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
