/**
 * Reading the date-times of CSV exports into UTC epoch milliseconds.
 *
 * Why it exists: `Date.parse` reads "01/02/2021" as US month-first, ignores the workspace time
 * zone, knows nothing of Excel serials and is slow. Exports write dates in a dozen ways, and
 * whether 04/08/15 is April or August can only be decided from the whole column. So a column is
 * sniffed once (`sniffDates`) and then parsed cell by cell by a parser made for it
 * (`makeDateParser`): a hand-written character scanner with no regex and no Intl per call.
 *
 * Promises of the parser returned by `makeDateParser(sniff, timeZone)`:
 * - epoch ms, or NaN when the cell is not a readable date-time (never a guess of "now" or 0);
 * - ISO 8601 with 'T' or a space, fractional seconds, 'Z' / '+03:30' / '+0330' / '+03' offsets;
 *   an explicit offset or zone word (Z, UTC, GMT, GMT+0300, EST…) wins, otherwise the wall time
 *   is read in `timeZone` (see time/zone.ts for skipped and repeated wall times);
 * - numeric dates with '-', '/' or '.': a 4-digit first part is always year-month-day, otherwise
 *   the sniffed order (dmy / mdy / ymd) decides; 2-digit years 00–69 are 20xx, 70–99 19xx;
 *   compact `20150422`; date-only values are local midnight;
 * - month names ("22-Apr-15", "Apr 22, 2015", "22 April 2015", RFC 2822 and JS Date strings),
 *   in English, French, German, Spanish, Arabic, Persian and Hebrew; weekday names are skipped;
 * - 12-hour clocks ("3:53:50 PM", "12:00:03 AM", "a.m.", Arabic ص/م, Persian ق.ظ/ب.ظ);
 * - kind 'excel': 1900-system serials (45123.5; the fictitious 29 Feb 1900 respected), read as
 *   wall time in `timeZone`; 'unix-s' / 'unix-ms': instants. A text date in such a column is
 *   still read as text (Excel-saved CSVs mix the two);
 * - Arabic-Indic and Persian digits; impossible dates (31/02, 25:00) are NaN;
 * - a year 1300–1419 is Solar Hijri (Jalali, "۱۴۰۲/۰۵/۱۲"), 1420–1499 Umm al-Qura Hijri, and
 *   Jalali month names (مرداد) mark a Jalali date: see calendars.ts for why that is safe.
 * Speed: cells in fixed-position ISO form are read by dates-iso.ts first (same answers, checked
 * by a property test); everything else, and anything that reader declines, goes to the scanner.
 */
import { toAsciiDigits } from './digits';
import { JALALI_MONTHS, MERIDIEM, MONTHS, TIME_FILLERS, WEEKDAYS, ZONE_WORDS, wordKey } from './date-words';
import { calendarOfYear, hijriToDays, jalaliToDays } from './calendars';
import { daysFromCivil, zoneRules, type ZoneRules } from '../time/zone';
import { parseIsoFixed } from './dates-iso';

export type DateOrder = 'ymd' | 'dmy' | 'mdy';
export type DateKind = 'text' | 'excel' | 'unix-s' | 'unix-ms';
export interface DateSniff {
  order: DateOrder;
  kind: DateKind;
  /** True when the samples could not decide between day-first and month-first (ask the user). */
  ambiguous: boolean;
}

const DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-31, "1900-01-00") to 1970-01-01, for serials after the fake leap day. */
const EXCEL_EPOCH_DAYS = 25569;

// ── the scanner ──────────────────────────────────────────────────────────────────────────────
// One cell is parsed at a time (parsing is synchronous), so the cursor lives in module scope
// instead of being returned in an object from every helper.
let pos = 0;
let digitsRead = 0;
/** Set when the cell names a Jalali month ("۱۲ مرداد ۱۴۰۲"). */
let jalaliByName = false;

