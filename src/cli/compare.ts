/**
 * Two engines, one answer: compares the TypeScript engine's KpiResults with the SQL's and lists
 * every difference (headline, n, median, p90, previous, each trend point and breakdown row).
 * Tolerances: durations 0.5 s, rates 0.01 points, everything else 1e-6 relative.
 */
import { kpiById } from '../lib/core/catalog';
import type { KpiResult } from '../lib/core/engine/types';

export interface Difference {
  readonly id: string;
  readonly where: string;
  readonly engine: unknown;
  readonly sql: unknown;
}

function close(unit: string | undefined, a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  const tol = unit === 'seconds' ? 0.5 : unit === 'percent' ? 0.01 : 1e-6 * Math.max(1, Math.abs(a));
  return Math.abs(a - b) <= tol;
}

/** `skip`: ids the SQL answers "not in SQL yet" for (core/sql/behind.ts). */
export function compareResults(
  engine: readonly KpiResult[],
  sql: readonly KpiResult[],
  skip: ReadonlySet<string> = new Set()
): Difference[] {
  const out: Difference[] = [];
  const byId = new Map(sql.map((k) => [k.id, k]));
  for (const e of engine) {
    if (skip.has(e.id)) continue;
    const s = byId.get(e.id);
    const diff = (where: string, a: unknown, b: unknown) => out.push({ id: e.id, where, engine: a, sql: b });
    if (!s) {
      diff('result', 'present', 'absent');
      continue;
    }
    const unit = kpiById(e.id)?.unit;
    if (e.available !== s.available) {
      diff('available', e.available, s.available);
      continue;
    }
    if (!e.available) {
      if (JSON.stringify(e.missing) !== JSON.stringify(s.missing)) diff('missing', e.missing, s.missing);
      continue;
    }
    const num = (where: string, a: number | null | undefined, b: number | null | undefined, u = unit) => {
      if (!close(u, a, b)) diff(where, a, b);
    };
    num('value', e.value, s.value);
    num('n', e.n, s.n, 'count');
    if ('median' in e || 'median' in s) {
      num('median', e.median, s.median);
      num('p90', e.p90, s.p90);
    }
    num('previous', e.previous, s.previous);
    num('previousN', e.previousN, s.previousN, 'count');
    if ((e.headline ?? null) !== (s.headline ?? null)) diff('headline', e.headline, s.headline);
    if (e.trend.length !== s.trend.length) diff('trend.length', e.trend.length, s.trend.length);
    else
      e.trend.forEach((p, k) => {
        const q = s.trend[k];
        if (p.start !== q.start) diff(`trend[${k}].start`, p.start, q.start);
        num(`trend ${p.start} value`, p.value, q.value);
        num(`trend ${p.start} n`, p.n, q.n, 'count');
      });
    const names = new Set([...Object.keys(e.breakdowns), ...Object.keys(s.breakdowns)]);
    for (const name of names) {
      const a = e.breakdowns[name];
      const b = s.breakdowns[name];
      if (!a || !b) {
        diff(`breakdown ${name}`, a ? `${a.length} rows` : 'absent', b ? `${b.length} rows` : 'absent');
        continue;
      }
      const bk = new Map(b.map((r) => [r.key, r]));
      for (const r of a) {
        const x = bk.get(r.key);
        if (!x) {
          diff(`breakdown ${name}[${r.key}]`, r, 'absent');
          continue;
        }
        num(`breakdown ${name}[${r.key}] value`, r.value, x.value);
        num(`breakdown ${name}[${r.key}] n`, r.n, x.n, 'count');
      }
      for (const r of b) if (!a.some((x) => x.key === r.key)) diff(`breakdown ${name}[${r.key}]`, 'absent', r);
      if (a.length === b.length && a.some((r, k) => r.key !== b[k].key))
        diff(`breakdown ${name} order`, a.map((r) => r.key).join(','), b.map((r) => r.key).join(','));
    }
  }
  return out;
}
