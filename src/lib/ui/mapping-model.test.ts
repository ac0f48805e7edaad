import { describe, expect, it } from 'vitest';
import {
  columnsForKind,
  confirmedMapping,
  fieldOptions,
  initialColumns,
  kpisUnlockedBy,
  missingRequired,
  partitionColumns,
  shortList
} from './mapping-model';

describe('mapping model', () => {
  it('offers canonical fields and duration inputs of the kind', () => {
    const opts = fieldOptions('tickets');
    expect(opts).toContain('first_response_at');
    expect(opts).toContain('first_response_minutes');
    expect(opts).not.toContain('queued_at');
  });

  it('lists the KPIs a field unlocks, through duration inputs too', () => {
    const ids = kpisUnlockedBy('tickets', 'first_response_minutes').map((d) => d.id);
    expect(ids).toContain('first_response_time');
    expect(kpisUnlockedBy('tickets', 'first_response_at').map((d) => d.id)).toEqual(ids);
    expect(kpisUnlockedBy('tickets', 'nonexistent')).toEqual([]);
  });

  it('finds missing required fields, counting a duration input for its target', () => {
    expect(missingRequired('tickets', [{ field: 'ticket_id' }])).toEqual(['created_at']);
    expect(missingRequired('calls', [{ field: 'call_id' }, { field: 'queued_at' }])).toEqual([]);
  });

  it('drops fields the new kind does not have', () => {
    const cols = [
      { index: 0, header: 'id', field: 'ticket_id', confidence: 0.9 },
      { index: 1, header: 'agent', field: 'agent', confidence: 0.9 }
    ];
    expect(columnsForKind('calls', cols).map((c) => c.field)).toEqual([null, 'agent']);
  });

  it('builds a complete mapping when every required field is mapped', () => {
    const cols = initialColumns(null, ['Nummer', 'Datum']);
    expect(cols.map((c) => c.field)).toEqual([null, null]);
    cols[0].field = 'ticket_id';
    expect(confirmedMapping(null, 'tickets', cols)).toMatchObject({ complete: false, missingRequired: ['created_at'] });
    cols[1].field = 'created_at';
    const m = confirmedMapping(null, 'tickets', cols);
    expect(m).toMatchObject({ kind: 'tickets', complete: true, missingRequired: [], hasHeader: true });
    expect(m.columns.every((c) => c.confidence === 1)).toBe(true);
  });
});

describe('mapping screen lists', () => {
  it('puts required fields first, then the columns that unlock the most KPIs; ignored ones apart', () => {
    const cols = [
      { field: null },
      { field: 'tags' },
      { field: 'first_response_at' },
      { field: 'ticket_id' },
      { field: null },
      { field: 'created_at' }
    ];
    const { used, ignored } = partitionColumns('tickets', cols);
    expect(used.slice(0, 2).sort()).toEqual([3, 5]);
    expect(used.indexOf(2)).toBeLessThan(used.indexOf(1));
    expect(ignored).toEqual([0, 4]);
  });

  it('shortens a list to a line', () => {
    expect(shortList(['a', 'b', 'c', 'd'])).toEqual({ shown: ['a', 'b'], more: 2 });
    expect(shortList(['a'])).toEqual({ shown: ['a'], more: 0 });
  });
});
