/**
 * Jira Service Management: the issue navigator's "Export → CSV (all fields)". Jira writes system
 * fields under their names (Issue key, Status, Priority, Assignee, Created, Resolved, Due date…) and
 * every custom field as "Custom field (<name>)"; dates in the site's format, by default
 * `12/Sep/25 9:15 AM`. The service-desk fields are custom fields: "Custom field (Request Type)",
 * "Custom field (Satisfaction)" (the 1–5 rating the customer gave) and "Custom field (Satisfaction
 * date)". The SLA fields ("Custom field (Time to resolution)" …) are exported as Jira's own cycle
 * text, not a documented verdict: they are shown, not read.
 * Source: Atlassian's CSV export documentation ("Export your issues", custom fields as
 * "Custom field (…)") and the JSM request fields' names — FIELDS ONLY, no native file checked.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });
const SLA_TEXT = "Jira's SLA cycle text has no documented verdict: not read";

export const JIRA_SERVICE_MANAGEMENT: FormatSpec = {
  id: 'jira-service-management',
  name: 'Jira Service Management issues (CSV export)',
  source: 'Atlassian "Export your issues" CSV layout + JSM request field names — FIELDS ONLY',
  kind: 'tickets',
  signature: [
    'Issue key',
    'Issue id',
    'Issue Type',
    'Summary',
    'Project key',
    'Status Category',
    'Resolution',
    'Resolved',
    'Reporter',
    'Custom field (Request Type)',
    'Custom field (Satisfaction)',
    'Custom field (Time to first response)',
    'Custom field (Time to resolution)'
  ],
  minMatch: 6,
  columns: {
    Summary: ignore(),
    'Issue key': { field: 'ticket_id' },
    'Issue id': ignore('the ticket id is the issue key'),
    'Issue Type': { field: 'category' },
    Status: {
      field: 'status',
      valueMap: { 'waiting for support': 'open', 'waiting for customer': 'pending', canceled: 'closed' }
    },
    'Status Category': ignore('the status is read from Status'),
    'Project key': ignore(),
    'Project name': ignore(),
    Priority: { field: 'priority', valueMap: { highest: 'urgent', lowest: 'low' } },
    Resolution: ignore('Resolved dates the resolution'),
    Assignee: { field: 'agent' },
    Reporter: { field: 'customer_id' },
    Creator: ignore(),
    Created: { field: 'created_at' },
    Updated: ignore(),
    'Last Viewed': ignore(),
    Resolved: { field: 'resolved_at' },
    'Due date': { field: 'due_at' },
    Labels: { field: 'tags' },
    Description: ignore(),
    'Custom field (Request Type)': ignore('the category is read from Issue Type'),
    'Custom field (Satisfaction)': { field: 'csat', note: 'the 1–5 rating the customer gave' },
    'Custom field (Satisfaction date)': ignore(),
    'Custom field (Time to first response)': ignore(SLA_TEXT),
    'Custom field (Time to resolution)': ignore(SLA_TEXT),
    'Custom field (Request participants)': ignore(),
    'Custom field (Organizations)': ignore()
  }
};
