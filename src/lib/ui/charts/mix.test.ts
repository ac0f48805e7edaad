import { describe, expect, it } from 'vitest';
import { mixSeries } from './mix';

describe('mixSeries', () => {
  it('stacks every label per bucket, largest first, 0 where a label had none, empty buckets out', () => {
    const rows = [
      { key: '0|email', value: 100, n: 10 },
      { key: '2|email', value: 40, n: 4 },
      { key: '2|chat', value: 60, n: 6 },
      { key: 'junk', value: 5, n: 1 },
      { key: '9|email', value: 5, n: 1 }
    ];
    expect(mixSeries(rows, 3)).toEqual({
      labels: ['email', 'chat'],
      buckets: [0, 2],
      share: [
        [100, null, 40],
        [0, null, 60]
      ]
    });
  });
});
