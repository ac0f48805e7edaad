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

/** Whether `kind.field` holds data; the SQL compiler asks its data profile the same question. */
export type HasColumn = (kind: RecordKind, field: string) => boolean;

const inDataset =
  (data: Dataset): HasColumn =>
  (kind, field) =>
    filled(data[kind], field);

/**
 * The `kind.field` names the data lacks for `def`, needs first, then each alternative's, without
 * repeats. Empty when one of the sets is complete: the KPI is then unavailable for a reason
 * other than a column (no SLA policy, a derived value that cannot be told), which its function says.
 */
export function catalogMissing(def: KpiDef, has: HasColumn): string[] {
  const out: string[] = [];
  const present = (ref: string) => {
    const dot = ref.indexOf('.');
    return has(ref.slice(0, dot) as RecordKind, ref.slice(dot + 1));
  };
  for (const set of [def.needs, ...(def.alternatives ?? [])]) {
    const absent = set.filter((ref) => !present(ref));
    if (absent.length === 0) return [];
    for (const ref of absent) if (!out.includes(ref)) out.push(ref);
  }
  return out;
}

/** An unavailable result with the catalog's missing columns, plus any the function also named. */
export function withCatalogMissing(def: KpiDef, data: Dataset, r: KpiResult): KpiResult {
  if (r.available) return r;
  return { ...r, missing: mergedMissing(def, inDataset(data), r.missing) };
}

/** The catalog's list, then whatever else the KPI's own code named: the one rule both engines use. */
export function mergedMissing(def: KpiDef, has: HasColumn, own: readonly string[]): string[] {
  const missing = catalogMissing(def, has);
  for (const ref of own) if (!missing.includes(ref)) missing.push(ref);
  return missing;
}
