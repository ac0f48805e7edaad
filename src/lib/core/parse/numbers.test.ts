import { describe, expect, it } from 'vitest';
import { detectDecimalMark, parseNumber, type DecimalMark } from './numbers';

describe('parseNumber', () => {
  const cases: [string, DecimalMark, number][] = [
    ['1234', '.', 1234],
    ['-3.5', '.', -3.5],
    ['+7', '.', 7],
    ['.5', '.', 0.5],
    ['5.', '.', 5],
    ['0', '.', 0],
    ['1,234.5', '.', 1234.5],
    ['1,234.5', ',', 1234.5], // both marks present: the last one decides
    ['1.234,5', ',', 1234.5],
    ['1.234,5', '.', 1234.5],
    ['1 234,5', ',', 1234.5],
    ['1 234,5', '.', 1234.5],
    ['1\u00a0234,5', ',', 1234.5],
    ['1\u202f234,5', ',', 1234.5],
    ["1'234.5", '.', 1234.5],
    ['1,234,567.89', '.', 1234567.89],
    ['1.234.567', ',', 1234567],
    ['1.234.567', '.', 1234567], // repeated dots cannot be decimal marks
    ['1,23,456', '.', 123456], // Indian grouping
    ['1,234', '.', 1234],
    ['1,234', ',', 1.234], // the pitfall: with mark ',' this is one point two three four
    ['1.234', '.', 1.234],
    ['1.234', ',', 1234],
    ['1,5', '.', 1.5], // not a thousands group, so a decimal comma whatever the mark
    ['0,123', '.', 0.123], // a lone 0 is never a thousands group
    ['1,23', '.', 1.23],
    ['12%', '.', 12],
    ['94.01%', '.', 94.01],
    ['12 %', '.', 12],
    ['%12', '.', 12],
    ['$1,234.50', '.', 1234.5],
    ['$ 1,234.50', '.', 1234.5],
    ['-$12', '.', -12],
    ['$-12', '.', -12],
    ['€1.234,50', ',', 1234.5],
    ['1.234,50 €', ',', 1234.5],
    ['£3', '.', 3],
    ['USD 1,200', '.', 1200],
    ['1,200 SAR', '.', 1200],
    ['sar 5', '.', 5],
    ['1200 ﷼', '.', 1200],
    ['۱۲٬۵۰۰ ریال', '.', 12500],
    ['١٢٫٥', '.', 12.5],
    ['١٢٫٥', ',', 12.5],
    ['ر.س 15', '.', 15],
    ['15 ش"ח', '.', 15],
    ['(12)', '.', -12],
    ['($1,234.00)', '.', -1234],
    ['12-', '.', -12],
    ['−4', '.', -4],
    ['1.5e3', '.', 1500],
    ['2E-2', '.', 0.02],
    ['  42  ', '.', 42],
    ['007', '.', 7]
  ];
  it.each(cases)('%j with mark %j → %d', (raw, mark, expected) => {
    expect(parseNumber(raw, mark)).toBeCloseTo(expected, 10);
  });

  it.each([
    '',
    '   ',
    '12abc',
    'abc12',
    'N/A',
    '-',
    '—',
    '.',
    '2021-01-01',
    '01/02/2021',
    '12:30',
    '0x1A',
    'Infinity',
    'NaN',
    '1.2.3',
    '12 34',
    '1,2,3',
    '(12',
    '12)',
    '$ US 5',
    '1e',
    'e5',
    '5 apples',
    '1.234.567,8.9',
    '1,234.5.6',
    '--5',
    '-(5)'
  ])('%j is not a number', (raw) => {
    expect(parseNumber(raw)).toBeNaN();
    expect(parseNumber(raw, ',')).toBeNaN();
  });

  it('keeps a 0 as a real 0 (a zero rating is data, whether it means "no rating" is the mapping\'s call)', () => {
    expect(parseNumber('0')).toBe(0);
    expect(parseNumber('0.0')).toBe(0);
    expect(Object.is(parseNumber('-0'), -0) || parseNumber('-0') === 0).toBe(true);
  });
});

describe('detectDecimalMark', () => {
  it.each([
    [['1.5', '2.25', '3'], '.'],
    [['1,5', '2,25', '3'], ','],
    [['1.234,5', '99'], ','],
    [['1,234.5', '99'], '.'],
    [['1.234.567', '12'], ','],
    [['1,234,567', '12'], '.'],
    [['1,234', '2,345'], '.'], // undecidable: default '.'
    [['1.234', '12,5'], ','], // the 12,5 decides
    [['۱۲٫۵'], '.'],
    [['$1,234.50', '$99.10'], '.'],
    [['1 234,50 €', '0,99 €'], ','],
    [['', 'N/A', '2021-01-02'], '.'],
    [[], '.']
  ] as [string[], DecimalMark][])('%j → %s', (samples, expected) => {
    expect(detectDecimalMark(samples)).toBe(expected);
  });
});
