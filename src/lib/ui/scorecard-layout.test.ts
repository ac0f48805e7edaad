import { describe, expect, it } from 'vitest';
import type { CardModel } from './card-model';
import { layoutScorecard } from './scorecard-layout';

const card = (id: string, group: CardModel['group'], status: CardModel['status'], missing: string[] = []) =>
  ({ id, group, status, missing }) as unknown as CardModel;

describe('layoutScorecard', () => {
  const cards = [
    card('ticket_volume', 'volume', 'none'),
    card('tickets_per_day', 'volume', 'none'),
    card('csat', 'quality', 'unavailable', ['surveys.score', 'surveys.responded_at']),
    card('nps', 'quality', 'unavailable', ['surveys.score', 'no SLA policy']),
    card('first_response_time', 'speed', 'bad'),
    card('backlog', 'commitments', 'good'),
    card('sla_compliance', 'commitments', 'warn'),
    card('overdue_rate', 'commitments', 'unavailable', ['tickets.due_at'])
  ];
  const layout = layoutScorecard(cards, ['volume', 'speed', 'commitments', 'quality']);

  it('counts the statuses of the available KPIs', () => {
    expect(layout.counts).toEqual({ good: 1, warn: 1, bad: 1, total: 5 });
  });

  it('leads with the KPIs that have a status, by group, leaving out groups without one', () => {
    expect(layout.judged.map((g) => [g.group, g.cards.map((c) => c.id)])).toEqual([
      ['speed', ['first_response_time']],
      ['commitments', ['backlog', 'sla_compliance']]
    ]);
    expect(layout.notJudged.map((c) => c.id)).toEqual(['ticket_volume', 'tickets_per_day']);
  });

  it('folds the unavailable KPIs and names the files and columns that would enable them', () => {
    expect(layout.unavailable.map((c) => c.id)).toEqual(['csat', 'nps', 'overdue_rate']);
    expect(layout.wanted).toEqual([
      { kind: 'surveys', fields: ['score', 'responded_at'] },
      { kind: 'tickets', fields: ['due_at'] }
    ]);
  });
});
