/**
 * Reading numbers the way spreadsheets and helpdesks write them.
 *
 * Why it exists: `Number()` accepts hex, '' (as 0) and "Infinity", and rejects "1,234.5",
 * "1.234,5", "12%", "$1,200" and "۱۲٫۵". Exports from different locales disagree on which of
 * '.' and ',' is the decimal mark, so a column is sniffed once (`detectDecimalMark`) and every
 * cell is then parsed with that mark (`parseNumber`).
 *
 * Promises of `parseNumber(raw, mark)`:
 * - NaN (never 0) for anything that is not a number: '', 'N/A', '12abc', dates, times.
 * - When both '.' and ',' appear, the last one is the decimal mark whatever `mark` says.
 * - When one of them appears once, it is the decimal mark if it equals `mark`; otherwise it is a
 *   thousands separator only if it looks like one (1–3 digits, not a lone "0", before it and
 *   exactly 3 after it): so `1,234` is 1234 with mark '.', and 1.234 with mark ','; `1,5` is 1.5
 *   with either mark. Repeated, it is a thousands separator ("1.234.567").
 * - Spaces, no-break spaces and apostrophes group thousands ("1 234,5", "1'234.5"); Indian
 *   grouping ("1,23,456") is accepted. Groups are checked: "1,23" with mark '.' is 1.23.
 * - A '%' before or after is dropped ("12%" → 12; a percentage stays in percent units).
 * - Currency symbols and codes before or after are dropped ($ € £ ﷼ ریال SAR "ر.س" …).
 * - Negative: leading '-', '−' (U+2212), a trailing '-', or accounting parentheses "(12)".
 * - Arabic-Indic and Persian digits and separators (via `toAsciiDigits`); exponents ("1.5e3").
 */
import { toAsciiDigits } from './digits';

export type DecimalMark = '.' | ',';

/** Currency words and codes seen around amounts (compared lower-cased). */
// prettier-ignore
const CURRENCY_WORDS = new Set(
  [
    'usd', 'us$', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'inr', 'sar', 'aed', 'qar', 'kwd', 'bhd',
    'omr', 'jod', 'egp', 'irr', 'irt', 'ils', 'nis', 'try', 'pkr', 'cad', 'ca$', 'aud', 'a$',
    'nzd', 'chf', 'fr', 'fr.', 'sek', 'nok', 'dkk', 'kr', 'kr.', 'pln', 'zł', 'czk', 'kč', 'huf',
    'ft', 'rub', 'руб', 'руб.', 'brl', 'r$', 'mxn', 'mx$', 'zar', 'sgd', 's$', 'hkd', 'hk$', 'krw',
    'myr', 'rm', 'idr', 'rp', 'thb', 'php', 'vnd', 'ngn', 'kes', 'mad', 'dzd', 'tnd', 'iqd', 'lbp',
    'syp', 'yer', 'afn', 'rs', 'rs.', 'dh', 'dhs',
    // Arabic, Persian and Hebrew names and abbreviations.
    'ریال', 'ريال', 'تومان', 'ر.س', 'ر.س.', 'ر.س‏', 'د.إ', 'د.إ.', 'درهم', 'دينار', 'دینار', 'جنيه',
    'ج.م', 'ج.م.', 'ش"ח', 'ש"ח', 'ש״ח', 'שקל', 'שקלים', 'ر.ق', 'د.ك', 'ر.ع', 'د.ب', 'د.ا'
  ]
);
// Any run of Unicode currency symbols: $ € £ ¥ ₹ ₽ ₪ ₺ ﷼ ₩ ₫ ฿ ₦ …
const CURRENCY_SYMBOLS = /^\p{Sc}+$/u;

