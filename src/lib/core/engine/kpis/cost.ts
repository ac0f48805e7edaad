/**
 * Cost and customer KPIs (kpi-catalog.md, "Cost and customers"). Cost rows are spread over the
 * days they cover (derived/cost-spans.ts); customers are counted as of an instant (the end of the period, or of each
 * bucket). Neither costs nor customers carry the filter fields, so filters never narrow them
 * (a note says so when a filter is active).
 */
import type { KpiId } from '../../catalog';
import { breakdownRows } from '../aggregate';
import { filled, num, text } from '../columns';
import type { Ctx } from '../context';
import { activeFilters } from '../masks';
import { inbound } from '../derived/calls';
import { costSpans, dayCoord, shareIn } from '../derived/cost-spans';
import { groupsOf, result, unavailable } from '../result';
import type { KpiCaveat, KpiResult } from '../types';
import { bucketOf } from './common';
import { allRows, countedWhere, pick, picking, type PickGroup } from '../pick';
import type { ColumnTable } from '../../columns/table';

function unfilteredNote(ctx: Ctx, what: string): string {
  return activeFilters(ctx.view.filters).length ? `${what} are not narrowed by filters` : '';
}

function currencyNote(ctx: Ctx): string {
  const cur = text(ctx.data.costs, 'currency');
  const used = cur ? cur.dict.filter((s) => s.length > 0) : [];
  return used.length > 1 ? `mixed currencies (${used.join(', ')}) summed as they are` : '';
}

/** What the spread cost rows put in the view, its buckets and the previous period. */
interface SpreadCosts {
  readonly sum: number;
  /** Cost rows with a part in the view (n); in the previous period. */
  readonly n: number;
  readonly prevSum: number;
  readonly prevN: number;
  readonly bSum: Float64Array;
  readonly bN: Float64Array;
  /** Per category code (when the table has categories). */
  readonly catSum: Float64Array;
  readonly catN: Float64Array;
  readonly spread: number;
  /** While drilling (pick.ts): the rows with a part in the view and that part. */
  readonly picked: { rows: number[]; vals: number[] } | null;
}

/**
 * Cost rows spread over the days they cover (derived/cost-spans.ts), summed over the view, each
 * trend bucket and the previous period. `keep` picks the rows (call-related categories).
 */
function spreadCosts(ctx: Ctx, keep: ((i: number) => boolean) | null): SpreadCosts | null {
  const c = ctx.data.costs;
  const amount = num(c, 'amount');
  const spans = c ? costSpans(c, ctx.tz) : null;
  if (!c || !amount || !spans) return null;
  const tz = ctx.tz;
  const S = dayCoord(ctx.view.start, tz);
  const E = dayCoord(ctx.view.end, tz);
  const PS = dayCoord(ctx.prev.start, tz);
  const starts = Array.from(ctx.buckets.starts, (x) => Math.max(dayCoord(x, tz), S));
  const nB = starts.length;
  const cat = text(c, 'category');
  const out = {
    sum: 0,
    n: 0,
    prevSum: 0,
    prevN: 0,
    bSum: new Float64Array(nB),
    bN: new Float64Array(nB),
    catSum: new Float64Array(cat ? cat.dict.length : 0),
    catN: new Float64Array(cat ? cat.dict.length : 0),
    spread: spans.spread,
    picked: picking(ctx) ? { rows: [] as number[], vals: [] as number[] } : null
  };
  for (let i = 0; i < c.length; i++) {
    if (spans.from[i] !== spans.from[i] || (keep !== null && !keep(i))) continue;
    // A row of zero length (period_end = period_start) is booked on its day.
    const point = !(spans.to[i] > spans.from[i]);
    const inView = point ? spans.from[i] >= S && spans.from[i] < E : spans.to[i] > S && spans.from[i] < E;
    if (inView) {
      const x = point ? amount[i] : shareIn(spans, amount, i, S, E);
      out.sum += x;
      out.n++;
      if (out.picked) {
        out.picked.rows.push(i);
        out.picked.vals.push(x);
      }
      if (cat) {
        out.catSum[cat.codes[i]] += x;
        out.catN[cat.codes[i]]++;
      }
      for (let b = 0; b < nB; b++) {
        const a = starts[b];
        const z = b + 1 < nB ? starts[b + 1] : E;
        const hit = point ? spans.from[i] >= a && spans.from[i] < z : spans.to[i] > a && spans.from[i] < z;
        if (!hit) continue;
        out.bSum[b] += point ? amount[i] : shareIn(spans, amount, i, a, z);
        out.bN[b]++;
      }
    }
    const inPrev = point ? spans.from[i] >= PS && spans.from[i] < S : spans.to[i] > PS && spans.from[i] < S;
    if (inPrev) {
      out.prevSum += point ? amount[i] : shareIn(spans, amount, i, PS, S);
      out.prevN++;
    }
  }
  return out;
}

