/**
 * The fixed cast of the demo: teams, agents, channels, categories and the service rules of a
 * fictional mid-size online retailer's support centre.
 *
 * Why a separate file: the generators for every record kind share this cast (a ticket's agent is
 * the same person who answers calls and is rated in surveys), and trainers read these names out,
 * so they live in one place. Values are canonical (lower-case vocabulary of core/parse/normalize:
 * channels email/chat/phone/social/whatsapp, priorities low/normal/high/urgent).
 */

export type Channel = 'email' | 'chat' | 'phone' | 'social' | 'whatsapp';
export type Priority = 'low' | 'normal' | 'high' | 'urgent';

export const CHANNELS: readonly Channel[] = ['email', 'chat', 'phone', 'social', 'whatsapp'];
export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
export const PRIORITY_WEIGHTS: readonly number[] = [0.24, 0.52, 0.18, 0.06];

export interface ChannelProfile {
  /** Baseline share of new tickets (before scenario changes). */
  readonly share: number;
  /** Median seconds to the first agent reply on a calm day, when the team is at work. */
  readonly firstResponseMedian: number;
  /** Spread (σ of the log) of that delay. */
  readonly firstResponseSigma: number;
  /** Median seconds for a later agent reply in the same conversation. */
  readonly replyMedian: number;
  /** Median seconds before the customer writes back. */
  readonly customerMedian: number;
  /** Extra back-and-forth on top of the category's complexity (chat is chattier than email). */
  readonly chattiness: number;
  /** How strongly the team's backlog delays this channel (0: handled live, 1: waits in the queue). */
  readonly queueExposure: number;
  /** First-response deadline the helpdesk sets, in seconds, when tighter than the priority's. */
  readonly firstResponseCap: number;
  /** Share of resolved tickets that get a survey answer. */
  readonly surveyRate: number;
}

const MIN = 60;
const HOUR = 3600;

export const CHANNEL_PROFILES: Readonly<Record<Channel, ChannelProfile>> = {
  email: {
    share: 0.46,
    firstResponseMedian: 2.5 * HOUR,
    firstResponseSigma: 0.9,
    replyMedian: 3 * HOUR,
    customerMedian: 5 * HOUR,
    chattiness: 0,
    queueExposure: 1,
    firstResponseCap: Infinity,
    surveyRate: 0.22
  },
  chat: {
    share: 0.16,
    firstResponseMedian: 75,
    firstResponseSigma: 0.8,
    replyMedian: 60,
    customerMedian: 50,
    chattiness: 1.4,
    queueExposure: 0.05,
    firstResponseCap: 10 * MIN,
    surveyRate: 0.35
  },
  phone: {
    share: 0.12,
    firstResponseMedian: 40,
    firstResponseSigma: 0.5,
    replyMedian: 2 * HOUR,
    customerMedian: 8 * HOUR,
    chattiness: 0,
    queueExposure: 0.3,
    firstResponseCap: 10 * MIN,
    surveyRate: 0.2
  },
  social: {
    share: 0.1,
    firstResponseMedian: 40 * MIN,
    firstResponseSigma: 1,
    replyMedian: 30 * MIN,
    customerMedian: 2 * HOUR,
    chattiness: 0.5,
    queueExposure: 0.6,
    firstResponseCap: 4 * HOUR,
    surveyRate: 0.12
  },
  whatsapp: {
    share: 0.16,
    firstResponseMedian: 6 * MIN,
    firstResponseSigma: 1,
    replyMedian: 5 * MIN,
    customerMedian: 20 * MIN,
    chattiness: 1,
    queueExposure: 0.1,
    firstResponseCap: 1 * HOUR,
    surveyRate: 0.3
  }
};

export type TeamName = 'Front Line' | 'Billing' | 'Tech Support';

