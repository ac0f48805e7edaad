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
import type { Cells, Group } from '../aggregate';
import type { ColumnTable } from '../../columns/table';
import type { RecordKind } from '../../schema/fields';
import type { BreakdownRow, KpiResult } from '../types';
import { CALL_GROUPS, TICKET_GROUPS, flagValues, resolvedRows, valuesFor, valuesOf } from './common';
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
  /** Its breakdowns (scoreGroups). */
  readonly groups: readonly (Group | Cells)[];
  /** Rows whose rating a survey already carries (1): counted once, from the survey. */
  readonly linked: Uint8Array | null;
  /** calls.csat 0 means "no rating", not a score off the scale. */
  readonly zeroIsNone: boolean;
}

/**
 * Per row of `other`, 1 when a survey names it (surveys.`field` = other.`key`). Per dictionary
 * code, then one pass over the rows.
 */
function linkedBySurveys(s: ColumnTable, field: string, other: ColumnTable, key: string): Uint8Array | null {
  const own = text(s, field);
  const ids = text(other, key);
  if (!own || !ids || !filled(s, field)) return null;
  return cached(other, `rated-by-survey:${tableId(s)}:${field}`, () => {
    const named = new Set(own.dict.slice(1));
    const hit = Uint8Array.from(ids.dict, (v, k) => (k > 0 && named.has(v) ? 1 : 0));
    const out = new Uint8Array(other.length);
    for (let i = 0; i < out.length; i++) out[i] = hit[ids.codes[i]];
    return out;
  });
}

/**
 * Every rating on record, each counted once: survey answers, then ticket and call ratings that
 * no survey carries already (a call log's ratings become surveys at import, linked by call_id).
 * Sources whose column holds no value are left out.
 */
function scoreSources(ctx: Ctx): ScoreSource[] {
  const { surveys: s, tickets: t, calls: c } = ctx.data;
  const out: ScoreSource[] = [];
  const surveys = s && filled(s, 'score') ? s : undefined;
  if (surveys)
    out.push({
      kind: 'surveys',
      time: 'responded_at',
      table: surveys,
      score: num(surveys, 'score')!,
      min: num(surveys, 'scale_min'),
      max: num(surveys, 'scale_max'),
      groups: surveyGroups(surveys, t),
      linked: null,
      zeroIsNone: false
    });
  if (t && filled(t, 'csat'))
    out.push({
      kind: 'tickets',
      time: 'created_at',
      table: t,
      score: num(t, 'csat')!,
      groups: groupsOf(t, TICKET_GROUPS),
      linked: surveys ? linkedBySurveys(surveys, 'ticket_id', t, 'ticket_id') : null,
      zeroIsNone: false
    });
  if (c && filled(c, 'csat'))
    out.push({
      kind: 'calls',
      time: 'queued_at',
      table: c,
      score: num(c, 'csat')!,
      groups: callGroups(c),
      linked: surveys ? linkedBySurveys(surveys, 'call_id', c, 'call_id') : null,
      zeroIsNone: true
    });
  return out;
}

/**
 * A rating's breakdowns follow the rules the view's filters use (masks.ts), so the rows of the
 * cell "category = billing" are exactly those the filter category = billing keeps, whichever
 * source a rating comes from:
 * - a survey: its own value, else (a survey about a call) channel `phone`, else the value of
 *   the ticket it names — a survey has no category or priority of its own;
 * - a call: channel `phone`, category = its queue (a queue is a call's topic);
 * - a ticket: its own fields.
 * Every source then reports every breakdown any source can tell, a row that cannot tell under ''
 * (no such value): the merged cells and the drill-down's records are counted by the same codes.
 */
const SCORE_GROUPS = ['channel', 'agent', 'team', 'category', 'priority', 'queue'] as const;

/** The survey's own value, else channel `phone` for a call's survey, else the linked ticket's. */
function surveyGroup(s: ColumnTable, t: ColumnTable | undefined, name: string): Group | null {
  const own = text(s, name);
  const tc = text(t, name);
  const link = text(s, 'ticket_id');
  const join = tc ? ticketRowByCode(s, 'ticket_id', t) : undefined;
  const call = name === 'channel' ? text(s, 'call_id') : undefined;
  if (!(tc && link && join) && !call) return own ? { name, codes: own.codes, keys: own.dict } : null;
  return cached(s, `score-group:${name}:${t ? tableId(t) : 0}`, () => {
    const keys: string[] = [''];
    const index = new Map<string, number>([['', 0]]);
    const codeOf = (v: string) => {
      let k = index.get(v);
      if (k === undefined) {
        k = keys.length;
        keys.push(v);
        index.set(v, k);
      }
      return k;
    };
    const ownMap = own ? Uint32Array.from(own.dict, codeOf) : null;
    const tMap = tc ? Uint32Array.from(tc.dict, codeOf) : null;
    const phone = call ? codeOf('phone') : 0;
    const codes = new Uint32Array(s.length);
    for (let i = 0; i < codes.length; i++) {
      const oc = own ? own.codes[i] : 0;
      if (oc !== 0) codes[i] = ownMap![oc];
      else if (call && call.codes[i] !== 0) codes[i] = phone;
      else {
        const row = join && link ? join[link.codes[i]] : -1;
        codes[i] = row >= 0 ? tMap![tc!.codes[row]] : 0;
      }
    }
    return { name, codes, keys };
  });
}

