import { describe, expect, it } from 'vitest';
import type { ColumnTable } from '../../core/columns/table';
import { ChunkSink } from './chunk-sink';

/** A writer whose writes finish only when the test says so. */
function manualWriter() {
  const writes: { table: ColumnTable; finish: () => void; fail: (e: Error) => void; done: boolean }[] = [];
  const write = (table: ColumnTable) =>
    new Promise<void>((resolve, reject) => {
      const w = {
        table,
        done: false,
        finish: () => ((w.done = true), resolve()),
        fail: (e: Error) => ((w.done = true), reject(e))
      };
      writes.push(w);
    });
  return { writes, write };
}

const COLUMNS = new Map([['tickets' as const, [{ name: 'ticket_id', type: 'text' as const }]]]);

function addRows(sink: ChunkSink, n: number, from = 0): void {
  for (let i = 0; i < n; i++) {
    sink
      .builder('tickets')
      .text('ticket_id')
      .push(`T${from + i}`);
    sink.builder('tickets').endRow();
    sink.rowDone('tickets');
  }
}

describe('ChunkSink', () => {
  it('drain(keep) returns with at most `keep` writes still running, oldest finished first', async () => {
    const { writes, write } = manualWriter();
    const sink = new ChunkSink(COLUMNS, write, 2);
    addRows(sink, 6); // three chunks of two rows
    expect(writes).toHaveLength(3);
    let drained = false;
    const p = sink.drain(1).then(() => (drained = true));
    writes[0].finish();
    await Promise.resolve();
    expect(drained).toBe(false); // two still running
    writes[1].finish();
    await p;
    expect(drained).toBe(true);
    expect(sink.waiting).toBe(1);
    expect(writes[2].done).toBe(false);
    writes[2].finish();
    await sink.close();
    expect(sink.waiting).toBe(0);
    expect(writes.map((w) => w.table.length)).toEqual([2, 2, 2]);
  });

  it('a failed write is rethrown only after every other started write has settled', async () => {
    const { writes, write } = manualWriter();
    const sink = new ChunkSink(COLUMNS, write, 1);
    addRows(sink, 3);
    let settled = false;
    const p = sink.drain().then(
      () => 'resolved',
      (e: Error) => ((settled = true), e.message)
    );
    writes[0].fail(new Error('disk full'));
    await new Promise((r) => setTimeout(r, 0));
    expect(settled).toBe(false); // writes 1 and 2 are still running
    writes[1].finish();
    writes[2].fail(new Error('second failure'));
    expect(await p).toBe('disk full');
    expect(sink.waiting).toBe(0);
  });

  it('close() flushes the partial chunk and waits for it', async () => {
    const { writes, write } = manualWriter();
    const sink = new ChunkSink(COLUMNS, write, 10);
    addRows(sink, 3);
    expect(writes).toHaveLength(0);
    const closing = sink.close();
    expect(writes).toHaveLength(1);
    writes[0].finish();
    await closing;
    expect(writes[0].table.length).toBe(3);
  });
});
