/**
 * Mix KPIs (kpi-catalog.md: channel_mix, tag_report): shares of contacts per channel and of
 * labelled tickets per tag or category. `value` is the top label's share and `headline` names it;
 * `previous` is the same label's share in the previous period, so the arrow compares like with like.
 */
import type { KpiId } from '../../catalog';
import { breakdownRows } from '../aggregate';
import { filled, text } from '../columns';
import type { Ctx } from '../context';
import { inbound } from '../derived/calls';
import { result, unavailable } from '../result';
import type { BreakdownRow, KpiResult, TrendPoint } from '../types';
import { bucketOf } from './common';
import { pick, picking } from '../pick';

/**
 * Share of contacts per channel: tickets by their channel plus inbound calls as `phone`.
 * value = the top channel's share, headline = that channel; `previous` is the same channel's
 * share in the previous period (so the arrow compares like with like). Tickets without a
 * channel are left out of the shares and counted in a note.
 */
export function channelMix(ctx: Ctx): KpiResult {
  const id = 'channel_mix';
  const t = ctx.data.tickets;
  const ch = text(t, 'channel');
  if (!t || !ch) return unavailable(id, ['tickets.channel']);
  const keys = [...ch.dict];
  let phone = keys.indexOf('phone');
  if (phone < 0) {
    phone = keys.length;
    keys.push('phone');
  }
  const nK = keys.length;
  const nB = ctx.buckets.keys.length;
  const cur = new Float64Array(nK);
  const prev = new Float64Array(nK);
  const byBucket = new Float64Array(nB * nK);
  let unknown = 0;
  const rt = ctx.rows('tickets', 'created_at')!;
  const tt = ctx.trend('tickets', 'created_at')!;
  // Drill-down only: per view row 1 = counted in the shares, NaN = left out.
  const selT = picking(ctx) ? new Float64Array(rt.cur.length).fill(NaN) : null;
  for (let j = 0; j < rt.cur.length; j++) {
    const i = rt.cur[j];
    const k = ch.codes[i];
    if (k === 0) {
      unknown++;
      continue;
    }
    if (selT !== null) selT[j] = 1;
    cur[k]++;
    const b = bucketOf(tt, i);
    if (b >= 0) byBucket[b * nK + k]++;
  }
  for (let j = 0; j < rt.prev.length; j++) {
    const i = rt.prev[j];
    if (ch.codes[i] !== 0) prev[ch.codes[i]]++;
  }
  const calls = ctx.data.calls;
  const rc = ctx.rows('calls', 'queued_at');
  let selC: Float64Array | null = null;
  if (calls && rc) {
    const inb = inbound(calls);
    const tc = ctx.trend('calls', 'queued_at')!;
    selC = picking(ctx) ? new Float64Array(rc.cur.length).fill(NaN) : null;
    for (let j = 0; j < rc.cur.length; j++) {
      const i = rc.cur[j];
      if (!inb[i]) continue;
      if (selC !== null) selC[j] = 1;
      cur[phone]++;
      const b = bucketOf(tc, i);
      if (b >= 0) byBucket[b * nK + phone]++;
    }
    for (let j = 0; j < rc.prev.length; j++) {
      const i = rc.prev[j];
      if (inb[i]) prev[phone]++;
    }
  }
  const out = mixResult(
    id,
    keys,
    cur,
    prev,
    byBucket,
    ctx.buckets.keys,
    'channel',
    unknown ? [`${unknown} tickets without a channel left out`] : []
  );
  if (selT !== null) {
    // The numerator is the headline channel's contacts; calls are all `phone`.
    const numerator = { by: 'channel', key: out.headline ?? '' };
    const channel = { name: 'channel', codes: ch.codes, keys: ch.dict };
    pick(ctx, { kind: 'tickets', rows: rt.cur, vals: selT, numerator, groups: [channel] });
    if (calls && rc && selC !== null) {
      const phoneGroup = { name: 'channel', codes: new Uint32Array(calls.length), keys: ['phone'] };
      pick(ctx, { kind: 'calls', rows: rc.cur, vals: selC, numerator, groups: [phoneGroup] });
    }
  }
  return out;
}

