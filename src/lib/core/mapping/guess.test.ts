import { describe, expect, it } from 'vitest';
import { DURATION_INPUTS, FIELDS, RECORD_KINDS, requiredFields, type RecordKind } from '../schema/fields';
import { guessMapping, mappingForKind } from './guess';
import { applySavedMapping, headerSignature } from './signature';
import { column, fieldsByHeader } from './test-helpers';
import type { FileMapping } from './types';

function ok(rows: string[][]): FileMapping {
  const g = guessMapping(rows);
  if (!g.ok) throw new Error(g.reason);
  return g.mapping;
}

describe('canonical templates', () => {
  it.each(RECORD_KINDS)('%s: every field name → complete, confidence 1', (kind: RecordKind) => {
    const headers = FIELDS[kind].map((f) => f.name);
    const m = ok([headers]);
    expect([m.kind, m.format, m.complete, m.confidence]).toEqual([kind, 'canonical', true, 1]);
    for (const c of m.columns) expect([c.header, c.field, c.confidence]).toEqual([c.header, c.header, 1]);
  });

  it.each(RECORD_KINDS)('%s: only the required fields, shuffled → complete', (kind: RecordKind) => {
    const m = ok([[...requiredFields(kind)].reverse()]);
    expect([m.kind, m.complete, m.confidence]).toEqual([kind, true, 1]);
  });

  it('accepts duration inputs instead of timestamps', () => {
    const m = ok([['ticket_id', 'created_at', 'first_response_minutes', 'resolution_hours']]);
    expect(m.format).toBe('canonical');
    expect(fieldsByHeader(m)).toMatchObject({
      first_response_minutes: 'first_response_minutes',
      resolution_hours: 'resolution_hours'
    });
    expect(DURATION_INPUTS.some((d) => d.name === 'resolution_hours')).toBe(true);
  });
});

describe('synonyms', () => {
  it.each([
    ['Created at'],
    ['Created'],
    ['Date Created'],
    ['Created time'],
    ['Ticket created'],
    ['Opened at'],
    ['opened_at'],
    ['Create date'],
    ['تاريخ الإنشاء'],
    ['تاریخ ایجاد'],
    ['נוצר ב']
  ])('%s → created_at', (h) => {
    const m = ok([['Ticket ID', h, 'Status', 'Priority']]);
    expect(m.kind).toBe('tickets');
    expect(column(m, h).field).toBe('created_at');
    expect(m.complete).toBe(true);
  });

  it('reads Arabic and Persian call logs', () => {
    const ar = ok([['رقم المكالمة', 'وقت المكالمة', 'مدة الانتظار', 'مدة المكالمة', 'الوكيل']]);
    expect([ar.kind, ar.complete]).toEqual(['calls', true]);
    expect(fieldsByHeader(ar)).toMatchObject({
      'مدة الانتظار': 'wait_seconds',
      'مدة المكالمة': 'talk_seconds',
      الوكيل: 'agent'
    });
    // Arabic yeh/kaf typed in a Persian header still match.
    const fa = ok([['شناسه تماس', 'زمان تماس', 'زمان انتظار', 'كارشناس']]);
    expect([fa.kind, fa.complete]).toEqual(['calls', true]);
    expect(column(fa, 'كارشناس').field).toBe('agent');
  });

  it('reads a Hebrew survey file', () => {
    const m = ok([['מזהה סקר', 'תאריך מענה', 'ציון', 'הערה']]);
    expect([m.kind, m.complete]).toEqual(['surveys', true]);
    expect(column(m, 'ציון').field).toBe('score');
  });

  it('tells a timestamp from a duration by the values', () => {
    const asTime = ok([
      ['Ticket ID', 'Created at', 'First Response Time'],
      ['1', '2024-01-01 10:00', '2024-01-01 10:30'],
      ['2', '2024-01-01 11:00', '2024-01-01 12:10']
    ]);
    expect(column(asTime, 'First Response Time').field).toBe('first_response_at');
    const asMinutes = ok([
      ['Ticket ID', 'Created at', 'First Response Time'],
      ['1', '2024-01-01 10:00', '30'],
      ['2', '2024-01-01 11:00', '70']
    ]);
    // A unit-less number is a loose guess: visible on the mapping screen, not imported without confirmation.
    expect(column(asMinutes, 'First Response Time').field).toBeNull();
    expect(column(asMinutes, 'First Response Time').note).toMatch(/first_response_minutes/);
    const incomplete = ok([
      ['Case', 'Created at', 'First Response Time'],
      ['1', '2024-01-01 10:00', '30']
    ]);
    expect(incomplete.complete).toBe(false);
    expect(column(incomplete, 'First Response Time').field).toBe('first_response_minutes');
  });

  it('uses a lone Date column as a date and ignores a lone Time column', () => {
    const d = ok([
      ['Ticket ID', 'Date', 'Status'],
      ['1', '2024-01-02', 'open']
    ]);
    expect(column(d, 'Date')).toMatchObject({ field: 'created_at' });
    expect(column(d, 'Date').part).toBeUndefined();
    const t = ok([
      ['Ticket ID', 'Time', 'Status'],
      ['1', '10:00', 'open']
    ]);
    expect(column(t, 'Time').field).toBeNull();
    expect(t.complete).toBe(false);
  });

  it('a real timestamp beats Date + Time parts', () => {
    const m = ok([['Call ID', 'Start time', 'Date', 'Time']]);
    expect(column(m, 'Start time').field).toBe('queued_at');
    expect(column(m, 'Date').field).toBeNull();
    expect(column(m, 'Time').field).toBeNull();
  });

  it('splits call ratings into surveys', () => {
    const m = ok([['Call ID', 'Start time', 'Agent', 'Rating']]);
    expect(m.also).toEqual(['surveys']);
  });
});

