/**
 * A mix breakdown over time (`<index into trend>|<label>` rows, see core/engine/kpis/mix.ts) as
 * a share matrix: labels by their overall size (largest first: the bottom band), buckets that
 * hold any contact, and per label and bucket its share (0 where the label had none that bucket;
 * null only for buckets without contacts, which are left out).
 */
import type { BreakdownRow } from '$lib/core/engine/types';

export interface MixSeries {
  readonly labels: readonly string[];
  /** Trend indexes that hold contacts, in time order. */
  readonly buckets: readonly number[];
  /** share[label][trend index], percent 0–100. */
  readonly share: readonly (readonly (number | null)[])[];
}

export function mixSeries(rows: readonly BreakdownRow[], nBuckets: number): MixSeries {
  const totals = new Map<string, number>();
  const cells: { b: number; label: string; value: number }[] = [];
  for (const r of rows) {
    const bar = r.key.indexOf('|');
    const b = Number(r.key.slice(0, bar));
    const label = r.key.slice(bar + 1);
    if (bar < 1 || !Number.isInteger(b) || b < 0 || b >= nBuckets || r.value === null) continue;
    cells.push({ b, label, value: r.value });
    totals.set(label, (totals.get(label) ?? 0) + r.n);
  }
  const labels = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
  const used = new Set(cells.map((c) => c.b));
  const buckets = [...used].sort((a, b) => a - b);
  const share = labels.map(() => Array.from({ length: nBuckets }, (_, b): number | null => (used.has(b) ? 0 : null)));
  for (const c of cells) share[labels.indexOf(c.label)][c.b] = c.value;
  return { labels, buckets, share };
}
