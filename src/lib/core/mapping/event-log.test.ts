import { describe, expect, it } from 'vitest';
import { EventLogFolder, historyColumns } from './event-log';
import { guessMapping } from './guess';
import { fixtureRows } from './test-helpers';
import type { FileMapping } from './types';

const HEAD = ['ticket_id', 'created_at', 'status', 'agent', 'team', 'updated_at'];
const LOG = [
  HEAD,
  ['T1', '2025-01-06 09:00', 'new', '', 'L1', '2025-01-06 09:00'],
  ['T1', '2025-01-06 09:00', 'open', 'ana', 'L1', '2025-01-06 09:20'],
  ['T2', '2025-01-06 10:00', 'new', 'bo', 'L1', '2025-01-06 10:05'],
  ['T1', '2025-01-06 09:00', 'open', 'cy', 'L2', '2025-01-06 11:00'],
  ['T1', '2025-01-06 09:00', 'resolved', 'cy', 'L2', '2025-01-06 12:00'],
  ['T2', '2025-01-06 10:00', 'resolved', 'bo', 'L1', '2025-01-06 13:00'],
  ['T1', '2025-01-06 09:00', 'open', 'cy', 'L2', '2025-01-07 08:00'],
  ['T1', '2025-01-06 09:00', 'closed', 'cy', 'L2', '2025-01-07 09:00']
];

function guessed(rows: string[][]): FileMapping {
  const g = guessMapping(rows);
  if (!g.ok) throw new Error(g.reason);
  return g.mapping;
}

describe('event logs', () => {
  it('are detected when the key repeats in the sample, with the column that dates each event', () => {
    const m = guessed(LOG);
    expect(m.eventLog).toEqual({ timeColumn: 5, sampleRows: 8, sampleRecords: 2 });
    const ticketsExport = guessed([HEAD, ...LOG.slice(1, 4).map((r, i) => [`X${i}`, ...r.slice(1)])]);
    expect(ticketsExport.eventLog).toBeUndefined();
  });

  it('the ServiceNow event-log form is one (sys_updated_at dates the events); its incident export is not', () => {
    const header = fixtureRows('servicenow-event-log.csv')[0];
    const row = (n: string) => header.map((h) => (h === 'number' ? n : h === 'opened_at' ? '1/10/2025 08:00' : '?'));
    const m = guessed([header, row('INC1'), row('INC1'), row('INC2'), row('INC2'), row('INC2')]);
    expect(m.format).toBe('servicenow-incident');
    expect(m.complete).toBe(true);
    expect(m.eventLog?.timeColumn).toBe(header.indexOf('sys_updated_at'));
    const plain = fixtureRows('servicenow-incident.csv')[0];
    const one = (n: string) => plain.map((h) => (h === 'number' ? n : h === 'opened_at' ? '2025-09-01 09:00' : ''));
    expect(guessed([plain, one('INC1'), one('INC2'), one('INC3')]).eventLog).toBeUndefined();
  });

  it('fold to the last row per key, with first assignment, reassignments and reopenings from the history', () => {
    const m = historyColumns(guessed(LOG), HEAD.length);
    expect(m.columns.slice(HEAD.length).map((c) => [c.index, c.field])).toEqual([
      [6, 'first_assigned_at'],
      [7, 'reassignments'],
      [8, 'reopened']
    ]);
    const f = new EventLogFolder(m, 'ticket_id', HEAD.length);
    LOG.slice(1).forEach((r, i) => f.push(r, i + 2));
    f.push(['', '2025-01-06 09:00', 'open', 'x', 'L1', '2025-01-06 09:00'], 99);
    expect([f.events, f.size, f.keyless]).toEqual([9, 2, 1]);
    const out = [...f.finish()];
    // T1: last row closed; first agent at 09:20; ana → cy and L1 → L2 at 11:00 is one reassignment;
    // resolved → open on 01-07 is one reopening. T2: bo from the start, never moved or reopened.
    expect(out).toEqual([
      { cells: [...LOG[8], '2025-01-06 09:20', '1', '1'], line: 9 },
      { cells: [...LOG[6], '2025-01-06 10:05', '0', '0'], line: 7 }
    ]);
    expect(f.size).toBe(0);
  });

  it('a history field the file carries itself is read from the file, not the history', () => {
    const head = [...HEAD, 'reopen_count'];
    const m = guessed([head, ...LOG.slice(1).map((r) => [...r, '0'])]);
    const fields = historyColumns(m, head.length)
      .columns.slice(head.length)
      .map((c) => c.field);
    expect(fields).toEqual(['first_assigned_at', 'reassignments']);
  });

  it('without a time column there is no first-assignment time', () => {
    const head = HEAD.slice(0, 5);
    const m = guessed([head, ...LOG.slice(1).map((r) => r.slice(0, 5))]);
    expect(m.eventLog?.timeColumn).toBe(-1);
    const fields = historyColumns(m, head.length)
      .columns.slice(head.length)
      .map((c) => c.field);
    expect(fields).toEqual(['reassignments', 'reopened']);
  });
});

describe('a remembered event-log mapping', () => {
  it('moves its time column with a reordered header', async () => {
    const { applySavedMapping } = await import('./signature');
    const saved = guessed(LOG);
    const reordered = ['updated_at', ...HEAD.slice(0, 5)];
    const applied = applySavedMapping(saved, reordered);
    expect(applied?.eventLog?.timeColumn).toBe(0);
    expect(applied?.columns.find((c) => c.field === 'ticket_id')?.index).toBe(1);
  });
});