/** Month number of a word: Gregorian names, or Jalali names (which set `jalaliByName`). */
function monthOf(word: string): number | undefined {
  const m = MONTHS.get(word);
  if (m !== undefined) return m;
  const j = JALALI_MONTHS.get(word);
  if (j !== undefined) jalaliByName = true;
  return j;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** ',' or the Arabic comma '،' */
const isComma = (c: number) => c === 44 || c === 0x060c;
/**
 * ASCII letters and non-ASCII letters (Arabic, Persian, Hebrew, accented Latin): anything from
 * U+00C0 except Arabic punctuation (، ؛ ؟) and the general punctuation block (dashes, U+2212).
 */
const isLetter = (c: number) =>
  ((c | 32) >= 97 && (c | 32) <= 122) ||
  (c >= 0xc0 && c !== 0x060c && c !== 0x061b && c !== 0x061f && !(c >= 0x2000 && c <= 0x206f) && c !== 0x2212);

function readInt(s: string, end: number): number {
  const start = pos;
  let v = 0;
  while (pos < end) {
    const c = s.charCodeAt(pos);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
    pos++;
  }
  digitsRead = pos - start;
  return v;
}

function skipSpaces(s: string, end: number): void {
  while (pos < end && s.charCodeAt(pos) <= 32) pos++;
}

/** A run of letters, with dots inside ("a.m.", "Sept.", "ق.ظ"), as a lookup key. */
function readWord(s: string, end: number): string {
  const start = pos;
  while (pos < end) {
    const c = s.charCodeAt(pos);
    if (isLetter(c) || (c === 46 && pos > start)) pos++;
    else break;
  }
  return wordKey(s.slice(start, pos));
}

const expandYear = (y: number, digits: number) => (digits <= 2 ? (y < 70 ? 2000 + y : 1900 + y) : y);

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Parses one text cell (already ASCII-folded). Returns epoch ms or NaN. */
function parseText(s: string, order: DateOrder, zone: ZoneRules): number {
  let end = s.length;
  pos = 0;
  jalaliByName = false;
  skipSpaces(s, end);
  while (end > pos && s.charCodeAt(end - 1) <= 32) end--;
  if (pos >= end) return NaN;

  let y: number;
  let mo: number;
  let d: number;
  let c = s.charCodeAt(pos);

  // A leading weekday ("Wed, 22 Apr 2015", "Wed Apr 22 2015") is skipped.
  if (isLetter(c)) {
    const start = pos;
    const w = readWord(s, end);
    if (!MONTHS.has(w) && !JALALI_MONTHS.has(w) && WEEKDAYS.has(w)) {
      while (pos < end && (s.charCodeAt(pos) <= 32 || isComma(s.charCodeAt(pos)))) pos++;
    } else pos = start;
    c = s.charCodeAt(pos);
  }

  if (isLetter(c)) {
    // Month first: "Apr 22, 2015", "April 22nd 2015", "Apr-22-2015".
    const m = monthOf(readWord(s, end));
    if (m === undefined) return NaN;
    mo = m;
    while (pos < end && (s.charCodeAt(pos) <= 32 || s.charCodeAt(pos) === 45 || s.charCodeAt(pos) === 47)) pos++;
    d = readInt(s, end);
    if (digitsRead === 0 || digitsRead > 2) return NaN;
    skipOrdinal(s, end);
    while (
      pos < end &&
      (s.charCodeAt(pos) <= 32 || isComma(s.charCodeAt(pos)) || s.charCodeAt(pos) === 45 || s.charCodeAt(pos) === 47)
    )
      pos++;
    y = readInt(s, end);
    if (digitsRead !== 2 && digitsRead !== 4) return NaN;
    y = expandYear(y, digitsRead);
  } else if (isDigit(c)) {
    const n1 = readInt(s, end);
    const l1 = digitsRead;
    const sep = s.charCodeAt(pos);
    if (l1 === 8 && (pos === end || sep === 84 || sep === 116 || sep <= 32)) {
      // Compact ISO date: 20150422
      y = Math.floor(n1 / 10000);
      mo = Math.floor(n1 / 100) % 100;
      d = n1 % 100;
    } else if (sep === 45 || sep === 47 || sep === 46 || sep <= 32) {
      pos++;
      if (sep <= 32) skipSpaces(s, end);
      c = s.charCodeAt(pos);
      if (isDigit(c)) {
        if (sep <= 32) return NaN; // "22 04 2015": too easily something else
        const n2 = readInt(s, end);
        const l2 = digitsRead;
        if (s.charCodeAt(pos) !== sep || l2 === 0 || l2 > 2) return NaN;
        pos++;
        const n3 = readInt(s, end);
        const l3 = digitsRead;
        if (l3 === 0 || l3 === 3 || l3 > 4 || l1 === 3 || l1 > 4) return NaN;
        if (l1 === 4) {
          y = n1;
          mo = n2;
          d = n3;
          if (l3 > 2) return NaN;
        } else if (l3 === 4 || order !== 'ymd') {
          if (l3 !== 4 && l3 !== 2) return NaN;
          y = expandYear(n3, l3);
          // A column sniffed as ymd but holding a year-last date: read it day-first.
          if (order === 'mdy') {
            mo = n1;
            d = n2;
          } else {
            d = n1;
            mo = n2;
          }
        } else {
          y = expandYear(n1, l1);
          mo = n2;
          d = n3;
        }
      } else if (isLetter(c)) {
        // Month name in the middle: "22-Apr-15", "22 April 2015", "2015-Apr-22".
        const m = monthOf(readWord(s, end));
        if (m === undefined) return NaN;
        mo = m;
        const sep2 = s.charCodeAt(pos);
        if (sep2 === sep || (sep <= 32 && isComma(sep2))) pos++;
        else if (sep > 32) return NaN;
        skipSpaces(s, end);
        const n3 = readInt(s, end);
        const l3 = digitsRead;
        if (l1 === 4) {
          y = n1;
          d = n3;
          if (l3 === 0 || l3 > 2) return NaN;
        } else {
          if (l1 > 2 || (l3 !== 2 && l3 !== 4)) return NaN;
          d = n1;
          y = expandYear(n3, l3);
        }
      } else return NaN;
    } else return NaN;
  } else return NaN;

  // ── time ──
  let h = 0;
  let mi = 0;
  let sec = 0;
  let ms = 0;
  const afterDate = pos;
  while (pos < end && (s.charCodeAt(pos) <= 32 || isComma(s.charCodeAt(pos)))) pos++;
  if (pos < end && (s.charCodeAt(pos) | 32) === 116 && isDigit(s.charCodeAt(pos + 1)))
    pos++; // 'T'
  else if (pos < end && isLetter(s.charCodeAt(pos))) {
    // "22 Apr 2015 at 15:53", "۱۴۰۲/۰۵/۱۲ ساعت ۱۴:۳۰"
    const wordStart = pos;
    if (TIME_FILLERS.has(readWord(s, end))) skipSpaces(s, end);
    else pos = wordStart;
  }
  if (pos < end && isDigit(s.charCodeAt(pos))) {
    const afterT = (s.charCodeAt(pos - 1) | 32) === 116;
    h = readInt(s, end);
    let withSeconds = false;
    if (afterT && (digitsRead === 4 || digitsRead === 6)) {
      // ISO basic format: 20150422T1553[50]
      const v = digitsRead === 6 ? h : h * 100;
      h = Math.floor(v / 10000);
      mi = Math.floor(v / 100) % 100;
      sec = v % 100;
      withSeconds = true;
    } else {
      if (digitsRead > 2 || s.charCodeAt(pos) !== 58) return NaN;
      pos++;
      mi = readInt(s, end);
      if (digitsRead !== 2) return NaN;
      if (s.charCodeAt(pos) === 58) {
        pos++;
        sec = readInt(s, end);
        if (digitsRead !== 2) return NaN;
        withSeconds = true;
      }
    }
    if (withSeconds) {
      const f = s.charCodeAt(pos);
      if ((f === 46 || f === 44) && isDigit(s.charCodeAt(pos + 1))) {
        pos++;
        const fracStart = pos;
        let v = 0;
        while (pos < end && isDigit(s.charCodeAt(pos))) {
          if (pos - fracStart < 3) v = v * 10 + (s.charCodeAt(pos) - 48);
          pos++;
        }
        const kept = Math.min(pos - fracStart, 3);
        ms = kept === 1 ? v * 100 : kept === 2 ? v * 10 : v;
      }
    }
    // AM / PM
    const beforeWord = pos;
    skipSpaces(s, end);
    if (pos < end && isLetter(s.charCodeAt(pos))) {
      const mer = MERIDIEM.get(readWord(s, end));
      if (mer === undefined) pos = beforeWord;
      else {
        if (h < 1 || h > 12) {
          // "0:30 AM" appears in the wild and means 00:30; "13:00 PM" means 13:00.
          if (!(h === 0 && mer === 0) && !(h > 12 && mer === 1)) return NaN;
        } else if (h === 12) h = mer === 0 ? 0 : 12;
        else if (mer === 1) h += 12;
      }
    }
  } else pos = afterDate;

  // ── zone ──
  let offset = NaN;
  skipSpaces(s, end);
  if (pos === end - 1 && (s.charCodeAt(pos) | 32) === 122) {
    offset = 0; // a bare 'Z', the common ISO case, without a word lookup
    pos++;
  } else if (pos < end && isLetter(s.charCodeAt(pos))) {
    const z = ZONE_WORDS.get(readWord(s, end));
    if (z === undefined) return NaN;
    offset = z;
  }
  c = s.charCodeAt(pos);
  if (pos < end && (c === 43 || c === 45 || c === 0x2212)) {
    if (!Number.isNaN(offset) && offset !== 0) return NaN; // "EST+2": only UTC/GMT take an offset
    pos++;
    const v = readInt(s, end);
    let oh: number;
    let om = 0;
    if (digitsRead === 4) {
      oh = Math.floor(v / 100);
      om = v % 100;
    } else if (digitsRead === 1 || digitsRead === 2) {
      oh = v;
      if (s.charCodeAt(pos) === 58) {
        pos++;
        om = readInt(s, end);
        if (digitsRead !== 2) return NaN;
      }
    } else return NaN;
    if (oh > 18 || om > 59) return NaN;
    offset = (c === 43 ? 1 : -1) * (oh * 60 + om);
    // Go and some loggers add the zone's abbreviation after the offset ("+0000 UTC",
    // "-0500 EST"): the numeric offset already says it all, so a short capital word is skipped.
    skipSpaces(s, end);
    const wordStart = pos;
    while (pos < end && s.charCodeAt(pos) >= 65 && s.charCodeAt(pos) <= 90) pos++;
    if (pos - wordStart < 2 || pos - wordStart > 5 || (pos < end && s.charCodeAt(pos) > 32)) pos = wordStart;
  }
  skipSpaces(s, end);
  // A trailing "(Eastern Daylight Time)" from JS Date#toString is a comment.
  if (pos < end && s.charCodeAt(pos) === 40 && s.charCodeAt(end - 1) === 41) pos = end;
  if (pos !== end) return NaN;

  // ── validate and convert ──
  if (mi > 59 || sec > 60 || h > 24 || (h === 24 && (mi !== 0 || sec !== 0 || ms !== 0))) return NaN;
  let days: number;
  const calendar = jalaliByName ? 'persian' : calendarOfYear(y);
  if (calendar === 'persian') days = jalaliToDays(y, mo, d);
  else if (calendar === 'islamic-umalqura') days = hijriToDays(y, mo, d);
  else {
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || y < 1) return NaN;
    days = daysFromCivil(y, mo, d);
  }
  if (Number.isNaN(days)) return NaN;
  const wall = days * DAY + ((h * 60 + mi) * 60 + sec) * 1000 + ms;
  return Number.isNaN(offset) ? zone.wallToUtc(wall) : wall - offset * 60_000;
}

