/**
 * Checks bench/generate-data.mjs (the benchmark's 1 M-row CSV writer) on a small run: canonical
 * headers equal to fields.ts, every row complete and parseable, deterministic output. It lives
 * here because vitest only collects tests under src/ and tests/unit/.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { CALL_COLUMNS, CORE_TICKET_COLUMNS, TICKET_COLUMNS, generate } from '../../../../bench/generate-data.mjs';
import { FIELDS } from '../schema/fields';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'scorecard-bench-'));
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ISO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+01:00$/;

function parse(file: string): Papa.ParseResult<Record<string, string>> {
  return Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
}

describe('bench/generate-data.mjs', () => {
  it('uses the canonical columns of fields.ts', () => {
    expect(TICKET_COLUMNS).toEqual(FIELDS.tickets.map((f) => f.name));
    expect(CALL_COLUMNS).toEqual(FIELDS.calls.map((f) => f.name));
    const ticketNames = FIELDS.tickets.map((f) => f.name);
    expect((CORE_TICKET_COLUMNS as string[]).every((c) => ticketNames.includes(c))).toBe(true);
  });

  it('writes complete, parseable rows with ISO times, quoted commas and open tickets', async () => {
    const out = tmp();
    const [tickets, calls] = await generate({ tickets: 20000, calls: 2000, out });
    expect(tickets.rows).toBe(20000);
    expect(calls.bytes).toBeGreaterThan(2000 * 80);
    const t = parse(join(out, 'tickets.csv'));
    expect(t.errors).toEqual([]);
    expect(t.meta.fields).toEqual(TICKET_COLUMNS);
    expect(t.data.length).toBe(20000);
    expect(new Set(t.data.map((r) => r.ticket_id)).size).toBe(20000);
    expect(t.data.every((r) => ISO_OFFSET.test(r.created_at))).toBe(true);
    expect(t.data.every((r) => r.first_response_at === '' || ISO_OFFSET.test(r.first_response_at))).toBe(true);
    expect(t.data.some((r) => r.tags.includes(', '))).toBe(true);
    expect(new Set(t.data.map((r) => r.status))).toEqual(new Set(['open', 'pending', 'resolved', 'closed']));
    expect(new Set(t.data.map((r) => r.channel))).toEqual(new Set(['email', 'chat', 'phone', 'social', 'whatsapp']));
    const created = t.data.map((r) => Date.parse(r.created_at));
    const spanDays = (Math.max(...created) - Math.min(...created)) / 86_400_000;
    expect(spanDays).toBeGreaterThan(700);
    expect(spanDays).toBeLessThanOrEqual(730);
    for (const r of t.data) {
      if (r.resolved_at) expect(Date.parse(r.resolved_at)).toBeGreaterThanOrEqual(Date.parse(r.created_at));
    }

    const c = parse(join(out, 'calls.csv'));
    expect(c.errors).toEqual([]);
    expect(c.meta.fields).toEqual(CALL_COLUMNS);
    const abandoned = c.data.filter((r) => r.abandoned === '1');
    expect(abandoned.length / c.data.length).toBeGreaterThan(0.01);
    expect(abandoned.every((r) => r.answered_at === '' && ['greeting', 'ivr', 'hold'].includes(r.abandon_stage))).toBe(
      true
    );
    expect(c.data.filter((r) => r.abandoned === '0').every((r) => ISO_OFFSET.test(r.answered_at))).toBe(true);
  });

  it('is deterministic for a seed and changes with the seed', async () => {
    const [a, b, d] = [tmp(), tmp(), tmp()];
    await generate({ tickets: 500, calls: 500, out: a });
    await generate({ tickets: 500, calls: 500, out: b });
    await generate({ tickets: 500, calls: 500, out: d, seed: 2 });
    const read = (dir: string) =>
      readFileSync(join(dir, 'tickets.csv'), 'utf8') + readFileSync(join(dir, 'calls.csv'), 'utf8');
    expect(read(a)).toBe(read(b));
    expect(read(a)).not.toBe(read(d));
  });

  it('writes the 13 core columns on request', async () => {
    const out = tmp();
    await generate({ tickets: 100, calls: 0, out, columns: 'core' });
    const t = parse(join(out, 'tickets.csv'));
    expect(t.errors).toEqual([]);
    expect(t.meta.fields).toEqual(CORE_TICKET_COLUMNS);
    expect(CORE_TICKET_COLUMNS.length).toBe(13);
  });
});
