import { describe, expect, it } from 'vitest';
import { sourceMapping } from './mapping';

const rows = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .map((l) => l.split(','));

describe('sourceMapping', () => {
  it('takes the mapper’s guess for a recognised file', () => {
    const m = sourceMapping(rows('ticket_id,created_at,channel\nT1,2026-01-01T10:00:00Z,email'), {});
    expect(m.ok && m.mapping.kind).toBe('tickets');
  });

  it('applies the publisher’s field → header mapping to a file the mapper cannot read alone', () => {
    const csv = rows('Ref,Opened on,Way in\nA1,2026-01-01 10:00,email\nA2,2026-01-02 11:00,chat');
    const alone = sourceMapping(csv, { kind: 'tickets' });
    expect(alone.ok).toBe(false);
    if (!alone.ok) expect(alone.reason).toMatch(/mapping/);
    const m = sourceMapping(csv, {
      kind: 'tickets',
      mapping: { ticket_id: 'Ref', created_at: 'Opened on', channel: 'way in' }
    });
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    const fields = Object.fromEntries(m.mapping.columns.filter((c) => c.field).map((c) => [c.field, c.index]));
    expect(fields).toEqual({ ticket_id: 0, created_at: 1, channel: 2 });
    expect(m.mapping.complete).toBe(true);
  });

  it('names the missing column and the columns there are', () => {
    const m = sourceMapping(rows('Ref,Opened on\nA1,2026-01-01'), {
      kind: 'tickets',
      mapping: { created_at: 'Created' }
    });
    expect(m.ok).toBe(false);
    if (!m.ok)
      expect(m.reason).toBe('mapping.created_at: the file has no column "Created" (its columns: "Ref", "Opened on").');
  });

  it('refuses an aggregated report with the mapper’s reason', () => {
    const m = sourceMapping(
      rows('Interval,Incoming Calls,Average wait,Abandon rate,Service level\n08:00,10,9,1,12'),
      {}
    );
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.reason).toMatch(/aggregated/);
  });
});
