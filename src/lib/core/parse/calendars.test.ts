import { describe, expect, it } from 'vitest';
import { calendarOfYear, hijriToDays, jalaliToDays } from './calendars';
import { daysFromCivil } from '../time/zone';

const DAY = 86_400_000;
const parts = (calendar: string, dayIndex: number) => {
  const f = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric'
  });
  const p = Object.fromEntries(f.formatToParts(dayIndex * DAY).map((x) => [x.type, x.value]));
  return [Number(p.year), Number(p.month), Number(p.day)] as const;
};

describe('jalaliToDays', () => {
  it.each([
    [1395, 1, 23, 2016, 4, 11],
    [1399, 12, 30, 2021, 3, 20], // leap year 1399
    [1400, 1, 1, 2021, 3, 21],
    [1402, 5, 12, 2023, 8, 3],
    [1403, 12, 30, 2025, 3, 20], // leap year 1403
    [1404, 1, 1, 2025, 3, 21],
    [1354, 1, 1, 1975, 3, 21]
  ])('%d/%d/%d = %d-%d-%d', (jy, jm, jd, gy, gm, gd) => {
    expect(jalaliToDays(jy, jm, jd)).toBe(daysFromCivil(gy, gm, gd));
  });

  it('refuses dates the calendar does not have', () => {
    expect(jalaliToDays(1402, 7, 31)).toBeNaN(); // Mehr has 30 days
    expect(jalaliToDays(1402, 12, 30)).toBeNaN(); // 1402 is not leap
    expect(jalaliToDays(1402, 13, 1)).toBeNaN();
    expect(jalaliToDays(1402, 1, 0)).toBeNaN();
  });

  it('agrees with Intl’s persian calendar on every day from 1990 to 2040', () => {
    let mismatches = 0;
    for (let day = daysFromCivil(1990, 1, 1); day < daysFromCivil(2040, 1, 1); day += 1) {
      const [jy, jm, jd] = parts('persian', day);
      if (jalaliToDays(jy, jm, jd) !== day) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});

describe('hijriToDays (Umm al-Qura via Intl)', () => {
  it.each([
    [1445, 1, 1, 2023, 7, 19],
    [1445, 9, 1, 2024, 3, 11], // Ramadan 1445
    [1446, 1, 1, 2024, 7, 7]
  ])('%d/%d/%d = %d-%d-%d', (hy, hm, hd, gy, gm, gd) => {
    expect(hijriToDays(hy, hm, hd)).toBe(daysFromCivil(gy, gm, gd));
  });

  it('round-trips every day of 2020–2030 through Intl', () => {
    let mismatches = 0;
    for (let day = daysFromCivil(2020, 1, 1); day < daysFromCivil(2030, 1, 1); day += 1) {
      const [hy, hm, hd] = parts('islamic-umalqura', day);
      if (hijriToDays(hy, hm, hd) !== day) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('refuses a 30th in a 29-day month and months outside 1–12', () => {
    // Find a 29-day month of 1445 from Intl itself.
    const start = hijriToDays(1445, 1, 1);
    let month29 = 0;
    for (let m = 1; m <= 12 && !month29; m++) {
      const [, nm] = parts('islamic-umalqura', hijriToDays(1445, m, 1) + 29);
      if (nm !== m) month29 = m;
    }
    expect(start).not.toBeNaN();
    expect(month29).toBeGreaterThan(0);
    expect(hijriToDays(1445, month29, 30)).toBeNaN();
    expect(hijriToDays(1445, 13, 1)).toBeNaN();
  });
});

describe('calendarOfYear', () => {
  it.each([
    [2024, 'gregory'],
    [1999, 'gregory'],
    [1402, 'persian'],
    [1300, 'persian'],
    [1445, 'islamic-umalqura'],
    [1500, 'gregory']
  ])('%d → %s', (y, cal) => expect(calendarOfYear(y)).toBe(cal));
});
