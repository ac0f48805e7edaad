/**
 * SVG path building for the chart layers, kept pure so it is tested without a browser.
 * A gap in the data (null: no record in that bucket) breaks the line instead of drawing a
 * misleading slope through a zero.
 */
export function linePath<T>(
  data: readonly T[],
  x: (d: T) => number,
  y: (d: T) => number,
  defined: (d: T) => boolean
): string {
  let d = '';
  let pen = false;
  for (const item of data) {
    if (!defined(item)) {
      pen = false;
      continue;
    }
    const px = x(item);
    const py = y(item);
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`;
    pen = true;
  }
  return d;
}

/** [min, max] of the finite values (plus extras such as a target), widened when flat; null when none. */
export function valueDomain(
  values: readonly (number | null | undefined)[],
  extras: readonly number[] = []
): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of [...values, ...extras]) {
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Infinity) return null;
  // Counts, rates and durations are never negative: start at 0 so bar-like reading is honest.
  if (lo > 0) lo = 0;
  if (hi === lo) hi = lo + 1;
  return [lo, hi];
}

/** Up to `count` evenly spaced indexes of `length` items, always including first and last. */
export function tickIndexes(length: number, count: number): number[] {
  if (length <= 0) return [];
  if (length <= count) return Array.from({ length }, (_, i) => i);
  const step = (length - 1) / (count - 1);
  return [...new Set(Array.from({ length: count }, (_, i) => Math.round(i * step)))];
}

/** Steps a duration axis may use, in seconds: round minutes, hours and days, never "13 h 53 m". */
const DURATION_STEPS = [
  1, 5, 10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800, 2592000
];

/** About `count` tick values from 0 to past `max` seconds, on a round time step. */
export function durationTicks(max: number, count = 4): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0];
  const step = DURATION_STEPS.find((s) => max / s <= count) ?? Math.ceil(max / count / 2592000) * 2592000;
  const out: number[] = [];
  for (let v = 0; v < max + step; v += step) out.push(v);
  return out;
}

/**
 * How many time labels fit under a chart `width` px wide without touching: each label is
 * estimated at `fontSize` × 0.6 per character (a Hijri month with its year is twice an English
 * one) plus a gap. At least 2 (the ends), at most `max`.
 */
export function labelsThatFit(labels: readonly string[], width: number, fontSize: number, max = 6): number {
  const longest = Math.max(1, ...labels.map((l) => [...l].length));
  const each = longest * fontSize * 0.6 + fontSize * 1.5;
  return Math.max(2, Math.min(max, Math.floor(width / each)));
}
