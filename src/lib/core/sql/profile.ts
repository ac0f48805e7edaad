/**
 * What the SQL compiler needs to know about the data before it writes a query: which canonical
 * columns exist and which hold at least one value (the engine treats a mapped but blank column
 * like an absent one in some KPIs and not in others), plus the few facts about values that
 * decide whether a KPI is available at all (a complaint-like category, for instance). The
 * engine reads the same facts from its ColumnTables; `profileOfDataset` derives them the same
 * way, and the command-line tool asks DuckDB for them (`PROFILE_QUERIES`).
 */
import { hasValues, type ColumnTable } from '../columns/table';
import { FIELDS, RECORD_KINDS, type RecordKind } from '../schema/fields';
import type { Dataset } from '../engine/types';
import { COMPLAINT } from '../engine/derived/tickets';

export interface ColumnFacts {
  /** The column exists (mapped), even if every value is blank. */
  readonly present: boolean;
  /** It holds at least one value. */
  readonly filled: boolean;
}

export interface KindProfile {
  readonly rows: number;
  readonly columns: Readonly<Record<string, ColumnFacts>>;
}

export interface DataProfile {
  readonly kinds: Readonly<Partial<Record<RecordKind, KindProfile>>>;
  /** Some tickets.category or tickets.tags value looks like a complaint (complaints without a flag). */
  readonly complaintLabels: boolean;
  /** Earliest and latest instant (epoch ms) in any time column: the span business hours must cover. */
  readonly timeSpan: readonly [number, number] | null;
}

const ABSENT: ColumnFacts = { present: false, filled: false };

export function facts(p: DataProfile, kind: RecordKind, field: string): ColumnFacts {
  return p.kinds[kind]?.columns[field] ?? ABSENT;
}
export const has = (p: DataProfile, kind: RecordKind, field: string): boolean => facts(p, kind, field).present;
export const filled = (p: DataProfile, kind: RecordKind, field: string): boolean => facts(p, kind, field).filled;

/** The profile of in-memory tables, read exactly as the engine reads them. */
export function profileOfDataset(data: Dataset): DataProfile {
  const kinds: Partial<Record<RecordKind, KindProfile>> = {};
  let lo = Infinity;
  let hi = -Infinity;
  for (const kind of RECORD_KINDS) {
    const t = data[kind];
    if (!t) continue;
    const columns: Record<string, ColumnFacts> = {};
    for (const f of FIELDS[kind]) {
      const c = t.columns[f.name];
      if (!c) continue;
      // A column of the wrong type reads as absent in the engine (engine/columns.ts).
      if ((c.type === 'text') !== (f.type === 'text')) continue;
      columns[f.name] = { present: true, filled: hasValues(c) };
      if (f.type === 'time' && c.type !== 'text')
        for (const v of c.values)
          if (v === v) {
            if (v < lo) lo = v;
            if (v > hi) hi = v;
          }
    }
    kinds[kind] = { rows: t.length, columns };
  }
  return { kinds, complaintLabels: complaintLabels(data.tickets), timeSpan: lo <= hi ? [lo, hi] : null };
}

function complaintLabels(t: ColumnTable | undefined): boolean {
  if (!t) return false;
  return ['category', 'tags'].some((name) => {
    const c = t.columns[name];
    return c?.type === 'text' && c.dict.some((s, k) => k > 0 && COMPLAINT.test(s));
  });
}