/** "22nd", "1st", "3rd", "4th" */
function skipOrdinal(s: string, end: number): void {
  const a = s.charCodeAt(pos) | 32;
  const b = s.charCodeAt(pos + 1) | 32;
  if (
    pos + 1 < end &&
    ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104))
  ) {
    if (pos + 2 >= end || !isLetter(s.charCodeAt(pos + 2))) pos += 2;
  }
}

/** A plain decimal number ("45123.5", "1617235200", "1,5"), or NaN. */
function plainNumber(s: string): number {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 32) start++;
  while (end > start && s.charCodeAt(end - 1) <= 32) end--;
  if (start === end) return NaN;
  let dot = -1;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) continue;
    if ((c === 46 || c === 44) && dot < 0 && i > start) dot = i;
    else return NaN;
  }
  const t = s.slice(start, end);
  return Number(dot >= 0 && s.charCodeAt(dot) === 44 ? t.replace(',', '.') : t);
}

function excelToUtc(serial: number, zone: ZoneRules): number {
  // Serials below 1 are times of day with no date; below 61 Excel counts the fake 1900-02-29.
  if (!(serial >= 1) || serial >= 2958466) return NaN;
  const base = serial < 61 ? EXCEL_EPOCH_DAYS - 1 : EXCEL_EPOCH_DAYS;
  return zone.wallToUtc(Math.round((serial - base) * DAY));
}

