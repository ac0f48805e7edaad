import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from './digits';

describe('toAsciiDigits', () => {
  it.each([
    ['plain ASCII is untouched', '12,345.6', '12,345.6'],
    ['Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Persian digits', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['Arabic decimal and thousands separators', '١٬٢٣٤٫٥', '1,234.5'],
    ['Arabic percent sign', '٩٤٫٠١٪', '94.01%'],
    ['Persian date', '۱۴۰۲/۰۵/۱۲', '1402/05/12'],
    ['bidi marks removed', '\u200f12\u200e:\u061c30\u202b\u202c\u2066x\u2069', '12:30x'],
    ['BOM removed', '\ufeffCall Id', 'Call Id'],
    ['no-break spaces become spaces', '1\u00a0234\u202f567\u20078', '1 234 567 8'],
    ['other non-ASCII letters are kept', 'café ریال ₪', 'café ریال ₪'],
    ['mixed', 'ریال ۱۲۳', 'ریال 123']
  ])('%s', (_what, input, expected) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });

  it('returns the very same string for ASCII input (no copy)', () => {
    const s = 'x'.repeat(10) + '2021-01-01';
    expect(Object.is(toAsciiDigits(s), s)).toBe(true);
  });
});
