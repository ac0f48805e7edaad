/**
 * Backlog and overdue requests (kpi-catalog.md, "Commitments and backlog"): states at the end
 * of the period (and of each trend bucket), counted with difference arrays over the buckets —
 * one pass over the tickets, not one per bucket. Due times come from due_at, else from the SLA
 * policy (sla.ts).
 */
import type { KpiId } from '../../catalog';
import { breakdownRows } from '../aggregate';
import { cached } from '../cache';
import { num, text } from '../columns';
import type { Ctx } from '../context';
import { resolution } from '../derived/tickets';
import { allRows, pick, picking } from '../pick';
import { groupsOf, result, unavailable } from '../result';
import type { TextColumn } from '../../columns/table';
import type { BreakdownRow, KpiResult } from '../types';
import { TICKET_GROUPS, bucketOf } from './common';
import { pairOf, policyTargets } from './sla';

interface StateCounts {
  value: number | null;
  n: number;
  prev: number | null;
  prevN: number;
  trendNum: Float64Array;
  trendDen: Float64Array;
  /** Tickets created (with `from` known) before the end of the view / previous period / each bucket. */
  pop: number;
  prevPop: number;
  trendPop: Float64Array;
  groups: { name: string; col: TextColumn; num: Float64Array; den: Float64Array }[];
  /** Drill-down only, per table row: 1 in the state and past `from`, 0 in the state only, NaN not. */
  sel: Float64Array | null;
}

/**
 * Counts, at the end of the view, of the previous period and of each bucket, tickets in a state:
 * the denominator counts tickets created (with `from` known) and not yet resolved; the numerator
 * those of them past `from[i]` (backlog: from = created, so both are the open tickets; overdue:
 * from = the due time). A ticket is in the state at the end of bucket b for b in
 * [bucket(start), bucket(resolution)), which difference arrays count in one pass.
 *
 * Backlog and overdue differ only in `from`, so one pass over the tickets serves both (`froms`
 * lists them, `rates` says which is a rate): what depends only on creation and resolution (the
 * mask, the buckets, whether open at the end) is worked out once per ticket.
 */
