/**
 * The two ways repeat incidents are derived (one pass over time-ordered rows, or grouping per
 * customer for unordered ones) must agree row for row.
 */
import { describe, expect, it } from 'vitest';
import { rng } from '../bench-data';
import { table } from '../test-fixtures';
import { derivedRepeats, groupBy } from './tickets';

describe('derivedRepeats', () => {
  it('gives the same flags for time-ordered and shuffled rows', () => {
    const r = rng(11);
    const base = Date.UTC(2024, 0, 1);
    const rows = Array.from({ length: 400 }, (_, i) => ({
      ticket_id: `t${i}`,
      // Some ties at the same instant, some missing values.
      created_at: r() < 0.02 ? null : base + Math.floor(i / 2) * 3_600_000 * 7,
      customer_id: r() < 0.05 ? null : `c${Math.floor(r() * 40)}`,
      category: r() < 0.05 ? null : `k${Math.floor(r() * 3)}`
    }));
    const ordered = table('tickets', rows);
    const shuffled = [...rows].sort(() => r() - 0.5);
    const other = table('tickets', shuffled);
    const a = derivedRepeats(ordered, 7)!;
    const b = derivedRepeats(other, 7)!;
    const byId = new Map(shuffled.map((row, k) => [row.ticket_id, b[k]]));
    // Ties at one instant depend on row order, so compare only rows without a same-time twin.
    let compared = 0;
    rows.forEach((row, k) => {
      const twin = rows.some(
        (o, m) =>
          m !== k && o.created_at === row.created_at && o.customer_id === row.customer_id && o.category === row.category
      );
      if (twin) return;
      expect(byId.get(row.ticket_id), row.ticket_id).toEqual(a[k]);
      compared++;
    });
    expect(compared).toBeGreaterThan(300);
    expect(Array.from(a).filter((x) => x === 1).length).toBeGreaterThan(20);
  });

  it('groupBy lists rows per code in table order', () => {
    const g = groupBy(Uint32Array.from([2, 0, 1, 2, 1]), 3);
    expect(Array.from(g.starts)).toEqual([0, 1, 3, 5]);
    expect(Array.from(g.rows)).toEqual([1, 2, 4, 0, 3]);
  });
});
