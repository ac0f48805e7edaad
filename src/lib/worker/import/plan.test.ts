import { describe, expect, it } from 'vitest';
import { buildPlan, fileDateOrder } from './plan';
import type { FileMapping } from './mapping-api';

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
