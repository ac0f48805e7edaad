import { describe, expect, it } from 'vitest';
import { hasValues, isText } from '../columns/table';
import { FIELDS, RECORD_KINDS, requiredFields } from '../schema/fields';
import { makeLocalClock } from '../time/local-clock';
import { generateDemo } from './generate';
import { SCENARIOS } from './scenarios';
import { fingerprint, mean, median, numbers, openAt, texts } from './test-helpers';

const DAY = 86_400_000;
const TZ = 'Europe/Berlin';
/** 23 Nov 2026 00:00 in Berlin: the data covers the 365 local days before it. */
const END = Date.UTC(2026, 10, 22, 23);
const clock = makeLocalClock(TZ);

const t0 = performance.now();
const baseline = generateDemo('baseline', { end: END, timeZone: TZ });
const elapsed = performance.now() - t0;

describe('generateDemo (baseline)', () => {
  it('is fast and about the size the brief asks (15–25 k tickets, similar calls)', () => {
    console.log(
      `baseline demo generated in ${elapsed.toFixed(0)} ms (cold): ` +
        RECORD_KINDS.map((k) => `${k} ${baseline[k]?.length}`).join(', ')
    );
    expect(baseline.tickets!.length).toBeGreaterThan(15_000);
    expect(baseline.tickets!.length).toBeLessThan(25_000);
    expect(baseline.calls!.length).toBeGreaterThan(15_000);
    expect(baseline.calls!.length).toBeLessThan(25_000);
  });

  it('is deterministic for a seed and differs for another seed', () => {
    const again = generateDemo('baseline', { end: END, timeZone: TZ });
    const other = generateDemo('baseline', { end: END, timeZone: TZ, seed: 7 });
    for (const kind of RECORD_KINDS) expect(fingerprint(again[kind]), kind).toBe(fingerprint(baseline[kind]));
    expect(other.tickets!.length).not.toBe(baseline.tickets!.length);
    expect(numbers(other.tickets, 'created_at').slice(0, 50)).not.toEqual(
      numbers(baseline.tickets, 'created_at').slice(0, 50)
    );
  });

  it('has every kind, every canonical field with values, and every required field on every row', () => {
    for (const kind of RECORD_KINDS) {
      const table = baseline[kind];
      expect(table, kind).toBeDefined();
      for (const f of FIELDS[kind]) expect(hasValues(table!.columns[f.name]), `${kind}.${f.name}`).toBe(true);
      for (const name of requiredFields(kind)) {
        const c = table!.columns[name]!;
        const missing = isText(c)
          ? c.codes.filter((code) => code === 0).length
          : c.values.filter((v) => Number.isNaN(v)).length;
        expect(missing, `${kind}.${name} missing values`).toBe(0);
      }
    }
  });

  it('is a snapshot taken at `end`: no event after it, tickets inside the period', () => {
    for (const kind of RECORD_KINDS) {
      // Due dates are deadlines, which may lie after the export.
      for (const f of FIELDS[kind].filter((f) => f.type === 'time' && !f.name.endsWith('due_at'))) {
        const values = numbers(baseline[kind], f.name);
        expect(
          values.every((v) => Number.isNaN(v) || v <= END),
          `${kind}.${f.name}`
        ).toBe(true);
      }
    }
    const created = numbers(baseline.tickets, 'created_at');
    expect(Math.min(...created)).toBeGreaterThanOrEqual(END - 366 * DAY);
    // Open tickets at the end: the backlog is not empty.
    expect(texts(baseline.tickets, 'status').filter((s) => s === 'open' || s === 'pending').length).toBeGreaterThan(20);
  });

  it('keeps ticket and call timelines in order', () => {
    const t = baseline.tickets;
    const [created, first, resolved, closed] = ['created_at', 'first_response_at', 'resolved_at', 'closed_at'].map(
      (n) => numbers(t, n)
    );
    for (let i = 0; i < created.length; i++) {
      if (!(first[i] >= created[i]) && !Number.isNaN(first[i])) throw new Error(`ticket ${i}: reply before creation`);
      if (!(resolved[i] >= created[i]) && !Number.isNaN(resolved[i]))
        throw new Error(`ticket ${i}: resolved before creation`);
      if (!Number.isNaN(closed[i]) && !(closed[i] >= resolved[i]))
        throw new Error(`ticket ${i}: closed before resolved`);
    }
    const c = baseline.calls;
    const [queued, answered, ended, abandoned] = ['queued_at', 'answered_at', 'ended_at', 'abandoned'].map((n) =>
      numbers(c, n)
    );
    const stage = texts(c, 'abandon_stage');
    const broken: number[] = [];
    for (let i = 0; i < queued.length; i++) {
      const ok =
        (abandoned[i] === 1) === Number.isNaN(answered[i]) &&
        (stage[i] !== '') === (abandoned[i] === 1) &&
        ended[i] > queued[i] &&
        (abandoned[i] === 1 || (answered[i] >= queued[i] && ended[i] > answered[i]));
      if (!ok) broken.push(i);
    }
    expect(broken).toEqual([]);
    expect(new Set(stage)).toEqual(new Set(['', 'greeting', 'ivr', 'hold']));
  });

  it('links surveys, messages, tickets and calls to records that exist', () => {
    const ticketIds = new Set(texts(baseline.tickets, 'ticket_id'));
    const callIds = new Set(texts(baseline.calls, 'call_id'));
    const customerIds = new Set(texts(baseline.customers, 'customer_id'));
    expect(ticketIds.size).toBe(baseline.tickets!.length);
    const surveyTickets = texts(baseline.surveys, 'ticket_id');
    const surveyCalls = texts(baseline.surveys, 'call_id');
    surveyTickets.forEach((id, i) => {
      expect(id === '' ? callIds.has(surveyCalls[i]) : ticketIds.has(id) && surveyCalls[i] === '').toBe(true);
    });
    expect(texts(baseline.messages, 'conversation_id').every((id) => ticketIds.has(id))).toBe(true);
    expect(texts(baseline.tickets, 'customer_id').every((id) => customerIds.has(id))).toBe(true);
    expect(texts(baseline.calls, 'customer_id').every((id) => customerIds.has(id))).toBe(true);
  });

  it("counts a ticket's messages and replies from its conversation", () => {
    const perConversation = new Map<string, [number, number]>();
    const direction = texts(baseline.messages, 'direction');
    texts(baseline.messages, 'conversation_id').forEach((id, i) => {
      const c = perConversation.get(id) ?? [0, 0];
      c[0]++;
      if (direction[i] === 'out') c[1]++;
      perConversation.set(id, c);
    });
    const ids = texts(baseline.tickets, 'ticket_id');
    const messages = numbers(baseline.tickets, 'messages');
    const replies = numbers(baseline.tickets, 'replies');
    let checked = 0;
    ids.forEach((id, i) => {
      const c = perConversation.get(id);
      if (!c) return;
      expect([c[0], c[1]]).toEqual([messages[i], replies[i]]);
      checked++;
    });
    expect(checked).toBeGreaterThan(5000);
  });

  it('never has a customer contact support before joining or after leaving', () => {
    const index = new Map(texts(baseline.customers, 'customer_id').map((id, i) => [id, i]));
    const joined = numbers(baseline.customers, 'created_at');
    const churned = numbers(baseline.customers, 'churned_at');
    const lastActive = numbers(baseline.customers, 'last_active_at');
    const check = (customers: string[], times: Float64Array) => {
      const broken = customers.filter((id, i) => {
        const c = index.get(id)!;
        return !(times[i] >= joined[c] && times[i] <= lastActive[c] && !(churned[c] <= times[i]));
      });
      expect(broken).toEqual([]);
    };
    check(texts(baseline.tickets, 'customer_id'), numbers(baseline.tickets, 'created_at'));
    check(texts(baseline.calls, 'customer_id'), numbers(baseline.calls, 'queued_at'));
    const churnedCount = churned.filter((v) => !Number.isNaN(v)).length;
    expect(churnedCount / churned.length).toBeGreaterThan(0.05);
    expect(churnedCount / churned.length).toBeLessThan(0.25);
  });

  it('has weekday and hour-of-day patterns: Monday peak, quiet Sunday and night', () => {
    const byWeekday = new Array(7).fill(0);
    const byHour = new Array(24).fill(0);
    for (const t of numbers(baseline.tickets, 'created_at')) {
      byWeekday[clock.weekdayOf(t)]++;
      byHour[clock.hourOf(t)]++;
    }
    expect(byWeekday[1]).toBe(Math.max(...byWeekday));
    expect(byWeekday[0]).toBeLessThan(byWeekday[3] * 0.5);
    expect(byHour[10]).toBeGreaterThan(byHour[3] * 10);
    const callHours = new Set(Array.from(numbers(baseline.calls, 'queued_at'), (t) => clock.hourOf(t)));
    expect(Math.min(...callHours)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...callHours)).toBeLessThan(20);
  });

  it('gives each channel its own response time: chat < WhatsApp < social < email', () => {
    const channel = texts(baseline.tickets, 'channel');
    const created = numbers(baseline.tickets, 'created_at');
    const first = numbers(baseline.tickets, 'first_response_at');
    const frt = (c: string) => median(channel.flatMap((ch, i) => (ch === c ? [first[i] - created[i]] : [])));
    expect(new Set(channel)).toEqual(new Set(['email', 'chat', 'phone', 'social', 'whatsapp']));
    expect(frt('chat')).toBeLessThan(frt('whatsapp'));
    expect(frt('whatsapp')).toBeLessThan(frt('social'));
    expect(frt('social')).toBeLessThan(frt('email'));
  });

  it('has agents of differing speed and quality', () => {
    const agent = texts(baseline.tickets, 'agent');
    const csat = numbers(baseline.tickets, 'csat');
    const reopened = numbers(baseline.tickets, 'reopened');
    const stats = (name: string) => {
      const rows = agent.flatMap((a, i) => (a === name ? [i] : []));
      return {
        satisfied: mean(rows.map((i) => (Number.isNaN(csat[i]) ? NaN : csat[i] >= 4 ? 1 : 0))),
        reopened: mean(rows.map((i) => reopened[i]))
      };
    };
    // Tom is fast and careless, Hannah slow and careful (world.ts).
    expect(stats('Tom Becker').satisfied).toBeLessThan(stats('Hannah Levi').satisfied - 0.1);
    expect(stats('Tom Becker').reopened).toBeGreaterThan(stats('Hannah Levi').reopened);
  });

  it('has CSAT that falls when response times rise', () => {
    const created = numbers(baseline.tickets, 'created_at');
    const first = numbers(baseline.tickets, 'first_response_at');
    const csat = numbers(baseline.tickets, 'csat');
    const channel = texts(baseline.tickets, 'channel');
    const fast: number[] = [];
    const slow: number[] = [];
    channel.forEach((c, i) => {
      if (c !== 'email' || Number.isNaN(csat[i])) return;
      const hours = (first[i] - created[i]) / 3_600_000;
      if (hours < 4) fast.push(csat[i] >= 4 ? 1 : 0);
      if (hours > 24) slow.push(csat[i] >= 4 ? 1 : 0);
    });
    expect(slow.length).toBeGreaterThan(50);
    expect(mean(slow)).toBeLessThan(mean(fast) - 0.15);
  });

  it('grows a backlog in the bad (outage) week about five months before the end', () => {
    const before = openAt(baseline.tickets, END - 157 * DAY);
    const during = openAt(baseline.tickets, END - 144 * DAY);
    const after = openAt(baseline.tickets, END - 115 * DAY);
    expect(during).toBeGreaterThan(before * 1.5);
    expect(after).toBeLessThan(during * 0.75);
    const tags = texts(baseline.tickets, 'tags');
    expect(tags.filter((t) => t.split(';').includes('outage')).length).toBeGreaterThan(100);
  });

  it('has monthly costs per category and call costs that add up to the telephony line', () => {
    const category = texts(baseline.costs, 'category');
    expect(new Set(category)).toEqual(new Set(['staff', 'telephony', 'tools', 'operations']));
    const amount = numbers(baseline.costs, 'amount');
    const telephony = category.reduce((s, c, i) => s + (c === 'telephony' ? amount[i] : 0), 0);
    const callCost = numbers(baseline.calls, 'cost').reduce((s, v) => s + v, 0);
    expect(telephony).toBeGreaterThan(callCost);
    expect(telephony).toBeLessThan(callCost + 13 * 900);
    expect(amount.every((a) => a > 0)).toBe(true);
  });

  it('defaults to the 365 days before today in the zone', () => {
    const d = generateDemo('baseline', { days: 20, timeZone: TZ });
    const created = numbers(d.tickets, 'created_at');
    const today = clock.dayIndexOf(Date.now());
    expect(clock.dayIndexOf(Math.max(...created))).toBe(today - 1);
    expect(clock.dayIndexOf(Math.min(...created))).toBe(today - 20);
  });
});

