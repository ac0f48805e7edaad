/**
 * Quality and effort KPIs (kpi-catalog.md, "Quality and effort"). Each picks the best source the
 * data offers, in the catalog's order, and says which it used when it is not the first:
 * - csat / satisfaction_index: surveys (scale per row, default 1–5), else tickets.csat (1–5),
 *   else calls.csat (1–5, where 0 means "no rating" and is left out like any off-scale score);
 * - fcr_rate: the explicit flag, else ≤ 1 agent reply and never reopened, else calls.resolved;
 * - interactions_per_ticket: tickets.messages, else the message log counted per ticket;
 * - contacts_to_resolve: tickets.contacts, else chains of calls per customer (and queue);
 * - repeat_incident_rate: the flag, else same customer + category within the window.
 * Resolution KPIs attribute tickets by when they were resolved (see derived/tickets.ts).
 */
import type { KpiId } from '../../catalog';
import { UNKNOWN, filled, num, numFilled, text } from '../columns';
import type { Ctx } from '../context';
import { callChains, inbound, abandoned } from '../derived/calls';
import { ticketRowByCode, tableId } from '../derived/join';
import { messagesPerConversation, replyTiming } from '../derived/messages';
import { derivedRepeats, resolution } from '../derived/tickets';
import { cached } from '../cache';
import { groupsOf, unavailable } from '../result';
import type { ColumnTable } from '../../columns/table';
import type { RecordKind } from '../../schema/fields';
import type { KpiResult } from '../types';
import { CALL_GROUPS, SURVEY_GROUPS, TICKET_GROUPS, flagValues, resolvedRows, valuesFor, valuesOf } from './common';
import { rowKpi } from './row-kpi';

/** A boolean column as flag bytes (columns.ts): anything but 0 and 1 is UNKNOWN. */
function flag01(t: ColumnTable, name: string): Uint8Array {
  const col = num(t, name)!;
  return cached(t, `flag01:${name}`, () => {
    const out = new Uint8Array(col.length);
    for (let i = 0; i < out.length; i++) {
      const x = col[i];
      out[i] = x === 1 ? 1 : x === 0 ? 0 : UNKNOWN;
    }
    return out;
  });
}

interface ScoreSource {
  readonly kind: RecordKind;
  readonly time: string;
  readonly table: ColumnTable;
  readonly score: Float64Array;
  readonly min?: Float64Array;
  readonly max?: Float64Array;
  readonly groups: readonly string[];
  readonly note: string;
}

/** Surveys, else tickets.csat, else calls.csat — preferring a source that has values. */
function scoreSource(ctx: Ctx): ScoreSource | null {
  const { surveys: s, tickets: t, calls: c } = ctx.data;
  const options: (ScoreSource | null)[] = [
    s && num(s, 'score')
      ? {
          kind: 'surveys',
          time: 'responded_at',
          table: s,
          score: num(s, 'score')!,
          min: num(s, 'scale_min'),
          max: num(s, 'scale_max'),
          groups: SURVEY_GROUPS,
          note: ''
        }
      : null,
    t && num(t, 'csat')
      ? {
          kind: 'tickets',
          time: 'created_at',
          table: t,
          score: num(t, 'csat')!,
          groups: TICKET_GROUPS,
          note: 'from tickets.csat (1–5)'
        }
      : null,
    c && num(c, 'csat')
      ? {
          kind: 'calls',
          time: 'queued_at',
          table: c,
          score: num(c, 'csat')!,
          groups: CALL_GROUPS,
          note: 'from calls.csat (1–5; 0 = no rating)'
        }
      : null
  ];
  const usable = options.filter((o): o is ScoreSource => o !== null);
  return usable.find((o) => filled(o.table, o.kind === 'surveys' ? 'score' : 'csat')) ?? usable[0] ?? null;
}

function scored(ctx: Ctx, id: KpiId, mode: 'csat' | 'index'): KpiResult {
  const src = scoreSource(ctx);
  const r = src ? ctx.rows(src.kind, src.time) : null;
  if (!src || !r) return unavailable(id, ['surveys.score', 'tickets.csat']);
  const top = ctx.settings.csatTopBox;
  // Per response of the view (computed per view, not cached: one cheap pass); off-scale scores
  // are left out and counted.
  const score = (rows: Uint32Array, slot: string) => {
    const out = ctx.scratch(slot, rows.length);
    let offScale = 0;
    const { min, max } = src;
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j];
      const x = src.score[i];
      const lo = min && min[i] === min[i] ? min[i] : 1;
      const hi = max && max[i] === max[i] ? max[i] : 5;
      if (x !== x) out[j] = NaN;
      else if (x < lo || x > hi || !(hi > lo)) {
        out[j] = NaN;
        offScale++;
      } else if (mode === 'index') out[j] = ((x - lo) / (hi - lo)) * 100;
      // A 2-point scale is thumbs down / up; otherwise the top `top` points are "satisfied".
      else out[j] = hi - lo === 1 ? (x === hi ? 1 : 0) : x > hi - top ? 1 : 0;
    }
    return { vals: out, offScale };
  };
  let offScale = 0;
  return rowKpi(ctx, id, {
    stat: mode === 'csat' ? 'rate' : 'mean',
    rows: r,
    vals: (rows, slot) => {
      const s = score(rows, slot);
      if (slot === 'a') offScale = s.offScale;
      return s.vals;
    },
    trend: ctx.trend(src.kind, src.time),
    groups: groupsOf(src.table, src.groups),
    notes: () => [src.note, offScale > 0 ? `${offScale} scores outside their scale left out` : '']
  });
}