describe('kind detection', () => {
  it('scores every kind and returns the others as alternatives', () => {
    const g = guessMapping([['Call ID', 'Start time', 'Wait time', 'Agent', 'Queue']]);
    if (!g.ok) throw new Error(g.reason);
    expect(g.mapping.kind).toBe('calls');
    expect(g.alternatives.map((a) => a.kind).sort()).toEqual(RECORD_KINDS.filter((k) => k !== 'calls').sort());
    expect(g.alternatives.every((a) => a.score < 0.9)).toBe(true);
  });

  it('a near tie goes to the mapping screen', () => {
    // 'Id' + 'Created' fit tickets, customers and surveys alike.
    const m = ok([['Id', 'Created']]);
    expect(m.complete).toBe(false);
    expect(m.confidence).toBeLessThan(0.6);
  });

  it('an unfamiliar Persian header is not complete; once saved it maps the same file', () => {
    const headers = ['کد پرونده', 'لحظه دریافت', 'کارشناس', 'وضعیت', 'توضیح کوتاه'];
    const rows = [headers, ['A-1', '1403/01/05 10:00', 'سارا', 'باز', '...']];
    const guess = ok(rows);
    expect(guess.complete).toBe(false);
    expect(guess.missingRequired.length).toBeGreaterThan(0);

    // The user picks tickets and maps the two unknown columns on the mapping screen.
    const edited = mappingForKind('tickets', headers, rows.slice(1));
    edited.columns = edited.columns.map((c) =>
      c.header === 'کد پرونده'
        ? { ...c, field: 'ticket_id', confidence: 1 }
        : c.header === 'لحظه دریافت'
          ? { ...c, field: 'created_at', confidence: 1 }
          : c
    );
    const key = headerSignature(headers);

    // Next month's export: same columns, another order, Arabic letter variants (ي for ی, ك for ک).
    const next = ['كارشناس', 'لحظه دريافت', 'کد پرونده', 'وضعيت', 'توضیح کوتاه'];
    expect(headerSignature(next)).toBe(key);
    const again = applySavedMapping(edited, next)!;
    expect(again.complete).toBe(true);
    expect(again.missingRequired).toEqual([]);
    expect(fieldsByHeader(again)).toMatchObject({
      'کد پرونده': 'ticket_id',
      'لحظه دريافت': 'created_at',
      كارشناس: 'agent',
      وضعيت: 'status'
    });
    expect(again.columns.find((c) => c.field === 'ticket_id')!.index).toBe(2);
  });
});