/**
 * `options.fastPath` (default true) first tries the fixed-position ISO reader of dates-iso.ts,
 * which gives the same instant or declines; false runs the general scanner alone (the tests
 * compare the two). Each parser remembers its last cell: exports repeat a date cell row after row
 * (date-only columns, Date + Time pairs), and an equal string is cheaper to compare than to read.
 */
export function makeDateParser(
  sniff: { order: DateOrder; kind: DateKind },
  timeZone: string,
  options: { fastPath?: boolean } = {}
): (raw: string) => number {
  const zone = zoneRules(timeZone);
  const order = sniff.order;
  const fast = options.fastPath !== false;
  let lastRaw = '';
  let lastValue = NaN;
  const text = (raw: string) => {
    if (raw === lastRaw) return lastValue;
    let v = fast ? parseIsoFixed(raw, zone) : NaN;
    if (Number.isNaN(v)) v = parseText(toAsciiDigits(raw), order, zone);
    lastRaw = raw;
    lastValue = v;
    return v;
  };
  switch (sniff.kind) {
    case 'text':
      return text;
    case 'excel':
      return (raw) => {
        const n = plainNumber(toAsciiDigits(raw));
        return Number.isNaN(n) ? text(raw) : excelToUtc(n, zone);
      };
    case 'unix-s':
      return (raw) => {
        const n = plainNumber(toAsciiDigits(raw));
        return Number.isNaN(n) ? text(raw) : Math.round(n * 1000);
      };
    case 'unix-ms':
      return (raw) => {
        const n = plainNumber(toAsciiDigits(raw));
        return Number.isNaN(n) ? text(raw) : Math.round(n);
      };
  }
}