const SPREAD_NOTE = 'costs covering a period are spread over its days (a month when the row gives no end)';

/** Cost rows' amounts over the period, each spread over the days it covers; breakdown by cost category. */
export function operatingCost(ctx: Ctx): KpiResult {
  const id = 'operating_cost';
  const c = ctx.data.costs;
  const k = c && num(c, 'period_start') ? spreadCosts(ctx, null) : null;
  if (!c || !k) return unavailable(id, ['costs.amount']);
  const cat = text(c, 'category');
  if (k.picked)
    pick(ctx, {
      kind: 'costs',
      rows: Uint32Array.from(k.picked.rows),
      vals: Float64Array.from(k.picked.vals),
      numerator: 'none',
      groups: groupsOf(c, ['category'])
    });
  return result(
    id,
    {
      value: k.n > 0 ? k.sum : null,
      n: k.n,
      trend: ctx.buckets.keys.map((start, b) => ({ start, value: k.bN[b] > 0 ? k.bSum[b] : null, n: k.bN[b] })),
      breakdowns: cat ? { category: breakdownRows(cat.dict, k.catSum, k.catN, (x) => x) } : {}
    },
    { value: k.prevN > 0 ? k.prevSum : null, n: k.prevN },
    {
      notes: [k.spread ? SPREAD_NOTE : '', currencyNote(ctx), unfilteredNote(ctx, 'costs')],
      caveats: k.spread ? [{ code: 'costs-spread' }] : []
    }
  );
}

export const CALL_COST = /call|phone|tele|voice|ivr|contact|تلفن|هاتف|טלפון/i;

/**
 * Call-related cost / inbound calls in the period. Cost source: calls.cost when the call log has
 * it; else cost rows whose category looks call-related; else (costs without categories) all
 * costs, with a note.
 */