export const csat = (ctx: Ctx) => scored(ctx, 'csat', 'csat');
export const satisfactionIndex = (ctx: Ctx) => scored(ctx, 'satisfaction_index', 'index');

function ticketMean(
  ctx: Ctx,
  id: KpiId,
  stat: 'mean' | 'rate',
  value: Float64Array | Uint8Array,
  extraNotes: string[] = []
): KpiResult | null {
  const t = ctx.data.tickets!;
  const rr = resolvedRows(ctx);
  if (!rr) return null;
  return rowKpi(ctx, id, {
    stat,
    rows: rr.rows,
    vals: (rows, slot) => valuesOf(ctx, rows, value, slot),
    trend: ctx.trend('tickets', rr.trendKey, rr.at),
    groups: groupsOf(t, TICKET_GROUPS),
    notes: () => [...rr.notes, ...extraNotes]
  });
}

function callRate(ctx: Ctx, id: KpiId, flag: Float64Array, note: string): KpiResult {
  const c = ctx.data.calls!;
  const r = ctx.rows('calls', 'queued_at')!;
  const inb = inbound(c);
  const ab = abandoned(c);
  const full = cached(c, `answered-flag:${id}`, () => {
    const out = new Uint8Array(flag.length);
    for (let i = 0; i < out.length; i++) {
      const f = flag[i];
      out[i] = inb[i] && !(ab && ab[i] === 1) && (f === 0 || f === 1) ? f : UNKNOWN;
    }
    return out;
  });
  return rowKpi(ctx, id, {
    stat: 'rate',
    rows: r,
    vals: (rows, slot) => flagValues(ctx, rows, full, slot),
    trend: ctx.trend('calls', 'queued_at'),
    groups: groupsOf(c, CALL_GROUPS),
    notes: () => [note]
  });
}

export function fcrRate(ctx: Ctx): KpiResult {
  const id = 'fcr_rate';
  const t = ctx.data.tickets;
  const flag = num(t, 'first_contact_resolution');
  if (t && flag && filled(t, 'first_contact_resolution')) {
    const out = ticketMean(ctx, id, 'rate', flag01(t, 'first_contact_resolution'), [
      'from the first-contact-resolution flag'
    ]);
    if (out) return out;
  }
  const replies = num(t, 'replies');
  if (t && replies && filled(t, 'replies')) {
    const reopened = num(t, 'reopened');
    const derived = cached(t, 'fcr-derived', () => {
      const out = new Uint8Array(t.length);
      for (let i = 0; i < t.length; i++) {
        const r = replies[i];
        const o = reopened ? reopened[i] : 0;
        out[i] = r !== r ? UNKNOWN : r <= 1 && !(o > 0) ? 1 : 0;
      }
      return out;
    });
    const out = ticketMean(ctx, id, 'rate', derived, [
      'derived: resolved with at most one agent reply and never reopened',
      reopened ? '' : 'no reopened column: reopenings unknown'
    ]);
    if (out) return out;
  }
  const resolved = num(ctx.data.calls, 'resolved');
  if (resolved && ctx.rows('calls', 'queued_at'))
    return callRate(ctx, id, resolved, 'from calls: resolved on the call / answered calls');
  return unavailable(id, ['tickets.first_contact_resolution', 'tickets.replies', 'calls.resolved']);
}

/** Agent–customer messages per ticket row from the message log (NaN = no such message of that ticket). */
function messagesPerTicket(m: ColumnTable, t: ColumnTable): Float64Array | null {
  const join = ticketRowByCode(m, 'conversation_id', t);
  const counts = messagesPerConversation(m);
  if (!join || !counts) return null;
  return cached(m, `msgs-per-ticket:${tableId(t)}`, () => {
    const out = new Float64Array(t.length).fill(NaN);
    // A ticket whose log holds no 'in'/'out' message has no interactions on record: left out.
    for (let k = 1; k < join.length; k++) if (join[k] >= 0 && counts[k] > 0) out[join[k]] = counts[k];
    return out;
  });
}

export function interactionsPerTicket(ctx: Ctx): KpiResult {
  const id = 'interactions_per_ticket';
  const t = ctx.data.tickets;
  const msgs = num(t, 'messages');
  const missing = ['tickets.messages'];
  if (t && msgs && (filled(t, 'messages') || !ctx.data.messages)) {
    const out = ticketMean(ctx, id, 'mean', msgs);
    if (out) return out;
  }
  const m = ctx.data.messages;
  const perTicket = t && m ? messagesPerTicket(m, t) : null;
  if (perTicket) {
    const out = ticketMean(ctx, id, 'mean', perTicket, [
      'counted from the message log; tickets without messages left out'
    ]);
    if (out) return out;
  }
  return unavailable(id, t && !resolution(t).known ? [...missing, 'tickets.resolved_at'] : missing);
}

