/**
 * Links messages and surveys to their ticket (messages.conversation_id / surveys.ticket_id =
 * tickets.ticket_id), so a filter on a field they lack (a message has no category) can use the
 * ticket's, and messages can be counted per ticket. Joined per dictionary code, not per row:
 * a conversation's thousand messages share one lookup.
 */
import type { ColumnTable } from '../../columns/table';
import { cached } from '../cache';
import { text } from '../columns';

const ids = new WeakMap<ColumnTable, number>();
let nextId = 1;

/** A stable number per table object, for cache keys that depend on a second table. */
export function tableId(t: ColumnTable): number {
  let id = ids.get(t);
  if (id === undefined) {
    id = nextId++;
    ids.set(t, id);
  }
  return id;
}

/**
 * For each dictionary code of `table.field`, the tickets row with that ticket_id, or -1.
 * Undefined when either column is absent.
 */
export function ticketRowByCode(
  table: ColumnTable,
  field: string,
  tickets: ColumnTable | undefined
): Int32Array | undefined {
  const own = text(table, field);
  const tid = text(tickets, 'ticket_id');
  if (!own || !tid || !tickets) return undefined;
  return cached(table, `join:${field}:${tableId(tickets)}`, () => {
    // Map over the smaller side (this table's dictionary), then one pass over the tickets.
    const index = new Map<string, number>();
    for (let k = 1; k < own.dict.length; k++) index.set(own.dict[k], k);
    const out = new Int32Array(own.dict.length).fill(-1);
    const ticketCodeToOwn = new Int32Array(tid.dict.length).fill(-1);
    for (let k = 1; k < tid.dict.length; k++) ticketCodeToOwn[k] = index.get(tid.dict[k]) ?? -1;
    const codes = tid.codes;
    for (let i = 0; i < tickets.length; i++) {
      const o = ticketCodeToOwn[codes[i]];
      if (o > 0) out[o] = i;
    }
    return out;
  });
}
