/**
 * Where parsed rows go: one chunk builder per record kind (text dictionaries shared by all chunks
 * of the kind, shared-builder.ts), cut into a chunk every CHUNK_ROWS rows and handed to `write`
 * (which stores it). Writes are queued and awaited by `drain(keep)` between file pieces, so at
 * most `keep` chunks + a piece's worth wait in memory (back-pressure) while parsing continues.
 */
import type { ColumnTable } from '../../core/columns/table';
import type { FieldType, RecordKind } from '../../core/schema/fields';
import { ChunkTableBuilder, SharedDict } from './shared-builder';

export type ChunkWriter = (table: ColumnTable, seq: number, firstRow: number) => Promise<void>;

export class ChunkSink {
  private builders = new Map<RecordKind, ChunkTableBuilder>();
  /** kind → column → the import-wide dictionary. */
  readonly dicts = new Map<RecordKind, Map<string, SharedDict>>();
  private rowsOf = new Map<RecordKind, number>();
  private seq = 0;
  private pending: Promise<void>[] = [];
  rows = 0;

  constructor(
    private readonly columns: ReadonlyMap<RecordKind, readonly { name: string; type: FieldType }[]>,
    private readonly write: ChunkWriter,
    private readonly chunkRows: number
  ) {}

  builder(kind: RecordKind): ChunkTableBuilder {
    let b = this.builders.get(kind);
    if (!b) {
      const cols = this.columns.get(kind);
      if (!cols) throw new Error(`no columns planned for ${kind}`);
      let dicts = this.dicts.get(kind);
      if (!dicts) this.dicts.set(kind, (dicts = new Map()));
      const own = dicts;
      const dictOf = (column: string) => {
        let d = own.get(column);
        if (!d) own.set(column, (d = new SharedDict()));
        return d;
      };
      b = new ChunkTableBuilder(kind, cols, dictOf, Math.min(this.chunkRows, 65_536));
      this.builders.set(kind, b);
    }
    return b;
  }

  /** Call after a row was appended to `builder(kind)`. */
  rowDone(kind: RecordKind): void {
    this.rows++;
    const b = this.builders.get(kind)!;
    if (b.length >= this.chunkRows) this.flush(kind);
  }

  private flush(kind: RecordKind): void {
    const b = this.builders.get(kind);
    if (!b || b.length === 0) return;
    this.builders.delete(kind);
    const table = b.finish();
    const firstRow = this.rowsOf.get(kind) ?? 0;
    this.rowsOf.set(kind, firstRow + table.length);
    // Keep the rejection observed; drain() rethrows it.
    const p = this.write(table, this.seq++, firstRow);
    p.catch(() => undefined);
    this.pending.push(p);
  }

  /** Chunk writes started and not yet awaited. */
  get waiting(): number {
    return this.pending.length;
  }

  /**
   * Waits until at most `keep` writes are still running (oldest first), so parsing can go on
   * while the last chunk commits: memory stays bounded by `keep` chunks + the builders. The
   * first failed write is rethrown here (after the others settled); a failure among the kept
   * ones by a later call.
   */
  async drain(keep = 0): Promise<void> {
    try {
      while (this.pending.length > keep) await this.pending.shift();
    } catch (e) {
      // Let every started write settle first, so nothing lands after the caller cleans up.
      const rest = this.pending;
      this.pending = [];
      await Promise.allSettled(rest);
      throw e;
    }
  }

  /** Flushes the partial chunks and waits for every write. */
  async close(): Promise<void> {
    for (const kind of [...this.builders.keys()]) this.flush(kind);
    await this.drain();
  }
}