export function contactsToResolve(ctx: Ctx): KpiResult {
  const id = 'contacts_to_resolve';
  const t = ctx.data.tickets;
  const contacts = num(t, 'contacts');
  if (t && contacts && filled(t, 'contacts')) {
    const out = ticketMean(ctx, id, 'mean', contacts);
    if (out) return out;
  }
  const c = ctx.data.calls;
  const chains = c ? callChains(c) : null;
  const r = ctx.rows('calls', 'queued_at');
  if (c && chains && r) {
    return rowKpi(ctx, id, {
      stat: 'mean',
      rows: r,
      vals: (rows, slot) => valuesFor(ctx, rows, chains, slot),
      trend: ctx.trend('calls', 'queued_at'),
      groups: groupsOf(c, CALL_GROUPS),
      notes: () => ['from calls: calls per customer (and queue) up to the one that resolved the issue']
    });
  }
  return unavailable(id, ['tickets.contacts', 'calls.customer_id', 'calls.resolved']);
}

function ticketCreatedRate(
  ctx: Ctx,
  id: KpiId,
  flag: Uint8Array,
  notes: string[],
  groups: readonly string[] = TICKET_GROUPS
): KpiResult {
  const t = ctx.data.tickets!;
  const r = ctx.rows('tickets', 'created_at')!;
  return rowKpi(ctx, id, {
    stat: 'rate',
    rows: r,
    vals: (rows, slot) => flagValues(ctx, rows, flag, slot),
    trend: ctx.trend('tickets', 'created_at'),
    groups: groupsOf(t, groups),
    notes: () => notes
  });
}

export function repeatIncidentRate(ctx: Ctx): KpiResult {
  const id = 'repeat_incident_rate';
  const t = ctx.data.tickets;
  if (!t || !ctx.rows('tickets', 'created_at')) return unavailable(id, ['tickets.repeat_incident']);
  const flag = num(t, 'repeat_incident');
  if (flag && filled(t, 'repeat_incident')) return ticketCreatedRate(ctx, id, flag01(t, 'repeat_incident'), []);
  const days = ctx.settings.repeatWindowDays;
  const derived = derivedRepeats(t, days);
  if (derived) return ticketCreatedRate(ctx, id, derived, [`derived: same customer and category within ${days} days`]);
  return unavailable(id, [
    'tickets.repeat_incident',
    ...(text(t, 'customer_id') ? [] : ['tickets.customer_id']),
    ...(text(t, 'category') ? [] : ['tickets.category'])
  ]);
}

/** Tickets created in the period that are resolved (as far as the data knows) / tickets created × 100. */
export function resolutionRate(ctx: Ctx): KpiResult {
  const id = 'resolution_rate';
  const t = ctx.data.tickets;
  if (!t || !ctx.rows('tickets', 'created_at') || !resolution(t).known)
    return unavailable(id, ['tickets.status', 'tickets.resolved_at']);
  const at = resolution(t).at;
  const flag = cached(t, 'resolved-flag', () => {
    const out = new Uint8Array(at.length);
    for (let i = 0; i < out.length; i++) out[i] = at[i] === at[i] ? 1 : 0;
    return out;
  });
  return ticketCreatedRate(ctx, id, flag, ['resolved as of the latest data']);
}

/** Tickets (conversations) created in the period with at least one agent reply / all × 100. */
export function responseRate(ctx: Ctx): KpiResult {
  const id = 'response_rate';
  const t = ctx.data.tickets;
  // Blank columns are no data: an empty first_response_at would read as "no ticket answered" (0 %).
  const fr = numFilled(t, 'first_response_at');
  const replies = numFilled(t, 'replies');
  if (t && (fr || replies) && ctx.rows('tickets', 'created_at')) {
    const flag = cached(t, 'replied-flag', () => {
      const out = new Uint8Array(t.length);
      for (let i = 0; i < t.length; i++) out[i] = (fr && fr[i] === fr[i]) || (replies && replies[i] >= 1) ? 1 : 0;
      return out;
    });
    return ticketCreatedRate(ctx, id, flag, []);
  }
  const m = ctx.data.messages;
  const timing = m ? replyTiming(m) : null;
  const r = ctx.rows('messages', 'sent_at');
  if (m && timing && r) {
    return rowKpi(ctx, id, {
      stat: 'rate',
      rows: r,
      vals: (rows, slot) => valuesFor(ctx, rows, timing.answered, slot),
      trend: ctx.trend('messages', 'sent_at'),
      groups: groupsOf(m, ['channel', 'team']),
      notes: () => ['from the message log: conversations by their first customer message']
    });
  }
  return unavailable(id, ['tickets.first_response_at', 'tickets.replies', 'messages.direction']);
}