describe('files that cannot be imported as they are', () => {
  it('refuses an empty file', () => {
    expect(guessMapping([]).ok).toBe(false);
    expect(guessMapping([[''], ['']]).ok).toBe(false);
  });

  it('refuses an aggregated report and says why', () => {
    const g = guessMapping([
      [
        'Incoming Calls',
        'Answered Calls',
        'Answer Rate',
        'Abandoned Calls',
        'Answer Speed (AVG)',
        'Talk Duration (AVG)',
        'Service Level (20 Seconds)',
        'Sales Rep'
      ],
      ['217', '204', '94.01%', '13', '00:00:17', '00:02:14', '76.28%', 'Rep09']
    ]);
    expect(g.ok).toBe(false);
    if (!g.ok) expect(g.reason).toMatch(/aggregated/);
  });

  it('does not refuse a record file that has count columns', () => {
    const m = ok([['Ticket Number', 'Date Created', 'Thread Count', 'Reopen Count', 'Attachment Count', 'Task Count']]);
    expect(m.kind).toBe('tickets');
  });

  it('a header-less file of values goes to the mapping screen', () => {
    const m = ok([
      ['1', '2024-01-01 10:00', '5'],
      ['2', '2024-01-02 11:00', '4']
    ]);
    expect([m.hasHeader, m.headerRow, m.complete]).toEqual([false, -1, false]);
    expect(m.columns.map((c) => c.header)).toEqual(['Column 1', 'Column 2', 'Column 3']);
  });
});

describe('other kinds by synonyms', () => {
  it.each([
    [['Month', 'Amount', 'Category', 'Currency'], 'costs'],
    [['Client ID', 'Signup date', 'Last seen', 'Plan', 'Lifetime value'], 'customers'],
    [['Message ID', 'Conversation ID', 'Sent at', 'Author type', 'Author'], 'messages'],
    [['Response ID', 'Submitted at', 'Rating', 'Comment', 'Ticket ID'], 'surveys']
  ])('%j → %s', (headers, kind) => {
    const m = ok([headers]);
    expect([m.kind, m.complete]).toEqual([kind, true]);
  });

  it('reads author types as message directions', () => {
    const m = ok([['Message ID', 'Conversation ID', 'Sent at', 'Author type']]);
    expect(column(m, 'Author type').valueMap).toMatchObject({ lead: 'in', bot: 'out' });
  });
});

describe('mappingForKind', () => {
  it('maps the headers as the kind the user picked, with its known format', () => {
    const rows = [
      ['Agent Name', 'Rating', 'Feedback Comment', 'Contact Name', 'Link to the conversation', 'Recorded date']
    ];
    const m = mappingForKind('surveys', rows[0], [], 2);
    expect([m.kind, m.format, m.headerRow, m.complete, m.confidence]).toEqual(['surveys', 'chatwoot-csat', 2, true, 1]);
  });

  it('reports what the picked kind is missing', () => {
    const m = mappingForKind('calls', ['Ticket ID', 'Created at', 'Agent'], []);
    expect(m.kind).toBe('calls');
    expect(m.missingRequired).toEqual(['call_id', 'queued_at']);
    expect(m.complete).toBe(false);
    expect(column(m, 'Agent').field).toBe('agent');
  });
});

describe('call logs with an outcome column', () => {
  it('reads a FreePBX-style CDR export with a header through the synonyms', () => {
    const m = ok([
      [
        'calldate',
        'clid',
        'src',
        'dst',
        'dcontext',
        'channel',
        'dstchannel',
        'lastapp',
        'lastdata',
        'duration',
        'billsec',
        'disposition',
        'amaflags',
        'accountcode',
        'uniqueid',
        'userfield'
      ],
      [
        '2024-03-04 09:00:00',
        '"Ann" <5551001>',
        '5551001',
        '600',
        'from-pstn',
        'SIP/trunk-1',
        'SIP/8007-2',
        'Dial',
        '',
        '192',
        '180',
        'ANSWERED',
        '3',
        '',
        '1709542800.1',
        ''
      ]
    ]);
    expect([m.kind, m.complete]).toEqual(['calls', true]);
    expect(fieldsByHeader(m)).toMatchObject({
      calldate: 'queued_at',
      uniqueid: 'call_id',
      src: 'customer_id',
      billsec: 'talk_seconds',
      disposition: 'abandoned'
    });
    expect(column(m, 'disposition').valueMap).toMatchObject({ answered: '0', 'no answer': '1', busy: '1' });
  });
});