export interface Category {
  readonly name: string;
  readonly weight: number;
  readonly team: TeamName;
  /** Mean extra back-and-forth replies beyond the first. */
  readonly complexity: number;
  /** Median seconds of work outside the conversation (investigation, a refund run, a courier). */
  readonly workMedian: number;
  readonly tags: readonly string[];
}

export const CATEGORIES: readonly Category[] = [
  {
    name: 'delivery',
    weight: 0.24,
    team: 'Front Line',
    complexity: 0.7,
    workMedian: 6 * HOUR,
    tags: ['late-delivery', 'tracking', 'wrong-address', 'damaged']
  },
  {
    name: 'billing',
    weight: 0.18,
    team: 'Billing',
    complexity: 0.8,
    workMedian: 10 * HOUR,
    tags: ['invoice', 'refund', 'payment-failed', 'double-charge']
  },
  {
    name: 'returns',
    weight: 0.14,
    team: 'Front Line',
    complexity: 0.6,
    workMedian: 20 * HOUR,
    tags: ['return-label', 'exchange', 'refund']
  },
  {
    name: 'technical',
    weight: 0.16,
    team: 'Tech Support',
    complexity: 1.3,
    workMedian: 22 * HOUR,
    tags: ['login', 'app-crash', 'bug', 'password-reset']
  },
  {
    name: 'account',
    weight: 0.12,
    team: 'Front Line',
    complexity: 0.4,
    workMedian: 1 * HOUR,
    tags: ['password-reset', 'email-change', 'gdpr-request']
  },
  {
    name: 'product question',
    weight: 0.12,
    team: 'Front Line',
    complexity: 0.3,
    workMedian: 0.3 * HOUR,
    tags: ['sizing', 'stock', 'warranty']
  },
  {
    name: 'complaint',
    weight: 0.04,
    team: 'Front Line',
    complexity: 1.6,
    workMedian: 30 * HOUR,
    tags: ['escalated', 'rude-courier', 'compensation']
  }
];

export interface Agent {
  readonly name: string;
  readonly team: TeamName;
  /** Multiplies every delay this agent causes: 0.7 = 30 % faster than the norm. */
  readonly speed: number;
  /** 1 = the norm; higher = better answers (fewer reopens, higher CSAT, more first-call fixes). */
  readonly quality: number;
  /** Takes phone queue calls. */
  readonly phone: boolean;
  /** Relative share of the team's work. */
  readonly load: number;
}

/**
 * Differences are deliberate and visible on the scorecard: Tom is the fastest and the least
 * careful (the closed-per-agent trap of seed 003 #20), Hannah the slowest and the best rated.
 */
export const AGENTS: readonly Agent[] = [
  { name: 'Amira Haddad', team: 'Front Line', speed: 0.9, quality: 1.05, phone: true, load: 1 },
  { name: 'Daniel Kim', team: 'Front Line', speed: 1, quality: 1, phone: true, load: 1 },
  { name: 'Tom Becker', team: 'Front Line', speed: 0.6, quality: 0.78, phone: true, load: 1.3 },
  { name: 'Hannah Levi', team: 'Front Line', speed: 1.5, quality: 1.18, phone: false, load: 0.8 },
  { name: 'Reza Tehrani', team: 'Front Line', speed: 0.85, quality: 1.08, phone: true, load: 1 },
  { name: 'Lucía Gómez', team: 'Front Line', speed: 1.1, quality: 0.95, phone: true, load: 1 },
  { name: 'Kofi Mensah', team: 'Front Line', speed: 1.05, quality: 1.02, phone: false, load: 0.9 },
  { name: 'Sara Rahimi', team: 'Billing', speed: 0.95, quality: 1.06, phone: true, load: 1 },
  { name: 'Omar Farouk', team: 'Billing', speed: 1.25, quality: 0.92, phone: true, load: 1 },
  { name: 'Lena Weber', team: 'Billing', speed: 0.8, quality: 1.1, phone: false, load: 0.9 },
  { name: 'Yusuf Aydın', team: 'Tech Support', speed: 1.15, quality: 1.12, phone: true, load: 1 },
  { name: 'Maya Cohen', team: 'Tech Support', speed: 0.9, quality: 1, phone: true, load: 1 },
  { name: 'Jonas Berg', team: 'Tech Support', speed: 1.35, quality: 0.88, phone: false, load: 0.8 },
  { name: 'Leila Nasser', team: 'Tech Support', speed: 0.75, quality: 1.04, phone: false, load: 1 }
];

