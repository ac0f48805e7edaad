/**
 * Seeded data full of the cases where two implementations of one formula drift apart: missing
 * values, blank columns, negative durations, tickets resolved by status only, duplicate ids,
 * ties in time, conversations with notes and unknown tickets, survey scales of every shape,
 * abandoned calls with and without a flag, a spring-forward and a fall-back night, cost rows
 * with and without a call-related category. For the differential test of the engine and the SQL.
 */
import { TableBuilder } from '../lib/core/columns/builder';
import type { ColumnTable } from '../lib/core/columns/table';
import { Rng } from '../lib/core/demo/random';
import type { Dataset } from '../lib/core/engine/types';
import { fieldDef, type RecordKind } from '../lib/core/schema/fields';

type Cell = string | number | null;

function build(kind: RecordKind, names: readonly string[], rows: readonly Record<string, Cell>[]): ColumnTable {
  const fields = names.map((name) => ({ name, type: fieldDef(kind, name)!.type }));
  const b = new TableBuilder(kind, fields, 64);
  for (const r of rows) {
    for (const f of fields) {
      const v = r[f.name] ?? null;
      if (f.type === 'text') b.text(f.name).push(v === null ? null : String(v));
      else b.numeric(f.name).push(v === null ? NaN : Number(v));
    }
    b.endRow();
  }
  return b.finish();
}

const H = 3_600_000;

