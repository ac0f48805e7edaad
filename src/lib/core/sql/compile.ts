/**
 * The catalog as SQL: for a view (resolved exactly as `computeScorecard` resolves it) and the
 * data's profile, one DuckDB query per catalog KPI, or the columns that would make it computable.
 * The list of KPIs is the catalog's (CATALOG, in its order) and registry.test-style coverage is
 * held by sql.test.ts: every id the engine computes has a compiler here.
 */
import { CATALOG, kpiById, type KpiId } from '../catalog';
import type { ResolvedView, Settings, View } from '../engine/types';
import { previousPeriod, resolveView } from '../time/calendar';
import { mergedMissing } from '../engine/missing';
import { behindNote } from './behind';
import type { RecordKind } from '../schema/fields';
import { SqlCtx } from './context';
import { filled, type DataProfile } from './profile';
import type { CompiledKpi } from './types';
import { SQL_COMPILERS } from './registry';

export interface CompiledScorecard {
  readonly view: ResolvedView;
  readonly prev: { readonly start: number; readonly end: number; readonly from: string; readonly to: string };
  readonly bucketKeys: readonly string[];
  readonly kpis: readonly CompiledKpi[];
}

export function sqlContext(
  profile: DataProfile,
  view: View,
  settings: Settings,
  now: number,
  span: { start: number | null; end: number | null }
): SqlCtx {
  const rv = resolveView(view, settings.timeZone, span.start, span.end, now);
  const prev = previousPeriod(rv, settings.timeZone);
  return new SqlCtx(profile, rv, { start: prev.start, end: prev.end }, settings, now);
}

/** One KPI's query, with a header saying what it computes and for which view. */
export function compileKpi(c: SqlCtx, id: KpiId): CompiledKpi {
  const fn = SQL_COMPILERS[id];
  if (!fn) return { id, available: false, missing: [], notes: ['not compiled to SQL by this version'] };
  const def = kpiById(id);
  const has = (kind: RecordKind, f: string) => filled(c.profile, kind, f);
  // Behind the engine: no figure; the catalog's missing columns when the data lacks them (the
  // engine's rule), else the reason.
  const behind = behindNote(id);
  if (behind) {
    const missing = def ? mergedMissing(def, has, []) : [];
    return { id, available: false, missing, notes: missing.length ? [] : [behind] };
  }
  const k = fn(c);
  // The user is told the same columns as by the TypeScript engine (engine/missing.ts).
  if (!k.available) return def ? { ...k, missing: mergedMissing(def, has, k.missing) } : k;
  const unit = def?.unit === 'seconds' ? 'seconds' : def?.unit === 'percent' ? 'percent 0–100' : def?.unit;
  const filters = Object.entries(c.view.filters)
    .filter(([, v]) => v && v.length)
    .map(([f, v]) => `${f} = ${v!.join(' | ')}`);
  const header = [
    `-- ${def?.name ?? id} (${id}), ${unit}: ${def?.formula ?? ''}`,
    `-- view ${c.view.from} … ${c.view.to}, grain ${c.view.grain}, ${c.view.hours} hours, zone ${c.tz}${filters.length ? `, ${filters.join(', ')}` : ''}`,
    '-- rows: part (value | previous | trend | by:<breakdown> | headline), key, value, n, median, p90',
    ''
  ].join('\n');
  return { ...k, sql: header + k.sql };
}

export function compileScorecard(
  profile: DataProfile,
  view: View,
  settings: Settings,
  now: number,
  span: { start: number | null; end: number | null }
): CompiledScorecard {
  const c = sqlContext(profile, view, settings, now, span);
  const prev = previousPeriod(c.view, settings.timeZone);
  return { view: c.view, prev, bucketKeys: c.buckets.keys, kpis: CATALOG.map((def) => compileKpi(c, def.id)) };
}