/** Builds a mix result: shares per key, the top key as headline, its share over time. */
function mixResult(
  id: KpiId,
  keys: readonly string[],
  cur: Float64Array,
  prev: Float64Array,
  byBucket: Float64Array,
  bucketKeys: readonly string[],
  breakdown: string,
  notes: string[],
  denominators?: { cur: number; prev: number; byBucket: Float64Array }
): KpiResult {
  const nK = keys.length;
  const sum = (a: Float64Array, from = 0, len = a.length) => {
    let s = 0;
    for (let k = from; k < from + len; k++) s += a[k];
    return s;
  };
  const total = denominators ? denominators.cur : sum(cur);
  const prevTotal = denominators ? denominators.prev : sum(prev);
  const share = (x: number, of: number) => (of > 0 ? (x / of) * 100 : null);
  let top = -1;
  for (let k = 1; k < nK; k++) if (cur[k] > 0 && (top < 0 || cur[k] > cur[top])) top = k;
  const rows: BreakdownRow[] = breakdownRows(keys, cur, cur, (s) => share(s, total));
  const trend: TrendPoint[] = bucketKeys.map((start, b) => {
    const of = denominators ? denominators.byBucket[b] : sum(byBucket, b * nK, nK);
    return { start, value: top >= 0 ? share(byBucket[b * nK + top], of) : null, n: of };
  });
  // Every label's share per trend bucket (`<index into trend>|<label>`), so a chart can stack
  // the whole mix over time: the top label alone cannot show a new channel taking over.
  const overTime: BreakdownRow[] = [];
  bucketKeys.forEach((_, b) => {
    const of = denominators ? denominators.byBucket[b] : sum(byBucket, b * nK, nK);
    for (let k = 1; k < nK; k++)
      if (byBucket[b * nK + k] > 0)
        overTime.push({ key: `${b}|${keys[k]}`, value: share(byBucket[b * nK + k], of), n: byBucket[b * nK + k] });
  });
  return result(
    id,
    {
      value: top >= 0 ? share(cur[top], total) : null,
      n: total,
      trend,
      // With `denominators` (the tag report) only the top label is counted per bucket, so there is
      // no whole mix over time to show: leave it out rather than list the top label alone.
      breakdowns: denominators ? { [breakdown]: rows } : { [breakdown]: rows, [`${breakdown}_trend`]: overTime }
    },
    { value: top >= 0 ? share(prev[top], prevTotal) : null, n: prevTotal },
    { ...(top >= 0 ? { headline: keys[top] } : {}), notes }
  );
}

/** Splits a tags cell on `;`, `,` or `|` (lower-cased, trimmed, empties dropped). */
function splitTags(raw: string): string[] {
  return raw
    .split(/[;,|]/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);
}

/**
 * Share of labelled tickets carrying each label: tags when the data has them, else category. A
 * ticket with several tags counts once per tag, so shares can add up to more than 100 %.
 */
