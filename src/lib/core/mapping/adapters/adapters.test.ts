import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../guess';
import { fixtureRows, parseCsv } from '../test-helpers';
import type { AdapterRecord } from '../types';
import { ADAPTERS } from './index';
import { agentFromChannel } from './asterisk-cdr';

function run(adapterId: string, rows: readonly (readonly string[])[]): AdapterRecord[] {
  const a = ADAPTERS[adapterId].create();
  rows.forEach((r, i) => a.push(r, i + 1));
  return [...a.finish()];
}

describe('Asterisk CDR', () => {
  const rows = fixtureRows('asterisk-cdr.csv').filter((r) => r.length > 1);

  it('is recognised by shape, with no header', () => {
    const g = guessMapping(rows);
    if (!g.ok) throw new Error(g.reason);
    expect(g.mapping).toMatchObject({
      kind: 'calls',
      format: 'asterisk-cdr',
      adapter: 'asterisk-cdr',
      hasHeader: false,
      headerRow: -1,
      complete: true
    });
    expect(g.mapping.columns[9]).toMatchObject({ header: 'start', field: 'queued_at' });
  });

  it('makes one call per row, abandoned from the disposition', () => {
    const calls = run('asterisk-cdr', rows);
    expect(calls.map((c) => c.record)).toEqual([
      {
        call_id: '1709542800.1',
        queued_at: '2024-03-04 09:00:00',
        answered_at: '2024-03-04 09:00:12',
        ended_at: '2024-03-04 09:03:12',
        abandoned: '0',
        agent: 'SIP/8007',
        customer_id: '5551001'
      },
      {
        call_id: '1709543100.3',
        queued_at: '2024-03-04 09:05:00',
        answered_at: '',
        ended_at: '2024-03-04 09:05:30',
        abandoned: '1',
        agent: '',
        customer_id: '5551002'
      },
      {
        call_id: '1709543220.5',
        queued_at: '2024-03-04 09:07:00',
        answered_at: '',
        ended_at: '2024-03-04 09:07:04',
        abandoned: '1',
        agent: '',
        customer_id: '5551003'
      }
    ]);
    expect(calls.map((c) => [c.kind, c.line])).toEqual([
      ['calls', 1],
      ['calls', 2],
      ['calls', 3]
    ]);
  });

  it('builds an id from start + channel when uniqueid is not logged', () => {
    const short = rows.map((r) => r.slice(0, 16));
    expect(guessMapping(short).ok && run('asterisk-cdr', short)[0].record.call_id).toBe(
      '2024-03-04 09:00:00|SIP/trunk-00000001'
    );
  });

  it('strips the per-call suffix of a channel', () => {
    expect(agentFromChannel('SIP/8007-0000001a')).toBe('SIP/8007');
    expect(agentFromChannel('Local/100@from-queue-00000a2b;1')).toBe('Local/100@from-queue');
    expect(agentFromChannel('PJSIP/alice')).toBe('PJSIP/alice');
  });
});

