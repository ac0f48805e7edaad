import { describe, expect, it } from 'vitest';
import { cached, cachedRecent } from './cache';
import { table } from './test-fixtures';

describe('cache', () => {
  it('computes once per table and key', () => {
    const t = table('tickets', [{ ticket_id: 'a', created_at: '2024-01-01T00:00:00Z' }]);
    let calls = 0;
    const make = () => ++calls;
    expect([cached(t, 'k', make), cached(t, 'k', make), cached(t, 'other', make)]).toEqual([1, 1, 2]);
    // A new table object (data changed) starts afresh.
    const t2 = { ...t };
    expect(cached(t2, 'k', make)).toBe(3);
  });

  it('keeps only the most recently used open-ended entries', () => {
    const t = table('tickets', [{ ticket_id: 'a', created_at: '2024-01-01T00:00:00Z' }]);
    let calls = 0;
    const get = (k: string) => cachedRecent(t, 'g', k, 2, () => ++calls);
    get('a'); // 1
    get('b'); // 2
    get('a'); // hit: a is now the most recent
    get('c'); // 3, evicts b
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4);
  });
});