function surveyGroups(s: ColumnTable, t: ColumnTable | undefined): Group[] {
  return SCORE_GROUPS.flatMap((name) => surveyGroup(s, t, name) ?? []);
}

/** Every row of `table` under one key. */
function constantGroup(table: ColumnTable, name: string, key: string): Group {
  return { name, codes: cached(table, 'zero-codes', () => new Uint32Array(table.length)), keys: [key] };
}

function callGroups(c: ColumnTable): (Group | Cells)[] {
  const queue = text(c, 'queue');
  return [
    ...groupsOf(c, CALL_GROUPS),
    constantGroup(c, 'channel', 'phone'),
    ...(queue ? [{ name: 'category', codes: queue.codes, keys: queue.dict }] : [])
  ];
}

function groupNames(groups: readonly (Group | Cells)[]): string[] {
  return groups.flatMap((g) => ('parts' in g ? g.parts.map((p) => p.name) : [g.name]));
}

/** The source's groups plus, for breakdowns only other sources can tell, all its rows under ''. */
function withBlanks(src: ScoreSource, names: readonly string[]): (Group | Cells)[] {
  const own = new Set(groupNames(src.groups));
  return [...src.groups, ...names.filter((n) => !own.has(n)).map((n) => constantGroup(src.table, n, ''))];
}

/** The one source when it is not the surveys. */
const SINGLE_NOTE: Readonly<Record<string, string>> = {
  tickets: 'from the tickets’ satisfaction ratings (1–5)',
  calls: 'from the calls’ satisfaction ratings (1–5; 0 = no rating)'
};

function scored(ctx: Ctx, id: KpiId, mode: 'csat' | 'index'): KpiResult {
  const sources = scoreSources(ctx).filter((src) => ctx.rows(src.kind, src.time));
  if (sources.length === 0) return unavailable(id, ['surveys.score', 'tickets.csat']);
  // Over the sources on record, not only those with ratings in this view: the breakdowns shown
  // do not come and go with the period.
  const names = [...new Set(sources.flatMap((src) => groupNames(src.groups)))];
  const top = ctx.settings.csatTopBox;
  let offScale = 0;
  // Per response of the view (computed per view, not cached: one cheap pass); off-scale scores
  // are left out and counted, ratings a survey already carries are left to the survey.
  const part = (src: ScoreSource): KpiResult => {
    const r = ctx.rows(src.kind, src.time)!;
    const { min, max, linked } = src;
    return rowKpi(ctx, id, {
      stat: mode === 'csat' ? 'rate' : 'mean',
      rows: r,
      vals: (rows, slot) => {
        const out = ctx.scratch(`${slot}:${src.kind}`, rows.length);
        for (let j = 0; j < rows.length; j++) {
          const i = rows[j];
          const x = src.score[i];
          const lo = min && min[i] === min[i] ? min[i] : 1;
          const hi = max && max[i] === max[i] ? max[i] : 5;
          if (x !== x || (linked !== null && linked[i] === 1) || (src.zeroIsNone && x === 0)) out[j] = NaN;
          else if (x < lo || x > hi || !(hi > lo)) {
            out[j] = NaN;
            if (slot === 'a') offScale++;
          } else if (mode === 'index') out[j] = ((x - lo) / (hi - lo)) * 100;
          // A 2-point scale is thumbs down / up; otherwise the top `top` points are "satisfied".
          else out[j] = hi - lo === 1 ? (x === hi ? 1 : 0) : x > hi - top ? 1 : 0;
        }
        return out;
      },
      trend: ctx.trend(src.kind, src.time),
      groups: withBlanks(src, names)
    });
  };
  const parts = sources.map((src) => ({ src, k: part(src) }));
  const used = parts.filter((p) => p.k.n > 0 || p.k.previousN > 0);
  const merged =
    used.length > 1
      ? mergeParts(
          id,
          mode === 'csat' ? 100 : 1,
          used.map((p) => p.k)
        )
      : (used[0] ?? parts[0]).k;
  const only = used.length === 1 ? used[0].src.kind : null;
  const countOf = (kind: RecordKind) => used.find((p) => p.src.kind === kind)?.k.n ?? 0;
  const notes = [
    used.length > 1
      ? `each rating counted once: ${countOf('surveys')} survey answers, ${countOf('tickets')} ticket ratings, ${countOf('calls')} call ratings`
      : only && only !== 'surveys'
        ? SINGLE_NOTE[only]
        : '',
    offScale > 0 ? `${offScale} scores outside their scale left out` : ''
  ].filter((x) => x);
  const { notes: _drop, ...rest } = merged;
  return { ...rest, ...(notes.length ? { notes } : {}) };
}

