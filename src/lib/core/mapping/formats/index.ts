/**
 * Every known header format, in the order ties are broken (a more specific format before the one it
 * contains: the Zendesk legacy export holds every Explore column).
 */
import type { FormatSpec } from '../types';
import { CHATWOOT_CSAT } from './chatwoot';
import { FRESHDESK, FRESHSERVICE, FRESHSERVICE_API } from './freshdesk';
import { FRONT_ANALYTICS } from './front';
import { GORGIAS_SURVEYS, GORGIAS_TICKETS } from './gorgias';
import { GENESYS } from './genesys';
import { HELPSCOUT } from './helpscout';
import { HUBSPOT } from './hubspot';
import { INTERCOM_CONVERSATIONS, INTERCOM_MESSAGES } from './intercom';
import { JIRA_SERVICE_MANAGEMENT } from './jira';
import { KUSTOMER } from './kustomer';
import { OSTICKET, OSTICKET_110 } from './osticket';
import { COMCAST_COMPLAINTS, KAGGLE_TICKETS, NYC_311, PWC_CALLS, TELCO_CUSTOMERS } from './samples';
import { SERVICENOW_INCIDENTS, SERVICENOW_LABELS } from './servicenow';
import { TWILIO } from './twilio';
import { ZAMMAD, ZAMMAD_API } from './zammad';
import { ZENDESK, ZENDESK_EXPLORE } from './zendesk';
import { ZOHO_DESK } from './zoho-desk';

export { SHAPE_FORMATS } from './asterisk';

export const FORMATS: readonly FormatSpec[] = [
  ZENDESK,
  ZENDESK_EXPLORE,
  FRESHSERVICE,
  FRESHDESK,
  HELPSCOUT,
  INTERCOM_MESSAGES,
  INTERCOM_CONVERSATIONS,
  CHATWOOT_CSAT,
  ZAMMAD,
  ZAMMAD_API,
  OSTICKET,
  OSTICKET_110,
  SERVICENOW_INCIDENTS,
  SERVICENOW_LABELS,
  JIRA_SERVICE_MANAGEMENT,
  ZOHO_DESK,
  GORGIAS_TICKETS,
  GORGIAS_SURVEYS,
  FRONT_ANALYTICS,
  KUSTOMER,
  FRESHSERVICE_API,
  HUBSPOT,
  TWILIO,
  GENESYS,
  KAGGLE_TICKETS,
  PWC_CALLS,
  COMCAST_COMPLAINTS,
  TELCO_CUSTOMERS,
  NYC_311
];
