/**
 * Zoho Desk tickets with the ticket API's field names (ticketNumber, createdTime, closedTime,
 * dueDate, responseDueDate, channel, threadCount…), as a report or an API-based export writes
 * them. Zoho Desk's SLA deadlines are the file's own: dueDate (resolution) and responseDueDate
 * (first response), compared with closedTime. Statuses are Open, On Hold, Escalated, Closed.
 * Source: Zoho Desk developer documentation (extension "Page Detail Methods": ticket.status,
 * ticket.dueDate, ticket.threadCount, ticket.createdTime …) and the ticket model of Zoho's own
 * @zohocorp/zohodesk-portal-apikit — FIELDS ONLY, the UI export's labels were not found.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

export const ZOHO_DESK: FormatSpec = {
  id: 'zoho-desk',
  name: 'Zoho Desk tickets (API field names)',
  source:
    'Zoho Desk extension docs (Page Detail Methods) + ZDPTicket model of @zohocorp/zohodesk-portal-apikit — FIELDS ONLY',
  kind: 'tickets',
  signature: [
    'ticketNumber',
    'createdTime',
    'modifiedTime',
    'closedTime',
    'dueDate',
    'responseDueDate',
    'threadCount',
    'commentCount',
    'onholdTime',
    'departmentId',
    'subCategory',
    'classification'
  ],
  minMatch: 5,
  columns: {
    id: ignore('the ticket id people see is ticketNumber'),
    ticketNumber: { field: 'ticket_id' },
    subject: ignore(),
    email: { field: 'customer_id' },
    contactId: ignore('customer_id is read from email'),
    status: { field: 'status', valueMap: { escalated: 'open' } },
    priority: { field: 'priority' },
    channel: { field: 'channel', valueMap: { forums: 'social' } },
    departmentId: ignore(),
    department: { field: 'team' },
    assignee: { field: 'agent' },
    category: { field: 'category' },
    subCategory: ignore(),
    classification: ignore(),
    createdTime: { field: 'created_at' },
    modifiedTime: ignore(),
    closedTime: { field: 'closed_at' },
    onholdTime: ignore(),
    dueDate: { field: 'due_at' },
    responseDueDate: { field: 'first_response_due_at' },
    threadCount: { field: 'messages' },
    commentCount: ignore('comments are internal notes'),
    resolution: ignore(),
    language: ignore(),
    teamId: ignore()
  }
};
