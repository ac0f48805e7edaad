/**
 * The engine's fast paths against plain reference computations on seeded random data: the fused
 * aggregation loop (identity rows, row subsets, cells folded into breakdowns, the shifted trend
 * map), flag bytes and per-view durations, and the per-day zone offsets behind hour-of-week and
 * local-day columns. Each reference is the obvious loop with Maps; the fast path must give the
 * same numbers exactly.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, type Group, type Stat, type TrendIndex } from './aggregate';
import { generate, rng } from './bench-data';
import { hourOfWeek, localDay, offsetsOver, sharedClock } from './buckets';
import { text } from './columns';
import { groupsOf } from './result';
import { calendarDurations, flagValues } from './kpis/common';
import type { Ctx } from './context';
import type { BreakdownRow } from './types';

// Spring 2024: Berlin (31 Mar) and Santiago (6 Apr) change their clocks inside the data.
const data = generate({
  tickets: 6000,
  calls: 10,
  seed: 5,
  agents: 9,
  customers: 300,
  start: Date.UTC(2024, 2, 1),
  days: 60
});
const t = data.tickets!;
const FIELDS = ['channel', 'agent', 'team', 'category', 'priority'];

/** A reference aggregation: one Map per breakdown, a plain array per trend bucket. */
function reference(stat: Stat, rows: Uint32Array, vals: Float64Array | null, tr: TrendIndex) {
  const acc = () => ({ sum: 0, n: 0, max: -Infinity });
  const add = (a: ReturnType<typeof acc>, x: number) => {
    a.sum += x;
    a.n++;
    a.max = Math.max(a.max, x);
  };
  const fin = (a: ReturnType<typeof acc>) =>
    a.n === 0
      ? null
      : stat === 'mean'
        ? a.sum / a.n
        : stat === 'rate'
          ? (a.sum / a.n) * 100
          : stat === 'max'
            ? a.max
            : a.sum;
  const head = acc();
  const buckets = tr.keys.map(acc);
  const by = new Map(FIELDS.map((f) => [f, new Map<string, ReturnType<typeof acc>>()]));
  rows.forEach((i, j) => {
    const x = vals ? vals[j] : 1;
    if (x !== x) return;
    add(head, x);
    const rb = tr.rowBucket[i];
    if (rb >= 0 && tr.map[rb] >= 0) add(buckets[tr.map[rb]], x);
    for (const f of FIELDS) {
      const c = text(t, f)!;
      const key = c.dict[c.codes[i]];
      const m = by.get(f)!;
      if (!m.has(key)) m.set(key, acc());
      add(m.get(key)!, x);
    }
  });
  const breakdowns = Object.fromEntries(
    FIELDS.map((f) => [
      f,
      [...by.get(f)!]
        .map(([key, a]): BreakdownRow => ({ key, value: fin(a), n: a.n }))
        .sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    ])
  );
  return { value: fin(head), n: head.n, trend: buckets.map((a) => [fin(a), a.n]), breakdowns };
}