/** Around two DST changes in America/New_York (9 March and 2 November 2025). */
export function edgeDataset(seed = 7, n = 400): Dataset {
  const rng = new Rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(0, xs.length - 1)];
  const maybe = <T>(p: number, v: T): T | null => (rng.chance(p) ? v : null);
  const start = Date.UTC(2025, 1, 10);
  const span = 300 * 24 * H;
  // Some instants fall on the same second, on purpose.
  const instant = () =>
    rng.chance(0.05) ? start + 40 * 24 * H : start + Math.floor(rng.uniform(0, span) / 1000) * 1000;
  const agents = ['Ana', 'Bo', 'Chen', 'Dara', 'Eli'];
  const tickets: Record<string, Cell>[] = [];
  for (let i = 0; i < n; i++) {
    const created = instant();
    const fr = rng.chance(0.2) ? null : created + (rng.chance(0.05) ? -H : rng.exponential(6 * H));
    const resolvedKind = rng.int(0, 5);
    const resolved = resolvedKind <= 2 ? created + rng.exponential(48 * H) : null;
    const closed = resolvedKind === 3 ? created + rng.exponential(72 * H) : null;
    const status =
      resolvedKind <= 3 ? pick(['resolved', 'closed']) : resolvedKind === 4 ? 'resolved' : pick(['open', 'pending']);
    tickets.push({
      ticket_id: rng.chance(0.03) && i > 0 ? `T${rng.int(0, i - 1)}` : `T${i}`,
      created_at: created,
      first_response_at: fr,
      resolved_at: resolved,
      closed_at: closed,
      status,
      channel: maybe(0.92, pick(['email', 'chat', 'phone', 'social'])),
      agent: maybe(0.85, pick(agents)),
      team: maybe(0.9, pick(['Front', 'Back'])),
      priority: maybe(0.9, pick(['urgent', 'high', 'normal', 'low'])),
      category: maybe(0.9, pick(['billing', 'delivery', 'Complaint about staff', 'account'])),
      tags: maybe(0.6, pick(['a; b', 'B|c', 'c, a , a', 'billing', ' ;;', 'Refund;urgent'])),
      customer_id: maybe(0.9, `C${rng.int(0, 40)}`),
      replies: maybe(0.8, rng.int(0, 4)),
      reopened: maybe(0.5, rng.int(0, 1)),
      first_contact_resolution: i % 3 === 0 ? rng.int(0, 1) : null,
      first_response_due_at: maybe(0.3, created + 4 * H),
      due_at: maybe(0.3, created + 48 * H),
      first_response_sla_met: maybe(0.2, rng.int(0, 1)),
      csat: maybe(0.4, rng.int(0, 5))
    });
  }
  const calls: Record<string, Cell>[] = [];
  for (let i = 0; i < n; i++) {
    const q = instant();
    const answered = rng.chance(0.75);
    const a = answered ? q + (rng.chance(0.03) ? -5000 : rng.exponential(40_000)) : null;
    calls.push({
      call_id: `K${i}`,
      queued_at: q,
      answered_at: a,
      ended_at: rng.chance(0.9) ? (a ?? q) + rng.exponential(300_000) : null,
      abandoned: rng.chance(0.6) ? (answered ? 0 : 1) : null,
      abandon_stage: answered ? null : maybe(0.7, pick(['ivr', 'greeting', 'hold'])),
      direction: maybe(0.8, pick(['in', 'in', 'in', 'out'])),
      agent: answered ? maybe(0.9, pick(agents)) : null,
      queue: maybe(0.9, pick(['billing', 'delivery'])),
      team: maybe(0.9, pick(['Front', 'Back'])),
      resolved: maybe(0.8, rng.int(0, 1)),
      customer_id: maybe(0.9, `C${rng.int(0, 40)}`),
      cost: i % 2 ? maybe(0.7, rng.uniform(1, 5)) : null,
      csat: maybe(0.3, rng.int(0, 5))
    });
  }
  const messages: Record<string, Cell>[] = [];
  for (let i = 0; i < n * 2; i++) {
    const conv = rng.chance(0.9) ? `T${rng.int(0, n / 4)}` : `X${rng.int(0, 10)}`;
    messages.push({
      message_id: `M${i}`,
      conversation_id: conv,
      sent_at: rng.chance(0.03) ? null : instant(),
      direction: pick(['in', 'in', 'out', 'out', 'note']),
      channel: maybe(0.5, pick(['email', 'chat'])),
      agent: maybe(0.6, pick(agents)),
      team: maybe(0.5, pick(['Front', 'Back']))
    });
  }
  const surveys: Record<string, Cell>[] = [];
  for (let i = 0; i < n / 2; i++) {
    const scale = pick([
      [1, 5],
      [0, 10],
      [1, 2],
      [null, null],
      [5, 5]
    ] as const);
    surveys.push({
      survey_id: `S${i}`,
      responded_at: instant(),
      score: rng.int(-1, 11),
      scale_min: scale[0],
      scale_max: scale[1],
      ticket_id: maybe(0.7, `T${rng.int(0, n - 1)}`),
      channel: maybe(0.5, pick(['email', 'chat', 'phone'])),
      agent: maybe(0.5, pick(agents)),
      team: maybe(0.5, pick(['Front', 'Back']))
    });
  }
  const customers: Record<string, Cell>[] = [];
  for (let i = 0; i < 60; i++) {
    const created = maybe(0.9, start - 30 * 24 * H + rng.uniform(0, span));
    customers.push({
      customer_id: `C${i}`,
      created_at: created,
      last_active_at: maybe(0.9, start + rng.uniform(0, span)),
      churned_at: created !== null && rng.chance(0.3) ? created + rng.uniform(0, span) : null,
      revenue: maybe(0.8, Math.round(rng.uniform(0, 5000))),
      segment: maybe(0.8, pick(['smb', 'enterprise']))
    });
  }
  const costs: Record<string, Cell>[] = [];
  for (let m = 0; m < 10; m++)
    for (const category of ['phone support', 'office', null])
      costs.push({
        period_start: Date.UTC(2025, 1 + m, 1),
        amount: rng.chance(0.9) ? Math.round(rng.uniform(100, 1000)) : null,
        category,
        currency: 'EUR'
      });
  const names = (rows: Record<string, Cell>[]) => Object.keys(rows[0]);
  return {
    tickets: build('tickets', names(tickets), tickets),
    calls: build('calls', names(calls), calls),
    messages: build('messages', names(messages), messages),
    surveys: build('surveys', names(surveys), surveys),
    customers: build('customers', names(customers), customers),
    costs: build('costs', names(costs), costs)
  };
}

/**
 * Sparse data: mapped but blank columns, resolution by status only, calls that only know when
 * they were queued and ended, messages without tickets. KPIs must say "unavailable" or give the
 * same numbers in both engines.
 */
export function sparseDataset(seed = 11, n = 200): Dataset {
  const rng = new Rng(seed);
  const start = Date.UTC(2025, 2, 1);
  const tickets: Record<string, Cell>[] = [];
  for (let i = 0; i < n; i++)
    tickets.push({
      ticket_id: `T${i}`,
      created_at: start + Math.floor(rng.uniform(0, 60 * 24 * H)),
      first_response_at: null,
      status: rng.chance(0.5) ? 'closed' : 'open',
      channel: rng.chance(0.5) ? 'email' : 'phone',
      tags: null,
      category: rng.chance(0.3) ? 'Complaint' : null
    });
  const calls: Record<string, Cell>[] = [];
  for (let i = 0; i < n; i++) {
    const q = start + Math.floor(rng.uniform(0, 60 * 24 * H));
    calls.push({ call_id: `K${i}`, queued_at: q, ended_at: q + rng.exponential(200_000), answered_at: null });
  }
  const names = (rows: Record<string, Cell>[]) => Object.keys(rows[0]);
  return { tickets: build('tickets', names(tickets), tickets), calls: build('calls', names(calls), calls) };
}
