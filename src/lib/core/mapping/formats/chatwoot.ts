/**
 * Chatwoot CSAT responses download (export-formats.md §5, EXACT from chatwoot's
 * csat_survey_responses/download.csv.erb). Rating is 1–5. Chatwoot keeps one survey response per
 * conversation, so the conversation link is the survey's identity. The 'Reporting period …' line (before
 * the header in new versions, after the data in old ones) is skipped by the header finder / reported as an
 * unreadable row. Chatwoot's agent/inbox/label/team reports are aggregates and are refused.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

export const CHATWOOT_CSAT: FormatSpec = {
  id: 'chatwoot-csat',
  name: 'Chatwoot CSAT responses',
  source: 'export-formats.md §5: EXACT (chatwoot source, csat_survey_responses/download.csv.erb + en.yml)',
  kind: 'surveys',
  signature: [
    'Agent Name',
    'Rating',
    'Feedback Comment',
    'Contact Name',
    'Contact Email Address',
    'Contact Phone Number',
    'Link to the conversation',
    'Recorded date'
  ],
  minMatch: 4,
  columns: {
    'Agent Name': { field: 'agent', note: "written as 'Name (email)'" },
    Rating: { field: 'score' },
    'Feedback Comment': { field: 'comment' },
    'Contact Name': ignore(),
    'Contact Email Address': ignore(),
    'Contact Phone Number': ignore(),
    'Link to the conversation': { field: 'survey_id', note: 'one rating per conversation' },
    'Recorded date': { field: 'responded_at' },
    'Review Notes': ignore()
  },
  constants: { scale_min: '1', scale_max: '5' }
};
