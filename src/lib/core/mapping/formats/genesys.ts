/**
 * Genesys Cloud Interactions view export. FIELDS ONLY: export-formats.md §13 could not confirm the header;
 * these are the column names the Interactions view shows (conversation id, date, media type, direction,
 * queue, users, ANI/DNIS, total queue/talk/handle, abandoned). Durations are read as H:MM:SS or seconds.
 * Media Type is not filtered: export the voice interactions only.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

export const GENESYS: FormatSpec = {
  id: 'genesys',
  name: 'Genesys Cloud interactions export',
  source: 'export-formats.md §13: Interactions view column names (FIELDS ONLY, not confirmed)',
  kind: 'calls',
  signature: [
    'Conversation ID',
    'Media Type',
    'Direction',
    'Queue',
    'Users',
    'ANI',
    'DNIS',
    'Remote',
    'Total Queue',
    'Total Talk',
    'Total Handle',
    'Abandoned',
    'Wrap-up'
  ],
  minMatch: 5,
  columns: {
    'Conversation ID': { field: 'call_id' },
    Date: { field: 'queued_at', note: 'conversation start' },
    'Conversation Start': { field: 'queued_at' },
    'Media Type': ignore('not filtered: export voice interactions only'),
    Direction: { field: 'direction' },
    Queue: { field: 'queue' },
    Users: { field: 'agent' },
    ANI: { field: 'customer_id' },
    DNIS: ignore(),
    Remote: ignore(),
    'Total Queue': { field: 'wait_seconds' },
    'Total Talk': { field: 'talk_seconds' },
    'Total Hold': ignore(),
    'Total ACW': ignore(),
    'Total Handle': ignore(),
    Abandoned: { field: 'abandoned' },
    'Wrap-up': ignore(),
    Duration: ignore()
  }
};
