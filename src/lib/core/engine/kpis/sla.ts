/**
 * SLA compliance (kpi-catalog.md): per ticket created in the period, the verdict comes from the
 * data — the file's own `*_sla_met` flags (made_sla, "Within SLA", an inverted "SLA breached"),
 * else due columns — and from the workspace SLA policy (settings.slaPolicy: targets per priority
 * and channel) only for tickets that have neither.
 */
import { aggregate, headline } from '../aggregate';
import { cached } from '../cache';
import { filled, num, numFilled, text } from '../columns';
import type { Ctx } from '../context';
import { resolution } from '../derived/tickets';
import { groupsOf, result, unavailable } from '../result';
import type { ColumnTable } from '../../columns/table';
import type { BusinessClock } from '../../time/business-hours';
import { slaRuleFor } from '../../time/settings';
import type { KpiResult } from '../types';
import { TICKET_GROUPS } from './common';
import { pick } from '../pick';

/**
 * SLA targets from the policy per (priority, channel) pair, looked up once per pair of dictionary
 * codes and cached per policy — a few dozen numbers instead of two 8 MB per-row arrays. A row's
 * targets are `firstResponse[pairOf(i)]` and `resolution[pairOf(i)]` (seconds; NaN = no rule).
 */
export interface PolicyTargets {
  readonly firstResponse: Float64Array;
  readonly resolution: Float64Array;
  /** Priority and channel codes per row (null when the column is absent: code 0 for every row). */
  readonly priority: Uint32Array | null;
  readonly channel: Uint32Array | null;
  /** Channel dictionary size: pair = priority code × nChannels + channel code. */
  readonly nChannels: number;
}

export function policyTargets(ctx: Ctx): PolicyTargets | null {
  const policy = ctx.settings.slaPolicy;
  const t = ctx.data.tickets;
  if (!t || policy.length === 0) return null;
  return cached(t, `sla-policy:${JSON.stringify(policy)}`, () => {
    const pr = text(t, 'priority');
    const ch = text(t, 'channel');
    const nP = pr ? pr.dict.length : 1;
    const nC = ch ? ch.dict.length : 1;
    const firstResponse = new Float64Array(nP * nC);
    const resolution = new Float64Array(nP * nC);
    for (let p = 0; p < nP; p++)
      for (let c = 0; c < nC; c++) {
        const rule = slaRuleFor(policy, pr ? pr.dict[p] : '', ch ? ch.dict[c] : '');
        firstResponse[p * nC + c] = rule ? rule.firstResponseSeconds : NaN;
        resolution[p * nC + c] = rule ? rule.resolutionSeconds : NaN;
      }
    return { firstResponse, resolution, priority: pr ? pr.codes : null, channel: ch ? ch.codes : null, nChannels: nC };
  });
}

/** The policy pair of row `i` (index into `firstResponse` / `resolution`). */
export function pairOf(p: PolicyTargets, i: number): number {
  return (p.priority !== null ? p.priority[i] : 0) * p.nChannels + (p.channel !== null ? p.channel[i] : 0);
}

/**
 * Tickets created in the period whose first response and resolution met their deadlines /
 * tickets whose outcome is known × 100. A deadline not reached yet when the data was taken
 * (`ctx.asOf`) with no response or resolution is undecided and left out; one passed without them
 * is a miss. The previous period is judged as it stood when its tickets were as old as the
 * view's (`ctx.prevAsOf`), so a period still running is compared like with like. Policy targets
 * are compared in the view's hours mode (business hours when asked).
 *
 * Resolution is judged only where resolution times exist: tickets resolved by status alone have
 * no time, and judging only the open ones beside them would count misses and never a success.
 */
