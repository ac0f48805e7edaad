/** Test-only: a database written exactly as version 1 of the app wrote it (for migration tests). */
import Dexie from 'dexie';
import { STORES_V1, type ChunkV1 } from './db';
import { tickets, range } from './test-helpers';

/** Writes a database exactly as version 1 of the app did. */
export async function writeV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(STORES_V1);
  await v1.table('workspaces').add({ id: 'w', name: 'Team A', createdAt: 1000, isDemo: false });
  const old = {
    workspace: 'w',
    fileName: 'a.csv',
    fileSize: 10,
    kind: 'tickets',
    format: 'canonical',
    mapping: null,
    status: 'complete',
    rowsRead: 4,
    rowsStored: 4,
    rowsUpdated: 0,
    rowsSkipped: 0,
    errors: [],
    startedAt: 1,
    finishedAt: 2
  };
  // Spread: Dexie writes the generated id back into the object it adds.
  const a = (await v1.table('imports').add({ ...old })) as number;
  const b = (await v1
    .table('imports')
    .add({ ...old, fileName: 'b.csv', rowsRead: 2, rowsStored: 2, rowsUpdated: 1 })) as number;
  const t1 = tickets(range(0, 2), 'a1');
  const t2 = tickets(range(2, 4), 'a2');
  const t3 = tickets(['T3', 'T9'], 'b');
  const chunk = (importId: number, seq: number, t: typeof t1, superseded?: Uint8Array): ChunkV1 => ({
    workspace: 'w',
    kind: 'tickets',
    importId,
    seq,
    length: t.length,
    columns: t.columns as ChunkV1['columns'],
    superseded
  });
  await v1.table('chunks').bulkAdd([chunk(a, 0, t1), chunk(a, 1, t2, Uint8Array.of(0, 1)), chunk(b, 0, t3)]);
  await v1.table('mappings').add({ signature: 'sig', mapping: { kind: 'tickets' }, savedAt: 5 });
  await v1.table('settings').add({ workspace: 'w', language: 'fa' });
  await v1.table('targets').add({ workspace: 'w', kpiId: 'fcr', setting: { target: { value: 70 } } });
  v1.close();
}
