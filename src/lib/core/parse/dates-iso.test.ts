import { describe, expect, it } from 'vitest';
import { makeDateParser, type DateOrder } from './dates';
import { parseIsoFixed } from './dates-iso';
import { zoneRules } from '../time/zone';

/** Seeded PRNG (mulberry32): the same inputs on every run, so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Near-ISO strings: valid ones, edge values, other offset spellings and random mutations. */
function inputs(count: number, seed: number): string[] {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const years = [
    1, 999, 1299, 1300, 1402, 1419, 1420, 1445, 1499, 1500, 1899, 1900, 1970, 2000, 2024, 2025, 2100, 9999
  ];
  const suffixes = () =>
    r() < 0.6
      ? pick([
          '',
          'Z',
          `+${pad(int(0, 14))}:${pad(pick([0, 30, 45]))}`,
          `-${pad(int(0, 12))}${pad(pick([0, 30]))}`,
          `+${pad(int(0, 14))}`
        ])
      : pick([
          '',
          '',
          'Z',
          'z',
          `+${pad(int(0, 19))}:${pad(int(0, 61))}`,
          `-${pad(int(0, 14))}${pad(pick([0, 30, 45, 60]))}`,
          `+${pad(int(0, 14))}`,
          `+${int(0, 9)}:00`,
          '\u221203:00',
          ' UTC',
          ' +0000 UTC',
          ' Z',
          'Z ',
          '+01:0',
          '+0100 EST',
          'PM',
          ' AM',
          '+01:00:00',
          '-',
          '+',
          'GMT+0300',
          ' (Some Time)'
        ]);
  const mutate = (s: string) => {
    const pool = ['0', '9', '-', ':', 'T', ' ', '.', ',', '۱', '\u200e', 'x', '+', 'Z', '/'];
    const i = int(0, s.length);
    const op = int(0, 2);
    if (op === 0) return s.slice(0, i) + pick(pool) + s.slice(i);
    if (op === 1) return s.slice(0, i) + s.slice(i + 1);
    return s.slice(0, i) + pick(pool) + s.slice(i + 1);
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const y = r() < 0.5 ? int(1990, 2035) : pick(years);
    const mo = r() < 0.9 ? int(1, 12) : int(0, 13);
    const d = r() < 0.8 ? int(1, 28) : int(0, 32);
    const h = r() < 0.9 ? int(0, 23) : int(24, 25);
    const mi = r() < 0.95 ? int(0, 59) : 60;
    const s = r() < 0.95 ? int(0, 59) : int(60, 61);
    const frac = r() < 0.6 ? '' : `${pick(['.', ','])}${String(int(0, 999_999_999)).slice(0, int(0, 9))}`;
    const sep = r() < 0.9 ? pick(['T', ' ']) : pick(['t', '  ', '_', 'T ']);
    let v = `${pad(y, 4)}-${pad(mo)}-${pad(d)}${sep}${pad(h)}:${pad(mi)}:${pad(s)}${frac}${suffixes()}`;
    if (r() < 0.05) v = `${pad(y, 4)}-${pad(mo)}-${pad(d)}${sep}${pad(h)}:${pad(mi)}${suffixes()}`;
    if (r() < 0.25) v = mutate(v);
    if (r() < 0.05) v = mutate(mutate(v));
    out.push(v);
  }
  return out;
}

const ZONES = ['UTC', 'Asia/Tehran', 'America/New_York', 'Europe/Berlin', '+03:30'];

describe('parseIsoFixed: the fast path agrees with the general scanner', () => {
  it('gives the same instant (or declines) on 60,000 seeded near-ISO strings in five zones', () => {
    const cells = inputs(60_000, 20261123);
    let handled = 0;
    let valid = 0;
    for (const tz of ZONES) {
      const zone = zoneRules(tz);
      const order: DateOrder = tz === 'UTC' ? 'mdy' : 'dmy';
      const general = makeDateParser({ order, kind: 'text' }, tz, { fastPath: false });
      const both = makeDateParser({ order, kind: 'text' }, tz);
      for (const raw of cells) {
        const slow = general(raw);
        const fast = parseIsoFixed(raw, zone);
        if (!Number.isNaN(fast)) {
          handled++;
          if (fast !== slow) expect({ raw, tz, fast }).toEqual({ raw, tz, fast: slow });
        }
        if (!Number.isNaN(slow)) valid++;
        const combined = both(raw);
        if (!Object.is(combined, slow)) expect({ raw, tz, combined }).toEqual({ raw, tz, combined: slow });
      }
    }
    // The generator must exercise both sides: most cells are handled, and some are declined.
    expect(handled).toBeGreaterThan(cells.length * ZONES.length * 0.2);
    expect(handled).toBeLessThan(valid);
  });

  it('reads the canonical export shapes itself', () => {
    const utc = zoneRules('UTC');
    const tehran = zoneRules('Asia/Tehran');
    expect(parseIsoFixed('2025-10-22T11:53:30+01:00', utc)).toBe(Date.UTC(2025, 9, 22, 10, 53, 30));
    expect(parseIsoFixed('2025-10-22 11:53:30.5Z', tehran)).toBe(Date.UTC(2025, 9, 22, 11, 53, 30, 500));
    expect(parseIsoFixed('2025-10-22T11:53:30.123456-0330', utc)).toBe(Date.UTC(2025, 9, 22, 15, 23, 30, 123));
    expect(parseIsoFixed('2021-03-04 05:06:07', tehran)).toBe(Date.UTC(2021, 2, 4, 1, 36, 7));
    expect(parseIsoFixed('2024-02-29T24:00:00Z', utc)).toBe(Date.UTC(2024, 2, 1));
  });

  it('declines what it does not own: other calendars, digits, spacing, zone words, bad values', () => {
    const utc = zoneRules('UTC');
    for (const raw of [
      '1402-05-12 10:00:00', // Jalali year: the general parser's calendar rules apply
      '۲۰۲۵-۱۰-۲۲T11:53:30Z',
      ' 2025-10-22T11:53:30Z',
      '2025-10-22T11:53:30Z ',
      '2025-10-22T11:53:30 UTC',
      '2025-10-22T11:53:30\u221201:00',
      '2025-10-22T11:53',
      '2025-02-29T11:53:30Z',
      '2025-10-22T24:00:01Z',
      '2025-10-22T11:53:30+19:00'
    ])
      expect(parseIsoFixed(raw, utc), raw).toBeNaN();
  });

  it('the last-cell memory of a parser never returns a stale value', () => {
    const p = makeDateParser({ order: 'dmy', kind: 'text' }, 'UTC');
    expect(p('2025-01-02')).toBe(Date.UTC(2025, 0, 2));
    expect(p('2025-01-02')).toBe(Date.UTC(2025, 0, 2));
    expect(p('2025-01-03')).toBe(Date.UTC(2025, 0, 3));
    expect(p('')).toBeNaN();
    expect(p('2025-01-03')).toBe(Date.UTC(2025, 0, 3));
  });
});
