import { describe, expect, it } from 'vitest';
import { buildPlan, fileDateOrder } from './plan';
import { normalizeVocabulary } from '../../core/parse/normalize';
import { guessMapping, type FileMapping } from './mapping-api';

describe('fileDateOrder', () => {
  it('takes the order a deciding column proves', () => {
    expect(fileDateOrder([['13/12/2024 10:00'], ['09/12/2024 12:00', '10/12/2024']])).toBe('dmy');
    expect(fileDateOrder([['12/13/2024'], ['12/09/2024']])).toBe('mdy');
  });
  it('stays undecided when nothing decides or columns disagree', () => {
    expect(fileDateOrder([['01/02/2024'], ['2024-05-01']])).toBeNull();
    expect(fileDateOrder([['13/01/2024'], ['01/13/2024']])).toBeNull();
  });
});

describe('buildPlan date columns', () => {
  it('reads an ambiguous column in the order another date column of the file proved (Trengo-like)', () => {
    const mapping: FileMapping = {
      kind: 'tickets',
      format: null,
      formatName: null,
      hasHeader: true,
      headerRow: 0,
      columns: [
        { index: 0, header: 'ID', field: 'ticket_id', confidence: 1 },
        { index: 1, header: 'Created at', field: 'created_at', confidence: 1 },
        { index: 2, header: 'Closed at', field: 'resolved_at', confidence: 1 }
      ],
      missingRequired: [],
      complete: true,
      confidence: 1
    };
    const rows = [
      ['1', '13/12/2024 09:00', '09/12/2024 11:00'],
      ['2', '14/12/2024 09:00', '10/12/2024 11:00']
    ];
    const plan = buildPlan(mapping, rows, 'UTC');
    const resolved = plan.fields.find((f) => f.field === 'resolved_at')!;
    expect(resolved.parse('09/12/2024 11:00')).toBe(Date.UTC(2024, 11, 9, 11));
    expect(plan.notes.join(' ')).not.toMatch(/could be day-first/);
  });
});

const HEADER = ['ticket_id', 'created_at', 'status', 'channel', 'agent'];
const ROWS = [HEADER, ['T1', '2026-01-05T09:00:00Z', 'Solved', 'E-mail', 'Ana']];

function plan() {
  const g = guessMapping(ROWS);
  if (!g.ok) throw new Error(g.reason);
  return buildPlan(g.mapping, ROWS.slice(1), 'UTC');
}

describe('buildPlan: remembered vocabulary spellings', () => {
  it('gives exactly what normalizeVocabulary gives, first time and remembered, past the memo limit', () => {
    const status = plan().fields.find((f) => f.field === 'status')!;
    const channel = plan().fields.find((f) => f.field === 'channel')!;
    const spellings = [
      'Solved',
      ' solved ',
      'OPEN',
      'on-hold',
      'Waiting on customer',
      'N/A',
      '',
      'Phone call (incoming)'
    ];
    const cells = [...spellings, ...Array.from({ length: 6000 }, (_, i) => `Custom status ${i % 5000}`), ...spellings];
    for (let pass = 0; pass < 2; pass++)
      for (const raw of cells) {
        expect(status.parse(raw)).toBe(normalizeVocabulary('status', raw.trim()));
        expect(channel.parse(raw)).toBe(normalizeVocabulary('channel', raw.trim()));
      }
    expect(status.parse('Solved')).toBe('resolved');
    expect(channel.parse('Phone call (incoming)')).toBe('phone');
  });

  it('plain text keeps its trimmed value; ids fold Persian digits', () => {
    const p = plan();
    expect(p.fields.find((f) => f.field === 'agent')!.parse('  Ana Lopez ')).toBe('Ana Lopez');
    expect(p.fields.find((f) => f.field === 'ticket_id')!.parse(' T-۱۲۳ ')).toBe('T-123');
  });
});
