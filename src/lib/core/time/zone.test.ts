import { describe, expect, it } from 'vitest';
import {
  isValidTimeZone,
  localDateKey,
  partsOfWallMs,
  utcToZoned,
  wallMs,
  zoneOffsetMinutes,
  zonedToUtc
} from './zone';

const U = Date.UTC;

/**
 * An independent reference: Intl's own `longOffset` name ("GMT+03:30", "GMT+03:25:44"), read
 * fresh for every instant, so the caching and transition search in zone.ts are checked
 * against a different code path of the zone database.
 */
function referenceOffset(utcMs: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(utcMs)
    .find((p) => p.type === 'timeZoneName')!.value;
  if (name === 'GMT') return 0;
  const m = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(name)!;
  const v = Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60;
  return m[1] === '-' ? -v : v;
}

describe('zoneOffsetMinutes at DST transitions', () => {
  const cases: [string, string, number, number][] = [
    // zone, what, instant, expected offset
    ['America/New_York', 'last EST minute 2021', U(2021, 2, 14, 6, 59, 59), -300],
    ['America/New_York', 'first EDT instant 2021', U(2021, 2, 14, 7, 0), -240],
    ['America/New_York', 'last EDT minute 2021', U(2021, 10, 7, 5, 59, 59), -240],
    ['America/New_York', 'EST again', U(2021, 10, 7, 6, 0), -300],
    ['Europe/Berlin', 'winter', U(2021, 2, 28, 0, 59), 60],
    ['Europe/Berlin', 'summer', U(2021, 2, 28, 1, 0), 120],
    ['Europe/Berlin', 'back to winter', U(2021, 9, 31, 1, 0), 60],
    // Iran: DST began 2021-03-22 00:00 local, i.e. 20:30 UTC, in the middle of a UTC hour.
    ['Asia/Tehran', 'before 2021 DST', U(2021, 2, 21, 20, 29, 59), 210],
    ['Asia/Tehran', 'Tehran DST', U(2021, 2, 21, 20, 30), 270],
    ['Asia/Tehran', 'Tehran DST ends', U(2021, 8, 21, 19, 30), 210],
    ['Asia/Tehran', 'no DST since 2022 (July 2023)', U(2023, 6, 1, 12), 210],
    ['Asia/Tehran', 'local mean time 1930', U(1930, 0, 1), 205 + 44 / 60],
    ['Asia/Jerusalem', 'IST before 2021 DST', U(2021, 2, 25, 23, 59), 120],
    ['Asia/Jerusalem', 'IDT', U(2021, 2, 26, 0, 0), 180],
    ['Asia/Jerusalem', 'IST again', U(2021, 9, 30, 23, 0), 120],
    ['UTC', 'UTC', U(2021, 5, 1), 0],
    ['+03:30', 'fixed +03:30', U(2021, 5, 1), 210],
    ['-0500', 'fixed -0500', U(2021, 5, 1), -300],
    ['GMT+4', 'fixed GMT+4 (ISO sense, not the inverted Etc/ sense)', U(2021, 5, 1), 240],
    ['Etc/GMT+3', 'IANA Etc/GMT+3 is UTC−3 (POSIX sign)', U(2021, 5, 1), -180],
    ['Etc/UTC', 'Etc/UTC', U(2021, 5, 1), 0]
  ];
  it.each(cases)('%s: %s', (tz, _what, utc, expected) => {
    expect(zoneOffsetMinutes(utc, tz)).toBeCloseTo(expected, 9);
  });

  it('matches Intl longOffset every 106 minutes through 2021 in four zones', () => {
    for (const tz of ['America/New_York', 'Europe/Berlin', 'Asia/Tehran', 'Asia/Jerusalem']) {
      let mismatches = 0;
      for (let t = U(2021, 0, 1); t < U(2022, 0, 1); t += 900_000 * 7 + 60_000) {
        if (zoneOffsetMinutes(t, tz) !== referenceOffset(t, tz)) mismatches++;
      }
      expect(mismatches, tz).toBe(0);
    }
  });

  it('is NaN for a missing instant and throws for an unknown zone', () => {
    expect(zoneOffsetMinutes(NaN, 'Europe/Berlin')).toBeNaN();
    expect(zoneOffsetMinutes(NaN, 'UTC')).toBeNaN();
    expect(() => zoneOffsetMinutes(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => zoneOffsetMinutes(0, '')).toThrow(RangeError);
    expect(() => zoneOffsetMinutes(0, '+25:00')).toThrow(RangeError);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('Asia/Tehran')).toBe(true);
  });
});

