/**
 * HubSpot ticket export. HubSpot exports property labels, and the columns are the user's choice. Labels
 * come from a public HubSpot portal's ticket property dump (hairsolutionsco/automations_hub,
 * hubspot/objects/tickets/properties.md: 'Ticket ID', 'Ticket name', 'Ticket status', 'Create date',
 * 'Close date', 'Ticket owner', 'Time to close', 'First agent response date', 'Time to Close SLA Due Date'…);
 * the '(HH:mm:ss)' variants are the "typical labels" of export-formats.md §9 (not confirmed).
 * HubSpot stores durations in milliseconds; an HH:mm:ss cell is read as such.
 */
import { SLA_STATUS_VALUES } from '../synonyms/types';
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });
const MS = 0.001;

export const HUBSPOT: FormatSpec = {
  id: 'hubspot',
  name: 'HubSpot tickets export',
  source:
    'export-formats.md §9 (FIELDS ONLY) + property labels of a public portal dump (hairsolutionsco/automations_hub)',
  kind: 'tickets',
  signature: [
    'Ticket ID',
    'Ticket name',
    'Pipeline',
    'Ticket status',
    'Create date',
    'Close date',
    'Ticket owner',
    'Time to close',
    'Time to first agent reply',
    'First agent response date',
    'Time to close (HH:mm:ss)',
    'Time to first agent reply (HH:mm:ss)'
  ],
  minMatch: 4,
  columns: {
    'Ticket ID': { field: 'ticket_id' },
    'Record ID': { field: 'ticket_id' },
    'Ticket name': ignore(),
    'Ticket description': ignore(),
    Pipeline: ignore(),
    'Ticket status': {
      field: 'status',
      valueMap: { new: 'open', 'waiting on contact': 'pending', 'waiting on us': 'open' }
    },
    'Create date': { field: 'created_at' },
    'Close date': { field: 'resolved_at' },
    'Last modified date': ignore(),
    Priority: { field: 'priority' },
    'Ticket owner': { field: 'agent' },
    'HubSpot team': { field: 'team' },
    Source: { field: 'channel' },
    'Originating channel type': ignore('channel is read from Source'),
    Category: { field: 'category' },
    'Ticket Tags': { field: 'tags' },
    'First agent response date': { field: 'first_response_at' },
    'Time to close': { field: 'resolution_seconds', unitSeconds: MS, note: 'milliseconds' },
    'Time to close (HH:mm:ss)': { field: 'resolution_seconds' },
    'Time to first agent reply': { field: 'first_response_seconds', unitSeconds: MS, note: 'milliseconds' },
    'Time to first agent reply (HH:mm:ss)': { field: 'first_response_seconds' },
    'First contact resolution': { field: 'first_contact_resolution' },
    'Time to Close SLA Due Date': { field: 'due_at' },
    'Time to First Response SLA Due Date': { field: 'first_response_due_at' },
    'Time to Close SLA Ticket Status': { field: 'resolution_sla_met', valueMap: SLA_STATUS_VALUES },
    'Time to First Response SLA Status': { field: 'first_response_sla_met', valueMap: SLA_STATUS_VALUES },
    'Ticket reopen date': ignore(),
    'Last CES survey rating': ignore('customer effort, not satisfaction'),
    'Contact Email': { field: 'customer_id' }
  }
};