function isCurrency(word: string): boolean {
  return CURRENCY_WORDS.has(word.toLowerCase()) || CURRENCY_SYMBOLS.test(word);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whatever surrounds the digits: signs, parentheses, '%', spaces and at most one currency word.
 * Returns a bit set (1 = minus, 2 = open paren, 4 = close paren) or -1 if something else is there.
 */
function affixFlags(s: string, from: number, to: number): number {
  let flags = 0;
  let wordStart = -1;
  let wordEnd = -1;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    // Each of minus, '(' and ')' may appear once.
    const bit = c === 45 || c === 0x2212 ? 1 : c === 40 ? 2 : c === 41 ? 4 : 0;
    if (bit !== 0) {
      if ((flags & bit) !== 0) return -1;
      flags |= bit;
    } else if (c !== 43 && c !== 37 && c > 32) {
      // Part of a word: only one contiguous word is allowed ("US $" is two).
      if (wordStart < 0) wordStart = i;
      else if (wordEnd !== i) return -1;
      wordEnd = i + 1;
    }
  }
  if (wordStart >= 0 && !isCurrency(s.slice(wordStart, wordEnd))) return -1;
  return flags;
}

/** Checks digit groups "1", "234", "567" between group separators; 2-digit middles allowed (Indian). */
function groupsValid(lengths: number[]): boolean {
  if (lengths[0] < 1 || lengths[0] > 3) return false;
  for (let i = 1; i < lengths.length; i++) {
    const n = lengths[i];
    if (n !== 3 && !(n === 2 && i < lengths.length - 1)) return false;
  }
  return true;
}

export function parseNumber(raw: string, mark: DecimalMark = '.'): number {
  const s = toAsciiDigits(raw);
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  if (a === b) return NaN;

  // Fast path: [+-]digits[.digits] with '.' as the decimal mark, the bulk of machine exports.
  {
    let i = a;
    const c0 = s.charCodeAt(i);
    if (c0 === 45 || c0 === 43) i++;
    let digits = 0;
    let dots = 0;
    for (; i < b; i++) {
      const c = s.charCodeAt(i);
      if (isDigit(c)) digits++;
      else if (c === 46 && dots === 0) dots++;
      else break;
    }
    if (i === b && digits > 0 && (dots === 0 || mark === '.')) return Number(s.slice(a, b));
  }

  let first = -1;
  let last = -1;
  for (let i = a; i < b; i++) {
    if (isDigit(s.charCodeAt(i))) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return NaN;
  // A separator right before the first digit belongs to the number (".5", "-,5").
  let coreStart = first;
  const before = s.charCodeAt(first - 1);
  if (first > a && (before === 46 || before === 44)) coreStart--;
  // Likewise a trailing separator ("5.") is part of the number, not of the suffix.
  let coreEnd = last + 1;
  const after = s.charCodeAt(coreEnd);
  if (coreEnd < b && (after === 46 || after === 44) && (coreEnd + 1 === b || s.charCodeAt(coreEnd + 1) <= 32))
    coreEnd++;

  const pre = affixFlags(s, a, coreStart);
  const post = affixFlags(s, coreEnd, b);
  if (pre < 0 || post < 0) return NaN;
  if ((pre & 4) !== 0 || (post & 2) !== 0 || ((post & 1) !== 0 && (pre & 1) !== 0)) return NaN;
  const paren = (pre & 2) !== 0;
  if (paren !== ((post & 4) !== 0)) return NaN;
  const minus = (pre & 1) !== 0 || (post & 1) !== 0;
  if (paren && minus) return NaN;
  const negative = paren || minus;

  // Core: digits, '.', ',', grouping spaces/apostrophes, and an exponent.
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  let spaces = 0;
  let expAt = -1;
  for (let i = coreStart; i < coreEnd; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) continue;
    if (c === 46) {
      dots++;
      lastDot = i;
    } else if (c === 44) {
      commas++;
      lastComma = i;
    } else if (c === 32 || c === 39 || c === 0x2019 || c === 0x2009) {
      spaces++;
    } else if ((c === 101 || c === 69) && expAt < 0 && i > coreStart) {
      expAt = i;
      const n = s.charCodeAt(i + 1);
      if (n === 43 || n === 45) i++;
      if (!isDigit(s.charCodeAt(i + 1))) return NaN;
    } else return NaN;
  }
  const mantEnd = expAt < 0 ? coreEnd : expAt;
  if ((lastDot > mantEnd || lastComma > mantEnd) && expAt >= 0) return NaN;

  // Decide which character is the decimal mark (0 = none).
  let dec = 0;
  if (dots > 0 && commas > 0) dec = lastDot > lastComma ? 46 : 44;
  else if (dots + commas === 1) {
    const at = dots ? lastDot : lastComma;
    const ch = dots ? 46 : 44;
    if (ch === (mark === '.' ? 46 : 44)) dec = ch;
    else {
      let intDigits = 0;
      for (let i = coreStart; i < at; i++) if (isDigit(s.charCodeAt(i))) intDigits++;
      const leadingZero = intDigits === 1 && s.charCodeAt(at - 1) === 48;
      const looksGrouped = mantEnd - at - 1 === 3 && intDigits >= 1 && !leadingZero && spaces === 0;
      if (!looksGrouped || expAt >= 0) dec = ch;
    }
  }
  if (dec !== 0 && (dec === 46 ? dots : commas) > 1) return NaN;

  // Walk the mantissa collecting digits and group lengths.
  let intPart = '';
  let frac = '';
  const groups: number[] = [];
  let groupLen = 0;
  let inFrac = false;
  let grouped = false;
  for (let i = coreStart; i < mantEnd; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      if (inFrac) frac += s[i];
      else {
        intPart += s[i];
        groupLen++;
      }
    } else if (c === dec) {
      inFrac = true;
    } else {
      if (inFrac) return NaN; // grouping inside the fraction
      grouped = true;
      groups.push(groupLen);
      groupLen = 0;
    }
  }
  if (grouped) {
    groups.push(groupLen);
    if (!groupsValid(groups) || expAt >= 0) return NaN;
  }
  if (intPart === '' && frac === '') return NaN;
  const text = (intPart || '0') + (frac ? '.' + frac : '') + (expAt >= 0 ? s.slice(expAt, coreEnd) : '');
  const v = Number(text);
  return negative ? -v : v;
}