describe('Asterisk queue_log', () => {
  const text = readFileSync(fileURLToPath(new URL('../fixtures/asterisk-queue-log.txt', import.meta.url)), 'utf8');
  const rows = parseCsv(text).filter((r) => r.some((c) => c !== ''));

  it('is recognised by shape (pipe-delimited, no header)', () => {
    expect(rows[0].length).toBeGreaterThan(5); // the parser found the pipes
    const g = guessMapping(rows);
    if (!g.ok) throw new Error(g.reason);
    expect(g.mapping).toMatchObject({
      kind: 'calls',
      format: 'asterisk-queue-log',
      adapter: 'asterisk-queue-log',
      hasHeader: false
    });
  });

  it('folds events by callid into calls', () => {
    const calls = run('asterisk-queue-log', rows).map((c) => ({ line: c.line, ...c.record }));
    const t = (s: number) => new Date(s * 1000).toISOString();
    expect(calls).toEqual([
      {
        line: 1,
        call_id: '1709542800.1',
        queued_at: t(1709542800),
        answered_at: t(1709542812),
        ended_at: t(1709542992),
        abandoned: '0',
        abandon_stage: '',
        agent: 'SIP/8007',
        queue: 'support',
        customer_id: '5551001'
      },
      {
        line: 4,
        call_id: '1709543100.3',
        queued_at: t(1709543100),
        answered_at: '',
        ended_at: t(1709543130),
        abandoned: '1',
        abandon_stage: 'hold',
        agent: '',
        queue: 'support',
        customer_id: '5551002'
      },
      {
        line: 7,
        call_id: '1709543220.5',
        queued_at: t(1709543220),
        answered_at: '',
        ended_at: t(1709543280),
        abandoned: '1',
        abandon_stage: 'hold',
        agent: '',
        queue: 'sales',
        customer_id: '5551003'
      },
      {
        // The same caller re-entered another queue after timing out: a second call.
        line: 9,
        call_id: '1709543220.5#2',
        queued_at: t(1709543300),
        answered_at: t(1709543305),
        ended_at: t(1709543400),
        abandoned: '0',
        abandon_stage: '',
        agent: 'SIP/8009',
        queue: 'support',
        customer_id: '5551003'
      },
      {
        // Still waiting when the log ends: no end, outcome unknown (not counted as abandoned).
        line: 12,
        call_id: '1709543500.9',
        queued_at: t(1709543500),
        answered_at: '',
        ended_at: '',
        abandoned: '',
        abandon_stage: '',
        agent: '',
        queue: 'support',
        customer_id: '5551004'
      }
    ]);
  });

  it('dates a call whose ENTERQUEUE is before the log from its hold and wait times', () => {
    const calls = run('asterisk-queue-log', [
      ['1000000100', 'c1', 'q', 'SIP/1', 'CONNECT', '40', 'x', '2'],
      ['1000000200', 'c1', 'q', 'SIP/1', 'COMPLETEAGENT', '40', '100', '1'],
      ['1000000300', 'c2', 'q', 'NONE', 'ABANDON', '1', '1', '25']
    ]).map((c) => c.record);
    expect(calls[0].queued_at).toBe(new Date(1000000060 * 1000).toISOString());
    expect(calls[1].queued_at).toBe(new Date(1000000275 * 1000).toISOString());
  });

  it('accepts rows that reach it unsplit (one cell holding the pipes)', () => {
    const unsplit = text
      .split('\n')
      .filter(Boolean)
      .map((l) => [l]);
    expect(guessMapping(unsplit).ok && run('asterisk-queue-log', unsplit)).toHaveLength(5);
  });
});

