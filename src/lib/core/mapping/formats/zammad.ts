/**
 * Zammad ticket report (ExcelSheet::Ticket display names; export-formats.md §6, EXACT from source).
 * Zammad has no separate resolved state: 'Closed At' is the resolution. '… In Min' durations are measured
 * on the SLA calendar (business hours) and only back up the timestamps. '… Diff In Min' is the time left
 * to the SLA target, negative = breached: read by sign into the *_sla_met flags.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

export const ZAMMAD: FormatSpec = {
  id: 'zammad',
  name: 'Zammad ticket report',
  source: 'export-formats.md §6: EXACT (zammad lib/excel_sheet/ticket.rb @ 221b0073)',
  kind: 'tickets',
  signature: [
    '#',
    'Title',
    'State',
    'Owner',
    'Create Channel',
    'Time Units Total',
    'Close In Min',
    'Close Diff In Min',
    'First Response In Min',
    'First Response Diff In Min',
    'Close Escalation At',
    'Article Count',
    'Last Contact Customer At'
  ],
  minMatch: 5,
  columns: {
    '#': { field: 'ticket_id' },
    Title: ignore(),
    State: {
      field: 'status',
      valueMap: { 'pending reminder': 'pending', 'pending close': 'pending', merged: 'closed' }
    },
    Priority: { field: 'priority', valueMap: { '1 low': 'low', '2 normal': 'normal', '3 high': 'high' } },
    Group: { field: 'team' },
    Owner: { field: 'agent' },
    Customer: { field: 'customer_id' },
    Organization: ignore(),
    'Create Channel': { field: 'channel' },
    Sender: ignore(),
    Tags: { field: 'tags' },
    'Time Units Total': ignore(),
    'Created At': { field: 'created_at' },
    'Updated At': ignore(),
    'Closed At': { field: 'resolved_at', note: 'Zammad closes a ticket when it is solved' },
    'Close Escalation At': { field: 'due_at' },
    'Close In Min': { field: 'resolution_minutes', businessHours: true },
    'Close Diff In Min': { field: 'resolution_sla_met', fromSign: true, note: 'negative = SLA breached' },
    'First Response At': { field: 'first_response_at' },
    'First Response Escalation At': { field: 'first_response_due_at' },
    'First Response In Min': { field: 'first_response_minutes', businessHours: true },
    'First Response Diff In Min': { field: 'first_response_sla_met', fromSign: true, note: 'negative = SLA breached' },
    'Update Escalation At': ignore(),
    'Update In Min': ignore(),
    'Update Diff In Min': ignore(),
    'Last Contact At': ignore(),
    'Last Contact Agent At': ignore(),
    'Last Contact Customer At': ignore(),
    'Article Count': { field: 'messages' },
    'Escalation At': ignore()
  }
};

/**
 * Zammad tickets under their attribute names (the REST API's `expand=true` ticket, and reports
 * built from it): the same data as the report above, snake_case (`close_at`, `close_diff_in_min`,
 * `first_response_escalation_at`…). Source: zammad db/migrate create_ticket (the ticket table's
 * columns, from which ExcelSheet::Ticket's display names are made) — EXACT names (source code).
 */
export const ZAMMAD_API: FormatSpec = {
  id: 'zammad-api',
  name: 'Zammad tickets (attribute names)',
  source: 'zammad db/migrate create_ticket columns (the names behind ExcelSheet::Ticket) — EXACT (source code)',
  kind: 'tickets',
  signature: [
    'close_at',
    'close_in_min',
    'close_diff_in_min',
    'close_escalation_at',
    'first_response_in_min',
    'first_response_diff_in_min',
    'first_response_escalation_at',
    'update_escalation_at',
    'last_contact_agent_at',
    'last_contact_customer_at',
    'article_count',
    'create_article_type'
  ],
  minMatch: 5,
  columns: {
    id: ignore('the ticket number people see is number'),
    number: { field: 'ticket_id' },
    title: ignore(),
    state: ZAMMAD.columns.State,
    priority: ZAMMAD.columns.Priority,
    group: { field: 'team' },
    owner: { field: 'agent' },
    customer: { field: 'customer_id' },
    organization: ignore(),
    create_article_type: { field: 'channel' },
    tags: { field: 'tags' },
    time_unit: ignore(),
    created_at: { field: 'created_at' },
    updated_at: ignore(),
    close_at: { field: 'resolved_at', note: 'Zammad closes a ticket when it is solved' },
    close_escalation_at: { field: 'due_at' },
    close_in_min: { field: 'resolution_minutes', businessHours: true },
    close_diff_in_min: { field: 'resolution_sla_met', fromSign: true, note: 'negative = SLA breached' },
    first_response_at: { field: 'first_response_at' },
    first_response_escalation_at: { field: 'first_response_due_at' },
    first_response_in_min: { field: 'first_response_minutes', businessHours: true },
    first_response_diff_in_min: { field: 'first_response_sla_met', fromSign: true, note: 'negative = SLA breached' },
    update_escalation_at: ignore(),
    update_in_min: ignore(),
    update_diff_in_min: ignore(),
    last_contact_at: ignore(),
    last_contact_agent_at: ignore(),
    last_contact_customer_at: ignore(),
    article_count: { field: 'messages' },
    escalation_at: ignore()
  }
};
