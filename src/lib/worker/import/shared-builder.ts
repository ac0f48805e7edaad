/**
 * Chunk builders whose text columns share ONE dictionary across all chunks of an import (stored
 * once at the end: storage/records.ts `SharedTextColumn`), built on the core TableBuilder, so the
 * row reader and the survey deriver write to either.
 */
import { TableBuilder } from '../../core/columns/builder';
import type { Column } from '../../core/columns/table';
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

  push(value: string | null | undefined): void {
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

/** An import's chunk builder: the core TableBuilder with text columns on the shared dictionaries. */
export class ChunkTableBuilder extends TableBuilder<SharedTextBuilder> implements RowTarget {
  constructor(
    kind: RecordKind,
    columns: readonly { name: string; type: FieldType }[],
    dicts: (column: string) => SharedDict,
    capacity: number
  ) {
    super(kind, columns, capacity, (name, c) => new SharedTextBuilder(dicts(name), c));
  }
}