/**
 * One result from several sources of the same stat (a rate in percent: `scale` 100; a mean: 1):
 * sums rebuilt as value × n, added per bucket and per breakdown key. Every part reports the same
 * breakdowns (withBlanks), so a cell holds exactly the rows its parts' groups put there.
 */
function mergeParts(id: KpiId, scale: number, parts: readonly KpiResult[]): KpiResult {
  const add = (acc: { s: number; n: number }, v: number | null, n: number) => {
    if (v !== null && n > 0) {
      acc.s += (v / scale) * n;
      acc.n += n;
    }
  };
  const fin = (a: { s: number; n: number }) => (a.n > 0 ? (a.s / a.n) * scale : null);
  const head = { s: 0, n: 0 };
  const prev = { s: 0, n: 0 };
  for (const p of parts) {
    add(head, p.value, p.n);
    add(prev, p.previous, p.previousN);
  }
  const trend = parts[0].trend.map((pt, b) => {
    const acc = { s: 0, n: 0 };
    for (const p of parts) if (p.trend[b]) add(acc, p.trend[b].value, p.trend[b].n);
    return { start: pt.start, value: fin(acc), n: acc.n };
  });
  const names = [...new Set(parts.flatMap((p) => Object.keys(p.breakdowns)))];
  const breakdowns: Record<string, BreakdownRow[]> = {};
  for (const name of names) {
    const byKey = new Map<string, { s: number; n: number }>();
    for (const p of parts) {
      for (const row of p.breakdowns[name] ?? []) {
        const acc = byKey.get(row.key) ?? { s: 0, n: 0 };
        add(acc, row.value, row.n);
        byKey.set(row.key, acc);
      }
    }
    breakdowns[name] = [...byKey]
      .filter(([, a]) => a.n > 0)
      .map(([key, a]) => ({ key, value: fin(a), n: a.n }))
      .sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
  return {
    id,
    available: true,
    missing: [],
    value: fin(head),
    n: head.n,
    previous: fin(prev),
    previousN: prev.n,
    trend,
    breakdowns
  };
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

/**
 * Tickets created in the period that are resolved (as far as the data knows) / tickets created
 * × 100. The previous period counts only what was resolved by `ctx.prevAsOf`, when its tickets
 * were as old as the view's are now: otherwise a period still running (last 7 days) always looks
 * worse than a finished one, only because its newest tickets have had no time yet.
 */
export function resolutionRate(ctx: Ctx): KpiResult {
  const id = 'resolution_rate';
  const t = ctx.data.tickets;
  const r = ctx.rows('tickets', 'created_at');
  if (!t || !r || !resolution(t).known) return unavailable(id, ['tickets.status', 'tickets.resolved_at']);
  const { at, untimed } = resolution(t);
  const flag = cached(t, 'resolved-flag', () => {
    const out = new Uint8Array(at.length);
    for (let i = 0; i < out.length; i++) out[i] = at[i] === at[i] ? 1 : 0;
    return out;
  });
  // The previous period as it stood at the cutoff: its tickets created after it have no
  // counterpart in the view and are left out; those resolved after it count as open (untimed
  // ones count as resolved: when is unknown).
  const cutoff = ctx.prevAsOf;
  const created = num(t, 'created_at')!;
  let later = 0;
  return rowKpi(ctx, id, {
    stat: 'rate',
    rows: r,
    vals: (rows, slot) => {
      const out = flagValues(ctx, rows, flag, slot);
      if (slot === 'b')
        for (let j = 0; j < rows.length; j++) {
          const i = rows[j];
          if (created[i] >= cutoff) {
            out[j] = NaN;
            later++;
          } else if (out[j] === 1 && untimed[i] === 0 && at[i] > cutoff) {
            out[j] = 0;
            later++;
          }
        }
      return out;
    },
    trend: ctx.trend('tickets', 'created_at'),
    groups: groupsOf(t, TICKET_GROUPS),
    notes: () => [
      'resolved as of the latest data',
      later ? 'the previous period as it stood at the same age: what it resolved later is not counted' : ''
    ],
    caveats: () => (later ? [{ code: 'same-age' }] : [])
  });
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
