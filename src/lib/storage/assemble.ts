/**
 * Builds one ColumnTable of a kind from chunks that arrive one at a time.
 *
 * Why not `concatTables`: it needs every part in memory at once, so loading 1 M rows would hold
 * the chunks AND the result (≈ 2 × 150 MB). Here each output column is allocated once at its
 * final length when first seen, a chunk is copied in (text codes remapped into one merged
 * dictionary) and can be dropped right away: peak ≈ the result + one chunk.
 * Same semantics as concatTables: rows whose keep mask is 0 are dropped, a column missing from
 * some parts is missing (NaN / code 0) there.
 */
import type { Column, ColumnTable } from '../core/columns/table';
import type { RecordKind } from '../core/schema/fields';

/**
 * `adopted`: the dictionary of the parts so far when they all shared ONE dictionary object (the
 * chunks of one import, dicts.ts): their codes are copied as they are. The first part with another
 * dictionary switches the column to merging (a copy of the dictionary + a Map index).
 */
type TextOut = {
  type: 'text';
  codes: Uint32Array;
  dict: string[];
  index: Map<string, number> | null;
  adopted: readonly string[] | null;
};
type NumOut = { type: Exclude<Column['type'], 'text'>; values: Float64Array };

export class TableAssembler {
  private cols = new Map<string, TextOut | NumOut>();
  private offset = 0;

  /** `total`: rows the finished table will have (sum of kept rows of every part). */
  constructor(
    readonly kind: RecordKind,
    readonly total: number
  ) {}

  add(table: ColumnTable, keep?: Uint8Array): void {
    const start = this.offset;
    let kept = 0;
    if (keep) for (let i = 0; i < table.length; i++) kept += keep[i] ? 1 : 0;
    else kept = table.length;
    if (start + kept > this.total) throw new Error('more rows than announced');
    for (const [name, col] of Object.entries(table.columns)) {
      if (!col) continue;
      let out = this.cols.get(name);
      if (!out) {
        out =
          col.type === 'text'
            ? {
                type: 'text',
                codes: new Uint32Array(this.total),
                dict: col.dict as string[],
                index: null,
                adopted: col.dict
              }
            : { type: col.type, values: new Float64Array(this.total).fill(NaN) };
        this.cols.set(name, out);
      }
      if (out.type === 'text' && col.type === 'text' && out.adopted === col.dict) {
        const { codes } = out;
        if (!keep) codes.set(col.codes.subarray(0, table.length), start);
        else {
          let o = start;
          for (let i = 0; i < table.length; i++) if (keep[i]) codes[o++] = col.codes[i];
        }
      } else if (out.type === 'text' && col.type === 'text') {
        if (!out.index) {
          // Leave the adopted (possibly shared) dictionary untouched: merge into a copy.
          out.dict = out.dict.slice();
          out.index = new Map(out.dict.map((s, k) => [s, k]));
          out.adopted = null;
        }
        const index = out.index;
        const remap = new Uint32Array(col.dict.length);
        for (let d = 1; d < col.dict.length; d++) {
          const s = col.dict[d];
          let code = index.get(s);
          if (code === undefined) {
            code = out.dict.length;
            out.dict.push(s);
            index.set(s, code);
          }
          remap[d] = code;
        }
        const { codes } = out;
        let o = start;
        for (let i = 0; i < table.length; i++) if (!keep || keep[i]) codes[o++] = remap[col.codes[i]];
      } else if (out.type !== 'text' && col.type !== 'text') {
        if (!keep) out.values.set(col.values.subarray(0, table.length), start);
        else {
          let o = start;
          for (let i = 0; i < table.length; i++) if (keep[i]) out.values[o++] = col.values[i];
        }
      }
    }
    this.offset += kept;
  }

  finish(): ColumnTable {
    const columns: Record<string, Column> = {};
    for (const [name, c] of this.cols)
      columns[name] =
        c.type === 'text' ? { type: 'text', codes: c.codes, dict: c.dict } : { type: c.type, values: c.values };
    return { kind: this.kind, length: this.offset, columns };
  }
}
