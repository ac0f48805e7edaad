/**
 * One compile's inputs (data profile, resolved view, previous period, settings, `now`) and the
 * query builder every KPI writes through. The view is resolved by the engine's own calendar code
 * (resolveView, previousPeriod, makeBuckets), so the SQL receives the very instants the
 * TypeScript engine uses: bucket starts, day counts, zone offsets and business intervals are
 * written into small VALUES tables at the top of each query instead of being recomputed in SQL
 * (DuckDB's time-zone functions need the ICU extension; these tables need nothing).
 */
import { makeBusinessClock } from '../time/business-hours';
import { daysBetween, makeBuckets, type Buckets } from '../time/calendar';
import { makeLocalClock } from '../time/local-clock';
import { zoneOffsetMinutes } from '../time/zone';
import { activeFilters } from '../engine/masks';
import type { FilterField, ResolvedView, Settings } from '../engine/types';
import type { RecordKind } from '../schema/fields';
import { has, type DataProfile } from './profile';
import { indent, list, num, str, ts } from './literals';

export interface Period {
  readonly start: number;
  readonly end: number;
}

export class SqlCtx {
  readonly buckets: Buckets;
  /** Local calendar days of each bucket (the first and last may be partial), as the engine counts them. */
  readonly bucketDays: readonly number[];
  readonly tz: string;

  constructor(
    readonly profile: DataProfile,
    readonly view: ResolvedView,
    readonly prev: Period,
    readonly settings: Settings,
    readonly now: number
  ) {
    this.tz = settings.timeZone;
    this.buckets = makeBuckets(view.start, view.end, view.grain, this.tz, settings.weekStart);
    const s = this.buckets.starts;
    this.bucketDays = Array.from(s, (start, k) =>
      daysBetween(Math.max(start, view.start), k + 1 < s.length ? s[k + 1] : view.end, this.tz)
    );
  }

  get business(): boolean {
    return this.view.hours === 'business';
  }

  has(kind: RecordKind, field: string): boolean {
    return has(this.profile, kind, field);
  }

  hasKind(kind: RecordKind): boolean {
    return this.profile.kinds[kind] !== undefined;
  }

  /** Bucket end instants (each bucket's state-at-end instant). */
  bucketEnds(): number[] {
    const s = this.buckets.starts;
    return Array.from(s, (_, k) => (k + 1 < s.length ? s[k + 1] : this.view.end));
  }
}

/** Shared CTEs a KPI query may use; each is written only into the queries that use it. */
export type SharedCte =
  | 'period'
  | 'buckets'
  | 'zone_offsets'
  | 'business_intervals'
  | 'ticket_lookup'
  | 'ticket_rows'
  | 'call_rows'
  | 'message_rows'
  | 'survey_rows'
  | 'customer_rows'
  | 'cost_rows';

const SHARED_ORDER: readonly SharedCte[] = [
  'period',
  'buckets',
  'zone_offsets',
  'business_intervals',
  'ticket_lookup',
  'ticket_rows',
  'call_rows',
  'message_rows',
  'survey_rows',
  'customer_rows',
  'cost_rows'
];

export const ROWS_OF: Readonly<Record<RecordKind, SharedCte>> = {
  tickets: 'ticket_rows',
  calls: 'call_rows',
  messages: 'message_rows',
  surveys: 'survey_rows',
  customers: 'customer_rows',
  costs: 'cost_rows'
};

/**
 * Builds one KPI's SQL: shared CTEs on demand (in a fixed order), then the KPI's own CTEs, then
 * its final SELECT. Every KPI query returns rows of (part, key, value, n, median, p90); see
 * assemble.ts for what each `part` means.
 */
export class Query {
  private readonly shared = new Map<SharedCte, string>();
  private readonly own: [string, string][] = [];

  constructor(readonly c: SqlCtx) {}

  need(name: SharedCte): string {
    if (!this.shared.has(name)) this.shared.set(name, sharedSql(this, name));
    return name;
  }

  /** The filtered rows of a kind (`row_id` = the table's rowid, for tie-breaks by file order). */
  rows(kind: RecordKind): string {
    return this.need(ROWS_OF[kind]);
  }