describe('fused aggregation equals the reference', () => {
  const r = rng(9);
  // Table buckets: weeks of the 60 days; the view sees buckets 2..6 (others map to -1).
  const created = (t.columns.created_at as { values: Float64Array }).values;
  const t0 = created[0];
  const rowBucket = Int32Array.from(created, (x) => (r() < 0.03 ? -1 : Math.floor((x - t0) / (7 * 86_400_000))));
  const nTable = Math.max(...rowBucket) + 1;
  const map = Int32Array.from({ length: nTable }, (_, k) => (k >= 2 && k < 7 ? k - 2 : -1));
  const tr: TrendIndex = { rowBucket, map, keys: Array.from({ length: 5 }, (_, k) => `b${k}`) };
  const all = Uint32Array.from({ length: t.length }, (_, i) => i);
  const some = all.filter(() => r() < 0.4);
  const values = (rows: Uint32Array) =>
    Float64Array.from(rows, () => (r() < 0.1 ? NaN : r() < 0.5 ? Math.floor(r() * 2) : r() * 1000));

  for (const stat of ['mean', 'rate', 'sum', 'max', 'count'] as const)
    for (const [name, rows] of [
      ['every row (identity path)', all],
      ['a subset of rows', some]
    ] as const)
      it(`${stat} over ${name}`, () => {
        const vals = stat === 'count' ? null : values(rows);
        const expected = reference(stat, rows, vals, tr);
        // Fused: all five breakdowns through one Cells structure.
        const fused = aggregate({ stat, rows, vals: vals ?? undefined, trend: tr, groups: groupsOf(t, FIELDS) });
        // Simple: one plain Group per field (its own loop each).
        const plain: Group[] = FIELDS.map((f) => ({ name: f, codes: text(t, f)!.codes, keys: text(t, f)!.dict }));
        const simple = aggregate({ stat, rows, vals: vals ?? undefined, trend: tr, groups: plain });
        for (const got of [fused, simple]) {
          expect([got.value, got.n]).toEqual([expected.value, expected.n]);
          expect(got.trend.map((p) => [p.value, p.n])).toEqual(expected.trend);
          for (const f of FIELDS) expect(got.breakdowns[f], f).toEqual(expected.breakdowns[f]);
        }
      });
});

describe('per-view values', () => {
  const ctx = { scratch: (_: string, n: number) => new Float64Array(n) } as unknown as Ctx;
  const r = rng(3);
  const n = 5000;
  const rows = Uint32Array.from({ length: n }, (_, i) => i).filter(() => r() < 0.5);

  it('flag bytes read as 1 / 0 / NaN', () => {
    const flags = Uint8Array.from({ length: n }, () => Math.floor(r() * 3));
    for (const list of [rows, Uint32Array.from({ length: n }, (_, i) => i)]) {
      const got = flagValues(ctx, list, flags, 'a');
      expect(Array.from(got)).toEqual(Array.from(list, (i) => (flags[i] === 2 ? NaN : flags[i])));
    }
  });

  it('calendar durations skip, exclude negatives and count them', () => {
    const start = Float64Array.from({ length: n }, () => (r() < 0.1 ? NaN : r() * 1e9));
    const end = Float64Array.from(start, (s) => (r() < 0.1 ? NaN : s + (r() - 0.2) * 1e8));
    const skip = Uint8Array.from({ length: n }, () => (r() < 0.2 ? 1 : 0));
    const got = calendarDurations(rows, start, end, skip, new Float64Array(rows.length));
    let negative = 0;
    const expected = Array.from(rows, (i) => {
      if (Number.isNaN(start[i]) || Number.isNaN(end[i]) || skip[i]) return NaN;
      if (end[i] < start[i]) {
        negative++;
        return NaN;
      }
      return (end[i] - start[i]) / 1000;
    });
    expect(Array.from(got.vals)).toEqual(expected);
    expect(got.negative).toBe(negative);
    expect(negative).toBeGreaterThan(0);
  });
});

describe('per-day zone offsets equal the clock', () => {
  // Berlin (DST at 01:00 UTC), Santiago (DST at local midnight, southern), Lord Howe (30 min).
  for (const zone of ['Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe', 'UTC']) {
    it(zone, () => {
      const clock = sharedClock(zone);
      const lo = Date.UTC(2023, 11, 20);
      const hi = Date.UTC(2025, 0, 10);
      const offset = offsetsOver(clock, lo, hi);
      for (let x = lo; x <= hi; x += 7 * 60_000 + 13_000) expect(offset(x)).toBe(clock.offsetMs(x));
    });
  }

  it('hour of week and local day match the clock row by row', () => {
    const zone = 'America/Santiago';
    const clock = sharedClock(zone);
    const how = hourOfWeek(t, 'created_at', zone);
    const day = localDay(t, 'created_at', zone);
    const created = (t.columns.created_at as { values: Float64Array }).values;
    for (let i = 0; i < t.length; i++) {
      expect(how[i]).toBe(clock.weekdayOf(created[i]) * 24 + clock.hourOf(created[i]));
      expect(day[i]).toBe(clock.dayIndexOf(created[i]));
    }
  });
});
