/**
 * ServiceNow incident table, exported as CSV from a list (System Export Sets or the list's Export →
 * CSV). ServiceNow's documentation ("Default values for column headers and column values"): a CSV
 * export's headers are the FIELD NAMES (`number`, `opened_at`, `made_sla`…) and its values the
 * display values ("Resolved", "2 - High", "Phone"), unless glide.export.csv.raw.value asks for raw
 * values (state 6, priority 2): both are read here.
 *
 * The same names make the "incident event log" form (one row per update of an incident, from the
 * audit history: the public UCI "Incident management process enriched event log" of a ServiceNow
 * instance, 36 columns, `?` for missing values, day-first `29/2/2016 01:16` dates). guess.ts sees
 * the repeated `number` and the import keeps the last row per incident (event-log.ts).
 *
 * The file's verdicts are used as such: `made_sla` (ServiceNow's own judgement against the task's
 * SLAs) → resolution_sla_met, which the SLA KPI prefers to any policy; `reopen_count` → reopened;
 * `reassignment_count` → reassignments; `contact_type` → channel.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

/** `?` is the event log's missing value; an empty cell is ServiceNow's. */
const Q = { '?': '' } as const;
const at = (field: string, note?: string): ColumnSpec => ({ field, valueMap: Q, ...(note ? { note } : {}) });

const STATE: Readonly<Record<string, string>> = {
  ...Q,
  // Display values (Incident: New, In Progress, On Hold, Resolved, Closed, Canceled; the event log
  // also has Active and the Awaiting … states, and -100 for an unknown state).
  'awaiting user info': 'pending',
  'awaiting problem': 'pending',
  'awaiting vendor': 'pending',
  'awaiting evidence': 'pending',
  'awaiting caller': 'pending',
  '-100': '',
  // Raw values.
  '1': 'open',
  '2': 'open',
  '3': 'pending',
  '6': 'resolved',
  '7': 'closed',
  '8': 'closed'
};

const PRIORITY: Readonly<Record<string, string>> = {
  ...Q,
  '1 - critical': 'urgent',
  '2 - high': 'high',
  '3 - moderate': 'normal',
  '4 - low': 'low',
  '5 - planning': 'low',
  '1': 'urgent',
  '2': 'high',
  '3': 'normal',
  '4': 'low',
  '5': 'low'
};

const CONTACT_TYPE: Readonly<Record<string, string>> = {
  ...Q,
  'self-service': 'web',
  'self service': 'web',
  ivr: 'phone',
  'walk-in': 'other',
  'direct opening': 'other',
  'virtual agent': 'chat',
  virtual_agent: 'chat'
};

export const SERVICENOW_INCIDENTS: FormatSpec = {
  id: 'servicenow-incident',
  name: 'ServiceNow incidents',
  source:
    'ServiceNow docs "Default values for column headers and column values" (CSV = field names, display values); incident field names from the UCI "Incident management process enriched event log" (a ServiceNow audit export) — FIELDS ONLY',
  kind: 'tickets',
  signature: [
    'number',
    'incident_state',
    'state',
    'opened_at',
    'resolved_at',
    'closed_at',
    'made_sla',
    'contact_type',
    'assignment_group',
    'assigned_to',
    'reopen_count',
    'reassignment_count',
    'caller_id',
    'sys_updated_at',
    'sys_updated_on'
  ],
  minMatch: 6,
  columns: {
    number: { field: 'ticket_id' },
    incident_state: { field: 'status', valueMap: STATE },
    state: { field: 'status', valueMap: STATE },
    active: ignore('the state says whether the incident is open'),
    reassignment_count: at('reassignments'),
    reopen_count: at('reopened'),
    sys_mod_count: ignore(),
    made_sla: at('resolution_sla_met', "ServiceNow's own verdict on the incident's SLAs"),
    caller_id: at('customer_id'),
    opened_by: ignore(),
    opened_at: at('created_at'),
    sys_created_by: ignore(),
    sys_created_at: ignore('the opening time is opened_at'),
    sys_created_on: ignore('the opening time is opened_at'),
    sys_updated_by: ignore(),
    sys_updated_at: ignore('dates each event of an event log'),
    sys_updated_on: ignore('dates each event of an event log'),
    contact_type: { field: 'channel', valueMap: CONTACT_TYPE },
    location: ignore(),
    category: at('category'),
    subcategory: ignore(),
    u_symptom: ignore(),
    cmdb_ci: ignore(),
    impact: ignore('priority is read from priority'),
    urgency: ignore('priority is read from priority'),
    priority: { field: 'priority', valueMap: PRIORITY },
    assignment_group: at('team'),
    assigned_to: at('agent'),
    knowledge: ignore(),
    u_priority_confirmation: ignore(),
    notify: ignore(),
    problem_id: ignore(),
    rfc: ignore(),
    vendor: ignore(),
    caused_by: ignore(),
    closed_code: ignore(),
    close_code: ignore(),
    resolved_by: ignore(),
    resolved_at: at('resolved_at'),
    closed_at: at('closed_at'),
    short_description: ignore(),
    description: ignore(),
    business_duration: ignore(),
    calendar_duration: ignore(),
    business_stc: ignore(),
    calendar_stc: ignore(),
    sla_due: ignore('"UNKNOWN" on most incidents; made_sla carries the verdict'),
    due_date: ignore()
  }
};

/**
 * The same incidents exported to Excel / XLSX (and saved as CSV): ServiceNow writes the field
 * LABELS there ("Number", "Opened", "Made SLA", "Assignment group"…), per the same documentation
 * page. `contact_type` is labelled "Channel" in current releases and "Contact type" in older ones.
 */
export const SERVICENOW_LABELS: FormatSpec = {
  id: 'servicenow-incident-labels',
  name: 'ServiceNow incidents (Excel labels)',
  source:
    'ServiceNow docs "Default values for column headers and column values" (Excel/XLSX = field labels); the incident form\'s labels — FIELDS ONLY',
  kind: 'tickets',
  signature: [
    'Number',
    'Opened',
    'Incident state',
    'Made SLA',
    'Assignment group',
    'Assigned to',
    'Reopen count',
    'Reassignment count',
    'Caller',
    'Short description',
    'Contact type',
    'Resolved',
    'Closed'
  ],
  minMatch: 5,
  columns: {
    Number: { field: 'ticket_id' },
    Opened: at('created_at'),
    'Incident state': { field: 'status', valueMap: STATE },
    State: { field: 'status', valueMap: STATE },
    Priority: { field: 'priority', valueMap: PRIORITY },
    Channel: { field: 'channel', valueMap: CONTACT_TYPE },
    'Contact type': { field: 'channel', valueMap: CONTACT_TYPE },
    'Assignment group': at('team'),
    'Assigned to': at('agent'),
    Caller: at('customer_id'),
    Category: at('category'),
    Subcategory: ignore(),
    'Short description': ignore(),
    Description: ignore(),
    Resolved: at('resolved_at'),
    Closed: at('closed_at'),
    'Made SLA': at('resolution_sla_met', "ServiceNow's own verdict on the incident's SLAs"),
    'Reopen count': at('reopened'),
    'Reassignment count': at('reassignments'),
    Active: ignore('the state says whether the incident is open'),
    Impact: ignore('priority is read from Priority'),
    Urgency: ignore('priority is read from Priority'),
    Updated: ignore('dates each event of an event log'),
    'Updated by': ignore(),
    'Opened by': ignore(),
    'Resolved by': ignore(),
    'Resolution code': ignore(),
    'Configuration item': ignore(),
    Location: ignore()
  }
};
