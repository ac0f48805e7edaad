/**
 * Kill the browser at many points: during an import, a delete, a restore and the v1 → v2
 * migration, Chromium (a persistent on-disk profile) is SIGKILLed at several timed points, then
 * started again on the same profile. The app must find the workspace exactly as before or
 * exactly as after the operation — the scorecard's ticket count for range=all and the list of
 * complete imports — with no import left 'running' and no half-restored workspace.
 *
 * The points are spread over the operation's own duration, measured by one run without a kill
 * (that run also gives the "after" state), so they hit its beginning, middle and end on a fast
 * or a slow machine alike. A point that lands after the end simply checks "after".
 */
import { ENGLISH, chooseFiles, openScreen, readCardDetails, waitForComputed } from './lib/user-actions.mjs';
import { parseShown } from './lib/user-oracle.mjs';
import { requireUi } from './app.mjs';
import { createChecks } from './lib/user-checks.mjs';
import { killBrowser } from './lib/kill.mjs';
import { ticketFile } from './lib/sync-files.mjs';

const FRACTIONS = [0.15, 0.4, 0.65, 0.9];

/** The state as the app shows it after a (re)start: tickets for range=all and the stored imports. */
async function observe(page, server) {
  await openScreen(page, server, '?range=all');
  const hasCards = await page
    .waitForFunction(() => document.querySelectorAll('[data-kpi]').length > 0, null, { timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  let tickets = 0;
  if (hasCards) {
    await waitForComputed(page);
    const card = (await readCardDetails(page)).find((c) => c.id === 'ticket_volume');
    tickets = card ? (parseShown(card.value, 'count')?.value ?? 0) : 0;
  }
  const stored = await page.evaluate(async () => {
    const db = await new Promise((ok, no) => {
      const r = indexedDB.open('service-scorecard');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const all = (store) =>
      new Promise((ok) => {
        const q = db.transaction(store).objectStore(store).getAll();
        q.onsuccess = () => ok(q.result);
      });
    const workspaces = await all('workspaces');
    const imports = await all('imports');
    db.close();
    return {
      workspaces: workspaces
        .filter((w) => !w.pending && !w.isDemo)
        .map((w) => w.name)
        .sort(),
      pending: workspaces.filter((w) => w.pending).length,
      running: imports.filter((i) => i.status === 'running').length,
      complete: imports
        .filter((i) => i.status === 'complete')
        .map((i) => `${i.fileName}:${i.rowsStored}`)
        .sort()
    };
  });
  return { tickets, ...stored };
}

const key = (s) => JSON.stringify({ tickets: s.tickets, workspaces: s.workspaces, complete: s.complete });

/**
 * One operation killed at every point: `setup(page)` makes the "before" state on a fresh
 * profile, `start(page)` begins the operation (resolves once it is under way) and `finish(page)`
 * waits for its end. Returns the states seen.
 */
async function killDuring(ctx, server, check, label, { setup, start, finish }) {
  const launch = (profileDir) => ctx.browser({ ...ENGLISH, profileDir });
  const firstPage = async (context) => context.pages()[0] ?? (await context.newPage());

  // Reference run: the states before and after, and how long the operation takes.
  const refDir = await ctx.tempDir('crash-ref');
  let context = await launch(refDir);
  let page = await firstPage(context);
  await setup(page);
  const before = await observe(page, server);
  await setup.after?.(page);
  const t0 = Date.now();
  await start(page);
  await finish(page);
  const duration = Date.now() - t0;
  const after = await observe(page, server);
  await context.close();
  ctx.log(`${label}: before ${key(before)}, after ${key(after)}, ${duration} ms`);
  check(key(before) !== key(after), `${label}: the operation changed nothing`);

  for (const f of FRACTIONS) {
    const dir = await ctx.tempDir('crash');
    context = await launch(dir);
    page = await firstPage(context);
    await setup(page);
    await setup.after?.(page);
    const started = Date.now();
    await start(page);
    const wait = Math.max(0, Math.round(duration * f) - (Date.now() - started));
    await new Promise((r) => setTimeout(r, wait));
    await killBrowser(dir);
    await context.close().catch(() => {});
    context = await launch(dir);
    page = await firstPage(context);
    const found = await observe(page, server);
    const which = key(found) === key(before) ? 'before' : key(found) === key(after) ? 'after' : 'NEITHER';
    ctx.log(`${label}: killed at ${Math.round(f * 100)} % → ${which}`);
    check(which !== 'NEITHER', `${label}, killed at ${Math.round(f * 100)} %: found ${key(found)}`);
    check(found.running === 0, `${label}, killed at ${Math.round(f * 100)} %: ${found.running} import(s) left running`);
    check(found.pending === 0, `${label}, killed at ${Math.round(f * 100)} %: a hidden workspace was left`);
    await context.close();
  }
}

export const tests = [
  {
    name: 'killed during an import, a delete and a restore: the app reopens as before or as after',
    timeoutMs: 900_000,
    async run(ctx) {
      requireUi(ctx);
      const checks = createChecks(ctx);
      const { check } = checks;
      const server = await ctx.serve();
      const dir = await ctx.tempDir('crash-files');
      const small = await ticketFile(dir, 3_000, { prefix: 'S-', seed: 7 });
      const big = await ticketFile(dir, 150_000, { prefix: 'T-', seed: 1 });
      const importSmall = async (page) => {
        await openScreen(page, server, 'import/');
        await chooseFiles(page, [small]);
      };
      const fileInput = (page) => page.locator('input[type="file"][multiple]').first();
      const importBusy = (page) =>
        page.waitForFunction(
          () => ![...document.querySelectorAll('main button')].some((b) => /Cancel import/.test(b.textContent ?? '')),
          null,
          { timeout: 300_000, polling: 100 }
        );

      await checks.step('import', () =>
        killDuring(ctx, server, check, 'import', {
          setup: importSmall,
          start: async (page) => {
            await openScreen(page, server, 'import/');
            await fileInput(page).setInputFiles([big]);
            await page.getByRole('button', { name: /Cancel import/ }).waitFor({ timeout: 30_000 });
          },
          finish: async (page) => {
            await importBusy(page);
            await page.waitForFunction(() => document.querySelectorAll('main article').length > 0);
          }
        })
      );

      const withBoth = Object.assign(
        async (page) => {
          await importSmall(page);
          await chooseFiles(page, [big], { timeoutMs: 300_000 });
        },
        {
          // The delete is started from a fresh import screen.
          after: (page) => openScreen(page, server, 'import/')
        }
      );
      await checks.step('delete', () =>
        killDuring(ctx, server, check, 'delete', {
          setup: withBoth,
          start: async (page) => {
            const item = page.locator('main li', { hasText: 'tickets-150000.csv' }).first();
            await item.getByRole('button', { name: /Delete/ }).click();
            await item.getByRole('button', { name: 'Yes' }).click();
          },
          finish: (page) =>
            page.waitForFunction(
              () => ![...document.querySelectorAll('main li strong')].some((s) => s.textContent?.includes('150000')),
              null,
              { timeout: 120_000 }
            )
        })
      );

      let backupPath = null;
      await checks.step('restore', () =>
        killDuring(ctx, server, check, 'restore', {
          setup: Object.assign(
            async (page) => {
              await withBoth(page);
              if (!backupPath) {
                await openScreen(page, server, 'settings/');
                const [download] = await Promise.all([
                  page.waitForEvent('download', { timeout: 120_000 }),
                  page.getByRole('button', { name: 'Download a backup' }).click()
                ]);
                backupPath = `${dir}/backup.scorecard-backup`;
                await download.saveAs(backupPath);
              }
            },
            { after: (page) => openScreen(page, server, 'settings/') }
          ),
          start: async (page) => {
            await page
              .locator('label', { hasText: 'Restore a backup' })
              .locator('input[type="file"]')
              .setInputFiles(backupPath);
          },
          finish: (page) => page.getByText(/Restored into the workspace/).waitFor({ timeout: 300_000 })
        })
      );
      checks.done();
    }
  },
  {
    name: 'killed during the v1 → v2 migration of a large database: the app reopens with every row',
    timeoutMs: 600_000,
    async run(ctx) {
      requireUi(ctx);
      const checks = createChecks(ctx);
      const server = await ctx.serve();
      const ROWS = 200_000;
      // A database as version 1 of the app wrote it, written with raw IndexedDB from a page of
      // the origin that does not start the app (the manifest), before the app first opens it.
      const writeV1 = (page) =>
        page.evaluate(async (rows) => {
          const open = indexedDB.open('service-scorecard', 10);
          open.onupgradeneeded = () => {
            const db = open.result;
            db.createObjectStore('workspaces', { keyPath: 'id' });
            const imports = db.createObjectStore('imports', { keyPath: 'id', autoIncrement: true });
            imports.createIndex('workspace', 'workspace');
            imports.createIndex('[workspace+status]', ['workspace', 'status']);
            const chunks = db.createObjectStore('chunks', { keyPath: 'id', autoIncrement: true });
            chunks.createIndex('workspace', 'workspace');
            chunks.createIndex('importId', 'importId');
            chunks.createIndex('[workspace+kind]', ['workspace', 'kind']);
            db.createObjectStore('mappings', { keyPath: 'signature' });
            db.createObjectStore('settings', { keyPath: 'workspace' });
            const targets = db.createObjectStore('targets', { keyPath: ['workspace', 'kpiId'] });
            targets.createIndex('workspace', 'workspace');
          };
          const db = await new Promise((ok, no) => {
            open.onsuccess = () => ok(open.result);
            open.onerror = () => no(open.error);
          });
          const done = (tx) => new Promise((ok, no) => ((tx.oncomplete = ok), (tx.onerror = () => no(tx.error))));
          let tx = db.transaction(['workspaces', 'imports'], 'readwrite');
          tx.objectStore('workspaces').add({ id: 'w', name: 'Team A', createdAt: Date.UTC(2026, 0, 1), isDemo: false });
          tx.objectStore('imports').add({
            id: 1,
            workspace: 'w',
            fileName: 'old.csv',
            fileSize: 1,
            kind: 'tickets',
            format: 'canonical',
            mapping: null,
            status: 'complete',
            rowsRead: rows,
            rowsStored: rows,
            rowsUpdated: 0,
            rowsSkipped: 0,
            errors: [],
            startedAt: 1,
            finishedAt: 2
          });
          await done(tx);
          const per = 2_000;
          for (let seq = 0; seq * per < rows; seq++) {
            const n = Math.min(per, rows - seq * per);
            const dict = [''];
            const codes = new Uint32Array(n);
            const created = new Float64Array(n);
            for (let i = 0; i < n; i++) {
              dict.push(`V-${seq * per + i}`);
              codes[i] = i + 1;
              created[i] = Date.UTC(2026, 0, 1) + (seq * per + i) * 60_000;
            }
            tx = db.transaction('chunks', 'readwrite');
            tx.objectStore('chunks').add({
              workspace: 'w',
              kind: 'tickets',
              importId: 1,
              seq,
              length: n,
              columns: { ticket_id: { type: 'text', codes, dict }, created_at: { type: 'time', values: created } }
            });
            await done(tx);
          }
          db.close();
        }, ROWS);
      const before = { tickets: ROWS };
      let duration = 0;
      for (const f of [null, ...FRACTIONS]) {
        const dir = await ctx.tempDir('migration');
        let context = await ctx.browser({ ...ENGLISH, profileDir: dir });
        let page = context.pages()[0] ?? (await context.newPage());
        await page.goto(new URL('manifest.webmanifest', server.url).href);
        await writeV1(page);
        const started = Date.now();
        await page.goto(new URL('?range=all', server.url).href);
        if (f === null) {
          await waitForComputed(page, 300_000);
          duration = Date.now() - started;
          ctx.log(`migration of ${ROWS} rows and first scorecard: ${duration} ms`);
        } else {
          await new Promise((r) => setTimeout(r, Math.round(duration * f)));
          await killBrowser(dir);
          await context.close().catch(() => {});
          context = await ctx.browser({ ...ENGLISH, profileDir: dir });
          page = context.pages()[0] ?? (await context.newPage());
        }
        const found = await observe(page, server);
        ctx.log(`migration${f === null ? '' : `, killed at ${Math.round(f * 100)} %`}: ${key(found)}`);
        checks.check(
          found.tickets === before.tickets && found.complete.join() === `old.csv:${ROWS}`,
          `migration${f === null ? '' : ` killed at ${Math.round(f * 100)} %`}: found ${key(found)}`
        );
        await context.close();
      }
      checks.done();
    }
  }
];