export const TEAMS: readonly TeamName[] = ['Front Line', 'Billing', 'Tech Support'];

/** Phone queues and the team that answers each. */
export const QUEUES: readonly { readonly name: string; readonly team: TeamName; readonly weight: number }[] = [
  { name: 'general', team: 'Front Line', weight: 0.55 },
  { name: 'billing', team: 'Billing', weight: 0.25 },
  { name: 'technical', team: 'Tech Support', weight: 0.2 }
];

/**
 * The helpdesk's SLA (exported as due dates): first response / resolution in seconds by
 * priority, like the workspace's default policy (core/time/settings.ts); live channels get the
 * tighter first-response cap of their profile.
 */
export const SLA_BY_PRIORITY: Readonly<Record<Priority, { firstResponse: number; resolution: number }>> = {
  urgent: { firstResponse: 1 * HOUR, resolution: 8 * HOUR },
  high: { firstResponse: 4 * HOUR, resolution: 24 * HOUR },
  normal: { firstResponse: 8 * HOUR, resolution: 72 * HOUR },
  low: { firstResponse: 24 * HOUR, resolution: 120 * HOUR }
};

/** Priority speeds up the first reply (urgent tickets jump the queue). */
export const PRIORITY_SPEED: Readonly<Record<Priority, number>> = { low: 1.4, normal: 1, high: 0.6, urgent: 0.3 };

/**
 * Staffed hours (local time): weekdays 08–20, Saturday 09–15, Sunday closed. Tickets arriving
 * outside them wait for the next opening; the phone line takes calls only inside them.
 */
export function openHours(weekday: number): readonly [number, number] | null {
  if (weekday === 0) return null;
  if (weekday === 6) return [9, 15];
  return [8, 20];
}

/** Relative contact volume by local hour of a weekday: a morning peak and a post-lunch bump. */
export const HOURLY_WEIGHTS: readonly number[] = [
  0.15, 0.1, 0.08, 0.07, 0.08, 0.15, 0.35, 0.8, 1.6, 2.4, 2.6, 2.4, 1.9, 2.1, 2.3, 2.1, 1.8, 1.5, 1.2, 1.1, 1, 0.8, 0.5,
  0.3
];

/** Relative volume by weekday (0 = Sunday): Monday peak, quiet weekend. */
export const WEEKDAY_WEIGHTS: readonly number[] = [0.35, 1.38, 1.14, 1.04, 1, 0.9, 0.5];

export const SEGMENTS: readonly { readonly name: string; readonly weight: number; readonly revenueMedian: number }[] = [
  { name: 'consumer', weight: 0.72, revenueMedian: 280 },
  { name: 'small business', weight: 0.23, revenueMedian: 2600 },
  { name: 'enterprise', weight: 0.05, revenueMedian: 24000 }
];

export const CURRENCY = 'EUR';

/** Short survey comments (some with commas and quotes, so CSV exports must quote them). */
export const COMMENTS_GOOD: readonly string[] = [
  'Quick and friendly, thanks!',
  'Solved in one go.',
  'Great help, really appreciated',
  'Clear answer, no fuss.',
  'Fast, polite, and to the point'
];
export const COMMENTS_BAD: readonly string[] = [
  'Waited far too long for a reply.',
  'Had to explain my problem three times',
  'Still not fixed, "resolved" my foot.',
  'Nobody picked up, then the line dropped',
  'Slow, and the refund is still missing.'
];