// ── sniffing ─────────────────────────────────────────────────────────────────────────────────

/** What one sample says about the column. */
type Evidence = 'dmy' | 'mdy' | 'ymd' | 'undecided' | 'none';

function numericDateEvidence(s: string): Evidence {
  pos = 0;
  const end = s.length;
  skipSpaces(s, end);
  if (!isDigit(s.charCodeAt(pos))) return 'none';
  const n1 = readInt(s, end);
  const l1 = digitsRead;
  const sep = s.charCodeAt(pos);
  if (sep !== 45 && sep !== 47 && sep !== 46) return 'none';
  pos++;
  if (!isDigit(s.charCodeAt(pos))) return 'none'; // "22-Apr-15": the month name decides
  const n2 = readInt(s, end);
  if (s.charCodeAt(pos) !== sep) return 'none';
  if (l1 === 4 || (l1 <= 2 && n1 > 31)) return 'ymd';
  if (l1 > 2) return 'none';
  if (n1 > 12 && n2 <= 12) return 'dmy';
  if (n2 > 12 && n1 <= 12) return 'mdy';
  return n1 > 12 ? 'none' : 'undecided';
}

const EIGHT_DIGITS = /^\s*\d{8}\s*$/;

function numberKind(v: number, s: string): DateKind | null {
  // yyyymmdd written as a number is a text date, not a serial or a Unix time.
  if (EIGHT_DIGITS.test(s) && v >= 19000101 && v <= 21001231) return 'text';
  if (v >= 1 && v < 2958466 && v < 1e6) return 'excel';
  if (v >= 1e8 && v < 1e11) return 'unix-s';
  if (v >= 1e11 && v < 1e14) return 'unix-ms';
  return null;
}

