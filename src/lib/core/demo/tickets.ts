/**
 * Demo tickets, with the conversations (messages) and satisfaction surveys behind them.
 *
 * Each ticket is simulated as a timeline: arrival (weekday × hour-of-day × season × scenario),
 * a first reply that waits for opening hours and for the team's backlog, back-and-forth replies,
 * the work to resolve, sometimes a reopen, an automatic close. The backlog is a fluid queue per
 * day (yesterday's leftovers + today's arrivals − today's capacity), so a bad week makes replies
 * and resolutions slower for every ticket behind it, and the scorecard's backlog climbs.
 * Satisfaction falls with the wait relative to what the channel's customers expect.
 *
 * Everything is cut at `end`, as a helpdesk export taken at that instant would be: times after
 * it are missing, counts include only what happened before, statuses say open / pending.
 */
import { TableBuilder } from '../columns/builder';
import type { ColumnTable } from '../columns/table';
import type { CustomerPool } from './customers';
import { fieldsWithout, idOf, sequentialIds, withColumns } from './ids';
import { type DayPlan, afterWorkingTime, openSpan } from './days';
import type { Rng } from './random';
import type { MessageSink, SurveySink } from './sinks';
import { type Snapshot, roundSec, simulateTicket, snapshotAt } from './ticket-timeline';
import {
  type Agent,
  AGENTS,
  CATEGORIES,
  CHANNEL_PROFILES,
  CHANNELS,
  COMMENTS_BAD,
  COMMENTS_GOOD,
  HOURLY_WEIGHTS,
  PRIORITIES,
  PRIORITY_WEIGHTS,
  SLA_BY_PRIORITY,
  TEAMS,
  type Channel
} from './world';

const SEC = 1000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Staffed hours in a weekday (08–20). */
const WORKING_DAY = 12 * HOUR;

/** Average tickets on an average day (≈ 20 k a year with the weekday and season weights). */
export const TICKETS_PER_DAY = 61;

/** Capacity of the ticket team per weekday, relative to an average day's demand. */
const CAPACITY_BY_WEEKDAY = [0.15, 1.4, 1.4, 1.4, 1.4, 1.4, 0.55];

/** What customers of each channel consider a normal first-reply wait (seconds), for satisfaction. */
const EXPECTED_WAIT: Readonly<Record<Channel, number>> = {
  email: 4 * 3600,
  chat: 120,
  phone: 300,
  social: 3600,
  whatsapp: 900
};

/** Share of email tickets whose message history is exported too (chat, WhatsApp, social: all). */
const EMAIL_MESSAGE_SHARE = 0.35;

interface Context {
  readonly rng: Rng;
  readonly plans: readonly DayPlan[];
  readonly customers: CustomerPool;
  readonly end: number;
  readonly surveys: SurveySink;
  readonly messages: MessageSink;
}

interface FollowUp {
  readonly customer: number;
  readonly category: number;
}

