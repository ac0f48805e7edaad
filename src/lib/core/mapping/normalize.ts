/**
 * Header normalisation: the one key every synonym, format signature and saved mapping is matched on.
 *
 * Promise: two headers a person would call "the same column" normalise to the same string, whatever the
 * case, spacing, punctuation, camelCase or snake_case, accents, BOM, Arabic/Persian letter variants
 * (ي/ى/ی, ك/ک, أ/إ/آ/ا, ة/ه), Arabic diacritics and tatweel, Hebrew points, or Arabic-Indic/Persian digits.
 * '#' and '%' are kept as words because they carry meaning ('Ticket #', 'Answer %').
 */

const DIGITS: Record<string, string> = {};
for (let i = 0; i < 10; i++) {
  DIGITS[String.fromCharCode(0x0660 + i)] = String(i); // Arabic-Indic
  DIGITS[String.fromCharCode(0x06f0 + i)] = String(i); // Persian (Extended Arabic-Indic)
}

const LETTERS: Record<string, string> = {
  ي: 'ی', // Arabic yeh → Persian yeh
  ى: 'ی', // alef maksura
  ئ: 'ی',
  ك: 'ک', // Arabic kaf → Persian keheh
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه', // teh marbuta
  ۀ: 'ه',
  ؤ: 'و'
};

// Marks: combining accents (Latin), Arabic harakat, superscript alef, Hebrew niqqud; tatweel; bidi/zero-width.
const STRIP =
  /[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b\u200d-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;
const ARABIC_VARIANTS = /[\u0660-\u0669\u06f0-\u06f9يىئكأإآٱةۀؤ]/g;
// camelCase / PascalCase boundaries: "customerID" → "customer ID", "StartTime" → "Start Time", "IDNumber" → "ID Number".
const CAMEL_LOWER_UPPER = /(\p{Ll}|\d)(\p{Lu})/gu;
const CAMEL_ACRONYM = /(\p{Lu})(\p{Lu}\p{Ll})/gu;
const NON_WORD = /[^\p{L}\p{N}#%]+/gu;

export function normalizeHeader(h: string): string {
  let s = h.normalize('NFKD').replace(STRIP, '');
  s = s.replace(ARABIC_VARIANTS, (c) => DIGITS[c] ?? LETTERS[c] ?? c);
  s = s.replace(CAMEL_LOWER_UPPER, '$1 $2').replace(CAMEL_ACRONYM, '$1 $2');
  s = s.toLowerCase().replace(/#/g, ' # ').replace(/%/g, ' % ');
  // ZWNJ (U+200C) joins Persian word parts: 'می‌شود' and 'می شود' are typed both ways.
  return s
    .replace(/\u200c/g, ' ')
    .replace(NON_WORD, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}
