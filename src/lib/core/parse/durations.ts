/**
 * Reading durations ("0:02:23", "2h 5m", "1.5 hours", "45") into seconds.
 *
 * Why it exists: exports give waits and handle times as clock strings (PwC `AvgTalkDuration`
 * "0:02:23", Freshdesk "First response time (in hrs)" as HH:MM:SS, HubSpot "HH:mm:ss"), as
 * words ("2h 5m", "3 min") or as bare numbers whose unit is in the header ("First reply time in
 * minutes"). The mapper knows the header's unit and passes it as `unitSeconds`.
 *
 * Promises of `parseDuration(raw, unitSeconds)` → seconds, NaN when unreadable (never 0):
 * - Colon forms: `H:MM:SS`, `D:HH:MM:SS`, with fractional seconds ("0:00:01.5"). Two parts are
 *   ambiguous: `12:34` is H:MM when the column's unit is a minute or longer (unitSeconds ≥ 60),
 *   and M:SS otherwise (a column in seconds). Every part after the first must be below 60.
 * - Unit words: d/day(s), h/hr(s)/hour(s), m/min(s)/minute(s), s/sec(s)/second(s), ms, w/week(s),
 *   in any combination ("1d 2h", "2h5m", "1 hour, 30 minutes"), plus Arabic, Persian and Hebrew
 *   unit words; ISO 8601 "PT1H30M".
 * - A bare number is a count of `unitSeconds` ("3.5" with 60 → 210); "1,5" reads as 1.5.
 * - A leading '-' makes it negative ("-5" minutes → -300): a negative duration is data to report,
 *   not something to hide here. Arabic/Persian digits work.
 */
import { toAsciiDigits } from './digits';
import { parseNumber } from './numbers';

const UNIT_SECONDS = new Map<string, number>();
function units(seconds: number, words: string[]): void {
  for (const w of words) UNIT_SECONDS.set(w, seconds);
}
// prettier-ignore
units(0.001, ['ms', 'msec', 'msecs', 'millisecond', 'milliseconds']);
// prettier-ignore
units(1, ['s', 'sec', 'secs', 'second', 'seconds', 'ثانية', 'ثواني', 'ثوان', 'ثانیه', 'ثانيه', 'שניה', 'שנייה', 'שניות']);
// prettier-ignore
units(60, ['m', 'min', 'mins', 'minute', 'minutes', 'mn', 'دقيقة', 'دقائق', 'دقیقه', 'دقيقه', 'דקה', 'דקות']);
// prettier-ignore
units(3600, ['h', 'hr', 'hrs', 'hour', 'hours', 'ساعة', 'ساعات', 'ساعت', 'שעה', 'שעות']);
// prettier-ignore
units(86400, ['d', 'day', 'days', 'يوم', 'أيام', 'ايام', 'روز', 'יום', 'ימים']);
// prettier-ignore
units(604800, ['w', 'wk', 'wks', 'week', 'weeks', 'أسبوع', 'هفته', 'שבוע', 'שבועות']);
/** Words allowed between parts: "1 hour and 30 minutes", "۲ ساعت و ۳۰ دقیقه". */
const JOINERS = new Set(['and', 'و', 'ו']);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c <= 32;

export function parseDuration(raw: string, unitSeconds: number): number {
  const s = toAsciiDigits(raw).trim();
  if (s === '') return NaN;
  let sign = 1;
  let body = s;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 0x2212 || c0 === 43) {
    sign = c0 === 43 ? 1 : -1;
    body = s.slice(1).trimStart();
  }
  let v: number;
  if (body.indexOf(':') >= 0) v = parseClock(body, unitSeconds);
  else if (isPlainNumber(body)) v = parseNumber(body, '.') * unitSeconds;
  else if ((body.charCodeAt(0) | 32) === 112 /* p */) v = parseIso(body);
  else v = parseUnits(body);
  return v * sign;
}

/** Digits with at most separators: let parseNumber decide the rest. */
function isPlainNumber(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c) && c !== 46 && c !== 44) return false;
  }
  return true;
}

/** Scratch space for the parts of one clock value (no allocation per cell). */
const clock = new Float64Array(4);