export function generateTickets(ctx: Context): ColumnTable {
  const { rng, plans, customers, end } = ctx;
  const out = new TableBuilder('tickets', fieldsWithout('tickets', 'ticket_id'), 32768);
  // Per team, each agent's share of the team's tickets (0 for other teams' agents).
  const agentWeights = TEAMS.map((team) => AGENTS.map((a) => (a.team === team ? a.load : 0)));
  const lastByCustomerCategory = new Map<number, number>();
  const followUps: FollowUp[][] = plans.map(() => []);
  let backlog = 0;

  for (const day of plans) {
    const expected = TICKETS_PER_DAY * day.demand;
    // Arrivals over the whole local day; on a last day cut short by `end`, later ones are dropped.
    const count = rng.poisson(expected) + followUps[day.no].length;
    const arrivals = rng.arrivals(count, day.start, day.midnight - day.start, HOURLY_WEIGHTS);
    // Which arrivals are the scheduled follow-ups: spread over the day at random positions.
    const followUpAt = new Int32Array(count).fill(-1);
    followUps[day.no].forEach((_, k) => {
      let pos = rng.int(0, count - 1);
      while (followUpAt[pos] >= 0) pos = (pos + 1) % count;
      followUpAt[pos] = k;
    });

    // The fluid backlog: the team clears `capacity` tickets a day; more after a bad spell (overtime).
    const overtime = backlog > TICKETS_PER_DAY * day.trend ? 1.3 : 1;
    const capacity =
      (TICKETS_PER_DAY * day.trend * CAPACITY_BY_WEEKDAY[day.weekday] * day.staff * overtime) / Math.sqrt(day.slowdown);
    // Wait caused by the backlog ahead of today's tickets, in ms of staffed time (half of it:
    // agents send first replies before they finish old work).
    const queueWait = (backlog / Math.max(capacity, TICKETS_PER_DAY * 0.3)) * 0.5 * WORKING_DAY;
    backlog = Math.max(0, backlog + count - capacity);
    // Live channels feel today's load directly, not the queue.
    const livePressure =
      Math.pow(Math.max(0.8, day.demand / Math.max(0.1, day.plannedDemand * day.staff)), 2) * Math.sqrt(day.slowdown);
    const channelWeights = channelWeightsOf(day);
    const categoryWeights = CATEGORIES.map((c) => c.weight * (day.surge?.category === c.name ? day.surge.factor : 1));
    const span = openSpan(day);

    for (let k = 0; k < count; k++) {
      const created = Math.floor(arrivals[k] / SEC) * SEC;
      if (created >= end) break;
      const follow = followUpAt[k] >= 0 ? followUps[day.no][followUpAt[k]] : undefined;
      let channel = CHANNELS[rng.weightedIndex(channelWeights)];
      // Outside staffed hours the chat widget is offline and the phone goes to voicemail: those
      // customers write an email instead (WhatsApp and social stay: they are asynchronous).
      if ((channel === 'phone' || channel === 'chat') && !(span && created >= span[0] && created < span[1]))
        channel = 'email';
      const profile = CHANNEL_PROFILES[channel];
      const categoryIndex = follow ? follow.category : rng.weightedIndex(categoryWeights);
      const category = CATEGORIES[categoryIndex];
      const priority = PRIORITIES[rng.weightedIndex(PRIORITY_WEIGHTS)];
      const agent = AGENTS[rng.weightedIndex(agentWeights[TEAMS.indexOf(category.team)])];
      const customer = follow ? customers.touch(follow.customer, created) : customers.pick(created);
      const ticketId = idOf('T-', 100001, out.length);

      const tl = simulateTicket(rng, plans, end, {
        created,
        channel,
        profile,
        category,
        priority,
        agent,
        day,
        queueWait,
        livePressure
      });
      const snap = snapshotAt(tl, end);
      const resolvedKnown = !Number.isNaN(snap.resolvedAt);
      const frSeconds = (tl.firstReply - created) / SEC;
      const slow = !tl.spam && frSeconds > 4 * EXPECTED_WAIT[channel];
      const chased = rng.chance(0.08 + (queueWait > 4 * HOUR ? 0.2 : 0) + (slow ? 0.1 : 0)) ? 1 : 0;
      const contacts = 1 + snap.reopened + chased;

      // --- satisfaction ---
      let csat = NaN;
      let bad = slow || snap.reopened === 1;
      if (resolvedKnown && rng.chance(profile.surveyRate)) {
        const respondedAt = roundSec(snap.resolvedAt + rng.lognormal(4 * HOUR, 1.2));
        if (respondedAt < end) {
          const survey = rateTicket(rng, { channel, agent, frSeconds, resolutionMs: snap.resolvedAt - created, snap });
          bad ||= survey.unhappy;
          if (survey.scaleMax === 5) csat = survey.score;
          ctx.surveys.add({ ...survey, respondedAt, ticketId, channel, agent: agent.name, team: agent.team });
        }
      }
      if (bad) {
        customers.bad(customer);
        // Unhappy customers come back about the same thing within days: repeat incidents.
        const later = day.no + rng.int(1, 6);
        if (rng.chance(0.22) && later < plans.length) followUps[later].push({ customer, category: categoryIndex });
      }
      const repeatKey = customer * 64 + categoryIndex;
      const previous = lastByCustomerCategory.get(repeatKey);
      lastByCustomerCategory.set(repeatKey, created);

      // --- SLA due dates and outcomes ---
      const sla = SLA_BY_PRIORITY[priority];
      const firstDue = tl.spam ? NaN : dueAfter(plans, created, Math.min(sla.firstResponse, profile.firstResponseCap));
      const due = tl.spam ? NaN : dueAfter(plans, created, sla.resolution);
      const firstMet = slaMet(snap.firstReplyAt, firstDue, end);
      const resolutionMet = slaMet(snap.resolvedAt, due, end);

      const tags = [rng.pick(category.tags)];
      if (rng.chance(0.3)) {
        const second = rng.pick(category.tags);
        if (second !== tags[0]) tags.push(second);
      }
      if (day.surge?.category === category.name && rng.chance(0.8)) tags.push(day.surge.tag);
      if (customers.segment[customer] === 2) tags.push('vip');

      out.numeric('created_at').push(created);
      out.numeric('first_response_at').push(snap.firstReplyAt);
      out.numeric('resolved_at').push(snap.resolvedAt);
      out.numeric('closed_at').push(snap.closedAt);
      out.text('status').push(snap.status);
      out.text('channel').push(channel);
      out.text('agent').push(agent.name);
      out.text('team').push(agent.team);
      out.text('priority').push(priority);
      out.text('category').push(category.name);
      out.text('tags').push(tags.join(';'));
      out.text('customer_id').push(customers.ids[customer]);
      out.numeric('replies').push(snap.replies);
      out.numeric('messages').push(snap.messages);
      out.numeric('contacts').push(contacts);
      out.numeric('reopened').push(snap.reopened);
      // Resolved in the first contact: in the live session itself, or with a single email reply.
      const firstContact = (tl.live ? tl.solvedInSession : snap.replies <= 1) && snap.reopened === 0 && contacts === 1;
      out.numeric('first_contact_resolution').push(resolvedKnown ? (firstContact ? 1 : 0) : NaN);
      out.numeric('first_response_due_at').push(firstDue);
      out.numeric('due_at').push(due);
      out.numeric('csat').push(csat);
      out.numeric('is_complaint').push(category.name === 'complaint' || rng.chance(bad ? 0.06 : 0.012) ? 1 : 0);
      out.numeric('repeat_incident').push(previous !== undefined && created - previous <= 7 * DAY ? 1 : 0);
      out.numeric('first_response_sla_met').push(firstMet);
      out.numeric('resolution_sla_met').push(resolutionMet);
      // What an event log's history would give: assigned a quarter of the way to the first reply;
      // passed on once when it took more than one contact (no extra random draws: the demo's
      // other figures stay as they were).
      const fr = snap.firstReplyAt;
      out.numeric('first_assigned_at').push(fr === fr ? created + Math.round((fr - created) / 4) : NaN);
      out.numeric('reassignments').push(contacts > 1 ? 1 : 0);
      out.endRow();

      if (channel !== 'phone' && (channel !== 'email' || rng.chance(EMAIL_MESSAGE_SHARE))) {
        for (let m = 0; m < tl.times.length; m++) {
          if (tl.times[m] < end)
            ctx.messages.add(ticketId, tl.times[m], tl.inbound[m], channel, agent.name, agent.team);
        }
      }
    }
  }
  return withColumns(out.finish(), { ticket_id: sequentialIds('T-', 100001, out.length) });
}

