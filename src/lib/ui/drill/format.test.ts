import { describe, expect, it } from 'vitest';
import { cellText, drillCsv } from './format';

describe('drill-down cells', () => {
  it('writes a formula-safe CSV with ISO instants and a kind column for mixed lists', () => {
    const columns = {
      tickets: [
        { field: 'ticket_id', type: 'text' as const },
        { field: 'created_at', type: 'time' as const }
      ],
      calls: [
        { field: 'call_id', type: 'text' as const },
        { field: 'value', type: 'value' as const, unit: 'seconds' as const }
      ]
    };
    const csv = drillCsv(columns, [
      { kind: 'tickets', index: 0, cells: ['=HYPERLINK("x")', Date.UTC(2025, 0, 2, 3, 4)] },
      { kind: 'calls', index: 1, cells: ['c,1', 42] }
    ]);
    expect(csv.split('\r\n')).toEqual([
      'kind,ticket_id,created_at,call_id,value',
      `tickets,"'=HYPERLINK(""x"")",2025-01-02T03:04:00.000Z,,`,
      'calls,,,"c,1",42',
      ''
    ]);
  });

  it('shows durations, vocabulary words and local digits', () => {
    expect(cellText({ field: 'value', type: 'value', unit: 'seconds' }, 3725, 'en', 'UTC', 'gregory')).toBe('1 h 2 m');
    expect(cellText({ field: 'channel', type: 'text' }, 'email', 'fa', 'UTC', 'gregory')).not.toBe('email');
    expect(cellText({ field: 'replies', type: 'number' }, 12, 'fa', 'UTC', 'gregory')).toBe('۱۲');
    expect(cellText({ field: 'abandoned', type: 'boolean' }, 1, 'en', 'UTC', 'gregory')).toBe('Yes');
    expect(cellText({ field: 'agent', type: 'text' }, null, 'en', 'UTC', 'gregory')).toBe('–');
  });
});
