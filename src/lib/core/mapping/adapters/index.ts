/** Every RowAdapter by id (FileMapping.adapter names one of these). */
import type { RowAdapter } from '../types';
import { ASTERISK_CDR_ADAPTER } from './asterisk-cdr';
import { ASTERISK_QUEUE_LOG_ADAPTER } from './asterisk-queue-log';
import { INTERCOM_PRODSIGHT_ADAPTER } from './intercom-prodsight';

export const ADAPTERS: Readonly<Record<string, RowAdapter>> = {
  [ASTERISK_CDR_ADAPTER.id]: ASTERISK_CDR_ADAPTER,
  [ASTERISK_QUEUE_LOG_ADAPTER.id]: ASTERISK_QUEUE_LOG_ADAPTER,
  [INTERCOM_PRODSIGHT_ADAPTER.id]: INTERCOM_PRODSIGHT_ADAPTER
};
