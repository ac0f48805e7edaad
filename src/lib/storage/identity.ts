/**
 * Record identity for re-imports: which rows are "the same record" so a later import updates
 * instead of duplicating.
 *
 * - tickets, calls, surveys, customers: their key field (fields.ts `keyField`).
 * - messages: `message_id`; a message without one is identified by conversation + time +
 *   direction + agent (exports without ids still re-import without doubling).
 * - costs have no id: a cost line is identified by period_start + period_end + category +
 *   currency. The amount is deliberately NOT part of it: a corrected amount for the same period
 *   and category replaces the old line instead of adding to it.
 * Identities live in a namespace per source (the import's export format), so ticket 1001 from
 * Zendesk and ticket 1001 from Freshdesk stay two tickets.
 * A row whose identity is empty never supersedes and is never superseded.
 */
import { isText, type Column, type ColumnTable } from '../core/columns/table';
import { keyField, type RecordKind } from '../core/schema/fields';

const COMPOSITE: Partial<Record<RecordKind, readonly string[]>> = {
  messages: ['conversation_id', 'sent_at', 'direction', 'agent'],
  costs: ['period_start', 'period_end', 'category', 'currency']
};

/** The fields the identity of a kind reads (for keeping only them in memory during an import). */
export function identityFields(kind: RecordKind): string[] {
  const key = keyField(kind);
  return [...(key ? [key] : []), ...(COMPOSITE[kind] ?? [])];
}

/** Key namespace of an import. */
export function keySource(format: string | null | undefined): string {
  return format ?? '';
}

function cell(c: Column | undefined, i: number): string {
  if (!c) return '';
  if (isText(c)) return c.dict[c.codes[i]];
  const v = c.values[i];
  return Number.isNaN(v) ? '' : String(v);
}

/** Returns `(row) => identity` for a table ('' = no identity). */
export function identityReader(table: ColumnTable): (row: number) => string {
  const key = keyField(table.kind);
  const keyCol = key ? table.columns[key] : undefined;
  const composite = (COMPOSITE[table.kind] ?? []).map((f) => table.columns[f]);
  const compositeRead = (i: number): string => {
    let s = '';
    let any = false;
    for (const c of composite) {
      const v = cell(c, i);
      if (v) any = true;
      s += v + '\u001f';
    }
    return any ? '\u001e' + s : '';
  };
  if (keyCol && isText(keyCol)) {
    const { codes, dict } = keyCol;
    if (composite.length === 0) return (i) => dict[codes[i]];
    return (i) => dict[codes[i]] || compositeRead(i);
  }
  if (keyCol) return (i) => cell(keyCol, i) || compositeRead(i);
  return compositeRead;
}
