/**
 * osTicket ticket queue export (export-formats.md §7, EXACT from include/class.queue.php). The file is
 * ';'-delimited under decimal-comma locales: the delimiter sniffer (core/parse) handles that before the
 * rows reach the mapper. osTicket's closed state includes resolved: 'Closed Date' is the resolution.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

export const OSTICKET: FormatSpec = {
  id: 'osticket',
  name: 'osTicket ticket export',
  source: 'export-formats.md §7: EXACT (osTicket include/class.queue.php getExportableFields)',
  kind: 'tickets',
  signature: [
    'Ticket Number',
    'Date Created',
    'From Email',
    'Help Topic',
    'Current Status',
    'Last Updated',
    'SLA Due Date',
    'Closed Date',
    'Agent Assigned',
    'Team Assigned',
    'Thread Count',
    'Reopen Count',
    'Attachment Count',
    'Task Count'
  ],
  minMatch: 5,
  columns: {
    'Ticket Number': { field: 'ticket_id' },
    'Date Created': { field: 'created_at' },
    Subject: ignore(),
    From: ignore('customer_id is read from From Email'),
    'From Email': { field: 'customer_id' },
    Priority: { field: 'priority' },
    Department: { field: 'team' },
    'Help Topic': { field: 'category' },
    Source: { field: 'channel' },
    'Current Status': { field: 'status' },
    'Last Updated': ignore(),
    'SLA Due Date': { field: 'due_at' },
    'Due Date': ignore('a manual due date; the SLA due date is used'),
    'Closed Date': { field: 'resolved_at' },
    Overdue: ignore('SLA is decided from the SLA due date and the close date'),
    Merged: ignore(),
    Linked: ignore(),
    Answered: ignore(),
    'Agent Assigned': { field: 'agent' },
    'Team Assigned': ignore('team is read from Department'),
    'Thread Count': { field: 'messages' },
    'Reopen Count': { field: 'reopened' },
    'Attachment Count': ignore(),
    'Task Count': ignore()
  }
};

/**
 * osTicket 1.10 and older: the ticket export of include/class.export.php (dumpTickets). Its
 * 'Due Date' is the SLA due date (est_duedate); it has no close date and no reopen count, so a
 * resolution is known from the status only. 'Overdue' is cleared when a ticket closes, so it is no
 * verdict on closed tickets and is not read.
 */
export const OSTICKET_110: FormatSpec = {
  id: 'osticket-1.10',
  name: 'osTicket ticket export (1.10 and older)',
  source: 'osTicket include/class.export.php dumpTickets (1.10) — EXACT (source code)',
  kind: 'tickets',
  signature: [
    'Ticket Number',
    'Date Created',
    'From Email',
    'Help Topic',
    'Current Status',
    'Last Updated',
    'Due Date',
    'Overdue',
    'Answered',
    'Agent Assigned',
    'Team Assigned',
    'Thread Count',
    'Attachment Count'
  ],
  minMatch: 6,
  columns: {
    ...OSTICKET.columns,
    'Due Date': { field: 'due_at', note: 'the SLA due date in this version' },
    Overdue: ignore('cleared when a ticket closes: not a verdict')
  }
};
