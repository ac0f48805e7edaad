/**
 * Which trend buckets the period covers only in part: the first when its month (week, quarter…)
 * began before the period's first day, the last when it ends after the period's last day. Their
 * values are not comparable with whole buckets (a month of 8 days has fewer tickets), so the
 * charts draw them hollow instead of dropping them: the value is shown, and flagged.
 *
 * Pure date arithmetic on `YYYY-MM-DD` keys (bucket keys are the grain-aligned first local day,
 * see core/time/calendar.ts), so it needs no time zone.
 */
import type { Grain } from '$lib/core/engine/types';

const DAY = 86_400_000;

function parse(key: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}
const keyOf = (d: Date): string => d.toISOString().slice(0, 10);

/** The last day (`YYYY-MM-DD`) of the bucket that starts on `start`; null for a malformed key. */
export function bucketLastDay(start: string, grain: Grain): string | null {
  const d = parse(start);
  if (!d) return null;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (grain) {
    case 'day':
      return start;
    case 'week':
      return keyOf(new Date(d.getTime() + 6 * DAY));
    case 'month':
      return keyOf(new Date(Date.UTC(y, m + 1, 0)));
    case 'quarter':
      return keyOf(new Date(Date.UTC(y, m + 3, 0)));
    case 'year':
      return keyOf(new Date(Date.UTC(y + 1, 0, 0)));
  }
}

/**
 * One flag per bucket: true for a first bucket that starts before `from` or a last bucket that
 * ends after `to` (`from`/`to` inclusive `YYYY-MM-DD`, as in a resolved view). Buckets in between
 * are whole by construction.
 */
export function partialBuckets(
  starts: readonly string[],
  view: { readonly from: string; readonly to: string; readonly grain: Grain }
): boolean[] {
  const flags = starts.map(() => false);
  if (starts.length === 0) return flags;
  if (starts[0] < view.from) flags[0] = true;
  const lastDay = bucketLastDay(starts[starts.length - 1], view.grain);
  if (lastDay !== null && lastDay > view.to) flags[starts.length - 1] = true;
  return flags;
}

/**
 * The index range `[first, last]` worth drawing: a cut bucket at either edge with no value at all
 * (e.g. today's week when the data ends yesterday) is left out, so the line does not stop short
 * of the chart's edge for no reason. Null when nothing remains.
 */
export function drawnRange(
  values: readonly (number | null)[],
  partial: readonly boolean[]
): readonly [number, number] | null {
  let first = 0;
  let last = values.length - 1;
  while (first <= last && partial[first] === true && values[first] === null) first++;
  while (last >= first && partial[last] === true && values[last] === null) last--;
  return first <= last ? [first, last] : null;
}

/** Whether a chart of these values shows at least one hollow (cut, non-empty) bucket. */
export function showsPartial(values: readonly (number | null)[], partial: readonly boolean[]): boolean {
  return values.some((v, i) => v !== null && partial[i] === true);
}