function parseClock(s: string, unitSeconds: number): number {
  const n = s.length;
  let count = 0;
  let i = 0;
  for (;;) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const start = i;
    let v = 0;
    while (i < n && isDigit(s.charCodeAt(i))) v = v * 10 + (s.charCodeAt(i++) - 48);
    if (i === start) return NaN;
    const c = s.charCodeAt(i);
    if (c === 46 || c === 44) {
      // A fraction ("0:00:01.5") is only allowed on the last part.
      const fracStart = ++i;
      while (i < n && isDigit(s.charCodeAt(i))) i++;
      if (i === fracStart) return NaN;
      v += Number('0.' + s.slice(fracStart, i));
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i !== n) return NaN;
    }
    if (count === 4 || (count > 0 && v >= 60)) return NaN;
    clock[count++] = v;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i === n) break;
    if (s.charCodeAt(i) !== 58 /* : */) return NaN;
    i++;
  }
  switch (count) {
    case 2:
      return unitSeconds >= 60 ? clock[0] * 3600 + clock[1] * 60 : clock[0] * 60 + clock[1];
    case 3:
      return clock[0] * 3600 + clock[1] * 60 + clock[2];
    case 4:
      return clock[1] >= 24 ? NaN : clock[0] * 86400 + clock[1] * 3600 + clock[2] * 60 + clock[3];
    default:
      return NaN; // "12:" and the like never reach here; a single part has no colon
  }
}

/** ISO 8601 durations: P[nW][nD][T[nH][nM][nS]] (years and months have no fixed length: refused). */
function parseIso(s: string): number {
  let total = 0;
  let inTime = false;
  let i = 1;
  let any = false;
  while (i < s.length) {
    const c = s.charCodeAt(i) | 32;
    if (c === 116 /* t */) {
      inTime = true;
      i++;
      continue;
    }
    const start = i;
    while (i < s.length && (isDigit(s.charCodeAt(i)) || s[i] === '.' || s[i] === ',')) i++;
    if (i === start || i >= s.length) return NaN;
    const n = Number(s.slice(start, i).replace(',', '.'));
    const u = s.charCodeAt(i) | 32;
    i++;
    let w: number;
    if (u === 119 /* w */ && !inTime) w = 604800;
    else if (u === 100 /* d */ && !inTime) w = 86400;
    else if (u === 104 /* h */ && inTime) w = 3600;
    else if (u === 109 /* m */ && inTime) w = 60;
    else if (u === 115 /* s */ && inTime) w = 1;
    else return NaN;
    if (Number.isNaN(n)) return NaN;
    total += n * w;
    any = true;
  }
  return any ? total : NaN;
}

/** "2h 5m", "1d 2h", "3 min", "1.5 hours", "1 hour, 30 minutes", "۲ ساعت و ۳۰ دقیقه". */
function parseUnits(s: string): number {
  let total = 0;
  let parts = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && (isSpace(s.charCodeAt(i)) || s[i] === ',')) i++;
    if (i >= n) break;
    const numStart = i;
    while (i < n) {
      const c = s.charCodeAt(i);
      // A '.' or ',' counts as a decimal mark only between digits.
      if (isDigit(c) || ((c === 46 || c === 44) && i > numStart && isDigit(s.charCodeAt(i + 1)))) i++;
      else break;
    }
    if (i === numStart) {
      // Not a number: it may be a joining word ("and", "و").
      const wStart = i;
      while (i < n && !isSpace(s.charCodeAt(i)) && !isDigit(s.charCodeAt(i))) i++;
      if (!JOINERS.has(s.slice(wStart, i).toLowerCase()) || parts === 0) return NaN;
      continue;
    }
    const value = Number(s.slice(numStart, i).replace(',', '.'));
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const wStart = i;
    while (i < n && !isSpace(s.charCodeAt(i)) && !isDigit(s.charCodeAt(i)) && s[i] !== ',') i++;
    let word = s.slice(wStart, i).toLowerCase();
    if (word.endsWith('.')) word = word.slice(0, -1); // "3 min." / "2 hrs."
    const w = UNIT_SECONDS.get(word);
    if (w === undefined || Number.isNaN(value)) return NaN;
    total += value * w;
    parts++;
  }
  return parts > 0 ? total : NaN;
}