export function costPerCall(ctx: Ctx): KpiResult {
  const id = 'cost_per_call';
  const calls = ctx.data.calls;
  const rc = ctx.rows('calls', 'queued_at');
  const costs = ctx.data.costs;
  const callCost = num(calls, 'cost');
  const useCallCost = Boolean(callCost && filled(calls, 'cost'));
  const rk = ctx.rows('costs', 'period_start');
  if (!calls || !rc || (!useCallCost && !(costs && rk && num(costs, 'amount'))))
    return unavailable(id, [...(calls ? [] : ['calls.queued_at']), 'costs.amount']);
  const inb = inbound(calls);
  const nB = ctx.buckets.keys.length;
  const trC = ctx.trend('calls', 'queued_at')!;
  const bCalls = new Float64Array(nB);
  const bCost = new Float64Array(nB);
  // Cost figures (call rows with a cost, or cost rows with an amount) per bucket and period: with
  // none the cost is unknown, not 0 (kpi-catalog.md: never 0 for missing data).
  const bCostN = new Float64Array(nB);
  let nCalls = 0;
  let cost = 0;
  let costN = 0;
  let prevCalls = 0;
  let prevCost = 0;
  let prevCostN = 0;
  for (let j = 0; j < rc.cur.length; j++) {
    const i = rc.cur[j];
    if (!inb[i]) continue;
    nCalls++;
    const b = bucketOf(trC, i);
    if (b >= 0) bCalls[b]++;
    if (useCallCost && callCost![i] === callCost![i]) {
      cost += callCost![i];
      costN++;
      if (b >= 0) {
        bCost[b] += callCost![i];
        bCostN[b]++;
      }
    }
  }
  for (let j = 0; j < rc.prev.length; j++) {
    const i = rc.prev[j];
    if (inb[i]) {
      prevCalls++;
      if (useCallCost && callCost![i] === callCost![i]) {
        prevCost += callCost![i];
        prevCostN++;
      }
    }
  }
  const notes: string[] = [];
  const caveats: KpiCaveat[] = [];
  if (!useCallCost) {
    const cat = text(costs, 'category');
    const related = cat ? cat.dict.map((s) => CALL_COST.test(s)) : null;
    const anyRelated = related?.includes(true) ?? false;
    const k = spreadCosts(ctx, anyRelated ? (i) => related![cat!.codes[i]] : null)!;
    cost += k.sum;
    costN += k.n;
    prevCost += k.prevSum;
    prevCostN += k.prevN;
    for (let b = 0; b < nB; b++) {
      bCost[b] += k.bSum[b];
      bCostN[b] += k.bN[b];
    }
    notes.push(
      anyRelated ? 'call-related cost categories only' : 'costs have no call-related category: all costs used',
      currencyNote(ctx),
      k.spread ? SPREAD_NOTE : ''
    );
    if (k.spread) caveats.push({ code: 'costs-spread' });
  } else notes.push('from the calls’ cost column');
  // The calls divided by (none when no cost figure falls in the period: n is then 0).
  if (picking(ctx))
    pick(ctx, {
      kind: 'calls',
      rows: rc.cur,
      vals: countedWhere(rc.cur, costN > 0 ? inb : new Uint8Array(calls.length)),
      numerator: 'none',
      groups: []
    });
  // No calls or no cost figure in the span → null with n 0.
  const per = (x: number, n: number, k: number) => (n > 0 && k > 0 ? x / n : null);
  const nOf = (n: number, k: number) => (k > 0 ? n : 0);
  return result(
    id,
    {
      value: per(cost, nCalls, costN),
      n: nOf(nCalls, costN),
      trend: ctx.buckets.keys.map((start, b) => ({
        start,
        value: per(bCost[b], bCalls[b], bCostN[b]),
        n: nOf(bCalls[b], bCostN[b])
      })),
      breakdowns: {}
    },
    { value: per(prevCost, prevCalls, prevCostN), n: nOf(prevCalls, prevCostN) },
    { notes, caveats }
  );
}

/** The customers' segment breakdown, for the drill-down. */
function segments(cu: ColumnTable): PickGroup[] {
  const seg = text(cu, 'segment');
  return seg ? [{ name: 'segment', codes: seg.codes, keys: seg.dict }] : [];
}

/** Customer trends rescan the table per bucket; beyond this many row-visits they are skipped. */
const TREND_WORK = 20_000_000;

/** Bucket boundaries: each bucket's end (the instant state-at-end counts are taken at). */
function bucketEnds(ctx: Ctx): number[] {
  const s = ctx.buckets.starts;
  return Array.from(s, (_, k) => (k + 1 < s.length ? s[k + 1] : ctx.view.end));
}

/** Customers existing at `x`: created before it (or creation unknown) and not churned before it. */
function existsAt(created: Float64Array | undefined, churned: Float64Array | undefined, i: number, x: number): boolean {
  const c = created ? created[i] : NaN;
  const z = churned ? churned[i] : NaN;
  return (c !== c || c < x) && (z !== z || z >= x);
}

