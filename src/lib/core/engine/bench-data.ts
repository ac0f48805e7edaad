/**
 * A seeded synthetic dataset in the canonical templates for the engine benchmark (and the
 * property tests): tickets and calls with realistic spreads of channels, agents, delays,
 * missing values and abandons. Built straight into typed columns, so a million rows take well
 * under a second to make.
 */
import { TableBuilder } from '../columns/builder';
import type { ColumnTable } from '../columns/table';
import { FIELDS } from '../schema/fields';
import type { Dataset } from './types';

/** Small fast PRNG (mulberry32): the same seed gives the same data everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = ['email', 'chat', 'phone', 'social', 'whatsapp', 'web'];
const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
const CATEGORIES = ['billing', 'delivery', 'account', 'technical', 'complaint', 'returns', 'other'];
const STAGES = ['greeting', 'ivr', 'hold'];
const QUEUES = ['sales', 'support', 'billing'];

export interface GenOptions {
  readonly tickets: number;
  readonly calls: number;
  readonly seed?: number;
  /** First creation instant (epoch ms); rows spread over `days`. */
  readonly start?: number;
  readonly days?: number;
  readonly agents?: number;
  readonly customers?: number;
  /** Also make messages (conversations of the first tickets), surveys, customers and costs. */
  readonly extras?: boolean;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function builder(kind: 'tickets' | 'calls', n: number): TableBuilder {
  return new TableBuilder(kind, FIELDS[kind], n);
}

export function generate(o: GenOptions): Dataset {
  const r = rng(o.seed ?? 1);
  const start = o.start ?? Date.UTC(2024, 0, 1);
  const span = (o.days ?? 365) * 86_400_000;
  const agents = Array.from({ length: o.agents ?? 60 }, (_, k) => `agent ${k + 1}`);
  const teams = ['north', 'south', 'east', 'west'];
  const nCust = o.customers ?? Math.max(10, Math.floor(o.tickets / 4));
  const HOUR = 3_600_000;

  const t = builder('tickets', o.tickets);
  for (let i = 0; i < o.tickets; i++) {
    // Time-ordered like real exports.
    const created = start + Math.floor((i / o.tickets) * span + r() * 60_000);
    const answered = r() < 0.93;
    const fr = answered ? created + Math.floor(r() * r() * 48 * HOUR) : NaN;
    const resolved = r() < 0.8 ? created + Math.floor(r() * 120 * HOUR) : NaN;
    const a = pick(r, agents);
    t.text('ticket_id').push(`T${i}`);
    t.numeric('created_at').push(created);
    t.numeric('first_response_at').push(fr);
    t.numeric('resolved_at').push(resolved);
    t.numeric('closed_at').push(NaN);
    t.text('status').push(resolved === resolved ? 'resolved' : pick(r, ['open', 'pending']));
    t.text('channel').push(pick(r, CHANNELS));
    t.text('agent').push(a);
    t.text('team').push(teams[agents.indexOf(a) % teams.length]);
    t.text('priority').push(pick(r, PRIORITIES));
    t.text('category').push(pick(r, CATEGORIES));
    t.text('tags').push(r() < 0.5 ? 'vip;follow-up' : 'general');
    t.text('customer_id').push(`C${Math.floor(r() * nCust)}`);
    const replies = 1 + Math.floor(r() * 4);
    t.numeric('replies').push(replies);
    t.numeric('messages').push(replies * 2);
    t.numeric('contacts').push(1 + Math.floor(r() * 3));
    t.numeric('reopened').push(r() < 0.1 ? 1 : 0);
    t.numeric('first_contact_resolution').push(NaN);
    t.numeric('first_response_due_at').push(NaN);
    t.numeric('due_at').push(r() < 0.5 ? created + 72 * HOUR : NaN);
    t.numeric('csat').push(r() < 0.3 ? 1 + Math.floor(r() * 5) : NaN);
    t.numeric('is_complaint').push(r() < 0.05 ? 1 : 0);
    t.numeric('repeat_incident').push(NaN);
    t.numeric('first_response_sla_met').push(NaN);
    t.numeric('resolution_sla_met').push(NaN);
    t.numeric('first_assigned_at').push(NaN);
    t.numeric('reassignments').push(NaN);
    t.endRow();
  }

  const c = builder('calls', o.calls);
  for (let i = 0; i < o.calls; i++) {
    const queued = start + Math.floor((i / Math.max(1, o.calls)) * span + r() * 60_000);
    const abandonedCall = r() < 0.12;
    const answered = abandonedCall ? NaN : queued + Math.floor(r() * r() * 300_000);
    const ended = abandonedCall ? queued + Math.floor(r() * 120_000) : answered + Math.floor(60_000 + r() * 900_000);
    const a = abandonedCall ? '' : pick(r, agents);
    c.text('call_id').push(`K${i}`);
    c.numeric('queued_at').push(queued);
    c.numeric('answered_at').push(answered);
    c.numeric('ended_at').push(ended);
    c.numeric('abandoned').push(abandonedCall ? 1 : 0);
    c.text('abandon_stage').push(abandonedCall ? pick(r, STAGES) : '');
    c.text('direction').push(r() < 0.9 ? 'in' : 'out');
    c.text('agent').push(a);
    c.text('queue').push(pick(r, QUEUES));
    c.text('team').push(a ? teams[agents.indexOf(a) % teams.length] : '');
    c.numeric('resolved').push(abandonedCall ? NaN : r() < 0.75 ? 1 : 0);
    c.text('customer_id').push(`C${Math.floor(r() * nCust)}`);
    c.numeric('cost').push(NaN);
    c.numeric('csat').push(NaN);
    c.endRow();
  }
  const tickets: ColumnTable = t.finish();
  const calls: ColumnTable = c.finish();
  if (!o.extras) return { tickets, calls };
  return { tickets, calls, ...extras(r, tickets, start, span, agents, nCust) };
}