describe('robustness', () => {
  it('never throws on ragged, odd or random rows', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pool = [
      '',
      ' ',
      'id',
      'Date',
      'Time',
      '٣',
      '۴',
      '2024-01-01',
      '12:00',
      'x'.repeat(500),
      '"',
      '|',
      'ي',
      '#',
      '%',
      'NaN'
    ];
    for (let n = 0; n < 300; n++) {
      const rows = Array.from({ length: Math.floor(rnd() * 6) }, () =>
        Array.from({ length: Math.floor(rnd() * 8) }, () => pool[Math.floor(rnd() * pool.length)])
      );
      const g = guessMapping(rows);
      if (g.ok) {
        for (const c of g.mapping.columns) expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(g.mapping.complete).toBe(g.mapping.complete && g.mapping.missingRequired.length === 0);
      } else expect(g.reason.length).toBeGreaterThan(0);
    }
  });

  it('keeps data columns beyond a short header out of the mapping', () => {
    const m = ok([
      ['Ticket ID', 'Created at'],
      ['1', '2024-01-01', 'extra', 'more']
    ]);
    expect(m.columns.map((c) => c.index)).toEqual([0, 1]);
    expect(m.complete).toBe(true);
  });
});

describe('other helpdesks through the synonyms', () => {
  it('Jira-style issues: the issue key is the ticket id', () => {
    const m = ok([
      [
        'Issue key',
        'Issue id',
        'Summary',
        'Status',
        'Priority',
        'Assignee',
        'Reporter',
        'Created',
        'Resolved',
        'Issue Type',
        'Labels'
      ],
      ['SD-1', '10001', 'x', 'Done', 'High', 'ann', 'bob', '2024-01-02 10:00', '2024-01-03 09:00', 'Bug', 'a']
    ]);
    expect([m.kind, m.complete]).toEqual(['tickets', true]);
    expect(fieldsByHeader(m)).toMatchObject({
      'Issue key': 'ticket_id',
      Reporter: 'customer_id',
      Created: 'created_at',
      Resolved: 'resolved_at',
      'Issue Type': 'category',
      Labels: 'tags',
      'Issue id': null
    });
  });

  it('Salesforce-style cases: the closing time is the resolution when nothing else is', () => {
    const m = ok([
      ['Case Number', 'Date/Time Opened', 'Date/Time Closed', 'Status', 'Case Origin', 'Case Owner', 'Type']
    ]);
    expect([m.kind, m.complete]).toEqual(['tickets', true]);
    const closed = m.columns.filter((c) => c.header === 'Date/Time Closed');
    expect(closed.map((c) => c.field)).toEqual(['closed_at', 'resolved_at']);
    expect(closed[1].note).toMatch(/closing time/);
    expect(fieldsByHeader(m)).toMatchObject({ 'Case Origin': 'channel', 'Case Owner': 'agent', Type: 'category' });
  });

  it('keeps closed_at alone when a resolution column exists', () => {
    const m = ok([['Ticket ID', 'Created at', 'Resolved at', 'Closed at']]);
    expect(m.columns.filter((c) => c.field === 'resolved_at').map((c) => c.header)).toEqual(['Resolved at']);
  });
});

describe('headers qualified by a trailing bracket', () => {
  it('reads "Score (1-10)" as the score, with its scale from the bracket', () => {
    const rows = [
      ['Response ID', 'Submitted at', 'Agent', 'Score (1-10)', 'Comment'],
      ['R-601', '2025-06-09 10:00:00', 'Ana', '10', 'Excellent'],
      ['R-602', '2025-06-10 10:00:00', 'Ana', '9', 'Very good'],
      ['R-603', '2025-06-11 10:00:00', 'Ben', '4', 'Slow']
    ];
    const g = guessMapping(rows);
    if (!g.ok) throw new Error(g.reason);
    expect(g.mapping.kind).toBe('surveys');
    expect(g.mapping.complete).toBe(true);
    expect(fieldsByHeader(g.mapping)['Score (1-10)']).toBe('score');
  });
});
