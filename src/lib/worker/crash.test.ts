/**
 * Kill at every step: an import (with the compaction it triggers), a delete, a demo load, a
 * restore over an existing workspace and the v1 → v2 migration are each run once to count their
 * steps, then once per step k with the database connection killed at step k (storage/test-crash.ts:
 * that step and every later one fail, as in a closed tab). The next "page load" (a fresh
 * connection and session) must find the workspace exactly as before or exactly as after — same
 * workspaces, same complete imports, the same rows with the same values — and nothing left over:
 * no import still 'running', no chunk or dictionary without its import, no hidden workspace.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { textAt, type ColumnTable, type TextColumn } from '../core/columns/table';
import type { Dataset, ScorecardResult } from '../core/engine/types';
import { ScorecardDb } from '../storage/db';
import { killableDb } from '../storage/test-crash';
import { range, tickets } from '../storage/test-helpers';
import { writeV1 } from '../storage/test-v1';
import { file } from './import/test-files';
import { createLocalClient } from './local-client';

type Client = ReturnType<typeof createLocalClient>;

const countTickets = (data: Dataset): ScorecardResult =>
  ({ kpis: [{ id: 'ticket_volume', value: data.tickets?.length ?? 0 }] }) as unknown as ScorecardResult;

const CSV = (ids: readonly string[], agent: string) =>
  'ticket_id,created_at,agent\n' + ids.map((id, i) => `${id},2026-05-0${(i % 9) + 1} 10:00,${agent}`).join('\n') + '\n';

let n = 0;
const freshName = () => `crash-${Date.now()}-${n++}`;

function client(db: ScorecardDb, name: string): Client {
  return createLocalClient({
    db,
    compute: countTickets,
    timeZone: 'UTC',
    channel: `${name}-channel`,
    importSizes: { chunkRows: 10 },
    generateDemo: (scenario) => ({
      tickets: scenario === 'a' ? tickets(range(0, 25), 'demo-a') : tickets(range(10, 40), 'demo-b')
    })
  });
}

function rows(t: ColumnTable | undefined): string[] {
  if (!t) return [];
  const ids = t.columns.ticket_id as TextColumn;
  const agents = t.columns.agent as TextColumn;
  return Array.from({ length: t.length }, (_, i) => `${textAt(ids, i)}:${textAt(agents, i)}`).sort();
}

/**
 * The workspaces as the next page load finds them (a fresh connection and session; opening runs
 * the recovery), checked for leftovers, as one comparable string.
 */
async function reopen(name: string): Promise<string> {
  const db = new ScorecardDb(name);
  const c = client(db, `${name}-reopen`);
  const { workspaces } = await c.request('listWorkspaces', {});
  const seen = [];
  for (const w of [...workspaces].sort((a, b) => a.name.localeCompare(b.name))) {
    const summary = await c.request('open', { workspace: w.id });
    seen.push({
      name: w.name,
      imports: summary.imports
        .filter((i) => i.status === 'complete')
        .map((i) => `${i.fileName}:${i.rowsStored}`)
        .sort(),
      tickets: rows(c.session.dataset.tickets)
    });
  }
  const imports = await db.imports.toArray();
  expect(
    imports.filter((r) => r.status === 'running').map((r) => r.fileName),
    'imports left running'
  ).toEqual([]);
  const importIds = new Set(imports.map((r) => r.id));
  expect((await db.chunks.toArray()).filter((m) => !importIds.has(m.importId)).length, 'orphan chunks').toBe(0);
  expect((await db.dicts.toArray()).filter((d) => !importIds.has(d.importId)).length, 'orphan dictionaries').toBe(0);
  const chunkIds = new Set(await db.chunks.toCollection().primaryKeys());
  expect((await db.chunkData.toCollection().primaryKeys()).filter((id) => !chunkIds.has(id)).length).toBe(0);
  expect((await db.workspaces.toArray()).filter((w) => w.pending).length, 'hidden workspaces').toBe(0);
  c.terminate();
  return JSON.stringify(seen);
}

const settle = (p: Promise<unknown>) =>
  Promise.race([p.catch(() => undefined), new Promise((_, no) => setTimeout(() => no(new Error('hung')), 20_000))]);

/**
 * Runs `op` after `setup` once to count its steps, then once per step with a kill there; every
 * reopened state must be the state before or the state after. Returns the number of steps.
 */
