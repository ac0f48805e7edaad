/**
 * The record kinds the scorecard accepts and their canonical fields (../shared/spec/data-model.md).
 *
 * This file is the contract between the mapper (which maps CSV headers onto these names), the
 * import pipeline (which parses values into columns of these types), storage (which keeps the
 * columns) and the engine (which reads them). Field names are the canonical CSV template.
 */

export const RECORD_KINDS = ['tickets', 'calls', 'surveys', 'messages', 'customers', 'costs'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * How a field is stored:
 * - `text`: dictionary-encoded string (trimmed; normalised lower-case for the `enum` fields);
 * - `time`: epoch milliseconds (UTC instant);
 * - `number`: float64;
 * - `boolean`: 1 / 0.
 * Missing values are NaN for numeric columns and code 0 (the empty string) for text.
 */
export type FieldType = 'text' | 'time' | 'number' | 'boolean';

export interface FieldDef {
  readonly name: string;
  readonly type: FieldType;
  /** Without it a file of this kind cannot be imported. */
  readonly required?: boolean;
  /** The record's identity for re-imports: same key (per kind) = update, never a duplicate. */
  readonly key?: boolean;
  /** Text values are normalised to a small vocabulary (see core/parse/normalize.ts). */
  readonly vocabulary?: 'channel' | 'status' | 'priority' | 'direction' | 'abandon_stage';
}

const t = (name: string, extra: Partial<FieldDef> = {}): FieldDef => ({ name, type: 'text', ...extra });
const time = (name: string, extra: Partial<FieldDef> = {}): FieldDef => ({ name, type: 'time', ...extra });
const num = (name: string, extra: Partial<FieldDef> = {}): FieldDef => ({ name, type: 'number', ...extra });
const bool = (name: string): FieldDef => ({ name, type: 'boolean' });

export const FIELDS: Readonly<Record<RecordKind, readonly FieldDef[]>> = {
  tickets: [
    t('ticket_id', { required: true, key: true }),
    time('created_at', { required: true }),
    time('first_response_at'),
    time('resolved_at'),
    time('closed_at'),
    t('status', { vocabulary: 'status' }),
    t('channel', { vocabulary: 'channel' }),
    t('agent'),
    t('team'),
    t('priority', { vocabulary: 'priority' }),
    t('category'),
    t('tags'),
    t('customer_id'),
    num('replies'),
    num('messages'),
    num('contacts'),
    num('reopened'),
    bool('first_contact_resolution'),
    time('first_response_due_at'),
    time('due_at'),
    num('csat'),
    bool('is_complaint'),
    bool('repeat_incident'),
    // SLA outcomes when a helpdesk exports them instead of due dates (Freshdesk "Within SLA").
    bool('first_response_sla_met'),
    bool('resolution_sla_met'),
    // From an event log's history (or an export that has them): when the ticket first got an
    // assignee, and how many times it was passed on afterwards. No catalog KPI reads them yet.
    time('first_assigned_at'),
    num('reassignments')
  ],
  calls: [
    t('call_id', { required: true, key: true }),
    time('queued_at', { required: true }),
    time('answered_at'),
    time('ended_at'),
    bool('abandoned'),
    t('abandon_stage', { vocabulary: 'abandon_stage' }),
    t('direction', { vocabulary: 'direction' }),
    t('agent'),
    t('queue'),
    t('team'),
    bool('resolved'),
    t('customer_id'),
    num('cost'),
    // Satisfaction given on the call itself (a call log with CSAT ratings); split into surveys too.
    num('csat')
  ],
  surveys: [
    t('survey_id', { required: true, key: true }),
    time('responded_at', { required: true }),
    num('score', { required: true }),
    num('scale_min'),
    num('scale_max'),
    t('ticket_id'),
    t('call_id'),
    t('channel', { vocabulary: 'channel' }),
    t('agent'),
    t('team'),
    t('comment')
  ],
  messages: [
    t('message_id', { key: true }),
    t('conversation_id', { required: true }),
    time('sent_at', { required: true }),
    t('direction', { required: true, vocabulary: 'direction' }),
    t('channel', { vocabulary: 'channel' }),
    t('agent'),
    t('team')
  ],
  customers: [
    t('customer_id', { required: true, key: true }),
    time('created_at'),
    time('last_active_at'),
    time('churned_at'),
    // Churned, with no date (a churn flag): enough for a snapshot share, not for a rate over time.
    bool('churned'),
    num('revenue'),
    t('segment')
  ],
  costs: [
    time('period_start', { required: true }),
    time('period_end'),
    num('amount', { required: true }),
    t('category'),
    t('currency')
  ]
};

export function fieldsOf(kind: RecordKind): readonly FieldDef[] {
  return FIELDS[kind];
}

export function fieldDef(kind: RecordKind, name: string): FieldDef | undefined {
  return FIELDS[kind].find((f) => f.name === name);
}

export function requiredFields(kind: RecordKind): string[] {
  return FIELDS[kind].filter((f) => f.required).map((f) => f.name);
}

/** The key field of a kind, if records of that kind have an identity (costs have none). */
export function keyField(kind: RecordKind): string | undefined {
  return FIELDS[kind].find((f) => f.key)?.name;
}

/**
 * Inputs that are not stored as such but derived into a canonical time field at import:
 * `first_response_minutes` becomes `first_response_at = created_at + minutes`. The engine then
 * sees one representation; the import records that the field was derived.
 */
export interface DurationInput {
  readonly kind: RecordKind;
  readonly name: string;
  /** Canonical time field it fills. */
  readonly target: string;
  /** Time field the duration is added to. */
  readonly base: string;
  /** Seconds per unit of a bare number in this column (a `H:MM:SS` value is read as such). */
  readonly unitSeconds: number;
  /** Business-hours durations cannot be turned back into instants exactly; kept as a flag. */
  readonly businessHours?: boolean;
}

export const DURATION_INPUTS: readonly DurationInput[] = [
  { kind: 'tickets', name: 'first_response_seconds', target: 'first_response_at', base: 'created_at', unitSeconds: 1 },
  { kind: 'tickets', name: 'first_response_minutes', target: 'first_response_at', base: 'created_at', unitSeconds: 60 },
  { kind: 'tickets', name: 'first_response_hours', target: 'first_response_at', base: 'created_at', unitSeconds: 3600 },
  { kind: 'tickets', name: 'resolution_seconds', target: 'resolved_at', base: 'created_at', unitSeconds: 1 },
  { kind: 'tickets', name: 'resolution_minutes', target: 'resolved_at', base: 'created_at', unitSeconds: 60 },
  { kind: 'tickets', name: 'resolution_hours', target: 'resolved_at', base: 'created_at', unitSeconds: 3600 },
  { kind: 'calls', name: 'wait_seconds', target: 'answered_at', base: 'queued_at', unitSeconds: 1 },
  { kind: 'calls', name: 'talk_seconds', target: 'ended_at', base: 'answered_at', unitSeconds: 1 }
];
