import { describe, expect, it } from 'vitest';
import type { ImportInfo } from '$lib/worker/protocol';
import { groupImports } from './import-list';

const imp = (id: number, fileName: string, startedAt: number, kind: ImportInfo['kind'] = 'tickets') =>
  ({ id, fileName, startedAt, kind }) as ImportInfo;

describe('groupImports', () => {
  it('lists a re-imported file once, its latest import first, the earlier ones under it', () => {
    const groups = groupImports([
      imp(1, 'tickets.csv', 100),
      imp(2, 'calls.csv', 150, 'calls'),
      imp(3, 'tickets.csv', 200),
      imp(4, 'tickets.csv', 300, 'surveys')
    ]);
    expect(groups.map((g) => [g.latest.id, g.earlier.map((e) => e.id)])).toEqual([
      [4, []],
      [3, [1]],
      [2, []]
    ]);
  });
});