export function slaCompliance(ctx: Ctx): KpiResult {
  const id = 'sla_compliance';
  const t = ctx.data.tickets;
  const r = ctx.rows('tickets', 'created_at');
  if (!t || !r) return unavailable(id, ['tickets.created_at']);
  // Only columns holding values count: a mapped but blank column is no data (never "met").
  const fr = numFilled(t, 'first_response_at');
  const resTimed = resolution(t).known && (filled(t, 'resolved_at') || filled(t, 'closed_at'));
  const frDue = numFilled(t, 'first_response_due_at') ?? null;
  const due = numFilled(t, 'due_at') ?? null;
  const frMet = numFilled(t, 'first_response_sla_met') ?? null;
  const resMet = numFilled(t, 'resolution_sla_met') ?? null;
  const policy = policyTargets(ctx);
  if (!frDue && !due && !frMet && !resMet && !policy)
    return unavailable(
      id,
      ['tickets.first_response_due_at', 'tickets.due_at'],
      ['no SLA policy in the settings either']
    );
  // A part (first response, resolution) can be judged when its outcome is known: the outcome
  // column has values, or the SLA-met flag does. A deadline without either is not "met".
  const frJudged = Boolean(fr || frMet);
  const resJudged = resTimed || Boolean(resMet);
  const frDeadline = Boolean(frDue || frMet || policy);
  const resDeadline = Boolean(due || resMet || policy);
  const frMissing = frDeadline && !frJudged ? ['tickets.first_response_at'] : [];
  const resMissing = resDeadline && !resJudged ? ['tickets.resolved_at'] : [];
  if (!(frDeadline && frJudged) && !(resDeadline && resJudged))
    return unavailable(id, [...frMissing, ...resMissing], ['SLA deadlines exist but no outcome column has values']);
  const cols: SlaColumns = {
    created: num(t, 'created_at')!,
    fr: fr ?? null,
    res: resTimed ? resolution(t).at : null,
    untimed: resTimed ? untimedCohorts(t) : null,
    frDue,
    due,
    frMet,
    resMet,
    policy,
    business: ctx.hours === 'business' ? ctx.business() : null,
    now: ctx.asOf
  };
  const used = new Float64Array(4);
  const cur = slaValues(r.cur, cols, ctx.scratch('a', r.cur.length), used);
  pick(ctx, { kind: 'tickets', rows: r.cur, vals: cur, numerator: 'ones', groups: groupsOf(t, TICKET_GROUPS) });
  const agg = aggregateRate(ctx, r.cur, cur);
  const prev = slaValues(r.prev, { ...cols, now: ctx.prevAsOf }, ctx.scratch('b', r.prev.length), new Float64Array(4));
  const untimed = resTimed ? untimedInView(t, r.cur) : 0;
  const notes = [
    used[1] ? `${used[1]} tickets from the file's SLA flag` : '',
    used[0] ? `${used[0]} tickets from their due dates in the file` : '',
    used[2] ? `${used[2]} tickets from your SLA policy${ctx.hours === 'business' ? ' in business hours' : ''}` : '',
    used[3] ? `${used[3]} open tickets not yet due when the data ends are not judged` : '',
    untimed ? `${untimed} tickets are not judged on resolution: their records have no resolution times` : '',
    frMissing.length ? 'judged on resolution only: no ticket has a first response time' : '',
    resMissing.length ? 'judged on first response only: no ticket has a resolution time' : ''
  ];
  return result(id, agg, headline('rate', r.prev, prev), { notes });
}

/** Creation cohorts (blocks of 30 days) whose resolutions are all by status, with no time. */
const COHORT_MS = 30 * 86_400_000;

/**
 * Per ticket, 1 when its resolution cannot be judged: it is resolved by status alone (no time),
 * or it is open and was created in a cohort where resolved tickets have no times at all (an
 * export without close times, imported beside one with them): judging those open tickets alone
 * would count their misses and none of their cohort's successes.
 */
