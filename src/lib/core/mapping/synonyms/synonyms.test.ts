import { describe, expect, it } from 'vitest';
import { DURATION_INPUTS, FIELDS, RECORD_KINDS } from '../../schema/fields';
import { normalizeHeader } from '../normalize';
import { SYNONYMS } from './index';
import type { SynonymEntry } from './types';

describe('synonym tables', () => {
  it.each(RECORD_KINDS)('%s: fields exist, headers are not empty, no header means two fields', (kind) => {
    const known = new Set([
      ...FIELDS[kind].map((f) => f.name),
      ...DURATION_INPUTS.filter((d) => d.kind === kind).map((d) => d.name)
    ]);
    // A header may name two fields only when the sampled values decide between them (`when`).
    const owners = new Map<string, string>();
    for (const [field, list] of Object.entries(SYNONYMS[kind])) {
      expect(known.has(field), `${kind}.${field}`).toBe(true);
      for (const syn of list) {
        const e: SynonymEntry = typeof syn === 'string' ? { h: syn } : syn;
        const key = normalizeHeader(e.h);
        expect(key, `${kind}.${field}: '${e.h}'`).not.toBe('');
        const owner = `${key}|${e.when ?? ''}`;
        const prev = owners.get(owner);
        expect(prev === undefined || prev === field, `'${e.h}' → ${prev} and ${field}`).toBe(true);
        owners.set(owner, field);
      }
    }
  });

  it('every required field has synonyms in Persian or Arabic script', () => {
    for (const kind of RECORD_KINDS) {
      for (const f of FIELDS[kind].filter((x) => x.required)) {
        const list = (SYNONYMS[kind][f.name] ?? []).map((s) => (typeof s === 'string' ? s : s.h));
        expect(
          list.some((h) => /[\u0600-\u06ff]/.test(h)),
          `${kind}.${f.name}`
        ).toBe(true);
      }
    }
  });
});
