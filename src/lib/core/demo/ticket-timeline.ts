/**
 * One ticket's life as a timeline, and what a helpdesk export taken at `end` shows of it.
 *
 * The life: the customer writes; the first reply comes after a delay counted in staffed hours
 * (channel norm × agent speed × priority × today's pressure, plus the team's backlog for queued
 * channels); some back-and-forth; the work to resolve (done in the session itself on live
 * channels when the agent is good, otherwise offline, in staffed hours); sometimes a reopen;
 * an automatic close a few days later. Spam is closed unanswered.
 * The snapshot: only events before `end` count; later times are missing.
 */
import { type DayPlan, afterWorkingTime } from './days';
import type { Rng } from './random';
import { type Agent, type Category, type ChannelProfile, type Priority, PRIORITY_SPEED, type Channel } from './world';

const SEC = 1000;
const DAY = 86_400_000;

/** How much of the resolution work is done inside the conversation itself on live channels. */
const WORK_FACTOR: Readonly<Record<Channel, number>> = { email: 1, social: 1, phone: 0.6, chat: 0.3, whatsapp: 0.5 };

export interface TicketSetup {
  readonly created: number;
  readonly channel: Channel;
  readonly profile: ChannelProfile;
  readonly category: Category;
  readonly priority: Priority;
  readonly agent: Agent;
  readonly day: DayPlan;
  /** Wait caused by the team's backlog, ms of staffed time. */
  readonly queueWait: number;
  /** Multiplier of live-channel delays from today's load. */
  readonly livePressure: number;
}

export interface Timeline {
  readonly spam: boolean;
  /** Live channel, answered while the customer waits. */
  readonly live: boolean;
  readonly solvedInSession: boolean;
  /** Event instants (Infinity = never), all messages in order of writing. */
  readonly firstReply: number;
  readonly firstResolved: number;
  readonly reopenAt: number;
  readonly resolved: number;
  readonly closed: number;
  readonly times: readonly number[];
  readonly inbound: readonly boolean[];
}

export function simulateTicket(rng: Rng, plans: readonly DayPlan[], end: number, s: TicketSetup): Timeline {
  const { created, profile, agent, category, day } = s;
  const live = profile.queueExposure < 0.5;
  const times: number[] = [created];
  const inbound: boolean[] = [true];
  if (rng.chance(0.012)) {
    // Spam and duplicates: marked solved and closed unanswered after a few days.
    const solved = roundSec(created + rng.uniform(1, 4) * DAY);
    return {
      spam: true,
      live,
      solvedInSession: false,
      firstReply: Infinity,
      firstResolved: solved,
      reopenAt: Infinity,
      resolved: solved,
      closed: solved,
      times,
      inbound
    };
  }
  const firstDelay =
    rng.lognormal(
      profile.firstResponseMedian * agent.speed * PRIORITY_SPEED[s.priority] * (live ? s.livePressure : 1),
      profile.firstResponseSigma
    ) *
      SEC +
    profile.queueExposure * s.queueWait * rng.uniform(0.5, 1.5) * (s.priority === 'urgent' ? 0.3 : 1);
  const firstReply = roundSec(afterWorkingTime(plans, created, firstDelay));
  times.push(firstReply);
  inbound.push(false);

  const exchanges = 1 + rng.poisson((category.complexity * 0.5 + profile.chattiness) * (2 - agent.quality));
  let t = firstReply;
  for (let r = 1; r < exchanges && t < end; r++) {
    const customerWrites = roundSec(t + rng.lognormal(profile.customerMedian, 0.9) * SEC);
    const delay =
      rng.lognormal(profile.replyMedian * agent.speed * day.slowdown, 0.9) * SEC +
      profile.queueExposure * s.queueWait * 0.3;
    const reply = roundSec(afterWorkingTime(plans, customerWrites, delay));
    times.push(customerWrites, reply);
    inbound.push(true, false);
    t = reply;
  }

  // On live channels a good agent often solves it during the conversation itself.
  const solvedInSession = live && rng.chance((0.8 * agent.quality) / Math.sqrt(day.slowdown));
  const work = solvedInSession
    ? rng.uniform(30, 300) * SEC
    : rng.lognormal(category.workMedian * WORK_FACTOR[s.channel] * agent.speed * day.slowdown, 0.8) * SEC +
      profile.queueExposure * s.queueWait * 0.8;
  const firstResolved = roundSec(solvedInSession ? t + work : afterWorkingTime(plans, t, work));
  let resolved = firstResolved;
  let reopenAt = Infinity;
  // Careless answers come back (Tom's speed has a price).
  if (rng.chance(0.05 * (2.2 - 1.2 * agent.quality) * (day.slowdown > 1 ? 1.3 : 1))) {
    reopenAt = roundSec(firstResolved + rng.lognormal(1.5 * DAY, 0.7));
    const again = roundSec(
      afterWorkingTime(plans, reopenAt, rng.lognormal(profile.replyMedian * agent.speed, 0.9) * SEC)
    );
    times.push(reopenAt, again);
    inbound.push(true, false);
    resolved = roundSec(afterWorkingTime(plans, again, rng.lognormal(category.workMedian * 0.5, 0.8) * SEC));
  }
  const closed = roundSec(resolved + rng.uniform(2, 4) * DAY);
  return { spam: false, live, solvedInSession, firstReply, firstResolved, reopenAt, resolved, closed, times, inbound };
}

export interface Snapshot {
  readonly firstReplyAt: number;
  readonly resolvedAt: number;
  readonly closedAt: number;
  readonly status: 'open' | 'pending' | 'resolved' | 'closed';
  readonly messages: number;
  readonly replies: number;
  /** 1 when the reopen happened before `end`. */
  readonly reopened: 0 | 1;
}

/** What an export at `end` shows: NaN for what had not happened yet. */
export function snapshotAt(tl: Timeline, end: number): Snapshot {
  let messages = 0;
  let replies = 0;
  let lastInbound = true;
  for (let m = 0; m < tl.times.length; m++) {
    if (tl.times[m] >= end) continue;
    messages++;
    if (!tl.inbound[m]) replies++;
    lastInbound = tl.inbound[m];
  }
  const reopened = tl.reopenAt < end ? 1 : 0;
  // Before a reopen the ticket shows its first resolution; after it, the final one (if any yet).
  const resolvedAt = reopened
    ? tl.resolved < end
      ? tl.resolved
      : NaN
    : tl.firstResolved < end
      ? tl.firstResolved
      : NaN;
  const closedAt = tl.closed < end && resolvedAt === tl.resolved ? tl.closed : NaN;
  const status = !Number.isNaN(closedAt)
    ? 'closed'
    : !Number.isNaN(resolvedAt)
      ? 'resolved'
      : lastInbound
        ? 'open'
        : 'pending';
  return {
    firstReplyAt: tl.firstReply < end ? tl.firstReply : NaN,
    resolvedAt,
    closedAt,
    status,
    messages,
    replies,
    reopened
  };
}

export function roundSec(ms: number): number {
  return ms === Infinity ? ms : Math.round(ms / SEC) * SEC;
}