function untimedCohorts(t: ColumnTable): Uint8Array {
  return cached(t, 'sla-untimed', () => {
    const { at, untimed } = resolution(t);
    const created = num(t, 'created_at')!;
    const timed = new Map<number, number>();
    const byStatus = new Map<number, number>();
    for (let i = 0; i < t.length; i++) {
      if (at[i] !== at[i]) continue;
      const k = Math.floor(created[i] / COHORT_MS);
      const m = untimed[i] === 1 ? byStatus : timed;
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    const out = new Uint8Array(t.length);
    for (let i = 0; i < t.length; i++) {
      if (untimed[i] === 1) out[i] = 1;
      else if (at[i] !== at[i]) {
        const k = Math.floor(created[i] / COHORT_MS);
        if (byStatus.has(k) && !timed.has(k)) out[i] = 1;
      }
    }
    return out;
  });
}

function untimedInView(t: ColumnTable, rows: Uint32Array): number {
  const u = untimedCohorts(t);
  let n = 0;
  for (let j = 0; j < rows.length; j++) n += u[rows[j]];
  return n;
}

interface SlaColumns {
  readonly created: Float64Array;
  readonly fr: Float64Array | null;
  /** When resolved (NaN = not yet); `untimed` marks tickets resolved by status at an unknown time. */
  readonly res: Float64Array | null;
  readonly untimed: Uint8Array | null;
  readonly frDue: Float64Array | null;
  readonly due: Float64Array | null;
  readonly frMet: Float64Array | null;
  readonly resMet: Float64Array | null;
  readonly policy: PolicyTargets | null;
  readonly business: BusinessClock | null;
  readonly now: number;
}

/** A part not judged (no deadline, or its outcome column has no values): `both` ignores it. */
const SKIP = -1;

/** 1 met, 0 missed, NaN undecided: done by the deadline; none yet and the deadline passed = miss. */
function byDeadline(done: number, deadline: number, now: number): number {
  if (deadline !== deadline) return SKIP;
  if (done === done) return done <= deadline ? 1 : 0;
  return now > deadline ? 0 : NaN;
}

/** The same against a target duration (seconds), in business hours when a clock is given. */
function byTarget(start: number, done: number, target: number, now: number, bc: BusinessClock | null): number {
  if (target !== target) return SKIP;
  const end = done === done ? done : now;
  const took = bc ? bc.seconds(start, end) : (end - start) / 1000;
  if (done === done) return took <= target ? 1 : 0;
  return took > target ? 0 : NaN;
}

/**
 * Both checks: a miss in either is a miss; both met is met; otherwise undecided. A skipped part
 * leaves the other to decide; with both skipped the ticket is not judged (NaN), never "met".
 */
function both(a: number, b: number): number {
  if (a === SKIP) return b === SKIP ? NaN : b;
  if (b === SKIP) return a;
  return a === 0 || b === 0 ? 0 : a === 1 && b === 1 ? 1 : NaN;
}

/**
 * Per listed row: the file's SLA-met flags, else due columns, else the policy (`used` counts each
 * source, then the tickets left undecided).
 * Columns are read into locals and the checks written out inline: this runs on every ticket of
 * the view, and V8 keeps a flat loop over typed arrays fast.
 */
function slaValues(rows: Uint32Array, c: SlaColumns, out: Float64Array, used: Float64Array): Float64Array {
  const { created, fr, res, untimed, frDue, due, frMet, resMet, policy, business, now } = c;
  const frT = policy ? policy.firstResponse : null;
  const resT = policy ? policy.resolution : null;
  let byDue = 0;
  let byFlags = 0;
  let byPolicy = 0;
  let undecided = 0;
  for (let j = 0; j < rows.length; j++) {
    const i = rows[j];
    // Done after the instant judged at (the previous period seen at the view's age) = not yet.
    const f0 = fr !== null ? fr[i] : NaN;
    const f = f0 > now ? NaN : f0;
    // Resolution not judgeable (by status at an unknown time, or a cohort without times): NaN.
    const unknownRes = untimed !== null && untimed[i] === 1;
    const z0 = res !== null && !unknownRes ? res[i] : NaN;
    const z = z0 > now ? NaN : z0;
    // The file's own verdict wins: the helpdesk judged the ticket with its calendars and pauses.
    const fm = frMet !== null ? frMet[i] : NaN;
    const rm = resMet !== null ? resMet[i] : NaN;
    if (fm === fm || rm === rm) {
      byFlags++;
      out[j] = both(fm === fm ? fm : SKIP, rm === rm ? rm : SKIP);
      continue;
    }
    const fd = frDue !== null ? frDue[i] : NaN;
    const dd = due !== null ? due[i] : NaN;
    if (fd === fd || dd === dd) {
      byDue++;
      const a = fr !== null ? byDeadline(f, fd, now) : SKIP;
      const b = res === null ? SKIP : unknownRes ? (dd === dd ? NaN : SKIP) : byDeadline(z, dd, now);
      out[j] = both(a, b);
      if (out[j] !== out[j] && (a !== a || (b !== b && !unknownRes))) undecided++;
      continue;
    }
    const pair = policy !== null ? pairOf(policy, i) : 0;
    const ft = frT !== null ? frT[pair] : NaN;
    const rt = resT !== null ? resT[pair] : NaN;
    if (ft !== ft && rt !== rt) {
      out[j] = NaN;
      continue;
    }
    byPolicy++;
    const s = created[i];
    const a = fr !== null ? byTarget(s, f, ft, now, business) : SKIP;
    const b = res === null ? SKIP : unknownRes ? (rt === rt ? NaN : SKIP) : byTarget(s, z, rt, now, business);
    out[j] = both(a, b);
    if (out[j] !== out[j] && (a !== a || (b !== b && !unknownRes))) undecided++;
  }
  used[0] += byDue;
  used[1] += byFlags;
  used[2] += byPolicy;
  used[3] += undecided;
  return out;
}

function aggregateRate(ctx: Ctx, rows: Uint32Array, vals: Float64Array) {
  return aggregate({
    stat: 'rate',
    rows,
    vals,
    trend: ctx.trend('tickets', 'created_at'),
    groups: groupsOf(ctx.data.tickets, TICKET_GROUPS)
  });
}
