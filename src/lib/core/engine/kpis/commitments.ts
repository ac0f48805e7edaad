/**
 * Backlog and overdue requests (kpi-catalog.md, "Commitments and backlog"): states at the end
 * of the period (and of each trend bucket), counted with difference arrays over the buckets —
 * one pass over the tickets, not one per bucket. Due times come from due_at, else from the SLA
 * policy (sla.ts).
 */
import { breakdownRows } from '../aggregate';
import { cached } from '../cache';
import { num, text } from '../columns';
import type { Ctx } from '../context';
import { resolution } from '../derived/tickets';
import { result, unavailable } from '../result';
import type { TextColumn } from '../../columns/table';
import type { BreakdownRow, KpiResult } from '../types';
import { TICKET_GROUPS, bucketOf } from './common';
import { policyTargets } from './sla';

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
}

/**
 * Counts, at the end of the view, of the previous period and of each bucket, tickets in a state:
 * the denominator counts tickets created (with `from` known) and not yet resolved; the numerator
 * those of them past `from[i]` (backlog: from = created, so both are the open tickets; overdue:
 * from = the due time). A ticket is in the state at the end of bucket b for b in
 * [bucket(start), bucket(resolution)), which difference arrays count in one pass.
 */
function stateCounts(ctx: Ctx, from: Float64Array, rate: boolean): StateCounts {
  const t = ctx.data.tickets!;
  const created = num(t, 'created_at')!;
  const at = resolution(t).at;
  const mask = ctx.mask('tickets');
  const trC = ctx.trend('tickets', 'created_at')!;
  const trR = ctx.trend('tickets', '~resolved', at)!;
  const nB = ctx.buckets.keys.length;
  const dNum = new Float64Array(nB + 1);
  const dDen = new Float64Array(nB + 1);
  const dPop = new Float64Array(nB + 1);
  let pop = 0;
  let prevPop = 0;
  const groups = TICKET_GROUPS.flatMap((name) => {
    const col = text(t, name);
    return col ? [{ name, col, num: new Float64Array(col.dict.length), den: new Float64Array(col.dict.length) }] : [];
  });
  const E = ctx.view.end;
  const S = ctx.view.start;
  let n = 0;
  let k = 0;
  let pn = 0;
  let pk = 0;
  for (let i = 0; i < t.length; i++) {
    if (mask !== null && mask[i] === 0) continue;
    const c = created[i];
    const f = from[i];
    if (!(c < E) || f !== f) continue;
    const z = at[i];
    pop++;
    if (c < S) prevPop++;
    const cb = c < S ? 0 : bucketOf(trC, i);
    if (cb >= 0) dPop[cb]++;
    const openAtE = z !== z || z >= E;
    if (openAtE) {
      n++;
      const hit = f < E;
      if (hit) k++;
      for (let g = 0; g < groups.length; g++) {
        const code = groups[g].col.codes[i];
        groups[g].den[code]++;
        if (hit) groups[g].num[code]++;
      }
    }
    if (c < S && (z !== z || z >= S)) {
      pn++;
      if (f < S) pk++;
    }
    if (z === z && z < S) continue; // resolved before the view: never open inside it
    const fromD = cb;
    const to = openAtE ? nB : bucketOf(trR, i);
    if (fromD < 0 || to < 0 || fromD >= to) continue;
    dDen[fromD]++;
    dDen[to]--;
    const fromN = f === c ? fromD : f < S ? 0 : f >= E ? nB : Math.max(fromD, ctx.buckets.indexOf(f));
    if (fromN < to) {
      dNum[fromN]++;
      dNum[to]--;
    }
  }
  const trendNum = new Float64Array(nB);
  const trendDen = new Float64Array(nB);
  const trendPop = new Float64Array(nB);
  let a = 0;
  let b = 0;
  let p = 0;
  for (let q = 0; q < nB; q++) {
    a += dNum[q];
    b += dDen[q];
    p += dPop[q];
    trendNum[q] = a;
    trendDen[q] = b;
    trendPop[q] = p;
  }
  // A rate needs tickets in the state; a count needs tickets that existed (0 open is then real).
  const val = (x: number, of: number, existed: number) =>
    rate ? (of > 0 ? (x / of) * 100 : null) : existed > 0 ? x : null;
  return {
    value: val(k, n, pop),
    n,
    prev: val(pk, pn, prevPop),
    prevN: pn,
    trendNum,
    trendDen,
    pop,
    prevPop,
    trendPop,
    groups
  };
}

function stateResult(ctx: Ctx, id: string, s: StateCounts, rate: boolean, notes: string[]): KpiResult {
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
  const s = stateCounts(ctx, num(t, 'created_at')!, false);
  const r = stateResult(ctx, id, s, false, onlyStatusNote(t));
  // For a count, each bucket's n is the number of open tickets, like the headline's.
  return { ...r, trend: r.trend.map((p, q) => ({ ...p, n: s.trendNum[q] })) };
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
  if (!t || !num(t, 'created_at') || !resolution(t).known)
    return unavailable(id, ['tickets.resolved_at', 'tickets.status']);
  const created = num(t, 'created_at')!;
  const due = num(t, 'due_at');
  const policy = policyTargets(ctx);
  if (!due && !policy) return unavailable(id, ['tickets.due_at'], ['no SLA policy in the settings either']);
  // The due time per ticket (never before creation); NaN = no due time, left out.
  const { from, byPolicy } = cached(t, `due:${policy ? JSON.stringify(ctx.settings.slaPolicy) : ''}`, () => {
    let byPolicy = 0;
    const from = new Float64Array(t.length);
    for (let i = 0; i < t.length; i++) {
      let d = due ? due[i] : NaN;
      if (d !== d && policy && policy.resolution[i] === policy.resolution[i]) {
        d = created[i] + policy.resolution[i] * 1000;
        byPolicy++;
      }
      from[i] = d === d ? Math.max(d, created[i]) : NaN;
    }
    return { from, byPolicy };
  });
  const s = stateCounts(ctx, from, true);
  return stateResult(ctx, id, s, true, [
    ...onlyStatusNote(t),
    byPolicy ? `${byPolicy} due times from the SLA policy` : ''
  ]);
}
