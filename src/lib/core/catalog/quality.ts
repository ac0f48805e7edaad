/**
 * Quality and effort KPIs (kpi-catalog.md, "Quality and effort"): whether customers are
 * satisfied and how much effort a resolution takes. Rates are percent 0–100. The seeds give no
 * target figure for any of them: every default here is a common convention, and its reason says so.
 */
import type { KpiSpec } from './types';

export const QUALITY = [
  {
    id: 'csat',
    group: 'quality',
    name: 'CSAT (% satisfied)',
    formula:
      'Satisfied responses / all responses × 100. Satisfied = the top two points of the scale (4–5 on 1–5, 9–10 on 1–10 or 0–10; a setting), or thumbs-up on a 2-point scale.',
    unit: 'percent',
    direction: 'maximize',
    needs: ['surveys.score'],
    alternatives: [['tickets.csat'], ['calls.csat']],
    seeds: '000, 002 #3, 003 #5',
    defaultTarget: { value: 80 },
    targetReason:
      'Industry convention, not a seed figure: 80 % satisfied. Seed 000 cites a study where +1 % first contact resolution brought about +1 % CSAT.'
  },
  {
    id: 'satisfaction_index',
    group: 'quality',
    name: 'Satisfaction index',
    formula: 'Mean score normalised to 0–100: (score − scale min) / (scale max − scale min) × 100.',
    unit: 'percent',
    direction: 'range',
    needs: ['surveys.score'],
    seeds: '003 #6',
    defaultTarget: { lower: 70, upper: 100 },
    targetReason:
      'A common convention, not a seed figure: an average score of at least 70 on the 0–100 scale. Seed 003 treats the index as a range; the upper bound is the top of the scale, so lower it only if scores near 100 make you doubt your survey.'
  },
  {
    id: 'fcr_rate',
    group: 'quality',
    name: 'First contact resolution',
    formula:
      'Tickets (or calls) resolved on the first contact / resolved tickets (or calls) × 100. Uses an explicit flag when present; otherwise a resolved ticket with at most one agent reply that was never reopened.',
    unit: 'percent',
    direction: 'maximize',
    needs: ['tickets.first_contact_resolution'],
    alternatives: [['calls.resolved'], ['tickets.resolved_at', 'tickets.replies']],
    seeds: '000, 003 #13, 004 #5',
    defaultTarget: { value: 70 },
    targetReason:
      'Industry convention, not a seed figure: 70 % resolved at first contact. Seed 000 cites a study where each +1 % FCR brought about +1 % CSAT.'
  },
  {
    id: 'interactions_per_ticket',
    group: 'quality',
    name: 'Interactions per ticket',
    formula: 'Mean number of agent–customer messages per resolved ticket.',
    unit: 'count',
    direction: 'minimize',
    needs: ['tickets.messages'],
    alternatives: [['messages.conversation_id']],
    seeds: '000, 003 #16',
    defaultTarget: { value: 4 },
    targetReason:
      'A common convention, not a seed figure: at most 4 messages per resolved ticket (a question, an answer and one round of follow-up). More means customers have to explain themselves again.'
  },
  {
    id: 'contacts_to_resolve',
    group: 'quality',
    name: 'Contacts needed to resolve',
    formula: 'Mean number of customer contacts (calls or tickets) per resolved issue.',
    unit: 'count',
    direction: 'minimize',
    needs: ['tickets.contacts'],
    alternatives: [['calls.customer_id']],
    seeds: '003 #24',
    defaultTarget: { value: 1.5 },
    targetReason:
      'A common convention, not a seed figure: 1.5 contacts per resolved issue on average, meaning most issues are settled at the first contact.'
  },
  {
    id: 'repeat_incident_rate',
    group: 'quality',
    name: 'Incidents reported more than once',
    formula:
      'Incidents the customer reported more than once / all incidents × 100. Uses a flag when present; otherwise the same customer opening a ticket in the same category within 7 days (a setting).',
    unit: 'percent',
    direction: 'minimize',
    needs: ['tickets.repeat_incident'],
    alternatives: [['tickets.customer_id', 'tickets.category']],
    seeds: '003 #4',
    defaultTarget: { value: 10 },
    targetReason:
      'A common convention, not a seed figure: at most 10 % of incidents are reported again by the same customer.'
  },
  {
    id: 'resolution_rate',
    group: 'quality',
    name: 'Resolution rate',
    formula: 'Tickets created in the period that are resolved / all tickets created in the period × 100.',
    unit: 'percent',
    direction: 'maximize',
    needs: ['tickets.resolved_at'],
    alternatives: [['tickets.status']],
    seeds: '000 (formula given), 001',
    defaultTarget: { value: 90 },
    targetReason:
      'A common convention, not a seed figure: 90 % of the tickets opened in the period are resolved. Recent tickets may still be open, so read short periods with care.'
  },
  {
    id: 'response_rate',
    group: 'quality',
    name: 'Reply rate',
    formula: 'Conversations (or inbound messages) that got at least one agent reply / all of them × 100.',
    unit: 'percent',
    direction: 'maximize',
    needs: ['tickets.first_response_at'],
    alternatives: [['messages.conversation_id', 'messages.direction']],
    seeds: '001',
    defaultTarget: { value: 95 },
    targetReason:
      'A common convention, not a seed figure: at least 95 % of conversations get a reply. Seed 001 stresses that unanswered messages send customers to competitors.'
  }
] as const satisfies readonly KpiSpec[];