function stateCounts(ctx: Ctx, froms: readonly Float64Array[], rates: readonly boolean[]): StateCounts[] {
  const t = ctx.data.tickets!;
  const created = num(t, 'created_at')!;
  const at = resolution(t).at;
  const mask = ctx.mask('tickets');
  const trC = ctx.trend('tickets', 'created_at')!;
  const trR = ctx.trend('tickets', '~resolved', at)!;
  const nB = ctx.buckets.keys.length;
  const K = froms.length;
  const dNum = froms.map(() => new Float64Array(nB + 1));
  const dDen = froms.map(() => new Float64Array(nB + 1));
  const dPop = froms.map(() => new Float64Array(nB + 1));
  // Per from: pop, prevPop, n (in the state at E), k (past `from` at E), pn, pk (the same at S).
  const c6 = new Float64Array(6 * K);
  const POP = 0;
  const PREV_POP = 1;
  const N = 2;
  const HIT = 3;
  const PN = 4;
  const PK = 5;
  const cols = TICKET_GROUPS.flatMap((name) => {
    const col = text(t, name);
    return col ? [{ name, col }] : [];
  });
  const groups = froms.map(() =>
    cols.map(({ name, col }) => ({
      name,
      col,
      num: new Float64Array(col.dict.length),
      den: new Float64Array(col.dict.length)
    }))
  );
  const codes = cols.map(({ col }) => col.codes);
  const sels = froms.map(() => (picking(ctx) ? new Float64Array(t.length).fill(NaN) : null));
  const E = ctx.view.end;
  const S = ctx.view.start;
  // The headline states are taken just after the latest event (never later: a due time later
  // today is not overdue yet), the previous one as many days earlier (the same point of its period).
  const Ec = Math.min(E, ctx.asOf + 1);
  const Sp = Math.min(S, ctx.prevAsOf + 1);
  for (let i = 0; i < t.length; i++) {
    if (mask !== null && mask[i] === 0) continue;
    const c = created[i];
    if (!(c < E)) continue;
    const z = at[i];
    const cb = c < S ? 0 : bucketOf(trC, i);
    const openAtE = z !== z || z >= E;
    const openAtEc = c < Ec && (z !== z || z >= Ec);
    const openAtS = c < Sp && (z !== z || z >= Sp);
    // Resolved before the view: never open inside it (no trend span).
    const spans = !(z === z && z < S);
    const to = spans && cb >= 0 ? (openAtE ? nB : bucketOf(trR, i)) : -1;
    for (let q = 0; q < K; q++) {
      const f = froms[q][i];
      if (f !== f) continue;
      const o = 6 * q;
      c6[o + POP]++;
      if (c < Sp) c6[o + PREV_POP]++;
      if (cb >= 0) dPop[q][cb]++;
      if (openAtEc) {
        c6[o + N]++;
        const hit = f < Ec;
        if (hit) c6[o + HIT]++;
        const sel = sels[q];
        if (sel !== null) sel[i] = hit ? 1 : 0;
        const gs = groups[q];
        for (let g = 0; g < gs.length; g++) {
          const code = codes[g][i];
          gs[g].den[code]++;
          if (hit) gs[g].num[code]++;
        }
      }
      if (openAtS) {
        c6[o + PN]++;
        if (f < Sp) c6[o + PK]++;
      }
      if (to < 0 || cb >= to) continue;
      dDen[q][cb]++;
      dDen[q][to]--;
      const fromN = f === c ? cb : f < S ? 0 : f >= Ec ? nB : Math.max(cb, ctx.buckets.indexOf(f));
      if (fromN < to) {
        dNum[q][fromN]++;
        dNum[q][to]--;
      }
    }
  }
  return froms.map((_, q) => {
    const trendNum = new Float64Array(nB);
    const trendDen = new Float64Array(nB);
    const trendPop = new Float64Array(nB);
    let a = 0;
    let b = 0;
    let p = 0;
    for (let x = 0; x < nB; x++) {
      a += dNum[q][x];
      b += dDen[q][x];
      p += dPop[q][x];
      trendNum[x] = a;
      trendDen[x] = b;
      trendPop[x] = p;
    }
    const o = 6 * q;
    // A rate needs tickets in the state; a count needs tickets that existed (0 open is then real).
    const val = (x: number, of: number, existed: number) =>
      rates[q] ? (of > 0 ? (x / of) * 100 : null) : existed > 0 ? x : null;
    return {
      value: val(c6[o + HIT], c6[o + N], c6[o + POP]),
      n: c6[o + N],
      prev: val(c6[o + PK], c6[o + PN], c6[o + PREV_POP]),
      prevN: c6[o + PN],
      trendNum,
      trendDen,
      pop: c6[o + POP],
      prevPop: c6[o + PREV_POP],
      trendPop,
      groups: groups[q],
      sel: sels[q]
    };
  });
}

/** Backlog and overdue counts of this compute, from one pass (overdue: null without due times). */
function states(ctx: Ctx): { backlog: StateCounts; overdue: StateCounts | null } {
  return ctx.once('commitments:states', () => {
    const created = num(ctx.data.tickets, 'created_at')!;
    const due = dueTimes(ctx);
    const [backlog, overdue] = stateCounts(ctx, due ? [created, due.from] : [created], [false, true]);
    return { backlog, overdue: overdue ?? null };
  });
}

/** The due time per ticket (never before creation; NaN = none), cached per table and policy. */
function dueTimes(ctx: Ctx): { from: Float64Array; byPolicy: number } | null {
  const t = ctx.data.tickets!;
  const created = num(t, 'created_at')!;
  const due = num(t, 'due_at');
  const policy = policyTargets(ctx);
  if (!due && !policy) return null;
  return cached(t, `due:${policy ? JSON.stringify(ctx.settings.slaPolicy) : ''}`, () => {
    let byPolicy = 0;
    const from = new Float64Array(t.length);
    for (let i = 0; i < t.length; i++) {
      let d = due ? due[i] : NaN;
      const target = policy ? policy.resolution[pairOf(policy, i)] : NaN;
      if (d !== d && target === target) {
        d = created[i] + target * 1000;
        byPolicy++;
      }
      from[i] = d === d ? Math.max(d, created[i]) : NaN;
    }
    return { from, byPolicy };
  });
}

