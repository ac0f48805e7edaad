#!/usr/bin/env node
/**
 * Benchmark data: large canonical CSV files for `npm run bench` (issue 3), streamed to disk.
 *
 *   node bench/generate-data.mjs [--tickets 1000000] [--calls 1000000] [--out bench/out] [--seed 1]
 *                                [--columns all|core]
 *
 * Writes `tickets.csv` and `calls.csv` with the canonical header of src/lib/core/schema/fields.ts
 * (every column by default; `--columns core` keeps the 13 ticket columns of the stack notes'
 * 122 MB measurement, for comparison), about two years of dates ending 1 November 2026 at a
 * fixed +01:00 offset, realistic values (weekday and hour-of-day patterns, per-channel response
 * times, open tickets at the end, abandoned calls with a stage) and some quoted fields with commas
 * and quotes. Same arguments → byte-identical files (seeded sfc32, no clock, no Math.random).
 * Plain Node ESM with no dependencies: it runs before anything is built.
 *
 * Why not the demo generator (src/lib/core/demo): that one simulates queues and backlogs for a
 * year of ~20 k tickets; here the point is 1 M rows in seconds, so each row is drawn
 * independently from the same kind of distributions.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Canonical ticket columns, in src/lib/core/schema/fields.ts order (a test keeps them equal). */
export const TICKET_COLUMNS = [
  'ticket_id',
  'created_at',
  'first_response_at',
  'resolved_at',
  'closed_at',
  'status',
  'channel',
  'agent',
  'team',
  'priority',
  'category',
  'tags',
  'customer_id',
  'replies',
  'messages',
  'contacts',
  'reopened',
  'first_contact_resolution',
  'first_response_due_at',
  'due_at',
  'csat',
  'is_complaint',
  'repeat_incident',
  'first_response_sla_met',
  'resolution_sla_met',
  'first_assigned_at',
  'reassignments'
];
/** The 13 columns of the stack notes' measurement. */
export const CORE_TICKET_COLUMNS = [
  'ticket_id',
  'created_at',
  'first_response_at',
  'resolved_at',
  'status',
  'channel',
  'agent',
  'team',
  'priority',
  'category',
  'tags',
  'customer_id',
  'csat'
];
export const CALL_COLUMNS = [
  'call_id',
  'queued_at',
  'answered_at',
  'ended_at',
  'abandoned',
  'abandon_stage',
  'direction',
  'agent',
  'queue',
  'team',
  'resolved',
  'customer_id',
  'cost',
  'csat'
];

const DAY_S = 86_400;
/** Data ends at 2026-11-01T00:00+01:00 and spans two years. */
const END_S = Date.UTC(2026, 9, 31, 23) / 1000;
const DAYS = 730;
const START_S = END_S - DAYS * DAY_S;
const OFFSET_S = 3600;
const ROWS_PER_CHUNK = 5000;

// ---------- seeded random numbers (sfc32 seeded by splitmix32, as src/lib/core/demo/random.ts) ----------
/**
 * @typedef {{ next(): number, chance(p: number): boolean, int(n: number): number,
 *   lognormal(median: number, sigma: number): number, normal(): number }} Rng
 */

/** @param {number} seed @returns {Rng} */
function makeRng(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  let spare = NaN;
  const normal = () => {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = NaN;
      return z;
    }
    const r = Math.sqrt(-2 * Math.log(1 - next()));
    const v = 2 * Math.PI * next();
    spare = r * Math.sin(v);
    return r * Math.cos(v);
  };
  return {
    next,
    chance: (/** @type {number} */ p) => next() < p,
    int: (/** @type {number} */ n) => Math.floor(next() * n),
    lognormal: (/** @type {number} */ median, /** @type {number} */ sigma) => median * Math.exp(sigma * normal()),
    normal
  };
}

/**
 * Index drawn from cumulative weights (binary search).
 * @param {number[]} weights
 * @returns {(u: number) => number} index for a uniform u in [0, 1)
 */