async function killAtEveryStep<S>(
  setup: (c: Client) => Promise<S>,
  op: (c: Client, s: S) => Promise<unknown>,
  step: 'transaction' | 'mutate' = 'transaction'
): Promise<number> {
  const name = freshName();
  const k = killableDb(name, step);
  const c = client(k.db, name);
  const s = await setup(c);
  const before = await reopen(name);
  k.arm(0);
  await op(c, s);
  const steps = k.steps;
  c.terminate();
  const after = await reopen(name);
  expect(after).not.toBe(before);
  for (let at = 1; at <= steps; at++) {
    const name = freshName();
    const k = killableDb(name, step);
    const c = client(k.db, name);
    const s = await setup(c);
    k.arm(at);
    await settle(op(c, s));
    expect(k.killed, `step ${at} of ${steps} was reached`).toBe(true);
    c.terminate();
    const found = await reopen(name);
    expect([before, after], `killed at step ${at} of ${steps}`).toContain(found);
  }
  return steps;
}

async function workspaceWith(c: Client, name: string, files: [string, string][]): Promise<string> {
  const ws = await c.request('createWorkspace', { name });
  await c.request('open', { workspace: ws.id });
  for (const [fileName, csv] of files) await c.request('import', { files: [file(csv, fileName)] });
  return ws.id;
}

describe('kill at every step: before or after, nothing in between', { timeout: 120_000 }, () => {
  it('an import that supersedes older rows (and the compaction it triggers)', async () => {
    const steps = await killAtEveryStep(
      (c) => workspaceWith(c, 'W', [['a.csv', CSV(range(0, 30), 'a')]]),
      (c) => c.request('import', { files: [file(CSV(range(0, 60), 'b'), 'b.csv')] })
    );
    expect(steps).toBeGreaterThan(10);
  });

  it('a delete that brings superseded rows back', async () => {
    await killAtEveryStep(
      (c) =>
        workspaceWith(c, 'W', [
          ['a.csv', CSV(range(0, 30), 'a')],
          ['b.csv', CSV(range(15, 45), 'b')]
        ]),
      async (c) => {
        const { imports } = await c.request('open', { workspace: c.session.workspace! });
        await c.request('deleteImport', { id: imports.find((i) => i.fileName === 'b.csv')!.id });
      }
    );
  });

  it('a demo load over an earlier demo', async () => {
    await killAtEveryStep(
      (c) => c.request('loadDemo', { scenario: 'a' }),
      (c) => c.request('loadDemo', { scenario: 'b' })
    );
  });

  it('a restore that replaces a workspace', async () => {
    await killAtEveryStep(
      async (c) => {
        await workspaceWith(c, 'Source', [['s.csv', CSV(range(0, 25, 'S'), 's')]]);
        const { blob } = await c.request('exportBackup', {});
        const target = await workspaceWith(c, 'Target', [['t.csv', CSV(range(0, 20), 't')]]);
        return { blob, target };
      },
      (c, s) => c.request('restoreBackup', { file: s.blob, replace: s.target })
    );
  });

  it('the v1 → v2 migration (killed at every write of the upgrade)', async () => {
    const expectMigrated = async (name: string) => {
      const c = client(new ScorecardDb(name), name);
      const summary = await c.request('open', { workspace: 'w' });
      expect(summary.imports.map((i) => i.fileName)).toEqual(['a.csv', 'b.csv']);
      expect(rows(c.session.dataset.tickets)).toEqual(['T0:a1', 'T1:a1', 'T2:a2', 'T3:b', 'T9:b']);
      c.terminate();
    };
    const name = freshName();
    await writeV1(name);
    const counting = killableDb(name, 'mutate');
    counting.arm(0);
    await counting.db.open();
    const steps = counting.steps;
    counting.db.close();
    expect(steps).toBeGreaterThan(5);
    await expectMigrated(name);
    for (let at = 1; at <= steps; at++) {
      const name = freshName();
      await writeV1(name);
      const k = killableDb(name, 'mutate');
      k.arm(at);
      await k.db.open().catch(() => undefined);
      expect(k.killed).toBe(true);
      k.db.close();
      // The upgrade is one transaction: killed anywhere, the database is still v1, whole.
      await expectMigrated(name);
    }
  });
});
