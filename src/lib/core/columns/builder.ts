/**
 * Builds a ColumnTable row by row without materialising row objects: the import worker and the
 * demo generator append parsed values here, and `finish()` hands over compact typed arrays.
 */
import type { FieldType, RecordKind } from '../schema/fields';
import type { Column, ColumnTable } from './table';

export class TextColumnBuilder {
  private codes: Uint32Array;
  readonly dict: string[] = [''];
  private index = new Map<string, number>([['', 0]]);
  length = 0;

  constructor(capacity = 1024) {
    this.codes = new Uint32Array(capacity);
  }

  push(value: string | null | undefined): void {
    let code = 0;
    if (value) {
      const known = this.index.get(value);
      if (known === undefined) {
        code = this.dict.length;
        this.dict.push(value);
        this.index.set(value, code);
      } else code = known;
    }
    if (this.length === this.codes.length) this.codes = grow(this.codes) as Uint32Array;
    this.codes[this.length++] = code;
  }

  finish(): Column {
    return { type: 'text', codes: this.codes.slice(0, this.length), dict: this.dict.slice() };
  }
}

export class NumericColumnBuilder {
  private values: Float64Array;
  length = 0;

  constructor(
    readonly type: Exclude<FieldType, 'text'>,
    capacity = 1024
  ) {
    this.values = new Float64Array(capacity);
  }

  /** NaN (or null) = missing. Booleans are pushed as 1 / 0. */
  push(value: number | null | undefined): void {
    if (this.length === this.values.length) this.values = grow(this.values) as Float64Array;
    this.values[this.length++] = value ?? NaN;
  }

  finish(): Column {
    return { type: this.type, values: this.values.slice(0, this.length) };
  }
}

export type ColumnBuilder = TextColumnBuilder | NumericColumnBuilder;

/** What a text column builder offers; the importer's shared-dictionary builder is another kind. */
export interface TextBuilder {
  push(value: string | null | undefined): void;
  readonly length: number;
  finish(): Column;
}

/**
 * Rows in, columns out. Text columns come from `makeText` (default: a dictionary per column), so
 * the importer can plug in builders that share one dictionary across an import's chunks.
 */
export class TableBuilder<T extends TextBuilder = TextColumnBuilder> {
  readonly builders = new Map<string, T | NumericColumnBuilder>();
  length = 0;

  constructor(
    readonly kind: RecordKind,
    fields: readonly { name: string; type: FieldType }[],
    capacity = 1024,
    makeText: (name: string, capacity: number) => T = (_name, c) => new TextColumnBuilder(c) as TextBuilder as T
  ) {
    for (const f of fields)
      this.builders.set(
        f.name,
        f.type === 'text' ? makeText(f.name, capacity) : new NumericColumnBuilder(f.type, capacity)
      );
  }

  text(name: string): T {
    const b = this.builders.get(name);
    if (b === undefined || b instanceof NumericColumnBuilder) throw new Error(`no text column ${name}`);
    return b;
  }

  numeric(name: string): NumericColumnBuilder {
    const b = this.builders.get(name);
    if (!(b instanceof NumericColumnBuilder)) throw new Error(`no numeric column ${name}`);
    return b;
  }

  /** Call once per row after pushing a value to every column. */
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

function grow(a: Uint32Array | Float64Array): Uint32Array | Float64Array {
  const next = new (a.constructor as Uint32ArrayConstructor | Float64ArrayConstructor)(Math.max(1024, a.length * 2));
  next.set(a);
  return next;
}