  cte(name: string, sql: string): string {
    this.own.push([name, sql.trim()]);
    return name;
  }

  build(select: string): string {
    const parts = [
      ...SHARED_ORDER.filter((n) => this.shared.has(n)).map((n) => [n, this.shared.get(n)!] as const),
      ...this.own
    ];
    const withs = parts.map(([n, body]) => `${n} AS (\n${indent(body)}\n)`).join(',\n');
    return (withs ? `WITH\n${withs}\n` : '') + select.trim();
  }
}

function sharedSql(q: Query, name: SharedCte): string {
  const c = q.c;
  switch (name) {
    case 'period':
      return [
        `-- the view ${c.view.from} … ${c.view.to} and the equally long period before it, as UTC instants (${c.tz})`,
        `SELECT ${ts(c.view.start)} AS cur_start, ${ts(c.view.end)} AS cur_end, ${ts(c.prev.start)} AS prev_start`
      ].join('\n');
    case 'buckets': {
      const ends = c.bucketEnds();
      const rows = c.buckets.keys.map(
        (key, k) =>
          `(${str(key)}, ${ts(Math.max(c.buckets.starts[k], c.view.start))}, ${ts(ends[k])}, ${c.bucketDays[k]})`
      );
      return [
        `-- trend buckets (${c.view.grain}): first local day, UTC start and end, local days in the view`,
        `SELECT * FROM (VALUES\n${indent(rows.join(',\n'))}\n) AS b(bucket, start_at, end_at, days)`
      ].join('\n');
    }
    case 'zone_offsets':
      return zoneOffsetsSql(c);
    case 'business_intervals':
      return businessIntervalsSql(c);
    case 'ticket_lookup': {
      const fields = activeFilters(c.view.filters)
        .map(([f]) => f)
        .filter((f) => c.has('tickets', f));
      return [
        '-- one row per ticket id (the last one in the table), for messages and surveys filtered by their ticket',
        `SELECT ticket_id${fields.map((f) => `, ${f}`).join('')} FROM (`,
        `  SELECT *, row_number() OVER (PARTITION BY ticket_id ORDER BY rowid DESC) AS nth FROM tickets WHERE ticket_id IS NOT NULL`,
        ') WHERE nth = 1'
      ].join('\n');
    }
    default:
      return rowsSql(
        q,
        (Object.keys(ROWS_OF) as RecordKind[]).find((k) => ROWS_OF[k] === name)!
      );
  }
}

/** `SELECT rowid AS row_id, * FROM kind` with the view's filters, as masks.ts applies them. */
function rowsSql(q: Query, kind: RecordKind): string {
  const c = q.c;
  const conds: string[] = [];
  const from = `FROM ${kind} AS r`;
  const active = activeFilters(c.view.filters);
  if (kind === 'tickets') {
    for (const [f, values] of active) if (c.has('tickets', f)) conds.push(`r.${f} IN ${list(values)}`);
  } else if (kind === 'calls') {
    for (const [f, values] of active) {
      if (f === 'channel') {
        // A call is the phone channel.
        if (!values.includes('phone')) conds.push("FALSE -- calls are the 'phone' channel");
      } else if (f === 'category') {
        if (c.has('calls', 'queue')) conds.push(`r.queue IN ${list(values)} -- a call's queue is its category`);
      } else if (f !== 'priority' && c.has('calls', f)) conds.push(`r.${f} IN ${list(values)}`);
    }
  } else if (kind === 'messages' || kind === 'surveys') {
    const link = kind === 'messages' ? 'conversation_id' : 'ticket_id';
    const canJoin = c.has(kind, link) && c.has('tickets', 'ticket_id') && c.hasKind('tickets');
    for (const [f, values] of active) {
      const own = c.has(kind, f);
      const viaTicket = canJoin && c.has('tickets', f);
      if (!own && !viaTicket) continue; // nobody can tell: unfiltered
      // A semi-join rather than a LEFT JOIN: plainer, and it keeps DuckDB 1.5's planner happy.
      const ticket = () =>
        `r.${link} IN (SELECT ticket_id FROM ${q.need('ticket_lookup')} WHERE ${f} IN ${list(values)})`;
      conds.push(
        own && viaTicket
          ? `(r.${f} IN ${list(values)} OR r.${f} IS NULL AND ${ticket()}) -- its own value, else its ticket’s`
          : own
            ? `r.${f} IN ${list(values)}`
            : `${ticket()} -- its ticket’s value`
      );
    }
  }
  return [`SELECT r.rowid AS row_id, r.*`, from, ...(conds.length ? [`WHERE ${conds.join('\n  AND ')}`] : [])].join(
    '\n'
  );
}