function stateResult(ctx: Ctx, id: KpiId, s: StateCounts, rate: boolean, notes: string[]): KpiResult {
  const breakdowns: Record<string, BreakdownRow[]> = {};
  for (const g of s.groups)
    breakdowns[g.name] = breakdownRows(g.col.dict, g.num, g.den, (x, of) =>
      rate ? (of > 0 ? (x / of) * 100 : null) : x
    ).map((row) => (rate ? row : { ...row, n: row.value ?? 0 }));
  const trend = ctx.buckets.keys.map((start, q) => ({
    start,
    value: rate
      ? s.trendDen[q] > 0
        ? (s.trendNum[q] / s.trendDen[q]) * 100
        : null
      : s.trendPop[q] > 0
        ? s.trendNum[q]
        : null,
    n: s.trendDen[q]
  }));
  return result(id, { value: s.value, n: s.n, trend, breakdowns }, { value: s.prev, n: s.prevN }, { notes });
}

/**
 * Tickets open at the end of the period: created before the end and not resolved by then.
 * n = those open (the value itself); 0 open is a real 0 when tickets were created before the
 * end, and "no data" (null) when none were.
 */
export function backlog(ctx: Ctx): KpiResult {
  const id = 'backlog';
  const t = ctx.data.tickets;
  if (!t || !num(t, 'created_at') || !resolution(t).known)
    return unavailable(id, ['tickets.resolved_at', 'tickets.status']);
  const s = states(ctx).backlog;
  pickState(ctx, s, 'none');
  const r = stateResult(ctx, id, s, false, onlyStatusNote(t));
  // For a count, each bucket's n is the number of open tickets, like the headline's.
  return { ...r, trend: r.trend.map((p, q) => ({ ...p, n: s.trendNum[q] })) };
}

/** The drill-down's pick of a state: every ticket row, counted where in the state at the end. */
function pickState(ctx: Ctx, s: StateCounts, numerator: 'ones' | 'none'): void {
  const t = ctx.data.tickets!;
  if (s.sel)
    pick(ctx, {
      kind: 'tickets',
      rows: allRows(t.length),
      vals: s.sel,
      numerator,
      groups: groupsOf(t, TICKET_GROUPS)
    });
}

function onlyStatusNote(t: NonNullable<Ctx['data']['tickets']>): string[] {
  return num(t, 'resolved_at') || num(t, 'closed_at')
    ? []
    : ['from the current status: earlier backlog is approximate'];
}

/**
 * Open tickets past their due time / open tickets with a due time × 100, at the end of the
 * period. Due = due_at, else created_at + the policy's resolution target (calendar).
 */
export function overdueRate(ctx: Ctx): KpiResult {
  const id = 'overdue_rate';
  const t = ctx.data.tickets;
  // Due times first: without them nothing can be overdue, whatever the resolution columns hold.
  const due = t && num(t, 'created_at') ? dueTimes(ctx) : null;
  if (t && num(t, 'created_at') && !due)
    return unavailable(id, ['tickets.due_at'], ['no SLA policy in the settings either']);
  if (!t || !num(t, 'created_at') || !resolution(t).known)
    return unavailable(id, ['tickets.resolved_at', 'tickets.status']);
  const s = states(ctx).overdue;
  if (!due || !s) return unavailable(id, ['tickets.due_at'], ['no SLA policy in the settings either']);
  pickState(ctx, s, 'ones');
  const { byPolicy } = due;
  // The denominator is open tickets WITH a due time; say how many open ones that leaves out
  // (backlog counts every open ticket under the same mask, so the difference is exact).
  const noDue = states(ctx).backlog.n - s.n;
  return stateResult(ctx, id, s, true, [
    ...onlyStatusNote(t),
    byPolicy ? `${byPolicy} due times from the SLA policy` : '',
    noDue > 0 ? `${noDue} open tickets without a due time are left out` : ''
  ]);
}
