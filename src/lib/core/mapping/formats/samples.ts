/**
 * The public sample files of ../shared/samples, recognised so they import with no question. Their headers
 * are the files' own first lines. Decisions a person would otherwise be asked about:
 * - customer_support_tickets.csv has no creation time: tickets are dated by 'First Response Time' (the
 *   earliest instant the file records), so first-response time is not available from it (mapping the same
 *   column to both would report a fabricated 0), and 'Time to Resolution' gives resolved_at; the 2,819 open
 *   tickets with no timestamp at all are reported as unreadable rows. 'Date of Purchase' is a purchase, not
 *   the contact.
 * - pwc_call_centre.csv: Date + Time make queued_at; 'Answered (Y/N)' inverted is abandoned; 0 satisfaction
 *   means not rated; the ratings also become surveys; Topic is used as the queue.
 * - comcast_complaints.csv: every row is a complaint (constant is_complaint = 1); no close time.
 * - telco_customer_churn.csv: 'Churn' = Yes has no date: it is the churned flag (a snapshot share), never a
 *   churned_at (rates over time stay unavailable rather than invented); revenue ← TotalCharges; segment ← Contract.
 * - nyc311_sample.csv: 'Closed Date' is the resolution; Agency → team; Complaint Type → category.
 */
import type { ColumnSpec, FormatSpec } from '../types';

const ignore = (note?: string): ColumnSpec => ({ field: null, ...(note ? { note } : {}) });

export const KAGGLE_TICKETS: FormatSpec = {
  id: 'kaggle-support-tickets',
  name: 'Customer Support Ticket Dataset (Kaggle)',
  source: 'first line of ../shared/samples/customer_support_tickets.csv',
  kind: 'tickets',
  signature: [
    'Ticket ID',
    'Customer Email',
    'Product Purchased',
    'Date of Purchase',
    'Ticket Type',
    'Ticket Subject',
    'Ticket Status',
    'Ticket Priority',
    'Ticket Channel',
    'First Response Time',
    'Time to Resolution',
    'Customer Satisfaction Rating'
  ],
  minMatch: 8,
  closed: true,
  columns: {
    'Ticket ID': { field: 'ticket_id' },
    'Customer Name': ignore('customer_id is read from Customer Email'),
    'Customer Email': { field: 'customer_id' },
    'Customer Age': ignore(),
    'Customer Gender': ignore(),
    'Product Purchased': ignore(),
    'Date of Purchase': ignore('a purchase date, not the contact'),
    'Ticket Type': { field: 'category' },
    'Ticket Subject': ignore(),
    'Ticket Description': ignore(),
    'Ticket Status': { field: 'status' },
    Resolution: ignore(),
    'Ticket Priority': { field: 'priority' },
    'Ticket Channel': { field: 'channel' },
    'First Response Time': {
      field: 'created_at',
      note: 'a timestamp; the file has no creation time, so tickets are dated by their first response'
    },
    'Time to Resolution': { field: 'resolved_at', note: 'a timestamp, not a duration' },
    'Customer Satisfaction Rating': { field: 'csat' }
  }
};

export const PWC_CALLS: FormatSpec = {
  id: 'pwc-call-centre',
  name: 'PwC Call Centre Trends dataset',
  source: 'first line of ../shared/samples/pwc_call_centre.csv',
  kind: 'calls',
  signature: [
    'Call Id',
    'Agent',
    'Date',
    'Time',
    'Topic',
    'Answered (Y/N)',
    'Resolved',
    'Speed of answer in seconds',
    'AvgTalkDuration',
    'Satisfaction rating'
  ],
  minMatch: 7,
  closed: true,
  columns: {
    'Call Id': { field: 'call_id' },
    Agent: { field: 'agent' },
    Date: { field: 'queued_at', part: 'date' },
    Time: { field: 'queued_at', part: 'time' },
    Topic: { field: 'queue', note: 'the call topic is used as the queue' },
    'Answered (Y/N)': { field: 'abandoned', invert: true },
    Resolved: { field: 'resolved' },
    'Speed of answer in seconds': { field: 'wait_seconds' },
    AvgTalkDuration: { field: 'talk_seconds', note: 'H:MM:SS' },
    'Satisfaction rating': { field: 'csat', valueMap: { '0': '' }, note: '0 = not rated' },
    Column1: ignore()
  },
  also: ['surveys']
};