/** Classifies one value's separators: +1 for '.', -1 for ',' as decimal mark, 0 when undecidable. */
function markVote(raw: string): number {
  const s = toAsciiDigits(raw);
  let first = -1;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    if (isDigit(s.charCodeAt(i))) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return 0;
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  const lead = s.charCodeAt(first - 1);
  const start = first > 0 && (lead === 46 || lead === 44) ? first - 1 : first;
  for (let i = start; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      dots++;
      lastDot = i;
    } else if (c === 44) {
      commas++;
      lastComma = i;
    } else if (!isDigit(c) && c !== 32 && c !== 39) return 0; // a date, a time, text
  }
  if (dots && commas) return lastDot > lastComma ? 1 : -1;
  if (dots + commas === 0) return 0;
  const vote = dots ? 1 : -1;
  if (dots > 1 || commas > 1) return -vote; // repeated: it groups thousands
  const at = dots ? lastDot : lastComma;
  const fracDigits = last - at;
  const intDigits = at - first;
  const zeroInt = intDigits <= 0 || (intDigits === 1 && s.charCodeAt(first) === 48);
  if (fracDigits !== 3 || zeroInt || intDigits > 3) return vote;
  return 0; // "1,234" / "1.234": either reading works
}

/**
 * The decimal mark of a column from sample values. Each value votes only when its separators
 * decide it; with no deciding value (or a tie) the answer is '.'.
 */
export function detectDecimalMark(samples: readonly string[]): DecimalMark {
  let score = 0;
  for (const v of samples) score += markVote(v);
  return score < 0 ? ',' : '.';
}
