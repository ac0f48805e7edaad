/**
 * Cheap value-shape checks for detection only (is this column of date-times or of numbers? is this row a
 * header or data?). Parsing proper is core/parse's job; these regexes only need to tell shapes apart in
 * the first ~50 rows, so they are deliberately loose.
 */

const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
function ascii(v: string): string {
  return v
    .replace(EASTERN_DIGITS, (c) => String((c.charCodeAt(0) & 0xf) % 10))
    .replace(/\u066b/g, '.') // Arabic decimal separator
    .replace(/\u066c/g, ',') // Arabic thousands separator
    .trim();
}

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const DATE_PATTERNS = [
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:$|[ T])/, // 2023-06-01, 2023-06-01T10:00
  /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?:$|[ T,])/, // 22-04-15, 01/01/2021 9:12
  new RegExp(`^\\d{1,2}[-/ ]${MONTH}[-/ ,]+\\d{2,4}`, 'i'), // 22-Apr-15, 22 April 2015, 02/Jan/24 (Jira)
  new RegExp(`^${MONTH}\\.? \\d{1,2},? \\d{4}`, 'i') // Apr 22, 2015
];
const NUMBER = /^[-+(]?[$€£]?\s?\d{1,3}(?:[,. \u00a0]?\d{3})*(?:[.,]\d+)?\)?\s?%?$/;
const CLOCK = /^-?\d{1,3}:\d{2}(?::\d{2}(?:\.\d+)?)?$/; // 0:02:23, 12:34 (a duration or a time of day)
const UNIT_DURATION = /^(?:\d+(?:[.,]\d+)?\s*(?:d|h|hr|hrs|hours?|m|min|mins|minutes?|s|sec|secs|seconds?)\s*)+$/i;

export function looksDateTime(v: string): boolean {
  const s = ascii(v);
  return DATE_PATTERNS.some((p) => p.test(s));
}

export function looksNumber(v: string): boolean {
  const s = ascii(v);
  return s !== '' && (NUMBER.test(s) || CLOCK.test(s) || UNIT_DURATION.test(s));
}

export type Shape = 'datetime' | 'number' | 'text' | 'empty';

/** Shape of a column from its sampled cells: 'empty' when no cell has a value; ≥ 80 % of values decide. */
export function columnShape(values: readonly string[]): Shape {
  let n = 0;
  let dates = 0;
  let numbers = 0;
  for (const raw of values) {
    const v = raw.trim();
    if (v === '') continue;
    n++;
    if (looksDateTime(v)) dates++;
    else if (looksNumber(v)) numbers++;
  }
  if (n === 0) return 'empty';
  if (dates >= 0.8 * n) return 'datetime';
  if (numbers >= 0.8 * n) return 'number';
  return 'text';
}

/** True when a row reads like data rather than a header: most of its non-empty cells are numbers or dates. */
export function looksLikeDataRow(row: readonly string[]): boolean {
  let n = 0;
  let values = 0;
  for (const raw of row) {
    const v = raw.trim();
    if (v === '') continue;
    n++;
    if (looksDateTime(v) || looksNumber(v)) values++;
  }
  return n > 0 && values >= 0.5 * n;
}