describe('Intercom (prodsight) conversation export', () => {
  const header = fixtureRows('intercom-prodsight.csv')[0];
  const row = (o: Record<string, string>): string[] => header.map((h) => o[h] ?? '');
  const conv = {
    conversation_id: 'c1',
    conversation_state: 'closed',
    conversation_created_at: '2017-11-14 21:45:08',
    conversation_first_response_at: '2017-11-14 21:50:00',
    conversation_closed_at: '2017-11-15 08:00:00',
    conversation_tags: 'billing'
  };
  const rows = [
    row({
      ...conv,
      message_id: 'm1',
      message_type: 'conversation_message',
      message_created_at: '2017-11-14 21:45:08',
      message_author_type: 'user',
      message_author_name: 'Zoe'
    }),
    row({
      ...conv,
      message_id: 'm2',
      message_type: 'assignment',
      message_created_at: '2017-11-14 21:46:00',
      message_author_type: 'admin',
      message_author_name: 'Bot'
    }),
    row({
      ...conv,
      message_id: 'm3',
      message_type: 'comment',
      message_created_at: '2017-11-14 21:50:00',
      message_author_type: 'admin',
      message_author_name: 'Ann'
    }),
    row({
      ...conv,
      message_id: 'm4',
      message_type: 'note',
      message_created_at: '2017-11-14 21:51:00',
      message_author_type: 'admin',
      message_author_name: 'Ann'
    }),
    row({
      ...conv,
      message_id: 'm5',
      message_type: 'comment',
      message_created_at: '2017-11-14 22:00:00',
      message_author_type: 'lead',
      message_author_name: 'Zoe'
    }),
    row({
      ...conv,
      conversation_id: 'c2',
      conversation_state: 'open',
      message_id: 'm6',
      message_type: 'conversation_message',
      message_created_at: '2017-11-16 09:00:00',
      message_author_type: 'user'
    })
  ];

  it('is recognised and read through its adapter', () => {
    const g = guessMapping([header, ...rows]);
    if (!g.ok) throw new Error(g.reason);
    expect(g.mapping).toMatchObject({
      kind: 'messages',
      format: 'intercom-prodsight',
      adapter: 'intercom-prodsight',
      complete: true
    });
  });

  it('keeps messages, drops admin events, and folds conversations into tickets', () => {
    const g = guessMapping([header]);
    if (!g.ok) throw new Error(g.reason);
    const a = ADAPTERS['intercom-prodsight'].create(g.mapping);
    rows.forEach((r, i) => a.push(r, i + 2));
    const drained = [...a.drain!()];
    expect(drained.map((r) => [r.record.message_id, r.record.direction, r.record.agent])).toEqual([
      ['m1', 'in', ''],
      ['m3', 'out', 'Ann'],
      ['m5', 'in', ''],
      ['m6', 'in', '']
    ]);
    expect(drained[1].record.sent_at).toBe('2017-11-14T21:50:00Z');
    const tickets = [...a.finish()];
    expect(tickets.map((t) => ({ line: t.line, kind: t.kind, ...t.record }))).toEqual([
      {
        line: 2,
        kind: 'tickets',
        ticket_id: 'c1',
        created_at: '2017-11-14T21:45:08Z',
        first_response_at: '2017-11-14T21:50:00Z',
        resolved_at: '2017-11-15T08:00:00Z',
        status: 'closed',
        tags: 'billing',
        agent: 'Ann',
        messages: '3',
        replies: '1'
      },
      {
        line: 7,
        kind: 'tickets',
        ticket_id: 'c2',
        created_at: '2017-11-14T21:45:08Z',
        first_response_at: '2017-11-14T21:50:00Z',
        resolved_at: '',
        status: 'open',
        tags: 'billing',
        agent: '',
        messages: '1',
        replies: '0'
      }
    ]);
  });

  it('falls back to the documented column order without a mapping', () => {
    const a = ADAPTERS['intercom-prodsight'].create();
    a.push(rows[2], 4);
    expect([...a.finish()].map((r) => r.kind)).toEqual(['messages', 'tickets']);
  });
});

describe('drain', () => {
  it('hands over finished queue_log calls early and keeps calls in progress', () => {
    const a = ADAPTERS['asterisk-queue-log'].create();
    a.push(['100', 'c1', 'q', 'NONE', 'ENTERQUEUE', '', '555', '1'], 1);
    a.push(['110', 'c2', 'q', 'NONE', 'ENTERQUEUE', '', '556', '2'], 2);
    a.push(['120', 'c1', 'q', 'NONE', 'ABANDON', '1', '1', '20'], 3);
    expect([...a.drain!()].map((r) => r.record.call_id)).toEqual(['c1']);
    expect([...a.drain!()]).toEqual([]);
    expect([...a.finish()].map((r) => r.record.call_id)).toEqual(['c2']);
  });

  it('CDR rows are complete as soon as they are pushed', () => {
    const rows = fixtureRows('asterisk-cdr.csv').filter((r) => r.length > 1);
    const a = ADAPTERS['asterisk-cdr'].create();
    a.push(rows[0], 1);
    expect([...a.drain!()]).toHaveLength(1);
    a.push(rows[1], 2);
    expect([...a.finish()]).toHaveLength(1);
  });
});
