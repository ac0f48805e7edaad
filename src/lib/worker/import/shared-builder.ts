/**
 * Chunk builders whose text columns share ONE dictionary across all chunks of an import (stored
 * once at the end: storage/records.ts `SharedTextColumn`). Same push/endRow/finish surface as the
 * core TableBuilder, so the row reader and the survey deriver write to either.
 */
import { NumericColumnBuilder } from '../../core/columns/builder';
import type { Column, ColumnTable } from '../../core/columns/table';
import type { FieldType, RecordKind } from '../../core/schema/fields';
import { StringIndex } from './string-index';

/** What the row reader and derivers append to (the core TableBuilder fits it too). */
export interface RowTarget {
  readonly builders: ReadonlyMap<string, { push(value: never): void; readonly length: number }>;
  readonly length: number;
  text(name: string): { push(value: string): void };
  numeric(name: string): { push(value: number): void };
  endRow(): void;
}

/** One import's dictionary of one column: code 0 is '' (missing), as everywhere. */
export class SharedDict {
  readonly dict: string[] = [''];
  /** Indexes `dict` itself (string-index.ts): a Map was a quarter of the import's CPU time. */
  readonly index = new StringIndex(this.dict);
}

class SharedTextBuilder {
  private codes: Uint32Array;
  length = 0;
  constructor(
    private readonly shared: SharedDict,
    capacity: number
  ) {
    this.codes = new Uint32Array(capacity);
  }

  push(value: string): void {
    const code = value ? this.shared.index.add(value) : 0;
    if (this.length === this.codes.length) {
      const next = new Uint32Array(this.codes.length * 2);
      next.set(this.codes);
      this.codes = next;
    }
    this.codes[this.length++] = code;
  }

  /** The dictionary is the live shared array: it only ever grows, so these codes stay valid. */
  finish(): Column {
    return { type: 'text', codes: this.codes.slice(0, this.length), dict: this.shared.dict };
  }
}

export class ChunkTableBuilder implements RowTarget {
  readonly builders = new Map<string, SharedTextBuilder | NumericColumnBuilder>();
  length = 0;

  constructor(
    readonly kind: RecordKind,
    columns: readonly { name: string; type: FieldType }[],
    dicts: (column: string) => SharedDict,
    capacity: number
  ) {
    for (const c of columns)
      this.builders.set(
        c.name,
        c.type === 'text' ? new SharedTextBuilder(dicts(c.name), capacity) : new NumericColumnBuilder(c.type, capacity)
      );
  }

  text(name: string): SharedTextBuilder {
    const b = this.builders.get(name);
    if (!(b instanceof SharedTextBuilder)) throw new Error(`no text column ${name}`);
    return b;
  }

  numeric(name: string): NumericColumnBuilder {
    const b = this.builders.get(name);
    if (!(b instanceof NumericColumnBuilder)) throw new Error(`no numeric column ${name}`);
    return b;
  }

  endRow(): void {
    this.length++;
  }

  finish(): ColumnTable {
    const columns: Record<string, Column> = {};
    for (const [name, b] of this.builders) {
      if (b.length !== this.length) throw new Error(`column ${name} has ${b.length} values for ${this.length} rows`);
      columns[name] = b.finish();
    }
    return { kind: this.kind, length: this.length, columns };
  }
}
