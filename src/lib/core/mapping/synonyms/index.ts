/** All synonym tables by kind. */
import type { RecordKind } from '../../schema/fields';
import { CALL_SYNONYMS } from './calls';
import { COST_SYNONYMS } from './costs';
import { CUSTOMER_SYNONYMS } from './customers';
import { MESSAGE_SYNONYMS } from './messages';
import { SURVEY_SYNONYMS } from './surveys';
import { TICKET_SYNONYMS } from './tickets';
import type { SynonymTable } from './types';

export const SYNONYMS: Readonly<Record<RecordKind, SynonymTable>> = {
  tickets: TICKET_SYNONYMS,
  calls: CALL_SYNONYMS,
  surveys: SURVEY_SYNONYMS,
  messages: MESSAGE_SYNONYMS,
  customers: CUSTOMER_SYNONYMS,
  costs: COST_SYNONYMS
};