const DAY = 86_400_000;
const QUARTER = 900_000;

/**
 * The zone's UTC offset as a step function over the instants a view can touch: one row per
 * offset change (local = utc + offset_s). Found per UTC day, then to the quarter hour (zone
 * changes fall on quarter hours), with the same zone code the engine uses.
 */
function zoneOffsetsSql(c: SqlCtx): string {
  const lo = Math.min(c.prev.start, c.view.start) - DAY;
  const hi = Math.max(c.view.end, c.now) + DAY;
  const off = (t: number) => zoneOffsetMinutes(Math.floor(t / QUARTER) * QUARTER, c.tz) * 60;
  const rows: [number, number][] = [[-Infinity, off(lo)]];
  for (let d = Math.floor(lo / DAY) * DAY; d < hi; d += DAY) {
    const a = off(d);
    if (off(d + DAY) === a && off(d + DAY / 2) === a) continue;
    // Changes inside this day: walk its quarter hours.
    let prev = a;
    for (let t = d + QUARTER; t <= d + DAY; t += QUARTER) {
      const o = off(t);
      if (o !== prev) rows.push([t, o]);
      prev = o;
    }
  }
  // The step before the first change starts at the beginning of time.
  const values = rows
    .filter((r, k) => k === 0 || r[1] !== rows[k - 1][1])
    .map(([t, o]) => `(${t === -Infinity ? "TIMESTAMP '1900-01-01 00:00:00'" : ts(t)}, ${num(o)})`);
  return [
    `-- UTC offset of ${c.tz} from each instant on (local time = UTC + offset_s)`,
    `SELECT * FROM (VALUES\n${indent(values.join(',\n'))}\n) AS z(from_at, offset_s)`
  ].join('\n');
}

/**
 * Business hours as a table of open intervals (UTC), each with the open seconds of all earlier
 * intervals, so the open time between two instants is two look-ups: open_until(end) −
 * open_until(start). The intervals are the engine's own (time/business-hours.ts), per local day
 * over the whole span of the data and `now`.
 */
function businessIntervalsSql(c: SqlCtx): string {
  const clock = makeBusinessClock(c.settings.businessHours, c.tz);
  const local = makeLocalClock(c.tz);
  const span = c.profile.timeSpan;
  const lo = Math.min(span ? span[0] : c.view.start, c.prev.start, c.now);
  const hi = Math.max(span ? span[1] : c.view.end, c.view.end, c.now);
  const rows: string[] = [];
  let before = 0;
  for (let d = local.dayIndexOf(lo) - 1; d <= local.dayIndexOf(hi) + 1; d++) {
    const iv = clock.intervals(d);
    for (let i = 0; i < iv.length; i += 2) {
      if (!(iv[i + 1] > iv[i])) continue;
      rows.push(`(${ts(iv[i])}, ${ts(iv[i + 1])}, ${num(before)})`);
      before += (iv[i + 1] - iv[i]) / 1000;
    }
  }
  const bh = c.settings.businessHours;
  const note = `opening hours per weekday (0 = Sunday) ${JSON.stringify(bh.week)}${bh.holidays.length ? `, holidays ${bh.holidays.join(' ')}` : ''}`;
  if (rows.length === 0) rows.push(`(${ts(lo)}, ${ts(lo)}, 0)`);
  return [
    `-- business hours in ${c.tz}: ${note}`,
    `SELECT start_at, end_at, open_before, epoch(end_at) - epoch(start_at) AS open_s FROM (VALUES\n${indent(rows.join(',\n'))}\n) AS h(start_at, end_at, open_before)`
  ].join('\n');
}

export type { FilterField };
