import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TableBuilder } from '../columns/builder';
import { isText } from '../columns/table';
import { guessMapping } from '../mapping';
import { parseBoolean } from '../parse/booleans';
import { makeDateParser, sniffDates } from '../parse/dates';
import { normalizeVocabulary, splitTags } from '../parse/normalize';
import { parseNumber } from '../parse/numbers';
import { FIELDS, RECORD_KINDS, requiredFields } from '../schema/fields';
import { isoWithOffset, quote } from './csv-writer';
import { generateDemo } from './generate';
import { tableToCsv, templateCsv } from './templates';

const ISO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?[+-]\d{2}:\d{2}$/;

function parse(csv: string): Papa.ParseResult<Record<string, string>> {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
}

describe('templateCsv', () => {
  it('empty: exactly the canonical header of each kind, in fields.ts order', () => {
    for (const kind of RECORD_KINDS) {
      const csv = templateCsv(kind, false);
      expect(csv).toBe(FIELDS[kind].map((f) => f.name).join(',') + '\n');
      expect(parse(csv).meta.fields).toEqual(FIELDS[kind].map((f) => f.name));
    }
  });

  it('filled: the same header and about ten complete, well-typed example rows', () => {
    for (const kind of RECORD_KINDS) {
      const csv = templateCsv(kind, true);
      const parsed = parse(csv);
      expect(parsed.errors, kind).toEqual([]);
      expect(parsed.meta.fields, kind).toEqual(FIELDS[kind].map((f) => f.name));
      expect(parsed.data.length, kind).toBeGreaterThanOrEqual(kind === 'costs' ? 8 : 10);
      expect(parsed.data.length, kind).toBeLessThanOrEqual(10);
      for (const row of parsed.data) {
        for (const name of requiredFields(kind)) expect(row[name], `${kind}.${name}`).not.toBe('');
        for (const f of FIELDS[kind]) {
          const v = row[f.name];
          if (v === '') continue;
          if (f.type === 'time') expect(v, `${kind}.${f.name}`).toMatch(ISO_OFFSET);
          if (f.type === 'number') expect(Number.isFinite(Number(v)), `${kind}.${f.name}=${v}`).toBe(true);
          if (f.type === 'boolean') expect(['true', 'false']).toContain(v);
        }
      }
      expect(templateCsv(kind, true)).toBe(csv);
    }
  });

  it('filled examples show the zone offset, tags and whole conversations', () => {
    const tickets = parse(templateCsv('tickets', true)).data;
    expect(tickets.some((r) => r.created_at.endsWith('+01:00'))).toBe(true);
    expect(tickets.some((r) => r.tags !== '')).toBe(true);
    const messages = parse(templateCsv('messages', true)).data;
    const first = messages.filter((m) => m.conversation_id === messages[0].conversation_id);
    expect(first.map((m) => m.direction).slice(0, 2)).toEqual(['in', 'out']);
  });
});

describe('templates and the importer', () => {
  it('the mapper recognises every template as its kind, every column by its canonical name', () => {
    for (const kind of RECORD_KINDS) {
      const rows = Papa.parse<string[]>(templateCsv(kind, true), { skipEmptyLines: true }).data;
      const guess = guessMapping(rows);
      if (!guess.ok) throw new Error(`${kind}: ${guess.reason}`);
      expect(guess.mapping.kind, kind).toBe(kind);
      expect(guess.mapping.columns.map((c) => c.field)).toEqual(FIELDS[kind].map((f) => f.name));
    }
  });

  it("the parsers read every example value back as the demo's value", () => {
    for (const kind of RECORD_KINDS) {
      const rows = parse(templateCsv(kind, true)).data;
      for (const f of FIELDS[kind]) {
        const values = rows.map((r) => r[f.name]).filter((v) => v !== '');
        if (f.type === 'time') {
          const read = makeDateParser(sniffDates(values), 'UTC');
          for (const v of values) expect(read(v), v).toBe(Date.parse(v));
        } else if (f.type === 'boolean') {
          for (const v of values) expect(parseBoolean(v)).toBe(v === 'true' ? 1 : 0);
        } else if (f.type === 'number') {
          for (const v of values) expect(parseNumber(v)).toBe(Number(v));
        } else if (f.vocabulary) {
          for (const v of values) expect(normalizeVocabulary(f.vocabulary, v)).toBe(v);
        } else if (f.name === 'tags') {
          for (const v of values) expect(splitTags(v)).toEqual(v.split(';'));
        }
      }
    }
  });
});

describe('tableToCsv', () => {
  const demo = generateDemo('baseline', { end: Date.UTC(2026, 5, 1), days: 30, timeZone: 'Asia/Tehran' });

  it('writes every value so that it reads back the same', () => {
    for (const kind of RECORD_KINDS) {
      const table = demo[kind]!;
      const limit = 300;
      const parsed = parse(tableToCsv(table, limit, 'Asia/Tehran'));
      expect(parsed.errors).toEqual([]);
      expect(parsed.data.length).toBe(Math.min(limit, table.length));
      parsed.data.forEach((row, i) => {
        for (const f of FIELDS[kind]) {
          const c = table.columns[f.name]!;
          const v = row[f.name];
          if (isText(c)) expect(v).toBe(c.dict[c.codes[i]]);
          else if (Number.isNaN(c.values[i])) expect(v).toBe('');
          else if (f.type === 'time') expect(Date.parse(v)).toBe(c.values[i]);
          else if (f.type === 'boolean') expect(v).toBe(c.values[i] ? 'true' : 'false');
          else expect(Number(v)).toBe(c.values[i]);
        }
      });
    }
  });

  it('quotes commas, quotes, line breaks and edge spaces (RFC 4180)', () => {
    const b = new TableBuilder('surveys', FIELDS.surveys, 4);
    const comments = ['plain', 'a, b', 'she said "no"', 'line\nbreak', ' padded', ''];
    comments.forEach((comment, i) => {
      b.text('survey_id').push(`S-${i}`);
      b.numeric('responded_at').push(Date.UTC(2026, 0, 1, 12, 0, 0, i));
      b.numeric('score').push(i);
      for (const name of ['scale_min', 'scale_max']) b.numeric(name).push(NaN);
      for (const name of ['ticket_id', 'call_id', 'channel', 'agent', 'team']) b.text(name).push('');
      b.text('comment').push(comment);
      b.endRow();
    });
    const csv = tableToCsv(b.finish());
    expect(csv).toContain('"a, b"');
    expect(csv).toContain('"she said ""no"""');
    const parsed = parse(csv);
    expect(parsed.data.map((r) => r.comment)).toEqual(comments);
    expect(parsed.data[1].responded_at).toBe('2026-01-01T12:00:00.001+00:00');
    expect(tableToCsv(b.finish(), 0).split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('csv-writer helpers', () => {
  it('formats instants with the offset of the zone', () => {
    expect(isoWithOffset(0, 0)).toBe('1970-01-01T00:00:00+00:00');
    expect(isoWithOffset(Date.UTC(2026, 2, 1, 6, 30), 3.5 * 3_600_000)).toBe('2026-03-01T10:00:00+03:30');
    expect(isoWithOffset(Date.UTC(2026, 2, 1, 3, 0, 0, 250), -5 * 3_600_000)).toBe('2026-02-28T22:00:00.250-05:00');
  });

  it('quotes only when needed', () => {
    expect(quote('abc')).toBe('abc');
    expect(quote('')).toBe('');
    expect(quote('a,b')).toBe('"a,b"');
    expect(quote('x"y')).toBe('"x""y"');
    expect(quote('trailing ')).toBe('"trailing "');
  });
});