/**
 * Decides a column's date kind and day/month order from sample cells. Any first part above 12
 * means day-first, any second part above 12 means month-first; when neither occurs the answer
 * is `fallback` with `ambiguous: true`, and when both occur (a mixed column) the majority wins,
 * still flagged ambiguous. Columns of plain numbers are Excel serials, Unix seconds or Unix
 * milliseconds by magnitude.
 */
export function sniffDates(samples: readonly string[], fallback: DateOrder = 'mdy'): DateSniff {
  const kinds = new Map<DateKind, number>();
  let numeric = 0;
  let nonEmpty = 0;
  let dmy = 0;
  let mdy = 0;
  let ymd = 0;
  let undecided = 0;
  for (const raw of samples) {
    const s = toAsciiDigits(raw);
    if (s.trim() === '') continue;
    nonEmpty++;
    const n = plainNumber(s);
    if (!Number.isNaN(n)) {
      const k = numberKind(n, s);
      if (k !== null) {
        numeric++;
        kinds.set(k, (kinds.get(k) ?? 0) + 1);
      }
      continue;
    }
    switch (numericDateEvidence(s)) {
      case 'dmy':
        dmy++;
        break;
      case 'mdy':
        mdy++;
        break;
      case 'ymd':
        ymd++;
        break;
      case 'undecided':
        undecided++;
        break;
    }
  }

  let kind: DateKind = 'text';
  if (numeric * 2 > nonEmpty) {
    let best = 0;
    for (const [k, count] of kinds) {
      if (count > best) {
        best = count;
        kind = k;
      }
    }
  }

  if (dmy > 0 || mdy > 0) {
    const order: DateOrder = dmy >= mdy ? 'dmy' : 'mdy';
    return { order, kind, ambiguous: dmy > 0 && mdy > 0 };
  }
  if (undecided > 0) return { order: fallback, kind, ambiguous: true };
  return { order: ymd > 0 ? 'ymd' : fallback, kind, ambiguous: false };
}

// ── two-column dates ─────────────────────────────────────────────────────────────────────────

/**
 * Joins a date cell and a time cell (pwc_call_centre.csv `Date` + `Time`, comcast `Date` +
 * `Time`) into one string for the date parser. A date cell that already carries a time (Excel
 * writes "01/01/2021 00:00:00") loses it; a time given as an Excel day fraction ("0.5") becomes
 * "12:00:00". An empty time gives the date alone (local midnight); an empty date gives ''.
 */
export function combineDateTime(date: string, time: string): string {
  let d = date.trim();
  let t = time.trim();
  if (d === '') return '';
  if (t === '') return d;
  const colon = d.indexOf(':');
  if (colon >= 0) {
    const cut = Math.max(d.lastIndexOf(' ', colon), d.lastIndexOf('T', colon));
    if (cut > 0) d = d.slice(0, cut).trim();
  }
  const fraction = plainNumber(toAsciiDigits(t));
  if (fraction >= 0 && fraction < 1 && t.indexOf(':') < 0) {
    const secs = Math.round(fraction * 86400);
    const pad = (n: number) => String(n).padStart(2, '0');
    t = `${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)}`;
  }
  return `${d} ${t}`;
}
