/**
 * Filter masks: one Uint8Array per (table, filters), 1 = the row passes every active filter.
 * Built once and cached beside the table, so a KPI pass only reads a byte per row and changing
 * back to an earlier filter costs nothing.
 *
 * Which field a filter reads, per kind (a filter applies to every kind that has the field; a
 * kind that cannot know the answer is left unfiltered rather than emptied):
 * - tickets: its own channel, team, agent, priority, category.
 * - calls: a call is the `phone` channel (a channel filter without `phone` excludes every call);
 *   `category` matches the call's `queue` (a queue is a call's topic); agent and team as is;
 *   calls have no priority, so a priority filter leaves them unfiltered.
 * - messages and surveys: their own value, else (empty or no such column) the value of the
 *   ticket they belong to (conversation_id / ticket_id = ticket_id); a survey about a call
 *   (call_id) is the `phone` channel; a row with none of these is excluded, like a ticket
 *   without that field.
 * - customers and costs carry none of these fields and are never filtered (a cost's `category`
 *   is a cost type, not a ticket category).
 */
import type { ColumnTable, TextColumn } from '../columns/table';
import type { RecordKind } from '../schema/fields';
import { cachedRecent } from './cache';
import { text } from './columns';
import { tableId, ticketRowByCode } from './derived/join';
import { FILTER_FIELDS, type Dataset, type FilterField, type ResolvedView } from './types';

type Filters = ResolvedView['filters'];

/** The active filters (non-empty value lists), in a canonical order for cache keys. */
export function activeFilters(filters: Filters): [FilterField, readonly string[]][] {
  const out: [FilterField, readonly string[]][] = [];
  for (const f of FILTER_FIELDS) {
    const values = filters[f];
    if (values && values.length > 0) out.push([f, [...values].sort()]);
  }
  return out;
}

/** Per dictionary code, 1 when the value is one of `allowed`. */
function allowedCodes(c: TextColumn, allowed: readonly string[]): Uint8Array {
  const set = new Set(allowed);
  const out = new Uint8Array(c.dict.length);
  for (let k = 1; k < c.dict.length; k++) out[k] = set.has(c.dict[k]) ? 1 : 0;
  return out;
}

/** Clears `mask[i]` for rows whose value of `c` is not allowed (missing values never are). */
function applyOwn(mask: Uint8Array, c: TextColumn, allowed: readonly string[]): void {
  const ok = allowedCodes(c, allowed);
  const codes = c.codes;
  for (let i = 0; i < mask.length; i++) if (!ok[codes[i]]) mask[i] = 0;
}

/** Own value first, else the linked ticket's (messages, surveys). */
function applyOwnOrTicket(
  mask: Uint8Array,
  table: ColumnTable,
  field: FilterField,
  allowed: readonly string[],
  link: string,
  tickets: ColumnTable | undefined
): void {
  const own = text(table, field);
  const tcol = text(tickets, field);
  const joinByCode = tcol ? ticketRowByCode(table, link, tickets) : undefined;
  const linkCodes = text(table, link)?.codes;
  // A survey about a call came by phone, as the call did (calls are the `phone` channel).
  const call = field === 'channel' && table.kind === 'surveys' ? text(table, 'call_id') : undefined;
  const phoneOk = allowed.includes('phone');
  if (!own && !(tcol && joinByCode && linkCodes) && !call) return; // nobody can tell: unfiltered
  const ownOk = own ? allowedCodes(own, allowed) : undefined;
  const tOk = tcol ? allowedCodes(tcol, allowed) : undefined;
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    const oc = own ? own.codes[i] : 0;
    if (oc !== 0) {
      if (!ownOk![oc]) mask[i] = 0;
      continue;
    }
    if (call && call.codes[i] !== 0) {
      mask[i] = phoneOk ? 1 : 0;
      continue;
    }
    const row = joinByCode && linkCodes ? joinByCode[linkCodes[i]] : -1;
    mask[i] = row >= 0 && tcol && tOk![tcol.codes[row]] ? 1 : 0;
  }
}

/**
 * The row mask of `kind` under the view's filters, or null when no active filter applies to it
 * (every row passes: callers skip the mask entirely).
 */
export function filterMask(data: Dataset, kind: RecordKind, filters: Filters): Uint8Array | null {
  const table = data[kind];
  if (!table) return null;
  const active = activeFilters(filters);
  if (active.length === 0 || kind === 'customers' || kind === 'costs') return null;
  const tickets = data.tickets;
  const key = `mask:${JSON.stringify(active)}:${kind === 'messages' || kind === 'surveys' ? (tickets ? tableId(tickets) : 0) : ''}`;
  return cachedRecent(table, 'mask', key, 16, () => {
    const mask = new Uint8Array(table.length).fill(1);
    let touched = false;
    for (const [field, allowed] of active) {
      if (kind === 'tickets') {
        const c = text(table, field);
        if (c) {
          applyOwn(mask, c, allowed);
          touched = true;
        }
      } else if (kind === 'calls') {
        if (field === 'channel') {
          if (!allowed.includes('phone')) mask.fill(0);
          touched = true;
        } else if (field !== 'priority') {
          const c = text(table, field === 'category' ? 'queue' : field);
          if (c) {
            applyOwn(mask, c, allowed);
            touched = true;
          }
        }
      } else {
        const link = kind === 'messages' ? 'conversation_id' : 'ticket_id';
        applyOwnOrTicket(mask, table, field, allowed, link, tickets);
        touched = true;
      }
    }
    return touched ? mask : null;
  });
}
