/**
 * Which columns would make an unavailable KPI computable, from the catalog's definition: the
 * fields of `needs` and of each alternative set that the data lacks (a mapped but blank column
 * counts as lacking). The KPI functions decide availability; this list is what the user is told,
 * so it names every column the definition asks for rather than the first one a function checked.
 */
import type { KpiDef } from '../catalog';
import type { RecordKind } from '../schema/fields';
import { filled } from './columns';
import type { Dataset, KpiResult } from './types';

function present(data: Dataset, ref: string): boolean {
  const dot = ref.indexOf('.');
  return filled(data[ref.slice(0, dot) as RecordKind], ref.slice(dot + 1));
}

/**
 * The `kind.field` names the data lacks for `def`, needs first, then each alternative's, without
 * repeats. Empty when one of the sets is complete: the KPI is then unavailable for a reason
 * other than a column (no SLA policy, a derived value that cannot be told), which its function says.
 */
export function catalogMissing(def: KpiDef, data: Dataset): string[] {
  return missingBy(def, (ref) => present(data, ref));
}

/** `catalogMissing` over any test of a `kind.field` (the SQL side asks the data's profile). */
export function missingBy(def: KpiDef, has: (ref: string) => boolean): string[] {
  const out: string[] = [];
  for (const set of [def.needs, ...(def.alternatives ?? [])]) {
    const absent = set.filter((ref) => !has(ref));
    if (absent.length === 0) return [];
    for (const ref of absent) if (!out.includes(ref)) out.push(ref);
  }
  return out;
}

/** An unavailable result with the catalog's missing columns, plus any the function also named. */
export function withCatalogMissing(def: KpiDef, data: Dataset, r: KpiResult): KpiResult {
  if (r.available) return r;
  const missing = catalogMissing(def, data);
  for (const ref of r.missing) if (!missing.includes(ref)) missing.push(ref);
  return { ...r, missing };
}