/** Revenue to date / customers to date (customers with a revenue figure), at the period end. */
export function revenuePerCustomer(ctx: Ctx): KpiResult {
  const id = 'revenue_per_customer';
  const cu = ctx.data.customers;
  const rev = num(cu, 'revenue');
  if (!cu || !rev) return unavailable(id, ['customers.revenue']);
  const created = num(cu, 'created_at');
  /** At instant `x`; `sel` (drill-down) gets each counted customer's revenue, NaN for the others. */
  const at = (x: number, sel: Float64Array | null = null) => {
    let sum = 0;
    let n = 0;
    let blank = 0;
    for (let i = 0; i < cu.length; i++) {
      const c = created ? created[i] : NaN;
      if (c === c && c >= x) continue;
      if (rev[i] !== rev[i]) {
        blank++;
        continue;
      }
      sum += rev[i];
      n++;
      if (sel !== null) sel[i] = rev[i];
    }
    return { value: n > 0 ? sum / n : null, n, blank, sum };
  };
  const sel = picking(ctx) ? new Float64Array(cu.length).fill(NaN) : null;
  const now = at(ctx.view.end, sel);
  if (sel)
    pick(ctx, { kind: 'customers', rows: allRows(cu.length), vals: sel, numerator: 'none', groups: segments(cu) });
  const seg = text(cu, 'segment');
  const breakdowns: Record<string, ReturnType<typeof breakdownRows>> = {};
  if (seg) {
    const sums = new Float64Array(seg.dict.length);
    const ns = new Float64Array(seg.dict.length);
    for (let i = 0; i < cu.length; i++) {
      const c = created ? created[i] : NaN;
      if ((c === c && c >= ctx.view.end) || rev[i] !== rev[i]) continue;
      sums[seg.codes[i]] += rev[i];
      ns[seg.codes[i]]++;
    }
    breakdowns.segment = breakdownRows(seg.dict, sums, ns, (s, n) => s / n);
  }
  const trend =
    created && cu.length * ctx.buckets.keys.length <= TREND_WORK
      ? bucketEnds(ctx).map((e, k) => {
          const p = at(e);
          return { start: ctx.buckets.keys[k], value: p.value, n: p.n };
        })
      : [];
  // Without sign-up dates every customer exists at every instant: the figure is the list as
  // exported, and a "previous period" would only repeat it ("0 % unchanged" with nothing behind it).
  const prev = created ? at(ctx.view.start) : { value: null, n: 0 };
  return result(
    id,
    { value: now.value, n: now.n, trend, breakdowns },
    { value: prev.value, n: prev.n },
    {
      notes: [
        now.blank ? `${now.blank} customers without a revenue figure left out` : '',
        unfilteredNote(ctx, 'customers')
      ],
      caveats: created ? [] : [{ code: 'snapshot' }]
    }
  );
}

/**
 * Customers existing at the period end (capped at now) whose last activity is more than
 * settings.inactivityDays before it / those customers with a known last activity × 100.
 * last_active_at is only the latest activity, so earlier states (previous period, trend) cannot
 * be reconstructed and are not reported.
 */
export function inactiveCustomers(ctx: Ctx): KpiResult {
  const id = 'inactive_customers';
  const cu = ctx.data.customers;
  const last = num(cu, 'last_active_at');
  if (!cu || !last) return unavailable(id, ['customers.last_active_at']);
  const created = num(cu, 'created_at');
  const churned = num(cu, 'churned_at');
  const E = Math.min(ctx.view.end, ctx.now);
  const limit = E - ctx.settings.inactivityDays * 86_400_000;
  const seg = text(cu, 'segment');
  const sums = new Float64Array(seg ? seg.dict.length : 0);
  const ns = new Float64Array(seg ? seg.dict.length : 0);
  let n = 0;
  let k = 0;
  const sel = picking(ctx) ? new Float64Array(cu.length).fill(NaN) : null;
  for (let i = 0; i < cu.length; i++) {
    if (last[i] !== last[i] || !existsAt(created, churned, i, E)) continue;
    const inactive = last[i] < limit ? 1 : 0;
    if (sel !== null) sel[i] = inactive;
    n++;
    k += inactive;
    if (seg) {
      sums[seg.codes[i]] += inactive;
      ns[seg.codes[i]]++;
    }
  }
  if (sel)
    pick(ctx, { kind: 'customers', rows: allRows(cu.length), vals: sel, numerator: 'ones', groups: segments(cu) });
  return result(
    id,
    {
      value: n > 0 ? (k / n) * 100 : null,
      n,
      trend: [],
      breakdowns: seg ? { segment: breakdownRows(seg.dict, sums, ns, (s, m) => (s / m) * 100) } : {}
    },
    { value: null, n: 0 },
    {
      notes: [
        `no activity in the ${ctx.settings.inactivityDays} days before the period end`,
        unfilteredNote(ctx, 'customers')
      ]
    }
  );
}

