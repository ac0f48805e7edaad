/**
 * Which stored rows are superseded by a later row with the same identity (identity.ts).
 *
 * Design (why masks): loading must not build a Map of every key. So the work is done when data
 * changes, and the result is stored as a per-chunk mask (`ChunkMeta.superseded`):
 * - at import completion (`markOwnDuplicates` + `markOlder`): only the new import's keys are held
 *   in a Set; older chunks whose key range cannot overlap are not even read;
 * - after deleting an import (`recomputeMasks`): rows it had superseded may come back, unless a
 *   newer import also has them. This one pass holds every key of the affected kind, but it only
 *   runs when that kind has masks at all (imports that never overlapped cost nothing).
 * Order: a later import wins (larger import id); within an import, the later row in the file.
 */
import type { ChunkMeta } from './records';

export interface KeyedChunk {
  readonly length: number;
  readonly read: (row: number) => string;
}

export interface OwnMarks {
  /** Per chunk (same order as given): rows superseded by a later row of the same import. */
  readonly masks: (Uint8Array | null)[];
  readonly keys: Set<string>;
  readonly duplicates: number;
  readonly keyMin: string;
  readonly keyMax: string;
}

/** Marks earlier duplicates within one import (chunks in file order). */
export function markOwnDuplicates(chunks: readonly KeyedChunk[]): OwnMarks {
  const keys = new Set<string>();
  const masks: (Uint8Array | null)[] = chunks.map(() => null);
  let duplicates = 0;
  let keyMin = '\uffff';
  let keyMax = '';
  for (let c = chunks.length - 1; c >= 0; c--) {
    const { length, read } = chunks[c];
    for (let i = length - 1; i >= 0; i--) {
      const k = read(i);
      if (!k) continue;
      if (keys.has(k)) {
        const m = (masks[c] ??= new Uint8Array(length));
        m[i] = 1;
        duplicates++;
      } else {
        keys.add(k);
        if (k < keyMin) keyMin = k;
        if (k > keyMax) keyMax = k;
      }
    }
  }
  return { masks, keys, duplicates, keyMin, keyMax };
}

/** Key range of a chunk ('\uffff', '' when it has no keys: overlaps nothing). */
export function keyRange(chunk: KeyedChunk): { keyMin: string; keyMax: string } {
  let keyMin = '\uffff';
  let keyMax = '';
  for (let i = 0; i < chunk.length; i++) {
    const k = chunk.read(i);
    if (!k) continue;
    if (k < keyMin) keyMin = k;
    if (k > keyMax) keyMax = k;
  }
  return { keyMin, keyMax };
}

export function rangesOverlap(a: { keyMin: string; keyMax: string }, b: { keyMin: string; keyMax: string }): boolean {
  return a.keyMin <= b.keyMax && b.keyMin <= a.keyMax;
}

/**
 * Marks the rows of an older chunk whose identity is in `keys`. Returns the new mask and how many
 * rows it newly marked (each is one "updated" record of the new import).
 */
export function markOlder(
  meta: Pick<ChunkMeta, 'length' | 'superseded'>,
  chunk: KeyedChunk,
  keys: ReadonlySet<string>
): { mask: Uint8Array | null; visible: number; marked: number } {
  let mask = meta.superseded;
  let marked = 0;
  let visible = 0;
  for (let i = 0; i < meta.length; i++) {
    if (mask && mask[i]) continue;
    const k = chunk.read(i);
    if (k && keys.has(k)) {
      if (!mask || mask === meta.superseded) mask = mask ? mask.slice() : new Uint8Array(meta.length);
      mask[i] = 1;
      marked++;
    } else visible++;
  }
  return { mask, visible, marked };
}

export interface StoredChunk extends KeyedChunk {
  readonly meta: ChunkMeta;
}

function rowNo(meta: ChunkMeta, i: number): number {
  return meta.rowNos ? meta.rowNos[i] : meta.firstRow + i;
}

/**
 * Recomputes every mask of one kind from scratch (complete imports' chunks only, dormant ones
 * included). Returns the chunks whose mask or visible count changed.
 */
export function recomputeMasks(
  chunks: readonly StoredChunk[]
): Map<number, { mask: Uint8Array | null; visible: number }> {
  const bySource = new Map<string, StoredChunk[]>();
  for (const c of chunks) {
    const list = bySource.get(c.meta.source);
    if (list) list.push(c);
    else bySource.set(c.meta.source, [c]);
  }
  const changed = new Map<number, { mask: Uint8Array | null; visible: number }>();
  for (const list of bySource.values()) {
    const byImport = new Map<number, StoredChunk[]>();
    for (const c of list) {
      const l = byImport.get(c.meta.importId);
      if (l) l.push(c);
      else byImport.set(c.meta.importId, [c]);
    }
    const newer = new Set<string>();
    for (const importId of [...byImport.keys()].sort((a, b) => b - a)) {
      const parts = byImport.get(importId)!;
      // The winner of each key in this import: its last row in file order.
      const winner = new Map<string, { part: number; row: number; no: number }>();
      parts.forEach((p, pi) => {
        for (let i = 0; i < p.length; i++) {
          const k = p.read(i);
          if (!k) continue;
          const no = rowNo(p.meta, i);
          const w = winner.get(k);
          if (!w || no > w.no) winner.set(k, { part: pi, row: i, no });
        }
      });
      parts.forEach((p, pi) => {
        let mask: Uint8Array | null = null;
        let visible = 0;
        for (let i = 0; i < p.length; i++) {
          const k = p.read(i);
          let gone = false;
          if (k) {
            const w = winner.get(k)!;
            gone = newer.has(k) || w.part !== pi || w.row !== i;
          }
          if (gone) (mask ??= new Uint8Array(p.length))[i] = 1;
          else visible++;
        }
        if (visible !== p.meta.visible || !sameMask(mask, p.meta.superseded))
          changed.set(p.meta.id!, { mask, visible });
      });
      for (const k of winner.keys()) newer.add(k);
    }
  }
  return changed;
}

function sameMask(a: Uint8Array | null, b: Uint8Array | null): boolean {
  const zeroA = !a || a.every((x) => x === 0);
  const zeroB = !b || b.every((x) => x === 0);
  if (zeroA || zeroB) return zeroA && zeroB;
  if (a!.length !== b!.length) return false;
  for (let i = 0; i < a!.length; i++) if (a![i] !== b![i]) return false;
  return true;
}