describe('generateDemo in other zones and short periods', () => {
  for (const zone of ['Asia/Tehran', 'America/New_York', 'Australia/Lord_Howe', 'UTC']) {
    it(`keeps staffed hours and weekdays local in ${zone}`, () => {
      const local = makeLocalClock(zone);
      const d = generateDemo('understaffed-mondays', { end: Date.UTC(2026, 3, 20), timeZone: zone, days: 200 });
      const queued = numbers(d.calls, 'queued_at');
      const hours = new Set(Array.from(queued, (t) => local.hourOf(t)));
      expect(Math.min(...hours)).toBeGreaterThanOrEqual(8);
      expect(Math.max(...hours)).toBeLessThan(20);
      expect(Array.from(queued).some((t) => local.weekdayOf(t) === 0)).toBe(false);
      const answered = numbers(d.calls, 'answered_at');
      const wait = (monday: boolean) =>
        mean(Array.from(queued, (q, i) => ((local.weekdayOf(q) === 1) === monday ? answered[i] - q : NaN)));
      expect(wait(true)).toBeGreaterThan(wait(false));
    });
  }

  it('works for periods as short as a day, and refuses unknown scenarios', () => {
    for (const days of [1, 7, 31]) {
      const d = generateDemo('holiday-rush', { end: Date.UTC(2026, 0, 7, 12), timeZone: TZ, days });
      for (const kind of RECORD_KINDS) {
        const t = d[kind]!;
        for (const c of Object.values(t.columns)) expect(isText(c) ? c!.codes.length : c!.values.length).toBe(t.length);
      }
      expect(d.tickets!.length).toBeGreaterThan(10 * days);
      expect(d.costs!.length).toBeGreaterThanOrEqual(4);
    }
    expect(() => generateDemo('no-such-story' as never)).toThrow(/unknown demo scenario/);
  });
});

