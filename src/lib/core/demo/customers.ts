/**
 * Demo customers: a pool the ticket and call generators draw from, and the `customers` table
 * built once all contacts are known.
 *
 * Why two steps: a customer's last activity and whether they left depend on the contacts they
 * had (bad experiences make churn likelier), so the table is finished after tickets and calls.
 * Promises: nobody contacts support before they became a customer; a churned customer's last
 * support contact is before `churned_at`; every time is inside [first customer, end].
 */
import type { ColumnTable } from '../columns/table';
import { TableBuilder } from '../columns/builder';
import { fieldsWithout, idOf, sequentialIds, withColumns } from './ids';
import type { Rng } from './random';
import { SEGMENTS } from './world';

const DAY = 86_400_000;

export class CustomerPool {
  readonly ids: string[] = [];
  /** Became a customer (ascending: the pool is sorted by this). */
  readonly created: Float64Array;
  /** When they would leave if nothing else happened (NaN = stays). */
  readonly plannedChurn: Float64Array;
  readonly segment: Uint8Array;
  /** Running sum of how often each customer contacts support, for weighted draws. */
  private readonly cumWeight: Float64Array;
  readonly lastContact: Float64Array;
  readonly badExperiences: Uint16Array;

  constructor(
    private readonly rng: Rng,
    readonly count: number,
    readonly periodStart: number,
    readonly end: number
  ) {
    const created = new Float64Array(count);
    const span = end - periodStart;
    for (let i = 0; i < count; i++) {
      // 60 % were customers before the period (up to three years), 40 % join during it, more
      // of them late in the year (the business grows).
      created[i] = rng.chance(0.6)
        ? periodStart - rng.uniform(0, 3 * 365 * DAY)
        : periodStart + span * Math.sqrt(rng.next());
    }
    created.sort();
    this.created = created;
    this.plannedChurn = new Float64Array(count).fill(NaN);
    this.segment = new Uint8Array(count);
    this.cumWeight = new Float64Array(count);
    this.lastContact = new Float64Array(count).fill(NaN);
    this.badExperiences = new Uint16Array(count);
    const segmentWeights = SEGMENTS.map((s) => s.weight);
    let cum = 0;
    for (let i = 0; i < count; i++) {
      this.ids.push(idOf('C-', 10001, i));
      this.segment[i] = rng.weightedIndex(segmentWeights);
      // About 12 % of customers leave in a year; the date is uniform over the part of the period they are with us.
      const from = Math.max(created[i], periodStart);
      if (rng.chance((0.12 * (end - from)) / (365 * DAY))) this.plannedChurn[i] = rng.uniform(from, end);
      // A few customers contact support very often, most rarely (log-normal propensity).
      cum += rng.lognormal(1, 1) * (this.segment[i] === 2 ? 2 : 1);
      this.cumWeight[i] = cum;
    }
  }

  /**
   * A customer who could contact support at instant t (already a customer, preferably not yet
   * gone), weighted by propensity. Records the contact.
   */
  pick(t: number): number {
    const eligible = upperBound(this.created, t);
    if (eligible === 0) return -1;
    let i = 0;
    for (let attempt = 0; attempt < 4; attempt++) {
      i = lowerBound(this.cumWeight, this.rng.next() * this.cumWeight[eligible - 1], eligible);
      if (!(this.plannedChurn[i] <= t)) break;
    }
    if (!(this.lastContact[i] >= t)) this.lastContact[i] = t;
    return i;
  }

  /** Records a contact by a known customer (a follow-up) at instant t and returns them. */
  touch(i: number, t: number): number {
    if (!(this.lastContact[i] >= t)) this.lastContact[i] = t;
    return i;
  }

  /** The customer had a bad experience (long wait, abandoned call, low rating) at instant t. */
  bad(i: number): void {
    if (i >= 0 && this.badExperiences[i] < 65535) this.badExperiences[i]++;
  }

  /** The customers table as of `end`. */
  finish(rng: Rng): ColumnTable {
    const b = new TableBuilder('customers', fieldsWithout('customers', 'customer_id'), this.count);
    for (let i = 0; i < this.count; i++) {
      const created = this.created[i];
      const last = this.lastContact[i];
      let churn = this.plannedChurn[i];
      // Repeated bad experiences drive people away (the reason retention is on a service scorecard).
      if (Number.isNaN(churn) && this.badExperiences[i] >= 2 && rng.chance(0.35)) {
        churn = (Number.isNaN(last) ? created : last) + rng.uniform(7, 60) * DAY;
      }
      // Nobody leaves before their last support contact.
      if (!Number.isNaN(churn) && last >= churn) churn = last + rng.uniform(1, 20) * DAY;
      if (!(churn < this.end)) churn = NaN;
      // Activity outside support (orders, logins): recent for active customers.
      let active = Number.isNaN(churn) ? this.end - rng.exponential(70 * DAY) : churn - rng.exponential(6 * DAY);
      if (last > active) active = last;
      if (active < created) active = created;
      if (active >= this.end) active = this.end - 1;
      const seg = SEGMENTS[this.segment[i]];
      const tenureYears = Math.max(0.05, ((Number.isNaN(churn) ? this.end : churn) - created) / (365 * DAY));
      const revenue = rng.lognormal(seg.revenueMedian * Math.pow(tenureYears, 0.8), 0.7);
      // Floored, so the rounded time is never after a contact in the same second.
      b.numeric('created_at').push(Math.floor(created / 1000) * 1000);
      b.numeric('last_active_at').push(Math.round(active / 1000) * 1000);
      b.numeric('churned_at').push(Number.isNaN(churn) ? NaN : Math.round(churn / 1000) * 1000);
      b.numeric('churned').push(Number.isNaN(churn) ? 0 : 1);
      b.numeric('revenue').push(Math.round(revenue * 100) / 100);
      b.text('segment').push(seg.name);
      b.endRow();
    }
    return withColumns(b.finish(), { customer_id: sequentialIds('C-', 10001, this.count) });
  }
}

/** Number of values ≤ x in a sorted array. */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in [0, n) with a[i] > x (a ascending); n - 1 at most. */
function lowerBound(a: Float64Array, x: number, n: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
