import { describe, expect, it } from 'vitest';
import { slaSources } from './sla-basis';

describe('SLA basis for the card', () => {
  it('reads the counts per source from the engine notes, in their order', () => {
    expect(
      slaSources([
        "4 tickets from the file's SLA flag",
        '2 tickets from your SLA policy in business hours',
        'judged on resolution only: tickets.first_response_at has no values'
      ])
    ).toEqual([
      { source: 'flag', n: 4 },
      { source: 'policy', n: 2 }
    ]);
    expect(slaSources(['1 tickets from their due dates in the file'])).toEqual([{ source: 'due', n: 1 }]);
    expect(slaSources([])).toEqual([]);
  });
});
