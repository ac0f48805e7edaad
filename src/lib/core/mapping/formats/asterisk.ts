/**
 * Asterisk telephony logs, which have no header and are recognised by the shape of their rows.
 * - CDR (cdr_csv Master.csv; export-formats.md §10, EXACT from cdr/cdr_csv.c): 16–18 columns, start /
 *   answer / end date-times at 9–11, duration and billsec numbers at 12–13, disposition at 14.
 * - queue_log (export-formats.md §11, EXACT from the Asterisk docs): pipe-delimited
 *   `time|callid|queue|agent|event|data1…`, unix seconds first, an upper-case event name fifth.
 */
import type { ShapeFormat } from '../types';
import { splitPipes } from '../adapters/pipes';

export const CDR_COLUMNS = [
  'accountcode',
  'src',
  'dst',
  'dcontext',
  'clid',
  'channel',
  'dstchannel',
  'lastapp',
  'lastdata',
  'start',
  'answer',
  'end',
  'duration',
  'billsec',
  'disposition',
  'amaflags',
  'uniqueid',
  'userfield'
] as const;

export const DISPOSITIONS = new Set(['ANSWERED', 'NO ANSWER', 'BUSY', 'FAILED', 'CONGESTION']);
const STAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const INT = /^\d+$/;

function isCdrRow(r: readonly string[]): boolean {
  return (
    r.length >= 16 &&
    r.length <= 18 &&
    STAMP.test(r[9].trim()) &&
    (r[10].trim() === '' || STAMP.test(r[10].trim())) &&
    STAMP.test(r[11].trim()) &&
    INT.test(r[12].trim()) &&
    INT.test(r[13].trim()) &&
    DISPOSITIONS.has(r[14].trim().toUpperCase())
  );
}

function shareOf(rows: readonly (readonly string[])[], test: (r: readonly string[]) => boolean): number {
  let n = 0;
  let hits = 0;
  for (const r of rows) {
    if (r.every((c) => c.trim() === '')) continue;
    n++;
    if (test(r)) hits++;
  }
  return n === 0 ? 0 : hits / n;
}

export const ASTERISK_CDR: ShapeFormat = {
  id: 'asterisk-cdr',
  name: 'Asterisk CDR (cdr_csv)',
  source: 'export-formats.md §10: EXACT (asterisk cdr/cdr_csv.c build_csv_record); no header row',
  kind: 'calls',
  adapter: 'asterisk-cdr',
  columnNames: CDR_COLUMNS,
  columnFields: {
    src: 'customer_id',
    dstchannel: 'agent',
    start: 'queued_at',
    answer: 'answered_at',
    end: 'ended_at',
    disposition: 'abandoned',
    uniqueid: 'call_id'
  },
  match: (rows) => shareOf(rows, isCdrRow)
};

const UNIX = /^\d{9,11}(?:\.\d+)?$/;
const EVENT = /^[A-Z][A-Z_]+$/;

export const QUEUE_LOG_COLUMNS = [
  'time',
  'callid',
  'queuename',
  'agent',
  'event',
  'data1',
  'data2',
  'data3',
  'data4',
  'data5'
];

export const ASTERISK_QUEUE_LOG: ShapeFormat = {
  id: 'asterisk-queue-log',
  name: 'Asterisk queue_log',
  source: 'export-formats.md §11: EXACT (docs.asterisk.org Queue Logs, doc/queuelog.txt); pipe-delimited, no header',
  kind: 'calls',
  adapter: 'asterisk-queue-log',
  columnNames: QUEUE_LOG_COLUMNS,
  columnFields: { time: 'queued_at', callid: 'call_id', queuename: 'queue', agent: 'agent', event: 'abandoned' },
  match: (rows) =>
    shareOf(rows, (raw) => {
      const r = splitPipes(raw);
      return r.length >= 5 && UNIX.test(r[0].trim()) && EVENT.test(r[4].trim());
    })
};

export const SHAPE_FORMATS: readonly ShapeFormat[] = [ASTERISK_CDR, ASTERISK_QUEUE_LOG];
