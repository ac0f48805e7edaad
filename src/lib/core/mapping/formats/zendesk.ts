/**
 * Zendesk Support ticket exports: the legacy "CSV export" and Explore exports that reuse its column names.
 * Source: ../shared/spec/export-formats.md §1 (EXACT, reproduction of the legacy export's first row).
 * Conventions: durations are calendar minutes ('Resolution time' is hours); business-hours twins are kept
 * visible but unused; 'Satisfaction Score' is text (Good/Bad/Offered/Not Offered), read onto the 1–5 csat
 * scale as Good → 5, Bad → 1, anything else → no rating (a thumbs rating stored at the ends of 1–5).
 */
import type { ColumnSpec, FormatSpec } from '../types';

const SATISFACTION: Readonly<Record<string, string>> = {
  good: '5',
  'good with comment': '5',
  bad: '1',
  'bad with comment': '1',
  offered: '',
  'not offered': '',
  unoffered: ''
};

const BH = 'business-hours duration: the calendar-time column is used';
const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

const COLUMNS: Record<string, ColumnSpec> = {
  'Summation column': ignore(),
  Id: { field: 'ticket_id' },
  Requester: ignore('customer_id is read from Requester id'),
  'Requester id': { field: 'customer_id' },
  'Requester external id': ignore(),
  'Requester email': ignore(),
  'Requester domain': ignore(),
  Submitter: ignore(),
  Assignee: { field: 'agent' },
  Group: { field: 'team' },
  Subject: ignore(),
  Tags: { field: 'tags' },
  Status: { field: 'status' },
  Priority: { field: 'priority' },
  Via: { field: 'channel' },
  'Ticket type': { field: 'category' },
  'Created at': { field: 'created_at' },
  'Updated at': ignore(),
  'Assigned at': ignore(),
  Organization: ignore(),
  'Due date': { field: 'due_at' },
  'Initially assigned at': { field: 'first_assigned_at' },
  'Solved at': { field: 'resolved_at' },
  'Resolution time': { field: 'resolution_hours', unitSeconds: 3600, note: 'hours' },
  'Satisfaction Score': { field: 'csat', valueMap: SATISFACTION, note: 'Good → 5, Bad → 1, not rated → empty' },
  'Group stations': ignore(),
  'Assignee stations': ignore(),
  Reopens: { field: 'reopened' },
  Replies: { field: 'replies' },
  'First reply time in minutes': { field: 'first_response_minutes' },
  'First reply time in minutes within business hours': ignore(BH),
  'First resolution time in minutes': ignore('first solve only; the full resolution time is used'),
  'First resolution time in minutes within business hours': ignore(BH),
  'Full resolution time in minutes': { field: 'resolution_minutes' },
  'Full resolution time in minutes within business hours': ignore(BH),
  'Agent wait time in minutes': ignore(),
  'Agent wait time in minutes within business hours': ignore(),
  'Requester wait time in minutes': ignore(),
  'Requester wait time in minutes within business hours': ignore(),
  'On hold time in minutes': ignore(),
  'On hold time in minutes within business hours': ignore()
};

export const ZENDESK: FormatSpec = {
  id: 'zendesk',
  name: 'Zendesk Support CSV export',
  source: 'export-formats.md §1: EXACT (reproduction) of the legacy ticket CSV export',
  kind: 'tickets',
  signature: [
    'Summation column',
    'Requester id',
    'Requester domain',
    'Group stations',
    'Assignee stations',
    'Initially assigned at',
    'Resolution time',
    'First reply time in minutes within business hours'
  ],
  minMatch: 4,
  columns: COLUMNS
};

export const ZENDESK_EXPLORE: FormatSpec = {
  id: 'zendesk-explore',
  name: 'Zendesk Explore export',
  source: 'export-formats.md §1: Explore exports with the legacy-style names (columns chosen by the user)',
  kind: 'tickets',
  signature: [
    'Id',
    'Via',
    'Solved at',
    'Reopens',
    'Replies',
    'Satisfaction Score',
    'First reply time in minutes',
    'Full resolution time in minutes',
    'Requester wait time in minutes',
    'Ticket type'
  ],
  minMatch: 4,
  columns: COLUMNS
};
