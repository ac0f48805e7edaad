/**
 * The KPI engine's entry point: `computeScorecard(data, view, settings, now)` → every catalog
 * KPI for the view, as pure functions over columns (no DOM, no storage; it runs in the data
 * worker and in Node tests). Derived arrays are cached beside each table, so a second view or a
 * filter change over the same data skips that work; pass new table objects when data changes.
 */
import { CATALOG } from '../catalog';
import { previousPeriod, resolveView } from '../time/calendar';
import { extent, text } from './columns';
import { Ctx, type Asked } from './context';
import { activeFilters } from './masks';
import { withCatalogMissing } from './missing';
import { KPI_FUNCTIONS } from './registry';
import type { Dataset, FilterField, KpiResult, ResolvedView, ScorecardResult, Settings, View } from './types';

export * from './types';
export { KPI_FUNCTIONS } from './registry';

/** Times that place records on the calendar, for `range=all` and the date pickers. */
export const SPAN_FIELDS: readonly (readonly [keyof Dataset, string])[] = [
  ['tickets', 'created_at'],
  ['tickets', 'resolved_at'],
  ['calls', 'queued_at'],
  ['messages', 'sent_at'],
  ['surveys', 'responded_at'],
  ['costs', 'period_start']
];

/** Earliest and latest record time in the dataset (customers' sign-up dates are not activity). */
export function dataSpan(data: Dataset): { start: number | null; end: number | null } {
  let start = Infinity;
  let end = -Infinity;
  for (const [kind, field] of SPAN_FIELDS) {
    const t = data[kind];
    const e = t ? extent(t, field) : null;
    if (!e) continue;
    start = Math.min(start, e[0]);
    end = Math.max(end, e[1]);
  }
  return start === Infinity ? { start: null, end: null } : { start, end };
}

/** Times at which something happened (deadlines and cost periods are not events). */
const EVENT_FIELDS: readonly (readonly [keyof Dataset, string])[] = [
  ['tickets', 'created_at'],
  ['tickets', 'first_response_at'],
  ['tickets', 'resolved_at'],
  ['tickets', 'closed_at'],
  ['calls', 'queued_at'],
  ['calls', 'answered_at'],
  ['calls', 'ended_at'],
  ['messages', 'sent_at'],
  ['surveys', 'responded_at'],
  ['customers', 'created_at'],
  ['customers', 'last_active_at'],
  ['customers', 'churned_at']
];

/** The latest event on record: what the data knows is as of then (null with no event). */
export function latestEvent(data: Dataset): number | null {
  let end = -Infinity;
  for (const [kind, field] of EVENT_FIELDS) {
    const t = data[kind];
    const e = t ? extent(t, field) : null;
    if (e) end = Math.max(end, e[1]);
  }
  return end === -Infinity ? null : end;
}

/** Where each filter's values come from (calls count as the `phone` channel, queues as categories). */
const FILTER_SOURCES: Readonly<Record<FilterField, readonly (readonly [keyof Dataset, string])[]>> = {
  channel: [
    ['tickets', 'channel'],
    ['messages', 'channel'],
    ['surveys', 'channel']
  ],
  team: [
    ['tickets', 'team'],
    ['calls', 'team'],
    ['messages', 'team'],
    ['surveys', 'team']
  ],
  agent: [
    ['tickets', 'agent'],
    ['calls', 'agent'],
    ['messages', 'agent'],
    ['surveys', 'agent']
  ],
  priority: [['tickets', 'priority']],
  category: [
    ['tickets', 'category'],
    ['calls', 'queue']
  ]
};

export function filterValues(data: Dataset): Partial<Record<FilterField, string[]>> {
  const out: Partial<Record<FilterField, string[]>> = {};
  for (const [field, sources] of Object.entries(FILTER_SOURCES) as [
    FilterField,
    (typeof FILTER_SOURCES)[FilterField]
  ][]) {
    const values = new Set<string>();
    for (const [kind, col] of sources) for (const v of text(data[kind], col)?.dict ?? []) if (v) values.add(v);
    if (field === 'channel' && data.calls && data.calls.length > 0) values.add('phone');
    if (values.size) out[field] = [...values].sort();
  }
  return out;
}

/**
 * A KPI with no record under the view's filters, whose rows exist in the period without them,
 * says the filters exclude them ("no records in this period" would be untrue): calls under a
 * channel filter without `phone`, say. `asked` holds, per KPI, the row lists it asked for.
 */
function markFilteredOut(kpis: KpiResult[], asked: readonly Map<string, Asked>[], rv: ResolvedView): void {
  const active = activeFilters(rv.filters).map(([f]) => f);
  if (active.length === 0) return;
  const inView = new Map<Float64Array, boolean>();
  const anyInView = (v: Float64Array) => {
    let hit = inView.get(v);
    if (hit === undefined) {
      hit = false;
      for (let i = 0; i < v.length; i++)
        if (v[i] >= rv.start && v[i] < rv.end) {
          hit = true;
          break;
        }
      inView.set(v, hit);
    }
    return hit;
  };
  for (let k = 0; k < kpis.length; k++) {
    const r = kpis[k];
    const lists = [...asked[k].values()];
    if (!r.available || r.n > 0 || lists.length === 0 || r.caveats?.some((c) => c.code === 'filter-excludes')) continue;
    // Every list the filters emptied, and one of them has rows in the period without them.
    if (lists.every((a) => a.empty) && lists.some((a) => anyInView(a.times)))
      kpis[k] = { ...r, caveats: [...(r.caveats ?? []), { code: 'filter-excludes', filters: active }] };
  }
}

export function computeScorecard(data: Dataset, view: View, settings: Settings, now: number): ScorecardResult {
  const t0 = performance.now();
  const span = dataSpan(data);
  const rv = resolveView(view, settings.timeZone, span.start, span.end, now);
  const prev = previousPeriod(rv, settings.timeZone);
  const ctx = new Ctx(data, rv, { start: prev.start, end: prev.end }, settings, now, latestEvent(data));
  const asked: Map<string, Asked>[] = [];
  const kpis: KpiResult[] = CATALOG.map((def) => {
    asked.push(ctx.track());
    return withCatalogMissing(def, data, KPI_FUNCTIONS[def.id](ctx));
  });
  markFilteredOut(kpis, asked, rv);
  return {
    view: rv,
    kpis,
    dataStart: span.start,
    dataEnd: span.end,
    filterValues: filterValues(data),
    computeMs: performance.now() - t0
  };
}
