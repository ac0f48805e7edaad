/**
 * Twilio Voice call logs (Console "Call logs" CSV / Calls resource). FIELDS ONLY (export-formats.md §12,
 * Calls resource docs): the PascalCase names below; the snake_case API names normalise to the same keys.
 * Twilio has no queue, agent or answer time: a call is abandoned when its Status is no-answer, busy or
 * canceled; failed calls are left undecided. Price is a negative charge in Twilio and is not imported as
 * cost. Duration is the whole call; EndTime is used.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

export const TWILIO: FormatSpec = {
  id: 'twilio',
  name: 'Twilio call logs',
  source: 'export-formats.md §12: Twilio Calls resource fields (FIELDS ONLY, native CSV not confirmed)',
  kind: 'calls',
  signature: [
    'Sid',
    'ParentCallSid',
    'AccountSid',
    'PhoneNumberSid',
    'StartTime',
    'EndTime',
    'Duration',
    'Status',
    'Direction',
    'AnsweredBy',
    'ForwardedFrom',
    'DateCreated'
  ],
  minMatch: 5,
  columns: {
    Sid: { field: 'call_id' },
    ParentCallSid: ignore(),
    DateCreated: ignore('queued_at is read from StartTime'),
    DateUpdated: ignore(),
    AccountSid: ignore(),
    To: ignore(),
    From: { field: 'customer_id', note: 'the caller on inbound calls' },
    PhoneNumberSid: ignore(),
    Status: {
      field: 'abandoned',
      valueMap: {
        'no-answer': '1',
        busy: '1',
        canceled: '1',
        completed: '0',
        'in-progress': '0',
        failed: '',
        queued: '',
        ringing: ''
      },
      note: 'no-answer, busy, canceled → abandoned'
    },
    StartTime: { field: 'queued_at' },
    EndTime: { field: 'ended_at' },
    Duration: ignore('whole call length; ended_at is used'),
    Price: ignore('a negative charge in Twilio; import costs as a costs file'),
    PriceUnit: ignore(),
    Direction: {
      field: 'direction',
      valueMap: {
        'outbound-api': 'outbound',
        'outbound-dial': 'outbound',
        'trunking-originating': 'outbound',
        'trunking-terminating': 'inbound'
      }
    },
    AnsweredBy: ignore(),
    ForwardedFrom: ignore(),
    CallerName: ignore()
  }
};
