/**
 * Resolving shared dictionaries (records.ts `SharedTextColumn`) when chunk data is read.
 *
 * Promise: every reader of chunk data gets plain ColumnTable columns. A `DictCache` hands out the
 * SAME array object for the same dictionary, which is how the table assembler recognises codes it
 * can copy without remapping.
 */
import type { Column } from '../core/columns/table';
import type { RecordKind } from '../core/schema/fields';
import type { ScorecardDb } from './db';
import type { ChunkData, DictRecord, StoredColumn } from './records';

export function dictRef(importId: number, kind: RecordKind, column: string): string {
  return `${importId}/${kind}/${column}`;
}

export class DictCache {
  private cache = new Map<string, string[]>();
  constructor(private readonly db: ScorecardDb) {}

  /** Loads the dictionaries the given chunks need (one request) and returns plain columns. */
  async hydrate(datas: readonly (ChunkData | undefined)[]): Promise<(Record<string, Column> | undefined)[]> {
    const missing = new Set<string>();
    for (const d of datas)
      if (d)
        for (const c of Object.values(d.columns))
          if ('dictRef' in c && !this.cache.has(c.dictRef)) missing.add(c.dictRef);
    if (missing.size) {
      const refs = [...missing];
      const recs = await this.db.dicts.bulkGet(refs);
      refs.forEach((ref, i) => {
        const r = recs[i];
        if (!r) throw new Error(`the dictionary ${ref} is missing`);
        this.cache.set(ref, r.values);
      });
    }
    return datas.map((d) => (d ? this.columns(d.columns) : undefined));
  }

  private columns(stored: Record<string, StoredColumn>): Record<string, Column> {
    const out: Record<string, Column> = {};
    for (const [name, c] of Object.entries(stored))
      out[name] = 'dictRef' in c ? { type: 'text', codes: c.codes, dict: this.cache.get(c.dictRef)! } : c;
    return out;
  }
}

/** One chunk's plain columns (a single read; for bulk reads use DictCache). */
export async function hydrateOne(db: ScorecardDb, data: ChunkData): Promise<Record<string, Column>> {
  return (await new DictCache(db).hydrate([data]))[0]!;
}

export type { DictRecord };
