/**
 * Rows of a KPI query → the engine's KpiResult, with the engine's conventions: every bucket of
 * the view in the trend (null / 0 where no record fell), breakdown rows with n > 0 only, largest
 * n first then by key (engine/aggregate.ts `breakdownRows`), NULL for "no data", never 0.
 */
import { unavailable } from '../engine/result';
import type { BreakdownRow, KpiResult, TrendPoint } from '../engine/types';
import type { CompiledKpi, SqlRow } from './types';

const num = (x: unknown): number | null => (x === null || x === undefined ? null : Number(x));

export function assemble(k: CompiledKpi, rows: readonly SqlRow[], bucketKeys: readonly string[]): KpiResult {
  if (!k.available) return unavailable(k.id, k.missing, k.notes);
  const one = (part: string) => rows.find((r) => r.part === part);
  const head = one('value');
  const prev = one('previous');
  const trendRows = new Map(rows.filter((r) => r.part === 'trend').map((r) => [String(r.key), r]));
  const trend: TrendPoint[] =
    k.trend === 'none'
      ? []
      : bucketKeys.map((start) => {
          const r = trendRows.get(start);
          return { start, value: num(r?.value), n: num(r?.n) ?? 0 };
        });
  const breakdowns: Record<string, BreakdownRow[]> = {};
  // A mix's `<name>_trend` rows come keyed `<bucket's first day>|<label>`; the engine keys them by
  // the bucket's index in the trend.
  const bucketIndex = new Map(bucketKeys.map((key, i) => [key, String(i)]));
  const keyOf = (name: string, key: string) => {
    if (!name.endsWith('_trend')) return key;
    const bar = key.indexOf('|');
    return `${bucketIndex.get(key.slice(0, bar)) ?? key.slice(0, bar)}${key.slice(bar)}`;
  };
  for (const name of k.breakdowns) {
    const list = rows
      .filter((r) => r.part === `by:${name}` && (num(r.n) ?? 0) > 0)
      .map((r) => ({
        key: keyOf(name, r.key ?? ''),
        value: num(r.value),
        n: num(r.n) ?? 0,
        rank: num(r.median) ?? (name.endsWith('_trend') ? Number.MAX_SAFE_INTEGER : 0)
      }));
    const order = k.keyOrder?.[name];
    const byRank = k.rankByMedian?.includes(name);
    const bucketOf = (key: string) => Number(key.slice(0, key.indexOf('|')));
    if (name.endsWith('_trend')) list.sort((a, b) => bucketOf(a.key) - bucketOf(b.key) || a.rank - b.rank);
    else if (order) list.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
    else list.sort((a, b) => (byRank ? b.rank - a.rank : b.n - a.n) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    breakdowns[name] = list.map(({ key, value, n }) => ({ key, value, n }));
  }
  const headline = k.headline ?? one('headline')?.key ?? undefined;
  const notes = (k.notes ?? []).filter((s) => s.length > 0);
  return {
    id: k.id,
    available: true,
    missing: [],
    value: num(head?.value),
    n: num(head?.n) ?? 0,
    ...(k.quantiles ? { median: num(head?.median), p90: num(head?.p90) } : {}),
    previous: num(prev?.value),
    previousN: num(prev?.n) ?? 0,
    trend,
    breakdowns,
    ...(headline !== undefined && headline !== null ? { headline } : {}),
    ...(notes.length ? { notes } : {})
  };
}