export const COMCAST_COMPLAINTS: FormatSpec = {
  id: 'comcast-complaints',
  name: 'Comcast telecom complaints',
  source: 'first line of ../shared/samples/comcast_complaints.csv',
  kind: 'tickets',
  signature: [
    'Ticket #',
    'Customer Complaint',
    'Date',
    'Date_month_year',
    'Time',
    'Received Via',
    'Status',
    'Filing on Behalf of Someone'
  ],
  minMatch: 5,
  closed: true,
  columns: {
    'Ticket #': { field: 'ticket_id' },
    'Customer Complaint': ignore('free text'),
    Date: { field: 'created_at', part: 'date', note: 'dd-mm-yy' },
    Date_month_year: ignore('same date as Date'),
    Time: { field: 'created_at', part: 'time', note: '12-hour' },
    'Received Via': { field: 'channel' },
    City: ignore(),
    State: ignore(),
    'Zip code': ignore(),
    Status: { field: 'status' },
    'Filing on Behalf of Someone': ignore()
  },
  constants: { is_complaint: '1' }
};

export const TELCO_CUSTOMERS: FormatSpec = {
  id: 'ibm-telco-churn',
  name: 'IBM Telco customer churn',
  source: 'first line of ../shared/samples/telco_customer_churn.csv',
  kind: 'customers',
  signature: [
    'customerID',
    'gender',
    'SeniorCitizen',
    'tenure',
    'PhoneService',
    'InternetService',
    'Contract',
    'PaperlessBilling',
    'PaymentMethod',
    'MonthlyCharges',
    'TotalCharges',
    'Churn'
  ],
  minMatch: 8,
  closed: true,
  columns: {
    customerID: { field: 'customer_id' },
    Contract: { field: 'segment' },
    TotalCharges: { field: 'revenue', note: 'blank for new customers' },
    MonthlyCharges: ignore(),
    tenure: ignore('months, relative to an unknown export date'),
    Churn: { field: 'churned', note: 'churned without a date: a snapshot, not a churned_at' },
    gender: ignore(),
    SeniorCitizen: ignore(),
    Partner: ignore(),
    Dependents: ignore(),
    PhoneService: ignore(),
    MultipleLines: ignore(),
    InternetService: ignore(),
    OnlineSecurity: ignore(),
    OnlineBackup: ignore(),
    DeviceProtection: ignore(),
    TechSupport: ignore(),
    StreamingTV: ignore(),
    StreamingMovies: ignore(),
    PaperlessBilling: ignore(),
    PaymentMethod: ignore()
  }
};

export const NYC_311: FormatSpec = {
  id: 'nyc-311',
  name: 'NYC 311 service requests',
  source: 'first line of ../shared/samples/nyc311_sample.csv (NYC Open Data 311 export)',
  kind: 'tickets',
  signature: [
    'Unique Key',
    'Created Date',
    'Closed Date',
    'Agency',
    'Agency Name',
    'Complaint Type',
    'Descriptor',
    'Incident Zip',
    'Open Data Channel Type',
    'Resolution Action Updated Date',
    'Community Board',
    'Borough'
  ],
  minMatch: 6,
  closed: true,
  columns: {
    'Unique Key': { field: 'ticket_id' },
    'Created Date': { field: 'created_at' },
    'Closed Date': { field: 'resolved_at' },
    Agency: { field: 'team' },
    'Agency Name': ignore(),
    'Complaint Type': { field: 'category' },
    Descriptor: ignore(),
    Status: { field: 'status' },
    'Due Date': { field: 'due_at' },
    'Resolution Description': ignore(),
    'Resolution Action Updated Date': ignore(),
    'Open Data Channel Type': { field: 'channel' }
  }
};