describe('scenarios reshape the data', () => {
  const data = Object.fromEntries(
    SCENARIOS.filter((s) => s.id !== 'baseline').map((s) => [s.id, generateDemo(s.id, { end: END, timeZone: TZ })])
  );

  /** Calls grouped as Monday vs other open days: mean wait of answered inbound calls, abandonment, CSAT. */
  function mondayVsRest(d: (typeof data)[string]) {
    const queued = numbers(d.calls, 'queued_at');
    const answered = numbers(d.calls, 'answered_at');
    const abandoned = numbers(d.calls, 'abandoned');
    const direction = texts(d.calls, 'direction');
    const csat = numbers(d.calls, 'csat');
    const groups = [
      { wait: [] as number[], abandoned: [] as number[], satisfied: [] as number[] },
      { wait: [] as number[], abandoned: [] as number[], satisfied: [] as number[] }
    ];
    for (let i = 0; i < queued.length; i++) {
      if (direction[i] !== 'in') continue;
      const g = groups[clock.weekdayOf(queued[i]) === 1 ? 0 : 1];
      g.abandoned.push(abandoned[i]);
      if (!abandoned[i]) g.wait.push((answered[i] - queued[i]) / 1000);
      if (!Number.isNaN(csat[i])) g.satisfied.push(csat[i] >= 4 ? 1 : 0);
    }
    return groups.map((g) => ({ wait: mean(g.wait), abandoned: mean(g.abandoned), satisfied: mean(g.satisfied) }));
  }

  it('understaffed Mondays: longer waits, more abandoned calls and lower CSAT on Mondays', () => {
    const [monday, rest] = mondayVsRest(data['understaffed-mondays']);
    const [baseMonday] = mondayVsRest(baseline);
    expect(monday.wait).toBeGreaterThan(rest.wait * 1.5);
    expect(monday.abandoned).toBeGreaterThan(rest.abandoned * 2.5);
    expect(monday.satisfied).toBeLessThan(baseMonday.satisfied);
    expect(baseMonday.abandoned).toBeLessThan(monday.abandoned / 2);
  });

  it('new chat channel: no chat before the launch, then a growing share taken from email', () => {
    const d = data['new-chat-channel'];
    const channel = texts(d.tickets, 'channel');
    const created = numbers(d.tickets, 'created_at');
    const launch = END - 91 * DAY;
    const share = (c: string, from: number, to: number) => {
      let n = 0;
      let k = 0;
      created.forEach((t, i) => {
        if (t < from || t >= to) return;
        n++;
        if (channel[i] === c) k++;
      });
      return k / n;
    };
    expect(share('chat', END - 365 * DAY, launch - DAY)).toBe(0);
    const early = share('chat', launch, launch + 30 * DAY);
    const late = share('chat', END - 30 * DAY, END);
    expect(early).toBeGreaterThan(0.05);
    expect(late).toBeGreaterThan(early + 0.08);
    expect(share('email', END - 30 * DAY, END)).toBeLessThan(share('email', launch - 120 * DAY, launch) - 0.1);
  });

  it('backlog crisis: three weeks of a growing backlog, overdue tickets and falling CSAT', () => {
    const d = data['backlog-crisis'];
    const before = openAt(d.tickets, END - 64 * DAY);
    const peak = openAt(d.tickets, END - 42 * DAY);
    expect(peak).toBeGreaterThan(before * 2.5);
    expect(peak).toBeGreaterThan(openAt(baseline.tickets, END - 42 * DAY) * 2.5);
    const csatIn = (table: typeof d, from: number, to: number) => {
      const created = numbers(table.tickets, 'created_at');
      const csat = numbers(table.tickets, 'csat');
      return mean(
        Array.from(created, (t, i) => (t >= from && t < to && !Number.isNaN(csat[i]) ? (csat[i] >= 4 ? 1 : 0) : NaN))
      );
    };
    expect(csatIn(d, END - 63 * DAY, END - 42 * DAY)).toBeLessThan(
      csatIn(baseline, END - 63 * DAY, END - 42 * DAY) - 0.15
    );
    const met = numbers(d.tickets, 'resolution_sla_met');
    const created = numbers(d.tickets, 'created_at');
    const missRate = (from: number, to: number) =>
      mean(Array.from(created, (t, i) => (t >= from && t < to ? 1 - met[i] : NaN)));
    expect(missRate(END - 63 * DAY, END - 42 * DAY)).toBeGreaterThan(missRate(END - 120 * DAY, END - 64 * DAY) * 1.5);
  });

  it('holiday rush: far more delivery tickets in the two weeks before the holidays', () => {
    const count = (d: typeof baseline) => {
      const created = numbers(d.tickets, 'created_at');
      const category = texts(d.tickets, 'category');
      const from = Date.UTC(2025, 11, 8) - 3_600_000;
      const to = from + 14 * DAY;
      return category.filter((c, i) => c === 'delivery' && created[i] >= from && created[i] < to).length;
    };
    expect(count(data['holiday-rush'])).toBeGreaterThan(count(baseline) * 2);
  });

  it('every scenario has a name and a plain-text story', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual(
      expect.arrayContaining(['baseline', 'understaffed-mondays', 'new-chat-channel', 'backlog-crisis'])
    );
    for (const s of SCENARIOS) {
      expect(s.name.length).toBeGreaterThan(3);
      expect(s.story.length).toBeGreaterThan(150);
      expect(s.story).not.toMatch(/[<>*_#]/);
    }
  });
});
