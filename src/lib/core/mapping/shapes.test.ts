import { describe, expect, it } from 'vitest';
import { columnShape, looksDateTime, looksLikeDataRow, looksNumber } from './shapes';

describe('value shapes', () => {
  it.each([
    '2023-06-01 12:15:36',
    '2024-01-01T10:00:00Z',
    '01/01/2021',
    '22-04-15',
    '05/01/2022 12:00:03 AM',
    '22-Apr-15',
    '22 April 2015',
    'Apr 22, 2015',
    '02/Jan/24 10:00 AM',
    '۱۴۰۳/۰۱/۰۵'
  ])('%s is a date-time', (v) => expect(looksDateTime(v)).toBe(true));

  it.each(['12', '3.0', '1,234.5', '94.01%', '0:02:23', '2h 5m', '45 min', '-5', '٣٫٥'])(
    '%s is a number or duration',
    (v) => expect(looksNumber(v)).toBe(true)
  );

  it.each(['Closed', 'SD-1', 'abc12', ''])('%s is neither', (v) => {
    expect(looksDateTime(v)).toBe(false);
    expect(looksNumber(v)).toBe(false);
  });

  it('decides a column by 80 % of its values, ignoring blanks', () => {
    expect(columnShape(['2024-01-01', '', '2024-01-02', '2024-01-03', '2024-01-04', 'n/a'])).toBe('datetime');
    expect(columnShape(['1', '2', 'x'])).toBe('text');
    expect(columnShape(['', ' '])).toBe('empty');
    expect(columnShape(['30', '70', '0:01:00'])).toBe('number');
  });

  it('tells a data row from a header row', () => {
    expect(looksLikeDataRow(['1', '2024-01-01 10:00', '5', 'Ann'])).toBe(true);
    expect(looksLikeDataRow(['Ticket ID', 'Created at', 'Status'])).toBe(false);
  });
});
