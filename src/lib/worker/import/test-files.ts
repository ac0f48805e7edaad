/**
 * Test-only: nasty input files written as bytes (the corpus issue 2 asks for), and a runner that
 * imports one into a fresh fake-indexeddb workspace.
 */
import { loadDataset } from '../../storage/chunks';
import type { ScorecardDb } from '../../storage/db';
import { freshDb } from '../../storage/test-helpers';
import type { FileMapping } from './mapping-api';
import { importFile, type ImportContext, type PipelineResult } from './pipeline';

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export function utf16le(s: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let o = 0;
  if (bom) {
    out[o++] = 0xff;
    out[o++] = 0xfe;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[o++] = c & 0xff;
    out[o++] = c >> 8;
  }
  return out;
}

/** Windows-1256 encoding through the inverse of the platform's decoder table. */
export function windows1256(s: string): Uint8Array {
  const dec = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...s].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (table.get(ch) ?? 0x3f))));
}

export const file = (bytes: Uint8Array | string, name = 'test.csv'): File =>
  new File([(typeof bytes === 'string' ? utf8(bytes) : bytes) as BlobPart], name);

export async function run(
  f: File,
  opts: Partial<ImportContext> & { db?: ScorecardDb; mapping?: FileMapping } = {}
): Promise<{ db: ScorecardDb; result: PipelineResult }> {
  const db = opts.db ?? freshDb();
  const result = await importFile({ db, workspace: 'w', timeZone: 'UTC', ...opts }, f, 0, opts.mapping);
  return { db, result };
}

export async function dataset(db: ScorecardDb) {
  return loadDataset(db, 'w');
}