/**
 * A churn flag with no dates (a customer list as exported): the share of customers not churned
 * in that list. A state, not a rate over the period: no previous period, no trend, and the card
 * says it is a snapshot.
 */
function retentionSnapshot(ctx: Ctx, id: KpiId, cu: NonNullable<Ctx['data']['customers']>): KpiResult {
  const flag = num(cu, 'churned')!;
  const seg = text(cu, 'segment');
  const sums = new Float64Array(seg ? seg.dict.length : 0);
  const ns = new Float64Array(seg ? seg.dict.length : 0);
  let n = 0;
  let stayed = 0;
  for (let i = 0; i < cu.length; i++) {
    const f = flag[i];
    if (f !== 0 && f !== 1) continue;
    n++;
    stayed += 1 - f;
    if (seg) {
      sums[seg.codes[i]] += 1 - f;
      ns[seg.codes[i]]++;
    }
  }
  return result(
    id,
    {
      value: n > 0 ? (stayed / n) * 100 : null,
      n,
      trend: [],
      breakdowns: seg ? { segment: breakdownRows(seg.dict, sums, ns, (x, m) => (x / m) * 100) } : {}
    },
    { value: null, n: 0 },
    {
      notes: [
        `snapshot of the customer list: ${n - stayed} of ${n} churned, with no dates`,
        unfilteredNote(ctx, 'customers')
      ],
      caveats: [{ code: 'snapshot' }]
    }
  );
}

/** ((customers at end − new customers in period) / customers at start) × 100. */
export function retentionRate(ctx: Ctx): KpiResult {
  const id = 'retention_rate';
  const cu = ctx.data.customers;
  const created = num(cu, 'created_at');
  const churned = num(cu, 'churned_at');
  if (cu && !churned && filled(cu, 'churned')) return retentionSnapshot(ctx, id, cu);
  if (!cu || !created || !churned)
    return unavailable(id, [
      ...(created ? [] : ['customers.created_at']),
      ...(churned ? [] : ['customers.churned_at'])
    ]);
  /** `sel` (drill-down): 1 = a customer at the start still there at the end, 0 = one lost, NaN = neither. */
  const over = (s: number, e: number, sel: Float64Array | null = null) => {
    let atStart = 0;
    let atEnd = 0;
    let fresh = 0;
    for (let i = 0; i < cu.length; i++) {
      const c = created[i];
      if (c !== c) continue; // unknown start: cannot place it
      if (sel !== null && existsAt(created, churned, i, s)) sel[i] = existsAt(created, churned, i, e) ? 1 : 0;
      if (existsAt(created, churned, i, s)) atStart++;
      if (existsAt(created, churned, i, e)) atEnd++;
      // New = created in the period and still here at its end: one who joined and churned
      // inside the period is in neither count, so subtracting it would push the rate below 0.
      if (c >= s && c < e && existsAt(created, churned, i, e)) fresh++;
    }
    return { value: atStart > 0 ? ((atEnd - fresh) / atStart) * 100 : null, n: atStart };
  };
  const sel = picking(ctx) ? new Float64Array(cu.length).fill(NaN) : null;
  const now = over(ctx.view.start, ctx.view.end, sel);
  // Retained = at the start and at the end: (at end − new) counts exactly those (see `over`).
  if (sel)
    pick(ctx, { kind: 'customers', rows: allRows(cu.length), vals: sel, numerator: 'ones', groups: segments(cu) });
  const prev = over(ctx.prev.start, ctx.prev.end);
  const s = ctx.buckets.starts;
  const trend =
    cu.length * s.length <= TREND_WORK
      ? bucketEnds(ctx).map((e, k) => ({ start: ctx.buckets.keys[k], ...over(Math.max(s[k], ctx.view.start), e) }))
      : [];
  return result(id, { value: now.value, n: now.n, trend, breakdowns: {} }, prev, {
    notes: [unfilteredNote(ctx, 'customers')]
  });
}
