/**
 * The compute cache's key for a view. Two views that ask the same question must share one entry
 * however their objects were built: a view parsed from a URL and one built by a control list the
 * same filters in a different key order, and `JSON.stringify` would tell them apart. The key
 * names every field in a fixed order and the filter fields sorted; an empty filter list is the
 * same as no filter. The order of values inside one filter is kept: the answer echoes the view,
 * so two orders are two (equal-valued) answers rather than one answer with the other's echo.
 */
import type { View } from '../core/engine/types';

export function viewKey(view: View): string {
  const filters = Object.keys(view.filters)
    .filter((f) => (view.filters[f as keyof View['filters']]?.length ?? 0) > 0)
    .sort()
    .map((f) => [f, view.filters[f as keyof View['filters']]]);
  return JSON.stringify([view.range ?? null, view.from ?? null, view.to ?? null, view.grain, view.hours, filters]);
}
