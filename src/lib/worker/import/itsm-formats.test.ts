/**
 * The service-desk export formats through the whole pipeline and the real engine, in Node: each
 * data file of tests/e2e/fixtures/formats/ (the same files formats.e2e imports in Chromium) must be
 * recognised with no mapping screen, land as the right kind and row count, and give the KPI values
 * worked out by hand beside each case in tests/e2e/lib/formats-cases.mjs.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../storage/test-helpers';
import { createLocalClient } from '../local-client';
import { textAt, type NumericColumn, type TextColumn } from '../../core/columns/table';
import { dataset, file, run } from './test-files';
import { FORMAT_GROUPS } from '../../../../tests/e2e/lib/formats-cases.mjs';

const DIR = path.resolve(process.cwd(), 'tests/e2e/fixtures/formats');
const GROUP = FORMAT_GROUPS.find((g) => g.name === 'IT service desks and more helpdesks');
const SURVEYS = FORMAT_GROUPS.flatMap((g) => g.cases).filter((c) => c.file.startsWith('gorgias-'));

function monthView(ym: string) {
  const [y, m] = ym.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {
    from: `${ym}-01`,
    to: `${ym}-${String(last).padStart(2, '0')}`,
    grain: 'day',
    filters: {},
    hours: 'calendar'
  } as const;
}

describe('service-desk formats: recognised with no question, KPIs as worked out by hand', () => {
  it('the group exists', () => expect(GROUP?.cases.length).toBeGreaterThan(5));
  for (const c of [...(GROUP?.cases ?? []), ...SURVEYS.filter((c) => !GROUP?.cases.includes(c))]) {
    it(`${c.file} (${c.format})`, async () => {
      const client = createLocalClient({ db: freshDb(), timeZone: 'UTC' });
      await client.request('open', { workspace: 'w' });
      const bytes = readFileSync(path.join(DIR, c.file));
      const { results } = await client.request('import', { files: [file(new Uint8Array(bytes), c.file)] });
      const r = results[0];
      expect(r.status, JSON.stringify(r).slice(0, 500)).toBe('imported');
      if (r.status !== 'imported') return;
      expect(r.import.kind).toBe(c.kind.toLowerCase());
      expect(c.rows).toContain(r.import.rowsStored);
      expect(r.import.rowsSkipped).toBe(0);
      // The workspace's own settings: the default SLA policy judges rows the file gives no verdict for.
      const out = await client.request('compute', { view: monthView(c.month) });
      for (const [id, [value, tol]] of Object.entries(c.expect)) {
        const k = out.kpis.find((x) => x.id === id);
        expect(k?.value, `${id}: ${JSON.stringify(k).slice(0, 300)}`).toBeTypeOf('number');
        expect(Math.abs((k!.value as number) - value), `${id} = ${k!.value}, expected ${value}`).toBeLessThanOrEqual(
          Math.max(tol, Math.abs(value) * 1e-6)
        );
      }
      client.terminate();
    }, 30_000);
  }
});

describe("the ServiceNow event log keeps each incident's last state and its history", () => {
  it('12 events → 3 incidents; first assignment from sys_updated_at; counts from the last row', async () => {
    const bytes = readFileSync(path.join(DIR, 'servicenow-incident-event-log.csv'));
    const { db, result } = await run(file(new Uint8Array(bytes), 'incident_event_log.csv'));
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    expect([result.import.rowsRead, result.import.rowsStored, result.import.format]).toEqual([
      12,
      3,
      'servicenow-incident'
    ]);
    expect(result.import.message).toContain('Event log: 12 rows for 3 records');
    const t = (await dataset(db)).tickets!;
    const num = (name: string) => Array.from((t.columns[name] as NumericColumn).values);
    const text = (name: string) => Array.from({ length: t.length }, (_, i) => textAt(t.columns[name] as TextColumn, i));
    const byId = new Map(text('ticket_id').map((id, i) => [id, i]));
    const at = (id: string, name: string) => num(name)[byId.get(id)!];
    // Day-first dates (13/10/2025 in the file decides it).
    expect(new Date(at('INC0000045', 'first_assigned_at')).toISOString()).toBe('2025-10-01T08:30:00.000Z');
    expect(new Date(at('INC0000047', 'first_assigned_at')).toISOString()).toBe('2025-10-02T09:10:00.000Z');
    expect(new Date(at('INC0000050', 'first_assigned_at')).toISOString()).toBe('2025-10-13T15:00:00.000Z');
    // reassignment_count / reopen_count of the last row (the file's own counts win over the history).
    expect(['INC0000045', 'INC0000047', 'INC0000050'].map((id) => at(id, 'reassignments'))).toEqual([0, 1, 0]);
    expect(['INC0000045', 'INC0000047', 'INC0000050'].map((id) => at(id, 'reopened'))).toEqual([0, 1, 0]);
    expect(['INC0000045', 'INC0000047', 'INC0000050'].map((id) => at(id, 'resolution_sla_met'))).toEqual([1, 0, 1]);
    expect(text('status')[byId.get('INC0000047')!]).toBe('resolved');
    expect(text('channel')[byId.get('INC0000045')!]).toBe('phone');
  });
});

describe('the event-log note', () => {
  it('is translated sentence by sentence', async () => {
    const { eventLogNote } = await import('./pipeline');
    const { translatePhrase } = await import('../../i18n/phrases');
    const note = eventLogNote(12, 3, 2);
    for (const lang of ['fa', 'ar', 'he'] as const) {
      const shown = translatePhrase(lang, note);
      expect(shown, lang).not.toMatch(/Event log|without an id/);
    }
  });
});
