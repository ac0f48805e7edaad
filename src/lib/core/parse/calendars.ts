/**
 * Solar Hijri (Jalali, Iran's civil calendar) and Umm al-Qura Hijri (Saudi Arabia's) dates →
 * days since 1970-01-01, for exports written in those calendars ("۱۴۰۲/۰۵/۱۲", "1445-03-15").
 *
 * Why it exists: read as Gregorian, 1402/05/12 is a date in the 15th century and every KPI
 * over it is silently wrong. No service data is dated 1300–1499 of our era, so a year in that
 * range identifies the calendar: 1300–1419 Jalali (1921–2041), 1420–1499 Umm al-Qura
 * (1999–2076). The two overlap in no year of that split until 2041.
 *
 * Promises: exact days or NaN for a date the calendar does not have (31 Mehr, 30 Esfand of a
 * common year, the 30th of a 29-day Hijri month). Jalali uses K. M. Borkowski's arithmetic
 * (the algorithm behind the jalaali-js library: no tables, valid for years −61…3177). Umm
 * al-Qura months depend on moon sightings tabulated in ICU, so they are read from
 * `Intl.DateTimeFormat` with the 'islamic-umalqura' calendar, once per year (≈ 380 calls,
 * cached); where Intl lacks that calendar the answer is NaN, never a guess.
 */
import { daysFromCivil } from '../time/zone';

const DAY = 86_400_000;
/** Jalali years at which the 33-year leap cycle restarts (Borkowski). */
const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178
];

const div = (a: number, b: number) => Math.trunc(a / b);
const mod = (a: number, b: number) => a - Math.trunc(a / b) * b;

/** Gregorian year and March day on which Farvardin 1 of `jy` falls, and whether `jy` is leap. */
function jalaliYear(jy: number): { gy: number; march: number; leap: boolean } | null {
  if (jy < BREAKS[0] || jy >= BREAKS[BREAKS.length - 1]) return null;
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0];
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i];
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  let n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { gy, march, leap: leap === 0 };
}

/** Days since 1970-01-01 of a Jalali date, or NaN if there is no such date. */
export function jalaliToDays(jy: number, jm: number, jd: number): number {
  const info = jalaliYear(jy);
  if (info === null || jm < 1 || jm > 12 || jd < 1) return NaN;
  const length = jm <= 6 ? 31 : jm <= 11 ? 30 : info.leap ? 30 : 29;
  if (jd > length) return NaN;
  // Months 1–6 have 31 days, 7–11 have 30.
  return daysFromCivil(info.gy, 3, info.march) + (jm - 1) * 31 - div(jm, 7) * (jm - 7) + jd - 1;
}

// ── Umm al-Qura ──────────────────────────────────────────────────────────────────────────────

let hijriFormat: Intl.DateTimeFormat | null | undefined;
/** Hijri year → day index of the 1st of months 1–12, and of the next year's 1st month. */
const hijriYears = new Map<number, number[] | null>();
/** 1 Muharram 1 AH = 19 July 622 (proleptic Gregorian); a Hijri year is ≈ 354.367 days. */
const HIJRI_EPOCH = daysFromCivil(622, 7, 19);
const HIJRI_YEAR_DAYS = 354.36667;

function hijriFormatter(): Intl.DateTimeFormat | null {
  if (hijriFormat === undefined) {
    try {
      const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric'
      });
      hijriFormat = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
    } catch {
      hijriFormat = null;
    }
  }
  return hijriFormat;
}

function hijriParts(f: Intl.DateTimeFormat, dayIndex: number): [number, number, number] {
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of f.formatToParts(dayIndex * DAY)) {
    if (p.type === 'year') y = Number.parseInt(p.value, 10);
    else if (p.type === 'month') m = Number.parseInt(p.value, 10);
    else if (p.type === 'day') d = Number.parseInt(p.value, 10);
  }
  return [y, m, d];
}

function hijriMonthStarts(hy: number): number[] | null {
  let starts = hijriYears.get(hy);
  if (starts !== undefined) return starts;
  const f = hijriFormatter();
  starts = null;
  if (f !== null) {
    const estimate = Math.floor(HIJRI_EPOCH + (hy - 1) * HIJRI_YEAR_DAYS);
    const found: number[] = [];
    for (let day = estimate - 20; day < estimate + 400 && found.length < 13; day++) {
      const [y, m, d] = hijriParts(f, day);
      if (d === 1 && ((y === hy && m === found.length + 1) || (y === hy + 1 && m === 1 && found.length === 12))) {
        found.push(day);
        day += 27; // no month is shorter than 29 days
      }
    }
    if (found.length === 13) starts = found;
  }
  hijriYears.set(hy, starts);
  return starts;
}

/** Days since 1970-01-01 of an Umm al-Qura date, or NaN if there is no such date (or no Intl support). */
export function hijriToDays(hy: number, hm: number, hd: number): number {
  if (hm < 1 || hm > 12 || hd < 1 || hd > 30) return NaN;
  const starts = hijriMonthStarts(hy);
  if (starts === null) return NaN;
  const day = starts[hm - 1] + hd - 1;
  return day < starts[hm] ? day : NaN;
}

/** Which calendar a written year belongs to (see the header for why this is safe). */
export function calendarOfYear(year: number): 'gregory' | 'persian' | 'islamic-umalqura' {
  if (year >= 1300 && year < 1420) return 'persian';
  if (year >= 1420 && year < 1500) return 'islamic-umalqura';
  return 'gregory';
}
