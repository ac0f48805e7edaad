import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { errorsToCsv } from './errors-csv';

describe('errorsToCsv', () => {
  it('quotes every cell, neutralises formulas and round-trips through a CSV parser', () => {
    const csv = errorsToCsv([
      { file: 'a.csv', line: 3, column: 'created_at', value: '=HYPERLINK("http://x")', reason: 'bad "date"' },
      { file: 'a.csv', line: 9, column: 'csat', value: '-1+2', reason: 'r', severity: 'warning' },
      { file: 'b,c.csv', line: 10, column: 'x', value: '@SUM(A1)\nnext', reason: 'multi\nline' },
      { file: 'd.csv', line: 11, column: 'y', value: '\tx', reason: 'tab' },
      { file: 'e.csv', line: 12, column: 'z', value: 'plain', reason: 'ok' }
    ]);
    const rows = Papa.parse<string[]>(csv.trim(), {}).data;
    expect(rows[0]).toEqual(['file', 'line', 'column', 'value', 'severity', 'reason']);
    expect(rows[1]).toEqual(['a.csv', '3', 'created_at', `'=HYPERLINK("http://x")`, 'error', 'bad "date"']);
    expect(rows[2][3]).toBe("'-1+2");
    expect(rows[2][4]).toBe('warning');
    expect(rows[3]).toEqual(['b,c.csv', '10', 'x', "'@SUM(A1)\nnext", 'error', 'multi\nline']);
    expect(rows[4][3]).toBe("'\tx");
    expect(rows[5][3]).toBe('plain');
  });
});