function extras(
  r: () => number,
  tickets: ColumnTable,
  start: number,
  span: number,
  agents: readonly string[],
  nCust: number
): Dataset {
  const created = (tickets.columns.created_at as { values: Float64Array }).values;
  const m = new TableBuilder('messages', FIELDS.messages, 1024);
  const n = Math.min(tickets.length, 2000);
  for (let i = 0; i < n; i++) {
    let time = created[i];
    const turns = 1 + Math.floor(r() * 5);
    for (let k = 0; k < turns; k++) {
      const dir = k === 0 || r() < 0.5 ? 'in' : 'out';
      m.text('message_id').push(`M${i}-${k}`);
      m.text('conversation_id').push(`T${i}`);
      m.numeric('sent_at').push(time);
      m.text('direction').push(dir);
      m.text('channel').push(pick(r, CHANNELS));
      m.text('agent').push(dir === 'out' ? pick(r, agents) : '');
      m.text('team').push('');
      m.endRow();
      time += Math.floor(r() * 8 * 3_600_000);
    }
  }
  const s = new TableBuilder('surveys', FIELDS.surveys, 1024);
  for (let i = 0; i < n; i++) {
    const tenPoint = r() < 0.3;
    s.text('survey_id').push(`S${i}`);
    s.numeric('responded_at').push(created[i] + Math.floor(r() * 86_400_000));
    s.numeric('score').push(tenPoint ? Math.floor(r() * 11) : 1 + Math.floor(r() * 5));
    s.numeric('scale_min').push(tenPoint ? 0 : NaN);
    s.numeric('scale_max').push(tenPoint ? 10 : NaN);
    s.text('ticket_id').push(`T${i}`);
    s.text('call_id').push('');
    s.text('channel').push(pick(r, CHANNELS));
    s.text('agent').push(pick(r, agents));
    s.text('team').push('');
    s.text('comment').push('');
    s.endRow();
  }
  const cu = new TableBuilder('customers', FIELDS.customers, 1024);
  for (let i = 0; i < Math.min(nCust, 5000); i++) {
    const since = start - 365 * 86_400_000 + Math.floor(r() * (span + 365 * 86_400_000));
    cu.text('customer_id').push(`C${i}`);
    cu.numeric('created_at').push(since);
    cu.numeric('last_active_at').push(since + Math.floor(r() * span));
    const churnedAt = r() < 0.2 ? since + Math.floor(r() * span) : NaN;
    cu.numeric('churned_at').push(churnedAt);
    cu.numeric('churned').push(churnedAt === churnedAt ? 1 : 0);
    cu.numeric('revenue').push(r() < 0.95 ? Math.round(r() * 5000) : NaN);
    cu.text('segment').push(pick(r, ['retail', 'business']));
    cu.endRow();
  }
  const co = new TableBuilder('costs', FIELDS.costs, 64);
  for (let d = 0; d < span / 86_400_000; d += 7) {
    for (const category of ['staff', 'telephony']) {
      co.numeric('period_start').push(start + d * 86_400_000);
      co.numeric('period_end').push(start + (d + 7) * 86_400_000);
      co.numeric('amount').push(Math.round(1000 + r() * 9000));
      co.text('category').push(category);
      co.text('currency').push('EUR');
      co.endRow();
    }
  }
  return { messages: m.finish(), surveys: s.finish(), customers: cu.finish(), costs: co.finish() };
}
