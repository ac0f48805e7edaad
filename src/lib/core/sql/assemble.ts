/**
 * Rows of a KPI query → the engine's KpiResult, with the engine's conventions: every bucket of
 * the view in the trend (null / 0 where no record fell), breakdown rows with n > 0 only, largest
 * n first then by key (engine/aggregate.ts `breakdownRows`), NULL for "no data", never 0.
 */
import { unavailable } from '../engine/result';
import type { BreakdownRow, KpiResult, TrendPoint } from '../engine/types';
import type { CompiledKpi, SqlRow } from './types';

const num = (x: unknown): number | null => (x === null || x === undefined ? null : Number(x));

/** A label never seen in the ranking table (a call's 'phone') sorts last. */
const rankOf = (r: { rank: number | null }) => r.rank ?? Number.MAX_SAFE_INTEGER;

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
  for (const name of k.breakdowns) {
    const list = rows
      .filter((r) => r.part === `by:${name}` && (num(r.n) ?? 0) > 0)
      .map((r) => ({ key: r.key ?? '', value: num(r.value), n: num(r.n) ?? 0, rank: num(r.median) }));
    if (name.endsWith('_trend')) {
      // A mix over time: `<bucket>|<label>` → `<index into the trend>|<label>`, in trend order,
      // then the labels in the order they were first seen (engine/kpis/mix.ts).
      const at = (key: string) => bucketKeys.indexOf(key.slice(0, key.indexOf('|')));
      const rows = list
        .map((r) => ({ ...r, b: at(r.key), label: r.key.slice(r.key.indexOf('|') + 1) }))
        .filter((r) => r.b >= 0);
      rows.sort((a, b) => a.b - b.b || rankOf(a) - rankOf(b));
      breakdowns[name] = rows.map((r) => ({ key: `${r.b}|${r.label}`, value: r.value, n: r.n }));
      continue;
    }
    const order = k.keyOrder?.[name];
    const byRank = k.rankByMedian?.includes(name);
    if (order) list.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
    else
      list.sort(
        (a, b) => (byRank ? (b.rank ?? 0) - (a.rank ?? 0) : b.n - a.n) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
      );
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
