/**
 * Shape of the synonym tables (one file per record kind). Synonyms are data: a header as people write it,
 * optionally with how its values are read and when it applies. Matching is on normalizeHeader, so case,
 * spacing, punctuation and Arabic/Persian letter variants need not be listed twice.
 */
import type { ColumnExtras } from '../types';

export interface SynonymEntry extends ColumnExtras {
  h: string;
  /** Confidence when matched (default 0.95). Generic words like 'id' or 'date' get less. */
  conf?: number;
  /**
   * Only when the sampled values look like this: 'datetime' (a date, with or without time) or 'number'
   * (a number or a H:MM:SS duration). 'First Response Time' is a timestamp in one export, minutes in another.
   */
  when?: 'datetime' | 'number';
}

export type Synonym = string | SynonymEntry;

/** Field (canonical or DURATION_INPUTS name) → synonyms. */
export type SynonymTable = Readonly<Record<string, readonly Synonym[]>>;

export const SLA_STATUS_VALUES: Readonly<Record<string, string>> = {
  'within sla': '1',
  'sla violated': '0',
  met: '1',
  'not met': '0',
  breached: '0',
  missed: '0',
  'on time': '1',
  late: '0',
  'completed on time': '1',
  'completed late': '0',
  overdue: '0',
  due: ''
};
