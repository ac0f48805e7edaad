/**
 * Workshop scenarios: named reshapings of the demo generator, each with a story a trainer reads
 * out before the group explores the scorecard.
 *
 * A scenario is data (`ScenarioShape`), not code: episodes of changed volume, staffing and
 * slowness at fixed distances from the end of the data, a Monday staffing factor and the launch
 * date of the chat channel. The generators read only the shape, so a new scenario is a new entry
 * here. Every story names effects the generator really produces (tests in generate.test.ts check them).
 */

export type ScenarioId = 'baseline' | 'understaffed-mondays' | 'new-chat-channel' | 'backlog-crisis' | 'holiday-rush';

export interface Scenario {
  readonly id: ScenarioId;
  readonly name: string;
  /** Plain-text paragraph for a trainer to read out. */
  readonly story: string;
}

/** A stretch of days (counted back from the last day of data) when the centre runs differently. */
export interface Episode {
  /**
   * When it starts: a number of days before the last day of data (63 = nine weeks ago), or a
   * `MM-DD` date meaning its most recent occurrence that leaves the whole episode inside the data.
   */
  readonly start: number | string;
  readonly days: number;
  /** Multiplies contact volume (tickets fully, calls by its square root). */
  readonly volume: number;
  /** Multiplies the ticket team's daily capacity (people out sick, moved to a project). */
  readonly staff: number;
  /** Multiplies phone staffing during the episode. */
  readonly phoneStaff: number;
  /** Multiplies reply delays and the work needed to resolve (a broken tool, a supplier failing). */
  readonly slowdown: number;
  /** A category that becomes much more frequent, and the tag its tickets carry. */
  readonly surge?: { readonly category: string; readonly factor: number; readonly tag: string };
}

export interface ScenarioShape {
  readonly episodes: readonly Episode[];
  /** Staffing factor on Mondays for tickets and phones (1 = planned to demand). */
  readonly mondayStaff: number;
  readonly mondayPhoneStaff: number;
  /** Chat exists only from this many days before the end; null = chat was always there. */
  readonly chatLaunchDaysAgo: number | null;
}

/**
 * The bad week every scenario has (issue 5: "a backlog that grows in a bad week"): an app release
 * breaks logins about five months before the end, technical tickets triple and the team slows.
 */
const OUTAGE_WEEK: Episode = {
  start: 150,
  days: 7,
  volume: 1.35,
  staff: 0.9,
  phoneStaff: 1,
  slowdown: 1.7,
  surge: { category: 'technical', factor: 3, tag: 'outage' }
};

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'baseline',
    name: 'A normal year',
    story:
      'A year in the life of a support team of fourteen people at an online shop. Customers write by email, chat, WhatsApp and social media, and call the phone line. Mondays are the busiest day, the weekend is quiet, and the weeks before Christmas are the busiest of the year. About five months ago an app release broke logins for a week: technical tickets tripled, the backlog grew and satisfaction dipped before the team caught up. Look at who closes the most tickets, and then at their satisfaction scores.'
  },
  {
    id: 'understaffed-mondays',
    name: 'Understaffed Mondays',
    story:
      "The team plans its rota around the average day, but Monday is not an average day: the weekend's emails are waiting and the phones ring hardest. This year only about half the usual people work on Mondays. Compare the abandonment rate and the average speed of answer by weekday, then look at satisfaction. What would moving two people from Friday to Monday change?"
  },
  {
    id: 'new-chat-channel',
    name: 'A new chat channel',
    story:
      'Three months ago the shop added live chat to its website. Until then customers wrote emails; now a growing share of them chat instead, and chats are answered within minutes rather than hours. Look at the channel mix month by month, at first response time by channel, and at what happened to email volume. Did the team get faster, or did the work just move?'
  },
  {
    id: 'backlog-crisis',
    name: 'A backlog crisis',
    story:
      'Two months ago the team moved to a new helpdesk tool just as two colleagues went on leave. For three weeks tickets took far longer to resolve, the backlog climbed every day, more and more tickets missed their due dates, and customers said so in their surveys. Find the three weeks in the backlog trend, check SLA compliance and overdue tickets, and see how long it took to recover.'
  },
  {
    id: 'holiday-rush',
    name: 'A holiday rush',
    story:
      'Last winter a promotion doubled orders in the two weeks before the holidays, and delivery questions flooded in. The team brought in no extra help. Look at tickets per day and the delivery category in those weeks, at first response times, and at whether the phones kept up.'
  }
];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

export function isScenarioId(id: string): id is ScenarioId {
  return scenarioById(id) !== undefined;
}

/** How each scenario reshapes the generator. */
export function scenarioShape(id: ScenarioId): ScenarioShape {
  const base: ScenarioShape = { episodes: [OUTAGE_WEEK], mondayStaff: 1, mondayPhoneStaff: 1, chatLaunchDaysAgo: null };
  switch (id) {
    case 'baseline':
      return base;
    case 'understaffed-mondays':
      return { ...base, mondayStaff: 0.6, mondayPhoneStaff: 0.5 };
    case 'new-chat-channel':
      return { ...base, chatLaunchDaysAgo: 91 };
    case 'backlog-crisis':
      return {
        ...base,
        episodes: [OUTAGE_WEEK, { start: 63, days: 21, volume: 1.1, staff: 0.75, phoneStaff: 0.85, slowdown: 2 }]
      };
    case 'holiday-rush':
      return {
        ...base,
        episodes: [
          OUTAGE_WEEK,
          {
            start: '12-08',
            days: 14,
            volume: 1.5,
            staff: 1,
            phoneStaff: 1,
            slowdown: 1.2,
            surge: { category: 'delivery', factor: 2, tag: 'holiday-promo' }
          }
        ]
      };
  }
}