export function tagReport(ctx: Ctx): KpiResult {
  const id = 'tag_report';
  const t = ctx.data.tickets;
  const useTags = filled(t, 'tags');
  const col = text(t, useTags ? 'tags' : 'category');
  if (!t || !col) return unavailable(id, ['tickets.tags', 'tickets.category']);
  // Per dictionary entry, its label ids (tags split once per distinct cell, not per row).
  const labelIndex = new Map<string, number>();
  const keys: string[] = [''];
  const labelsOf: number[][] = col.dict.map((cell, k) => {
    if (k === 0) return [];
    const labels = useTags ? [...new Set(splitTags(cell))] : [cell];
    return labels.map((l) => {
      let x = labelIndex.get(l);
      if (x === undefined) {
        x = keys.length;
        keys.push(l);
        labelIndex.set(l, x);
      }
      return x;
    });
  });
  const nK = keys.length;
  const nB = ctx.buckets.keys.length;
  const cur = new Float64Array(nK);
  const prev = new Float64Array(nK);
  const byBucket = new Float64Array(nB * nK);
  const labelled = { cur: 0, prev: 0, byBucket: new Float64Array(nB) };
  const r = ctx.rows('tickets', 'created_at')!;
  const tr = ctx.trend('tickets', 'created_at')!;
  // Count rows per dictionary code (tight loops), then expand codes into their labels.
  const codes = col.codes;
  const perCode = new Float64Array(col.dict.length);
  const prevPerCode = new Float64Array(col.dict.length);
  for (let j = 0; j < r.cur.length; j++) perCode[codes[r.cur[j]]]++;
  for (let j = 0; j < r.prev.length; j++) prevPerCode[codes[r.prev[j]]]++;
  labelsOf.forEach((ls, code) => {
    if (ls.length === 0) return;
    labelled.cur += perCode[code];
    labelled.prev += prevPerCode[code];
    for (const l of ls) {
      cur[l] += perCode[code];
      prev[l] += prevPerCode[code];
    }
  });
  // The trend shows the top label's share: one more pass for it and the labelled count per bucket.
  let top = -1;
  for (let k = 1; k < nK; k++) if (cur[k] > 0 && (top < 0 || cur[k] > cur[top])) top = k;
  const hasLabel = Uint8Array.from(labelsOf, (ls) => (ls.length > 0 ? 1 : 0));
  const hasTop = Uint8Array.from(labelsOf, (ls) => (ls.includes(top) ? 1 : 0));
  // Counted per (bucket, code) first — two reads per row, the arrays in locals — then expanded
  // over a few hundred cells; per row when there are too many distinct tag cells for that.
  const nCodes = col.dict.length;
  const { rowBucket, map } = tr;
  const rowsCur = r.cur;
  if (nB * nCodes <= 1 << 20) {
    const perBucketCode = new Float64Array(nB * nCodes);
    for (let j = 0; j < rowsCur.length; j++) {
      const i = rowsCur[j];
      const rb = rowBucket[i];
      const b = rb >= 0 ? map[rb] : -1;
      if (b >= 0) perBucketCode[b * nCodes + codes[i]]++;
    }
    for (let b = 0; b < nB; b++)
      for (let code = 0; code < nCodes; code++) {
        const count = perBucketCode[b * nCodes + code];
        if (count === 0) continue;
        labelled.byBucket[b] += hasLabel[code] * count;
        if (top >= 0) byBucket[b * nK + top] += hasTop[code] * count;
      }
  } else
    for (let j = 0; j < rowsCur.length; j++) {
      const i = rowsCur[j];
      const b = bucketOf(tr, i);
      if (b < 0) continue;
      const code = codes[i];
      labelled.byBucket[b] += hasLabel[code];
      if (top >= 0) byBucket[b * nK + top] += hasTop[code];
    }
  const notes = [useTags ? 'labels from tags' : 'labels from category'];
  const name = useTags ? 'tag' : 'category';
  const out = mixResult(id, keys, cur, prev, byBucket, ctx.buckets.keys, name, notes, labelled);
  if (picking(ctx))
    pick(ctx, {
      kind: 'tickets',
      rows: rowsCur,
      // Counted = labelled (the shares' denominator); the numerator is the top label's tickets.
      vals: Float64Array.from(rowsCur, (i) => (hasLabel[codes[i]] === 1 ? 1 : NaN)),
      numerator: { by: name, key: out.headline ?? '' },
      groups: [{ name, codes, labels: labelsOf.map((ls) => ls.map((l) => keys[l])) }]
    });
  return out;
}
