/**
 * The "Imported files" list: one entry per file (same name and kind), its latest import first,
 * the earlier imports of the same file folded under it. Re-importing a corrected export is the
 * normal way to update data; listing it twice reads as if the data were in twice.
 */
import type { ImportInfo } from '$lib/worker/protocol';

export interface ImportGroup {
  readonly latest: ImportInfo;
  /** Older imports of the same file, newest first. */
  readonly earlier: readonly ImportInfo[];
}

export function groupImports(imports: readonly ImportInfo[]): ImportGroup[] {
  const byFile = new Map<string, ImportInfo[]>();
  for (const imp of [...imports].sort((a, b) => b.startedAt - a.startedAt || b.id - a.id)) {
    const key = `${imp.kind ?? ''}\u0000${imp.fileName}`;
    const list = byFile.get(key) ?? [];
    list.push(imp);
    byFile.set(key, list);
  }
  return [...byFile.values()].map(([latest, ...earlier]) => ({ latest, earlier }));
}