describe('zonedToUtc', () => {
  const cases: [string, number[], number, string][] = [
    ['America/New_York', [2021, 1, 15, 9, 0, 0, 0], U(2021, 0, 15, 14), 'plain winter time'],
    ['America/New_York', [2021, 7, 15, 9, 0, 0, 0], U(2021, 6, 15, 13), 'plain summer time'],
    ['America/New_York', [2021, 3, 14, 2, 30, 0, 0], U(2021, 2, 14, 7, 30), 'skipped 02:30 → offset before the jump'],
    ['America/New_York', [2021, 11, 7, 1, 30, 0, 0], U(2021, 10, 7, 5, 30), 'repeated 01:30 → earlier instant (EDT)'],
    ['Europe/Berlin', [2021, 3, 28, 2, 30, 0, 0], U(2021, 2, 28, 1, 30), 'skipped 02:30'],
    ['Europe/Berlin', [2021, 10, 31, 2, 30, 0, 0], U(2021, 9, 31, 0, 30), 'repeated 02:30 → CEST'],
    ['Asia/Tehran', [2021, 3, 22, 0, 15, 0, 0], U(2021, 2, 21, 20, 45), 'skipped 00:15 at Tehran midnight jump'],
    ['Asia/Tehran', [2021, 9, 21, 23, 30, 0, 0], U(2021, 8, 21, 19, 0), 'repeated 23:30 → earlier (+04:30)'],
    ['Asia/Tehran', [2023, 6, 1, 12, 0, 0, 0], U(2023, 5, 1, 8, 30), 'no DST in 2023'],
    ['Asia/Jerusalem', [2021, 3, 26, 2, 30, 0, 0], U(2021, 2, 26, 0, 30), 'skipped 02:30'],
    ['Asia/Jerusalem', [2021, 10, 31, 1, 30, 0, 0], U(2021, 9, 30, 22, 30), 'repeated 01:30 → IDT'],
    ['+03:30', [2021, 5, 1, 3, 30, 0, 0], U(2021, 4, 1, 0, 0), 'fixed offset'],
    ['UTC', [2021, 13, 1, 0, 0, 0, 0], U(2022, 0, 1), 'month 13 rolls into the next year']
  ];
  it.each(cases)('%s %j = %s (%s)', (tz, f, expected) => {
    expect(zonedToUtc(f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz)).toBe(expected);
  });

  it('handles Lord Howe’s half-hour DST (transitions inside a wall hour)', () => {
    const tz = 'Australia/Lord_Howe';
    expect(zoneOffsetMinutes(U(2021, 9, 2, 15, 29), tz)).toBe(630);
    expect(zoneOffsetMinutes(U(2021, 9, 2, 15, 30), tz)).toBe(660);
    expect(zonedToUtc(2021, 10, 3, 2, 15, 0, 0, tz)).toBe(U(2021, 9, 2, 15, 45)); // skipped: +10:30 before the jump
    expect(zonedToUtc(2021, 10, 3, 2, 45, 0, 0, tz)).toBe(U(2021, 9, 2, 15, 45)); // valid: +11
    expect(zonedToUtc(2021, 4, 4, 1, 45, 0, 0, tz)).toBe(U(2021, 3, 3, 14, 45)); // repeated: earlier (+11)
    expect(zonedToUtc(2021, 4, 4, 1, 15, 0, 0, tz)).toBe(U(2021, 3, 3, 14, 15)); // once only (+11)
  });

  it('round-trips every valid wall time of 2021 (hourly) except the repeated hour', () => {
    for (const tz of ['America/New_York', 'Europe/Berlin', 'Asia/Tehran', 'Asia/Jerusalem']) {
      for (let t = U(2021, 0, 1); t < U(2022, 0, 1); t += 3_600_000 + 61_000) {
        const p = utcToZoned(t, tz);
        const back = zonedToUtc(p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms, tz);
        // In a repeated hour the second occurrence maps back to the first, one DST step earlier.
        if (back !== t) expect(t - back, `${tz} ${new Date(t).toISOString()}`).toBe(3_600_000);
        else expect(back).toBe(t);
      }
    }
  });
});

