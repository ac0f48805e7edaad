/**
 * Lookup tables built once per kind from the synonym data and the canonical field names: exact key →
 * candidates, space-less key → candidates, and token lists for the loose (subset) match.
 */
import { DURATION_INPUTS, FIELDS, type RecordKind } from '../schema/fields';
import { normalizeHeader } from './normalize';
import { SYNONYMS } from './synonyms';
import type { SynonymEntry } from './synonyms/types';

export interface Candidate extends Omit<SynonymEntry, 'h'> {
  field: string;
  conf: number;
}

export interface SynonymIndex {
  exact: Map<string, Candidate[]>;
  compact: Map<string, Candidate[]>;
  /** Synonyms of two words or more, for the loose match. */
  multiWord: { tokens: string[]; cand: Candidate }[];
}

/** Confidence of a listed synonym; 1 is kept for canonical names and known formats. */
export const SYNONYM_CONF = 0.95;

const cache = new Map<RecordKind, SynonymIndex>();

function add(map: Map<string, Candidate[]>, key: string, cand: Candidate): void {
  const list = map.get(key);
  if (!list) map.set(key, [cand]);
  else if (!list.some((c) => c.field === cand.field && c.when === cand.when && c.part === cand.part)) list.push(cand);
}

export function synonymIndex(kind: RecordKind): SynonymIndex {
  const hit = cache.get(kind);
  if (hit) return hit;
  const index: SynonymIndex = { exact: new Map(), compact: new Map(), multiWord: [] };
  const canonical = [
    ...FIELDS[kind].map((f) => f.name),
    ...DURATION_INPUTS.filter((d) => d.kind === kind).map((d) => d.name)
  ];
  for (const name of canonical) {
    const cand: Candidate = { field: name, conf: 1 };
    add(index.exact, normalizeHeader(name), cand);
    add(index.compact, normalizeHeader(name).replace(/ /g, ''), cand);
  }
  for (const [field, list] of Object.entries(SYNONYMS[kind])) {
    for (const syn of list) {
      const entry: SynonymEntry = typeof syn === 'string' ? { h: syn } : syn;
      const { h, conf, ...extras } = entry;
      const key = normalizeHeader(h);
      const cand: Candidate = { ...extras, field, conf: conf ?? SYNONYM_CONF };
      add(index.exact, key, cand);
      add(index.compact, key.replace(/ /g, ''), cand);
      const tokens = key.split(' ');
      if (tokens.length >= 2) index.multiWord.push({ tokens, cand });
    }
  }
  cache.set(kind, index);
  return index;
}