function cumulative(weights) {
  const cum = new Float64Array(weights.length);
  let s = 0;
  weights.forEach((w, i) => (cum[i] = s += w));
  return (u) => {
    const x = u * s;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

// ---------- the world (a small version of src/lib/core/demo/world.ts) ----------
const CHANNELS = ['email', 'chat', 'phone', 'social', 'whatsapp'];
const pickChannel = cumulative([0.46, 0.16, 0.12, 0.1, 0.16]);
/** Median first-reply seconds per channel. */
const FIRST_REPLY = [9000, 90, 60, 2700, 400];
/** @type {[name: string, team: string, speed: number][]} */
const AGENTS = [
  ['Amira Haddad', 'Front Line', 0.9],
  ['Daniel Kim', 'Front Line', 1],
  ['Tom Becker', 'Front Line', 0.6],
  ['Hannah Levi', 'Front Line', 1.5],
  ['Reza Tehrani', 'Front Line', 0.85],
  ['Lucía Gómez', 'Front Line', 1.1],
  ['Kofi Mensah', 'Front Line', 1.05],
  ['Sara Rahimi', 'Billing', 0.95],
  ['Omar Farouk', 'Billing', 1.25],
  ['Lena Weber', 'Billing', 0.8],
  ['Yusuf Aydın', 'Tech Support', 1.15],
  ['Maya Cohen', 'Tech Support', 0.9],
  ['Jonas Berg', 'Tech Support', 1.35],
  ['Leila Nasser', 'Tech Support', 0.75]
];
/** @type {[name: string, agents: number[], tags: string[]][]} */
const CATEGORIES = [
  ['delivery', [0, 1, 2, 3, 4, 5, 6], ['late-delivery', 'tracking', 'wrong-address', 'damaged']],
  ['billing', [7, 8, 9], ['invoice', 'refund', 'payment-failed', 'double-charge']],
  ['returns', [0, 1, 2, 3, 4, 5, 6], ['return-label', 'exchange', 'refund']],
  ['technical', [10, 11, 12, 13], ['login', 'app-crash', 'bug', 'password-reset']],
  ['account', [0, 1, 2, 3, 4, 5, 6], ['password-reset', 'email-change', 'gdpr-request']],
  ['product question', [0, 1, 2, 3, 4, 5, 6], ['sizing', 'stock', 'warranty']],
  ['complaint', [0, 1, 2, 4], ['escalated', 'rude-courier', 'compensation']]
];
const pickCategory = cumulative([0.24, 0.18, 0.14, 0.16, 0.12, 0.12, 0.04]);
const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
const pickPriority = cumulative([0.24, 0.52, 0.18, 0.06]);
/** First response / resolution targets in seconds per priority. */
const SLA = [
  [86400, 432000],
  [28800, 259200],
  [14400, 86400],
  [3600, 28800]
];
/** @type {[name: string, team: string, agents: number[]][]} */
const QUEUES = [
  ['general', 'Front Line', [0, 1, 2, 4, 5]],
  ['billing', 'Billing', [7, 8]],
  ['technical', 'Tech Support', [10, 11]]
];
const pickQueue = cumulative([0.55, 0.25, 0.2]);
/** Days weighted by weekday (Sunday first) and a slow growth over the two years. */
const pickDay = cumulative(
  Array.from({ length: DAYS }, (_, d) => {
    const weekday = new Date((START_S + d * DAY_S + OFFSET_S) * 1000).getUTCDay();
    return [0.35, 1.38, 1.14, 1.04, 1, 0.9, 0.5][weekday] * (0.85 + (0.3 * d) / DAYS);
  })
);
const pickCallDay = cumulative(
  Array.from({ length: DAYS }, (_, d) => {
    const weekday = new Date((START_S + d * DAY_S + OFFSET_S) * 1000).getUTCDay();
    return [0, 1.38, 1.14, 1.04, 1, 0.9, 0.5][weekday];
  })
);
const HOURLY = [
  0.15, 0.1, 0.08, 0.07, 0.08, 0.15, 0.35, 0.8, 1.6, 2.4, 2.6, 2.4, 1.9, 2.1, 2.3, 2.1, 1.8, 1.5, 1.2, 1.1, 1, 0.8, 0.5,
  0.3
];
const pickHour = cumulative(HOURLY);
const pickCallHour = cumulative(HOURLY.map((w, h) => (h >= 8 && h < 20 ? w : 0)));

// ---------- fast ISO formatting at the fixed offset ----------
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const DAY_PREFIX = Array.from({ length: DAYS + 400 }, (_, d) =>
  new Date((START_S + d * DAY_S + OFFSET_S) * 1000).toISOString().slice(0, 11)
);

/** `2026-03-02T09:15:00+01:00` for epoch seconds; '' for NaN or after the end of the data. @param {number} epochS */
function iso(epochS) {
  if (!(epochS < END_S)) return '';
  const local = Math.floor(epochS) - START_S;
  const day = Math.floor(local / DAY_S);
  let sec = local - day * DAY_S;
  const h = Math.floor(sec / 3600);
  sec -= h * 3600;
  const m = Math.floor(sec / 60);
  return DAY_PREFIX[day] + TWO[h] + ':' + TWO[m] + ':' + TWO[sec - m * 60] + '+01:00';
}

/** Like iso() but for deadlines, which may lie after the export. @param {number} epochS */
function isoAny(epochS) {
  const local = Math.floor(epochS) - START_S;
  const day = Math.floor(local / DAY_S);
  let sec = local - day * DAY_S;
  const h = Math.floor(sec / 3600);
  sec -= h * 3600;
  const m = Math.floor(sec / 60);
  return DAY_PREFIX[day] + TWO[h] + ':' + TWO[m] + ':' + TWO[sec - m * 60] + '+01:00';
}

/**
 * A moment on a weighted day and hour, as epoch seconds.
 * @param {Rng} rng @param {(u: number) => number} dayPicker @param {(u: number) => number} hourPicker
 */
function moment(rng, dayPicker, hourPicker) {
  const day = dayPicker(rng.next());
  const hour = hourPicker(rng.next());
  // Local midnight of day `day` is START_S + day·DAY_S (START_S is local midnight at +01:00).
  return START_S + day * DAY_S + hour * 3600 + rng.int(3600);
}

// ---------- rows ----------
/** @param {Rng} rng @param {number} i @param {boolean} core */
function ticketRow(rng, i, core) {
  const created = moment(rng, pickDay, pickHour);
  const channel = pickChannel(rng.next());
  const [category, agentPool, tagPool] = CATEGORIES[pickCategory(rng.next())];
  const [agent, team, speed] = AGENTS[agentPool[rng.int(agentPool.length)]];
  const priority = pickPriority(rng.next());
  const spam = rng.chance(0.012);
  const firstReply = spam ? NaN : created + Math.round(rng.lognormal(FIRST_REPLY[channel] * speed, 1.1));
  const replies = spam ? 0 : 1 + (rng.chance(0.35) ? 1 + rng.int(4) : 0);
  const reopened = !spam && rng.chance(0.05) ? 1 : 0;
  const resolved = spam
    ? created + 86400 + rng.int(200000)
    : firstReply + Math.round(rng.lognormal(channel === 1 ? 600 : 40000, 1.3) * speed * (1 + reopened * 2));
  const closed = resolved + 172800 + rng.int(172800);
  const firstDue = created + SLA[priority][0];
  const due = created + SLA[priority][1];
  const isResolved = resolved < END_S;
  const status = closed < END_S ? 'closed' : isResolved ? 'resolved' : firstReply < END_S ? 'pending' : 'open';
  const csat =
    isResolved && rng.chance(0.22) ? String(Math.min(5, Math.max(1, Math.round(rng.normal() * 0.9 + 4.1)))) : '';
  // Some exports separate tags with ", " inside quotes: the importer must handle quoted commas.
  const first = rng.int(tagPool.length);
  const tags = rng.chance(0.3)
    ? `"${tagPool[first]}, ${tagPool[(first + 1 + rng.int(tagPool.length - 1)) % tagPool.length]}"`
    : tagPool[first];
  const id = 'T-' + (1000001 + i);
  const customer = 'C-' + (100001 + rng.int(150000));
  if (core) {
    return `${id},${iso(created)},${iso(firstReply)},${isResolved ? iso(resolved) : ''},${status},${CHANNELS[channel]},${agent},${team},${PRIORITIES[priority]},${category},${tags},${customer},${csat}\n`;
  }
  const contacts = 1 + reopened + (rng.chance(0.1) ? 1 : 0);
  const fcr = isResolved ? (replies <= 1 && contacts === 1 ? '1' : '0') : '';
  const firstMet = firstReply < END_S ? (firstReply <= firstDue ? '1' : '0') : firstDue < END_S && !spam ? '0' : '';
  const resolutionMet = isResolved ? (resolved <= due ? '1' : '0') : due < END_S ? '0' : '';
  return (
    `${id},${iso(created)},${iso(firstReply)},${isResolved ? iso(resolved) : ''},${isResolved ? iso(closed) : ''},` +
    `${status},${CHANNELS[channel]},${agent},${team},${PRIORITIES[priority]},${category},${tags},${customer},` +
    `${replies},${replies * 2 + reopened * 2},${contacts},${reopened},${fcr},${spam ? '' : isoAny(firstDue)},` +
    `${spam ? '' : isoAny(due)},${csat},${category === 'complaint' || rng.chance(0.015) ? '1' : '0'},` +
    // first_assigned_at and reassignments come from event logs: empty in a ticket export.
    `${rng.chance(0.08) ? '1' : '0'},${firstMet},${resolutionMet},,\n`
  );
}

/** @param {Rng} rng @param {number} i */
function callRow(rng, i) {
  const queued = moment(rng, pickCallDay, pickCallHour);
  const [queue, team, agents] = QUEUES[pickQueue(rng.next())];
  const [agent, , speed] = AGENTS[agents[rng.int(agents.length)]];
  const outbound = rng.chance(0.04);
  const hold = outbound || rng.chance(0.75) ? 0 : rng.lognormal(90, 1);
  const patience = -240 * Math.log(1 - rng.next());
  const stage = outbound
    ? ''
    : rng.chance(0.006)
      ? 'greeting'
      : rng.chance(0.012)
        ? 'ivr'
        : hold > patience
          ? 'hold'
          : '';
  const pre = 4 + (rng.chance(0.55) ? 6 + rng.int(9) : 0);
  const wait = outbound ? 6 + rng.int(14) : pre + Math.round(hold);
  const abandonedAfter = stage === 'greeting' ? 2 : stage === 'ivr' ? 4 + rng.int(8) : pre + Math.round(patience);
  const answered = stage ? NaN : queued + wait;
  const ended = stage ? queued + abandonedAfter : answered + Math.round(rng.lognormal(250 * Math.sqrt(speed), 0.55));
  const cost = (((ended - queued) / 60) * 0.04 + 0.08).toFixed(2);
  const csat =
    !stage && !outbound && rng.chance(0.2) ? String(Math.min(5, Math.max(1, Math.round(rng.normal() * 0.9 + 4)))) : '';
  const resolved = stage ? '0' : rng.chance(0.75) ? '1' : '0';
  return (
    `CL-${1000001 + i},${iso(queued)},${iso(answered)},${iso(ended)},${stage ? '1' : '0'},${stage},${outbound ? 'out' : 'in'},` +
    `${stage ? '' : agent},${queue},${team},${resolved},C-${100001 + rng.int(150000)},${cost},${csat}\n`
  );
}

/**
 * Streams `rows` rows to `file`, respecting back-pressure; resolves with the byte size.
 * @param {string} file @param {string[]} header @param {number} rows @param {(i: number) => string} makeRow
 */
async function writeCsv(file, header, rows, makeRow) {
  const out = createWriteStream(file);
  out.write(header.join(',') + '\n');
  let chunk = [];
  for (let i = 0; i < rows; i++) {
    chunk.push(makeRow(i));
    if (chunk.length === ROWS_PER_CHUNK || i === rows - 1) {
      if (!out.write(chunk.join(''))) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end();
  await once(out, 'finish');
  return statSync(file).size;
}

export async function generate({
  tickets = 1_000_000,
  calls = 1_000_000,
  out = 'bench/out',
  seed = 1,
  columns = 'all'
} = {}) {
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  const core = columns === 'core';
  const results = [];
  /** @type {[name: string, rows: number, header: string[], make: (rng: Rng) => (i: number) => string][]} */
  const files = [
    ['tickets.csv', tickets, core ? CORE_TICKET_COLUMNS : TICKET_COLUMNS, (rng) => (i) => ticketRow(rng, i, core)],
    ['calls.csv', calls, CALL_COLUMNS, (rng) => (i) => callRow(rng, i)]
  ];
  for (const [name, rows, header, make] of files) {
    const t0 = performance.now();
    const rng = makeRng(seed * 31 + (name === 'calls.csv' ? 2 : 1));
    const file = join(dir, name);
    const bytes = await writeCsv(file, header, rows, make(rng));
    results.push({ file, rows, bytes, seconds: (performance.now() - t0) / 1000 });
  }
  return results;
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ tickets: number, calls: number, out: string, seed: number, columns: string }} */
  const options = { tickets: 1_000_000, calls: 1_000_000, out: 'bench/out', seed: 1, columns: 'all' };
  for (let i = 0; i < argv.length; i++) {
    const key = /** @type {keyof typeof options} */ (argv[i].replace(/^--/, ''));
    const value = argv[++i];
    if (!(key in options) || value === undefined)
      throw new Error(`usage: --tickets N --calls N --out DIR --seed N --columns all|core (got ${argv[i - 1]})`);
    if (key === 'out' || key === 'columns') options[key] = value;
    else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new Error(`--${key} needs a non-negative integer`);
      options[key] = n;
    }
  }
  if (options.columns !== 'all' && options.columns !== 'core') throw new Error('--columns is all or core');
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`generate-data: ${e instanceof Error ? e.message : e}`);
    process.exit(2);
  }
  for (const r of await generate(options)) {
    console.log(
      `${r.file}: ${r.rows.toLocaleString('en')} rows, ${(r.bytes / 1e6).toFixed(1)} MB in ${r.seconds.toFixed(1)} s`
    );
  }
}
