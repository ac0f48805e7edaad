/**
 * English KPI texts: the reference pack and the fallback for any missing id or empty string in
 * another language. Written from the seed articles (../shared/seeds/) in our own words.
 */
import type { LangPack } from './types';

const NO_TARGET = 'No default target: what is normal here depends on your business. Set one from your own history.';
const INFO_ONLY = 'No target: this is a picture of demand, not a score. It is never coloured good or bad.';

export const EN: LangPack = {
  groups: {
    volume: 'Volume and demand',
    speed: 'Speed',
    quality: 'Quality and effort',
    commitments: 'Commitments and backlog',
    team: 'Team',
    cost: 'Cost and customers'
  },
  kpis: {
    ticket_volume: {
      name: 'Tickets created',
      short: 'Tickets',
      formula: 'The number of tickets opened in the period.',
      tells:
        'How much work reaches the team. Rising volume can mean you are easy to reach, or that customers keep hitting the same problems.',
      lookFor: 'Fewer tickets for the same number of customers, and spikes that line up with a release or a campaign.',
      improve:
        'Pass the most common questions on to product and marketing so the cause gets fixed, and publish answers customers can find themselves.',
      targetReason: NO_TARGET
    },
    tickets_per_day: {
      name: 'Average tickets per day',
      short: 'Tickets per day',
      formula: 'Tickets opened in the period divided by the number of days in it.',
      tells: 'The daily load the team has to absorb, which is what staffing is planned on.',
      lookFor: 'Weekdays or dates that are regularly busier, and jumps after an email campaign.',
      improve: 'Staff the busy days more heavily and remove the causes behind the most frequent requests.',
      targetReason: NO_TARGET
    },
    messages_received: {
      name: 'Messages received',
      short: 'Messages in',
      formula: 'The number of messages customers sent in the period.',
      tells: 'The total inbound traffic in your inbox, including follow-ups inside existing conversations.',
      lookFor: 'How it moves compared with tickets: more messages per ticket means longer back-and-forth.',
      improve:
        'Answer completely the first time and use saved replies for common questions, so fewer follow-up messages are needed.',
      targetReason: INFO_ONLY
    },
    complaints: {
      name: 'Complaints',
      short: 'Complaints',
      formula: 'The number of tickets marked as a complaint in the period (also per day).',
      tells: 'How often something went wrong badly enough for a customer to complain.',
      lookFor: 'A steady decline, and the categories or channels the complaints cluster in.',
      improve:
        'Find the root cause of the most frequent complaint type and fix it at the source, then tell customers what changed.',
      targetReason: NO_TARGET
    },
    complaints_phone_share: {
      name: 'Complaints via phone',
      short: 'Phone complaints',
      formula: 'Complaints that came in by phone as a share of all complaints.',
      tells: 'Whether unhappy customers prefer to call, which matters for who answers the phone.',
      lookFor: 'A shift between channels, for instance complaints moving to phone when written replies are slow.',
      improve:
        'Make sure the people answering calls can handle complaints, and speed up written channels if callers say they gave up on them.',
      targetReason: INFO_ONLY
    },
    channel_mix: {
      name: 'Preferred channel',
      short: 'Top channel',
      formula: 'The share of contacts per channel; the headline is the busiest channel and its share.',
      tells: 'How your customers choose to reach you, and therefore where to invest first.',
      lookFor: 'Patterns and shifts over time rather than one particular channel.',
      improve:
        'There is nothing to raise or lower here: strengthen the channels customers actually use and offer the ones they ask for.',
      targetReason: INFO_ONLY
    },
    tag_report: {
      name: 'Labels report',
      short: 'Top label',
      formula: 'The share of tickets per tag or category; the headline is the most used label.',
      tells: 'What customers contact you about, so you know which topics drive the workload.',
      lookFor: 'Labels that grow, and a large share left without any label.',
      improve: 'Label tickets consistently, then write help articles or fix the product for the biggest labels.',
      targetReason: INFO_ONLY
    },
    volume_heatmap: {
      name: 'Demand by hour and weekday',
      short: 'Busy hours',
      formula: 'Tickets and calls counted per hour of the day and day of the week, in your time zone.',
      tells: 'When customers try to reach you, which may not match your opening hours.',
      lookFor: 'Peak hours and days, and demand outside opening hours.',
      improve: 'Move shifts to cover the peaks, and offer self-service or a bot for the hours you are closed.',
      targetReason: INFO_ONLY
    },
    calls_answered_per_hour: {
      name: 'Calls answered per hour',
      short: 'Calls answered / hour',
      formula: 'Answered calls divided by the hours of the period in which at least one call came in.',
      tells: 'How many calls the phone team takes in an hour of activity.',
      lookFor: 'Hours where answered calls flatten while waiting and abandoned calls rise: the team is at capacity.',
      improve: 'Add people to the busiest hours and shorten after-call work with better tools.',
      targetReason: INFO_ONLY
    },
    first_response_time: {
      name: 'First response time',
      short: 'First response',
      formula:
        'The average time from a ticket being opened to the first reply from your team; the median and 90th percentile are shown too.',
      tells:
        'How long a customer waits before a person acknowledges the request. It is one of the strongest drivers of satisfaction.',
      lookFor: 'A short wait on every channel, and the slow tail (90th percentile) rather than only the average.',
      improve:
        'Make sure nothing blocks agents from picking up new tickets, send a quick first reply while working on the answer, and use a bot for simple questions out of hours.',
      targetReason:
        'Live channels: 10 minutes, because most customers call a reply within 10 minutes "immediate". Email: 24 hours, which customers find reasonable. Social: a warning after 10 minutes and a miss after 12 hours, the wait most consumers expect before they turn to a competitor.'
    },
    avg_response_time: {
      name: 'Average response time',
      short: 'Response time',
      formula: 'For every customer message, the time until the next reply from your team, averaged over all replies.',
      tells:
        'How quickly the conversation keeps moving, not just how fast it starts. Long waits are what customers find most frustrating.',
      lookFor: 'Fast replies throughout a conversation, not only the first one.',
      improve:
        "Give agents the knowledge to answer without waiting for a manager or specialist, and keep each agent's number of open tickets manageable.",
      targetReason:
        'A common convention, not a law: a later reply should come as fast as the first, so the first-response targets apply: 10 minutes on live channels, 24 hours for email.'
    },
    reply_wait_time: {
      name: 'Average reply wait time',
      short: 'Reply wait',
      formula:
        'The average time customers wait between their message and the next reply, counting only replies after the first one.',
      tells: 'How long customers are left waiting in the middle of a conversation until their issue is solved.',
      lookFor: 'Conversations that stall after a fast first reply.',
      improve: 'Route follow-ups back to the same agent quickly and set alerts for conversations waiting on you.',
      targetReason:
        'A common convention, not a law: a later reply should come as fast as the first, so the first-response targets apply: 10 minutes on live channels, 24 hours for email.'
    },
    response_time_buckets: {
      name: 'Response time distribution',
      short: 'Response spread',
      formula:
        'The share of first replies sent within 1 hour, 1–6 hours, 6–12 hours, 12–24 hours and after more than 24 hours.',
      tells:
        'The shape behind the average: whether most customers are answered quickly and a few wait very long, or everyone waits a bit.',
      lookFor: 'A large first bucket and a small last one.',
      improve: 'Look at the tickets in the slowest buckets: their topics usually show what needs more resources.',
      targetReason: INFO_ONLY
    },
    email_answered_24h: {
      name: 'Emails answered within 24 h',
      short: 'Email within 24 h',
      formula:
        'Email tickets that got a first reply within 24 hours, as a share of all email tickets. Unanswered emails older than 24 hours count as misses.',
      tells: 'Whether you keep the promise customers expect from email.',
      lookFor: 'A high share that holds up on busy days and after weekends.',
      improve:
        'Clear the oldest emails first, use templates for common questions and plan cover for Mondays and after holidays.',
      targetReason:
        'At least 90 %: customers see 24 hours as a reasonable wait for an email reply, so nearly every email should meet it.'
    },
    resolution_time: {
      name: 'Average resolution time',
      short: 'Resolution time',
      formula:
        'The average time from a ticket being opened to it being resolved, over tickets resolved in the period; median and 90th percentile too.',
      tells: "How effective support is overall, and also how complex your customers' problems are.",
      lookFor: 'Short times, and the categories and agents that take much longer than the rest.',
      improve:
        'Let agents pull in a colleague quickly, route each topic to the people who know it, and answer frequent questions with a help centre or bot.',
      targetReason:
        'A common convention, not a law: resolve within 24 hours, one working day. Complex work may need more; change it here or per channel.'
    },
    service_delivery_time: {
      name: 'Average service delivery time',
      short: 'Delivery time',
      formula: 'The average time from an agent picking a request up (first reply) to the work being completed.',
      tells: 'How fast the team delivers once it has started, separate from how long the request waited in the queue.',
      lookFor: 'A gradual decrease; a rising trend usually means the team has become less efficient.',
      improve: 'Train agents on the tools and procedures they use for each type of request.',
      targetReason:
        'A common convention, not a law: the same 24 hours as resolution time, since delivery is the part of it after the first reply.'
    },
    service_level: {
      name: 'Service level',
      short: 'Service level',
      formula: 'Calls answered within the threshold (20 seconds by default) as a share of all calls offered.',
      tells: 'Whether callers get through quickly enough, the classic measure of a phone queue.',
      lookFor: 'The share at the busiest hours, not only the daily figure.',
      improve: 'Match staffing to the hourly pattern of calls and keep calls short where a written answer would do.',
      targetReason:
        '80 % of calls answered within 20 seconds, the usual "80/20" contact-centre standard (80/30 is also common).'
    },
    avg_speed_of_answer: {
      name: 'Average speed of answer',
      short: 'Speed of answer',
      formula: 'The average time callers wait in the queue before an agent answers, over answered calls.',
      tells: 'How long a typical caller is kept on hold. Lower is better.',
      lookFor: 'Short waits, and whether they grow at the same hours as abandoned calls.',
      improve: 'Staff to the peaks, offer a call-back instead of waiting, and keep the IVR short.',
      targetReason: 'At most 3 minutes: about half of customers see a 3-minute wait for a phone agent as reasonable.'
    },
    max_queue_wait: {
      name: 'Longest queue wait',
      short: 'Longest wait',
      formula: 'The longest time any caller waited in the queue before reaching an agent or hanging up.',
      tells: 'The worst experience of the period, which averages hide.',
      lookFor: 'Outliers and the hours they happen in.',
      improve: 'Set an overflow rule or call-back offer for calls that wait too long.',
      targetReason:
        'A common convention, not a law: no caller waits more than 10 minutes. About half of customers find 3 minutes a reasonable wait; the longest wait may be longer, but not much.'
    },
    avg_talk_time: {
      name: 'Average talk time',
      short: 'Talk time',
      formula: 'The average length of answered calls, from answer to hang-up.',
      tells: 'How much time a call takes. Both very short and very long calls are a warning sign.',
      lookFor:
        'Staying inside the range: very short calls can mean customers are rushed or passed on, very long ones that agents lack answers.',
      improve:
        'Give agents a knowledge base for long calls, and coach them to solve rather than transfer on short ones.',
      targetReason: 'A convention, not a figure from research: 3 to 7 minutes. Adjust it to the kind of calls you take.'
    },
    max_talk_time: {
      name: 'Longest call',
      short: 'Longest call',
      formula: 'The length of the longest answered call in the period.',
      tells: 'The most demanding conversation of the period.',
      lookFor: 'Extreme calls worth listening to: they often reveal a gap in knowledge or a broken process.',
      improve: 'Review the longest calls and turn what you learn into help articles or training.',
      targetReason: INFO_ONLY
    },
    csat: {
      name: 'Customer satisfaction (CSAT)',
      short: 'CSAT',
      formula:
        'Satisfied survey answers as a share of all answers. Satisfied means the top two points of the scale, or a thumbs-up.',
      tells: 'How customers feel about the help they got: arguably the most important measure of all.',
      lookFor: 'A high share of positive answers, and what the negative ones say.',
      improve:
        'Read the negative comments, follow up with those customers, and share the recurring issues with the team and product owners.',
      targetReason:
        'An industry convention, not a research figure: 80 % satisfied. It moves with first contact resolution.'
    },
    satisfaction_index: {
      name: 'Satisfaction index',
      short: 'Satisfaction index',
      formula: 'The average survey score scaled to 0–100: 0 is the lowest point of the scale, 100 the highest.',
      tells: 'The average sentiment of all answers, including the middle of the scale that CSAT ignores.',
      lookFor: 'A stable score inside the range you set; a drop usually shows before CSAT falls.',
      improve: 'Act on the lowest scores first and close the loop with those customers.',
      targetReason:
        'A common convention, not a law: an average of 70 or more on the 0–100 scale. The upper bound is the top of the scale; lower it only if near-perfect scores make you doubt the survey.'
    },
    fcr_rate: {
      name: 'First contact resolution',
      short: 'First contact fix',
      formula:
        'Issues resolved in the first contact as a share of resolved issues. Without an explicit flag, a ticket counts when it was resolved with at most one reply and never reopened.',
      tells:
        'How clearly the team communicates and how well it gets the needed details up front. It is closely tied to satisfaction.',
      lookFor: 'A high rate, and the channels and issue types that need more than one contact.',
      improve:
        'Ask for the right details in your web form and instructions, so the first answer can solve the problem.',
      targetReason:
        'An industry convention, not a research figure: 70 %. Studies link each point of first contact resolution to about a point of satisfaction.'
    },
    interactions_per_ticket: {
      name: 'Interactions per ticket',
      short: 'Messages per ticket',
      formula: 'The average number of messages exchanged per resolved ticket.',
      tells: 'How much back-and-forth a solution takes. Customers hate repeating themselves.',
      lookFor: 'Fewer interactions: clear questions and complete answers.',
      improve:
        'Answer the follow-up questions before they are asked and build an FAQ from the questions customers repeat.',
      targetReason:
        'A common convention, not a law: at most 4 messages per resolved ticket, a question, an answer and one round of follow-up. More means customers have to explain themselves again.'
    },
    contacts_to_resolve: {
      name: 'Contacts needed to resolve',
      short: 'Contacts to resolve',
      formula: 'The average number of customer contacts (calls or tickets) per resolved issue.',
      tells: 'How many times a customer has to reach out before the problem is gone.',
      lookFor: 'A number close to one.',
      improve: 'Resolve on the first contact where possible and give customers one owner for their issue.',
      targetReason:
        'A common convention, not a law: 1.5 contacts per resolved issue on average, so most issues are settled at the first contact.'
    },
    repeat_incident_rate: {
      name: 'Incidents reported more than once',
      short: 'Repeat incidents',
      formula:
        'Incidents a customer had to report more than once, as a share of all incidents. Without a flag: the same customer opening a ticket in the same category within 7 days.',
      tells: 'Whether issues are really fixed or come back.',
      lookFor: 'A low share, and categories where repeats concentrate.',
      improve: 'Check that a fix works before closing the ticket, and look for the root cause of recurring categories.',
      targetReason: 'A common convention, not a law: at most 10 % of incidents are reported again by the same customer.'
    },
    resolution_rate: {
      name: 'Resolution rate',
      short: 'Resolution rate',
      formula: 'Tickets opened in the period that are resolved, as a share of all tickets opened in it.',
      tells: 'How much of the incoming work the team actually closes.',
      lookFor: 'A high rate, read together with the backlog and response times.',
      improve:
        'Make sure there are enough agents for the volume and remove distractions that keep them from their tickets.',
      targetReason:
        'A common convention, not a law: 90 % of the tickets opened in the period are resolved. Tickets opened in the last days may still be open, so short periods read lower.'
    },
    response_rate: {
      name: 'Reply rate',
      short: 'Reply rate',
      formula: 'Conversations that got at least one reply from your team, as a share of all conversations.',
      tells: 'Whether any customer is left without an answer, especially on social media.',
      lookFor: 'A rate near 100 %, day after day.',
      improve: 'Bring all channels into one inbox so nothing is missed, and assign ownership of each channel.',
      targetReason:
        'A common convention, not a law: at least 95 % of conversations get a reply. An unanswered message is the surest way to lose a customer.'
    },
    sla_compliance: {
      name: 'SLA compliance',
      short: 'SLA met',
      formula:
        'Tickets whose first reply and resolution both met their service-level agreement, as a share of tickets with one.',
      tells: 'Whether you keep the promises made to customers: replying, solving and following up on time.',
      lookFor: 'A high share, checked against the agreements you actually made with customers.',
      improve: 'Prioritise tickets by deadline and set alerts before SLAs run out.',
      targetReason:
        'A common convention, not a law: at least 90 % of tickets with an SLA meet it. Change it to match what you promised your customers.'
    },
    backlog: {
      name: 'Backlog',
      short: 'Backlog',
      formula: 'Tickets still open at the end of the period: opened by then and not yet resolved.',
      tells: 'How well the team keeps up with incoming work.',
      lookFor: 'A small backlog that does not grow day after day or week after week.',
      improve:
        'Walk through the process end to end to find what slows agents down, and check there are enough people for the volume.',
      targetReason: NO_TARGET
    },
    overdue_rate: {
      name: 'Overdue requests',
      short: 'Overdue',
      formula: 'Open tickets past their due time, as a share of all open tickets, at the end of the period.',
      tells: 'How much of the open work has already missed its deadline.',
      lookFor: 'A low share, and old tickets that nobody owns.',
      improve: 'Review overdue tickets daily, give each one an owner and escalate those that are stuck.',
      targetReason:
        'A common convention, not a law: at most 10 % of open tickets are past their due time at the end of the period.'
    },
    abandonment_rate: {
      name: 'Abandonment rate',
      short: 'Abandoned calls',
      formula: 'Calls where the caller hung up before reaching an agent, as a share of all calls offered.',
      tells: 'How many callers give up. Long holds and confusing menus are the usual causes.',
      lookFor:
        'The weekdays and hours where it rises, and the stage where callers drop: greeting, menu or hold message.',
      improve: 'Add capacity at the peak hours and fix the stage where most callers leave.',
      targetReason: 'An industry convention: at most 5 %, with a warning up to 8 %.'
    },
    calls_per_agent_day: {
      name: 'Calls per agent per day',
      short: 'Calls per agent',
      formula: 'Handled calls (and tickets) divided by agents times working days, also shown per agent.',
      tells: 'A rough idea of productivity per person.',
      lookFor: 'Large differences between agents, and the reasons behind them before any judgement.',
      improve: 'Use it to balance workload, not to rank people.',
      targetReason: 'No target on purpose: a high count is not necessarily good work.',
      caveat:
        'This rewards passing work on: an inexperienced agent who transfers hard calls takes more of them than an expert who solves each one.'
    },
    closed_per_agent: {
      name: 'Requests closed per agent',
      short: 'Closed per agent',
      formula: "Tickets each agent resolved in the period, shown beside that agent's CSAT.",
      tells: 'Individual output, so unusual differences between agents can be spotted and acted on.',
      lookFor:
        'Agents far above or below the others: easy tickets picked, extra effort, a training need or missing tools.',
      improve:
        'Talk to the outliers, offer training where output is low, and check the quality of work where it is high.',
      targetReason: 'No target on purpose: output only means something next to quality.',
      caveat:
        "Never read speed without quality: look at each agent's CSAT beside this number, or people will close tickets carelessly."
    },
    agent_first_response_time: {
      name: 'First response time by agent',
      short: 'First response by agent',
      formula: 'First response time calculated separately for each agent.',
      tells: 'Which agents take longest to send the first reply and may need training or help.',
      lookFor: 'Agents much slower than the team, taking their channels and workload into account.',
      improve: 'Coach the slowest agents and check whether they carry the hardest channels or too many tickets.',
      targetReason: 'The same targets as first response time: 10 minutes on live channels, 24 hours for email.'
    },
    operating_cost: {
      name: 'Contact-centre operating cost',
      short: 'Operating cost',
      formula: 'The sum of the cost entries in the period (shown per year on the yearly view).',
      tells: 'What running customer service costs.',
      lookFor: 'Cost moving out of step with volume.',
      improve:
        'Automate repetitive answers and move simple requests to self-service so people handle the complex ones.',
      targetReason: NO_TARGET
    },
    cost_per_call: {
      name: 'Cost per inbound call',
      short: 'Cost per call',
      formula: 'Call-related cost in the period divided by the number of inbound calls.',
      tells: 'What one phone contact costs you.',
      lookFor: 'A falling cost per call without falling satisfaction.',
      improve: 'Resolve more on the first call and offer cheaper channels for simple questions.',
      targetReason: NO_TARGET
    },
    revenue_per_customer: {
      name: 'Average spend per customer',
      short: 'Spend per customer',
      formula: 'Total revenue to date divided by the total number of customers to date.',
      tells: 'How much a customer is worth, which puts the cost of service in perspective.',
      lookFor: 'A rising value, especially among customers who contacted support.',
      improve:
        'Good service keeps customers buying: follow up after problems and treat support as part of the customer relationship.',
      targetReason: NO_TARGET
    },
    inactive_customers: {
      name: 'Inactive customers',
      short: 'Inactive customers',
      formula:
        'Customers with no activity in the last 90 days (a setting) at the end of the period, as a share of all customers.',
      tells: 'How many customers have stopped using your product or service.',
      lookFor: 'A low and stable share.',
      improve: 'Reach out to inactive customers with a reactivation message and find out why they left.',
      targetReason:
        'A common convention, not a law: at most 20 % of customers inactive for longer than the inactivity window (90 days by default, a setting).'
    },
    retention_rate: {
      name: 'Customer retention rate',
      short: 'Retention',
      formula: 'Customers at the end of the period minus the new ones, divided by the customers at the start.',
      tells: 'How many customers stay with you. Even a small rise in retention can raise profit a lot.',
      lookFor: 'A high rate, and whether it falls after periods of poor service.',
      improve: 'Keep in touch with customers after their issue is solved and win back those who stopped buying.',
      targetReason:
        'A common convention, not a law: keep at least 85 % of the customers you had at the start of the period.'
    }
  }
};