/**
 * Channel shares of a day. Before a chat launch, would-be chats arrive by email; after it, chat
 * grows over two months to almost a third of tickets, mostly taking email's share.
 */
function channelWeightsOf(day: DayPlan): number[] {
  const base = CHANNELS.map((c) => CHANNEL_PROFILES[c].share);
  if (day.chatAge === Infinity) return base;
  const chatIndex = CHANNELS.indexOf('chat');
  const emailIndex = CHANNELS.indexOf('email');
  const chat = day.chatAge < 0 ? 0 : Math.min(0.3, 0.08 + (0.22 * day.chatAge) / 60);
  const w = base.slice();
  w[emailIndex] = base[emailIndex] + base[chatIndex] - chat;
  w[chatIndex] = chat;
  return w;
}

/**
 * A survey answer about a ticket. Satisfaction falls with the wait relative to what the channel's
 * customers expect, with slow resolutions, reopens and long back-and-forth; good agents lift it.
 * WhatsApp asks thumbs up / down (a 0–1 scale), every other channel 1–5.
 */
function rateTicket(
  rng: Rng,
  t: { channel: Channel; agent: Agent; frSeconds: number; resolutionMs: number; snap: Snapshot }
): { score: number; scaleMin: number; scaleMax: number; unhappy: boolean; comment?: string } {
  const mean =
    4.6 +
    1.6 * (t.agent.quality - 1) -
    0.5 * Math.max(0, Math.log(t.frSeconds / EXPECTED_WAIT[t.channel])) -
    0.35 * Math.max(0, Math.log(t.resolutionMs / DAY / 3)) -
    0.9 * t.snap.reopened -
    0.15 * Math.max(0, t.snap.replies - 2);
  const raw = rng.normal(mean, 0.8);
  const thumbs = t.channel === 'whatsapp';
  const score = thumbs ? (raw >= 3.5 ? 1 : 0) : Math.min(5, Math.max(1, Math.round(raw)));
  const unhappy = thumbs ? score === 0 : score <= 2;
  const comment = rng.chance(unhappy ? 0.4 : 0.12) ? rng.pick(unhappy ? COMMENTS_BAD : COMMENTS_GOOD) : undefined;
  return { score, scaleMin: thumbs ? 0 : 1, scaleMax: thumbs ? 1 : 5, unhappy, comment };
}

/**
 * A deadline `seconds` of staffed time after creation: like most helpdesks, the SLA clock runs
 * only in staffed hours. Past the end of the data (Infinity) it is placed as if the clock ran at
 * half speed, which is about right.
 */
function dueAfter(plans: readonly DayPlan[], created: number, seconds: number): number {
  const t = afterWorkingTime(plans, created, seconds * SEC);
  return t === Infinity ? created + 2 * seconds * SEC : t;
}

/** Met (1) / missed (0) as known at `end`; NaN when there is no deadline or it is still ahead. */
function slaMet(doneAt: number, due: number, end: number): number {
  if (Number.isNaN(due)) return NaN;
  if (!Number.isNaN(doneAt)) return doneAt <= due ? 1 : 0;
  return due < end ? 0 : NaN;
}
