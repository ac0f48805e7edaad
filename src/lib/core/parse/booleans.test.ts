import { describe, expect, it } from 'vitest';
import { parseBoolean, parseCheckmark } from './booleans';

describe('parseBoolean', () => {
  it.each([
    ...['yes', 'Yes', 'YES', 'y', 'Y', 'true', 'TRUE', 'True', 't', '1', 'on', 'x', 'X', '✓', ' yes '].map(
      (v) => [v, 1] as const
    ),
    ...['no', 'No', 'N', 'n', 'false', 'FALSE', 'f', '0', 'off', '✗'].map((v) => [v, 0] as const),
    ['Within SLA', 1],
    ['within  sla', 1],
    ['SLA Violated', 0],
    ['Breached', 0],
    ['نعم', 1],
    ['لا', 0],
    ['بله', 1],
    ['آره', 1],
    ['خیر', 0],
    ['خير', 0], // Arabic yeh spelling of the Persian word
    ['نه', 0],
    ['כן', 1],
    ['לא', 0],
    ['\u200fنعم\u200f', 1],
    ['١', 1],
    ['۰', 0]
  ] as [string, number][])('%j → %d', (raw, expected) => {
    expect(parseBoolean(raw)).toBe(expected);
  });

  it.each(['', '  ', 'maybe', '2', '3', 'yes please', 'Offered', 'N/A', '-'])(
    '%j → NaN (unknown, never a silent 0)',
    (raw) => {
      expect(parseBoolean(raw)).toBeNaN();
    }
  );

  it('a satisfaction of "0" is a number question, not a boolean one', () => {
    // parseBoolean('0') is 0 because in a yes/no column 0 means no; in a rating column the
    // mapper chooses parseNumber and its value map, so "0 = no rating" is decided there.
    expect(parseBoolean('0')).toBe(0);
    expect(parseBoolean('3')).toBeNaN();
  });
});

describe('parseCheckmark', () => {
  it.each([
    ['x', 1],
    ['', 0],
    ['  ', 0],
    ['no', 0],
    ['✔', 1]
  ] as [string, number][])('%j → %d', (raw, expected) => {
    expect(parseCheckmark(raw)).toBe(expected);
  });
  it('still refuses junk', () => expect(parseCheckmark('maybe')).toBeNaN());
});