describe('utcToZoned and localDateKey', () => {
  it('gives wall fields and weekday', () => {
    expect(utcToZoned(U(2021, 0, 1, 3, 4, 5, 6), 'America/New_York')).toEqual({
      year: 2020,
      month: 12,
      day: 31,
      hour: 22,
      minute: 4,
      second: 5,
      ms: 6,
      weekday: 4 // Thursday
    });
    expect(utcToZoned(U(2021, 2, 21, 20, 30), 'Asia/Tehran')).toMatchObject({
      day: 22,
      hour: 1,
      minute: 0,
      weekday: 1
    });
  });
  it('keys local dates', () => {
    expect(localDateKey(U(2021, 0, 1, 3), 'America/New_York')).toBe('2020-12-31');
    expect(localDateKey(U(2021, 0, 1, 3), 'Asia/Tehran')).toBe('2021-01-01');
    expect(localDateKey(U(2021, 0, 1, 21), 'Asia/Tehran')).toBe('2021-01-02');
    expect(localDateKey(NaN, 'UTC')).toBe('');
    expect(utcToZoned(NaN, 'UTC').year).toBeNaN();
  });
  it('civil arithmetic agrees with Date.UTC across centuries and leap days', () => {
    const dates = [
      [1900, 2, 28],
      [1900, 3, 1],
      [1969, 12, 31],
      [2000, 2, 29],
      [2024, 2, 29],
      [2400, 2, 29],
      [1600, 1, 1]
    ];
    for (const [y, m, d] of dates) {
      const w = wallMs(y, m, d, 13, 14, 15, 16);
      expect(w).toBe(U(y, m - 1, d, 13, 14, 15, 16));
      const dow = new Date(w).getUTCDay();
      expect(partsOfWallMs(w)).toEqual({
        year: y,
        month: m,
        day: d,
        hour: 13,
        minute: 14,
        second: 15,
        ms: 16,
        weekday: dow
      });
    }
  });
});

describe('zone speed (prints figures, asserts nothing about time)', () => {
  it('converts 1,000,000 instants each way', () => {
    const tz = 'Europe/Berlin';
    const start = U(2021, 0, 1);
    const step = 31_536_000_000 / 1_000_000; // spread over a year
    let t0 = performance.now();
    let sum = 0;
    for (let i = 0; i < 1_000_000; i++) sum += zoneOffsetMinutes(start + i * step, tz);
    const offsetMs = performance.now() - t0;
    t0 = performance.now();
    for (let i = 0; i < 1_000_000; i++) sum += zonedToUtc(2021, 1 + (i % 12), 1 + (i % 28), i % 24, i % 60, 0, 0, tz);
    const wallMsTaken = performance.now() - t0;
    console.log(`zone ${tz}: 1M offsets ${offsetMs.toFixed(0)} ms, 1M zonedToUtc ${wallMsTaken.toFixed(0)} ms`);
    expect(Number.isFinite(sum)).toBe(true);
  });
});
