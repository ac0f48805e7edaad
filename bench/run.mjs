#!/usr/bin/env node
/**
 * `npm run bench`: the performance figures of issues 2 and 3, measured on the built app in
 * headless Chromium with an on-disk profile (an in-memory profile makes IndexedDB 2–3× too fast).
 *
 *   node bench/run.mjs [--rows N | --tickets 1000000 --calls 1000000] [--columns all|core] [--runs 3]
 *                      [--build] [--keep-profile] [--no-peer]
 * (`--rows N` sets both counts; `--columns` is passed to the generator: `core` = the 13 ticket
 * columns of the ~120 MB file; `--no-peer` skips DuckDB-WASM.)
 *
 * Steps: generate the CSVs (bench/generate-data.mjs, skipped when bench/out already holds files
 * made with the same arguments and sizes) → serve build/ (scripts/serve.mjs) → PapaParse alone
 * in a worker on tickets.csv (the floors, `header: true` and `header: false`, median of --runs) → import tickets.csv then calls.csv
 * through the app's real `<input type=file>` (until the summary "N new, N updated, N skipped"
 * shows) → the scorecard for range=all (the engine's `computeMs` from the worker's answer, and the
 * time from that answer to the scorecard painted) → a filter change (a client-side navigation to
 * the same view with one channel, until painted) → close the browser, reopen the page cold, until
 * the scorecard is painted → a backup and a restore of the workspace through Settings (times and
 * the worker's peak memory in each) → the peak JS heap of the workers (CDP `Runtime.getHeapUsage`) → the
 * peer: DuckDB-WASM in a fresh browser on the same ticket file (bench/peer/, its own server
 * without the app's CSP): `read_csv` into a table, then comparable aggregates.
 *
 * With 10,000,000 rows or more (`--rows 10000000`), a step that fails (an out-of-memory worker,
 * a time-out) does not stop the run: the figures measured so far are printed, with
 * `rows_10m_ok: false` and the reason; `big` repeats that run's figures.
 *
 * Prints a table for people and, as the very last line, one JSON object with the keys of
 * ../shared/spec/benchmark.md (`rows`, `import_s`, `parse_floor_s`, `raw_parse_floor_s`,
 * `import_ratio`, `import_raw_ratio`, `compute_ms`, `filter_ms`, `drill_ms` (+ `drill_rows`,
 * `drill_frame_p95_ms`, `drill_worst_frame_ms`), `reopen_s`, `render_ms`,
 * `worker_heap_mb`, `worker_mem_mb`, `peer_import_s`, `peer_compute_ms`, `rows_10m_ok`, …). A figure that could not be measured is `null` (with the reason in the table),
 * never 0. Not part of CI: it needs minutes and the whole machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
import { IMPORT_SUMMARY, waitForScorecard } from '../tests/e2e/app.mjs';
import { launchPersistent } from '../tests/e2e/harness.mjs';
import { startHeapSampler } from './heap-sampler.mjs';
import { installProbe } from './probe.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(REPO, 'bench/out');
const require = (await import('node:module')).createRequire(import.meta.url);

function parseArgs(argv) {
  const options = {
    tickets: 1_000_000,
    calls: 1_000_000,
    runs: 3,
    columns: null,
    build: false,
    keepProfile: false,
    peer: true
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--tickets' || arg === '--calls' || arg === '--runs') {
      options[arg.slice(2)] = Number(argv[++i]);
      if (!Number.isInteger(options[arg.slice(2)]) || options[arg.slice(2)] < 0)
        throw new Error(`${arg} needs a count`);
    } else if (arg === '--columns') options.columns = argv[++i];
    else if (arg === '--build') options.build = true;
    else if (arg === '--keep-profile') options.keepProfile = true;
    else if (arg === '--no-peer') options.peer = false;
    else if (arg === '--rows') {
      options.tickets = options.calls = Number(argv[++i]);
      if (!Number.isInteger(options.tickets) || options.tickets < 1) throw new Error('--rows needs a count');
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};
const round = (value, digits) => (value == null || !Number.isFinite(value) ? null : Number(value.toFixed(digits)));
const step = (message) => console.log(`bench: ${message}`);

/** Generates the CSVs unless bench/out holds files made with the same arguments and sizes. */
function ensureData({ tickets, calls, columns }) {
  const stamp = join(OUT, 'generated.json');
  const files = { tickets: join(OUT, 'tickets.csv'), calls: join(OUT, 'calls.csv') };
  const sizes = () =>
    Object.fromEntries(Object.entries(files).map(([k, f]) => [k, existsSync(f) ? statSync(f).size : -1]));
  if (existsSync(stamp)) {
    const previous = JSON.parse(readFileSync(stamp, 'utf8'));
    if (
      previous.tickets === tickets &&
      previous.calls === calls &&
      previous.columns === columns &&
      JSON.stringify(previous.sizes) === JSON.stringify(sizes())
    ) {
      step(`data: reusing bench/out (${tickets} tickets, ${calls} calls)`);
      return files;
    }
  }
  const generator = join(REPO, 'bench/generate-data.mjs');
  if (!existsSync(generator)) throw new Error('bench/generate-data.mjs is missing: cannot generate the data');
  const args = ['--tickets', String(tickets), '--calls', String(calls), '--out', 'bench/out'];
  if (columns) args.push('--columns', columns);
  step(`data: node bench/generate-data.mjs ${args.join(' ')}`);
  execFileSync(process.execPath, [generator, ...args], {
    cwd: REPO,
    stdio: 'inherit'
  });
  for (const [kind, file] of Object.entries(files))
    if (!existsSync(file)) throw new Error(`the generator wrote no ${kind} file at ${file}`);
  writeFileSync(stamp, JSON.stringify({ tickets, calls, columns, sizes: sizes() }, null, 2));
  return files;
}

function ensureBuild(force) {
  if (!force && existsSync(join(REPO, 'build/index.html'))) {
    const version = JSON.parse(readFileSync(join(REPO, 'build/_app/version.json'), 'utf8')).version;
    step(`app: using the existing build/ (version ${version}; pass --build to rebuild)`);
    return;
  }
  step('app: vite build');
  execFileSync(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: REPO,
    stdio: 'inherit'
  });
}

/** PapaParse alone on the same file in a same-origin worker, in the app's page; ms per run. */
async function parseFloor(page, serverUrl, file, runs, header = true) {
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), {
      type: 'file',
      id: 'bench-floor-input',
      hidden: true
    });
    document.body.append(input);
  });
  await page.setInputFiles('#bench-floor-input', file);
  const times = [];
  let rows = null;
  for (let run = 0; run < runs; run++) {
    const result = await page.evaluate(
      ([workerUrl, header]) =>
        new Promise((resolvePromise, reject) => {
          const worker = new Worker(workerUrl);
          const file = /** @type {HTMLInputElement} */ (document.getElementById('bench-floor-input')).files[0];
          worker.onmessage = (event) => {
            worker.terminate();
            if (event.data.error) reject(new Error(event.data.error));
            else resolvePromise(event.data);
          };
          worker.onerror = (event) => reject(new Error(event.message || 'floor worker failed to start'));
          worker.postMessage({ file, header });
        }),
      [`${serverUrl}__bench/papa-floor.worker.js`, header]
    );
    times.push(result.ms);
    rows = result.rows;
  }
  await page.evaluate(() => document.getElementById('bench-floor-input')?.remove());
  return { ms: median(times), all: times, rows };
}

/**
 * Imports one file through the app's real file input; seconds from the `change` event to the
 * summary on screen (page clock), and the summary's counts.
 */
async function timedImport(page, file, timeoutMs = 1_800_000) {
  const since = await page.evaluate(() => performance.now());
  const done = page.evaluate(([s, source]) => window.__bench.summaryAfter(s, source), [since, IMPORT_SUMMARY.source]);
  await page.locator('input[type="file"][multiple]').first().setInputFiles(file);
  let timer;
  const result = await Promise.race([
    done,
    new Promise(
      (_, reject) =>
        (timer = setTimeout(() => reject(new Error(`no import summary after ${timeoutMs / 1000} s`)), timeoutMs))
    )
  ]).finally(() => clearTimeout(timer));
  if (!result.ok) throw new Error(`the import request failed: ${result.error}`);
  const change = await page.evaluate(() => window.__bench.lastChange);
  const m = result.lines[result.lines.length - 1].match(IMPORT_SUMMARY);
  const toNumber = (text) => Number(text.replace(/[^\d]/g, ''));
  return {
    seconds: (result.at - change) / 1000,
    answerSeconds: (result.received - change) / 1000,
    summary: { stored: toNumber(m[1]), updated: toNumber(m[2]), skipped: toNumber(m[3]) }
  };
}

/** The probe's log entries of one request type, after `since` (page time). */
const entries = (page, type, since = -1) =>
  page.evaluate(([t, s]) => window.__bench.log.filter((e) => e.type === t && e.sent > s), [type, since]);

/** Waits until a `compute` answered after `since` has been painted; returns its entry. */
async function waitForPaintedCompute(page, since, timeoutMs = 120_000) {
  const handle = await page.waitForFunction(
    (s) => {
      const done = window.__bench.log.filter((e) => e.type === 'compute' && e.sent > s && e.painted != null);
      return done.length ? done[done.length - 1] : null;
    },
    since,
    { timeout: timeoutMs, polling: 20 }
  );
  return handle.jsonValue();
}

/** DuckDB-WASM on `file` in a fresh browser, from its own server (no app CSP, no network). */
/**
 * The drill-down on the benchmark data: the tickets of one channel (the channel whose list is
 * closest to 100,000 rows) opened from a link inside the app, from the request to the painted
 * list (`data-open-ms` of routes/drill), then a fast fling through it (jank shows as frames far
 * over 16.7 ms).
 */
async function measureDrill(page, base, notes, figures, step) {
  step('drill-down: the tickets of one channel (~100,000 records), open and scroll');
  figures.drill_ms = null;
  figures.drill_rows = null;
  figures.drill_worst_frame_ms = null;
  const channels = await page.evaluate(() => window.__bench.lastCompute?.filterValues?.channel ?? []);
  let best = null;
  for (const channel of channels.filter((c) => c !== 'phone').slice(0, 6)) {
    const href = `${base}drill/?range=all&lang=en&drill=ticket_volume&by=channel&key=${encodeURIComponent(channel)}`;
    await page.evaluate((url) => {
      const link = Object.assign(document.createElement('a'), { href: url });
      document.body.append(link);
      link.click();
      link.remove();
    }, href);
    const shown = await page
      .waitForFunction(
        (key) => {
          const root = document.querySelector('[data-open-ms]');
          const list = document.querySelector('[data-drill][data-count]');
          const ok = root?.getAttribute('data-open-ms') && new URL(location.href).searchParams.get('key') === key;
          return ok && list
            ? { ms: Number(root.getAttribute('data-open-ms')), count: Number(list.getAttribute('data-count')) }
            : null;
        },
        channel,
        { timeout: 120_000, polling: 50 }
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    if (!shown) continue;
    step(`  ${channel}: ${shown.count} records in ${shown.ms} ms`);
    if (!best || Math.abs(shown.count - 100_000) < Math.abs(best.count - 100_000)) best = shown;
  }
  if (!best) {
    notes.push('no drill-down list opened: drill_ms not measured');
    return;
  }
  figures.drill_ms = best.ms;
  figures.drill_rows = best.count;
  // A fast fling: 100 px per frame (6,000 px/s at 60 Hz) for 240 frames, through ~600 rows.
  const frames = await page.evaluate(
    () =>
      new Promise((done) => {
        const box = document.querySelector('[data-drill] [role="rowgroup"][tabindex="0"]');
        if (!box) return done(null);
        let last = performance.now();
        const gaps = [];
        const frame = (t) => {
          gaps.push(t - last);
          last = t;
          box.scrollTop += 100;
          if (gaps.length < 240) requestAnimationFrame(frame);
          else done(gaps.slice(1).sort((a, b) => a - b));
        };
        requestAnimationFrame(frame);
      })
  );
  if (frames) {
    figures.drill_frame_p50_ms = frames[Math.floor(frames.length / 2)];
    figures.drill_frame_p95_ms = frames[Math.floor(frames.length * 0.95)];
    figures.drill_worst_frame_ms = frames[frames.length - 1];
  }
}

async function runPeer(file) {
  const server = await startServer({
    root: join(REPO, 'node_modules'),
    base: '/',
    port: 0,
    headers: false,
    overlay: { 'peer.html': join(REPO, 'bench/peer/peer.html'), 'peer.js': join(REPO, 'bench/peer/peer.js') }
  });
  const profile = await mkdtemp(join(tmpdir(), 'scorecard-bench-peer-'));
  const context = await launchPersistent(profile, { viewport: { width: 1280, height: 800 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}peer.html`);
    await page.waitForFunction(() => 'peer' in window, null, { timeout: 30_000 });
    await page.setInputFiles('#peer-input', file);
    return await page.evaluate(() => window.peer.run());
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * Backup and restore of the whole benchmark workspace through the Settings screen, as a person
 * does it: the time from the click to the download, and from choosing the file to "Restored";
 * the data worker's peak JS heap + ArrayBuffers in each, beside what it holds with the workspace
 * loaded and idle (a streamed backup must not double it).
 */
async function backupAndRestore(page, serverUrl, figures) {
  step('backup: Settings → Download a backup');
  await page.goto(`${serverUrl}settings/?lang=en`);
  const button = page.getByRole('button', { name: 'Download a backup' });
  await button.waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('button')].some((b) => b.textContent?.includes('Download a backup') && !b.disabled),
    null,
    { timeout: 300_000 }
  );
  const appWorker = (sample) =>
    Math.max(
      0,
      ...Object.entries(sample.byWorkerTotal ?? {})
        .filter(([url]) => !url.includes('/__bench/'))
        .map(([, mb]) => mb)
    ) || null;
  let sampler = await startHeapSampler(page.context(), page);
  await page.waitForTimeout(1500);
  figures.loaded_worker_mem_mb = appWorker(await sampler.stop());

  sampler = await startHeapSampler(page.context(), page);
  let t0 = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 1_800_000 }), button.click()]);
  const backupFile = join(OUT, 'bench.scorecard-backup');
  await download.saveAs(backupFile);
  figures.backup_s = (Date.now() - t0) / 1000;
  figures.backup_worker_mem_mb = appWorker(await sampler.stop());
  figures.backup_mb = statSync(backupFile).size / 1e6;
  step(`  ${figures.backup_s.toFixed(2)} s, ${figures.backup_mb.toFixed(1)} MB file`);

  step('restore: Settings → Restore a backup (into a new workspace)');
  sampler = await startHeapSampler(page.context(), page);
  t0 = Date.now();
  await page.locator('label', { hasText: 'Restore a backup' }).locator('input[type="file"]').setInputFiles(backupFile);
  await page.getByText(/Restored into the workspace/).waitFor({ timeout: 1_800_000 });
  figures.restore_s = (Date.now() - t0) / 1000;
  figures.restore_worker_mem_mb = appWorker(await sampler.stop());
  step(`  ${figures.restore_s.toFixed(2)} s`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const files = ensureData(options);
  ensureBuild(options.build);

  const server = await startServer({
    root: join(REPO, 'build'),
    base: '/',
    port: 0,
    overlay: {
      '__bench/papa-floor.worker.js': join(REPO, 'bench/papa-floor.worker.js'),
      '__bench/papaparse.min.js': require.resolve('papaparse/papaparse.min.js')
    }
  });
  const profile = await mkdtemp(join(tmpdir(), 'scorecard-bench-profile-'));
  const notes = [];
  const figures = {};
  const heap = {};
  const memory = {};
  const big = options.tickets >= 10_000_000;
  let failure = null;
  let context = null;
  const mergeHeap = (sample) => {
    for (const [url, mb] of Object.entries(sample.byWorker)) heap[url] = Math.max(heap[url] ?? 0, mb);
    for (const [url, mb] of Object.entries(sample.byWorkerTotal ?? {})) memory[url] = Math.max(memory[url] ?? 0, mb);
  };

  try {
    step(`serving build/ at ${server.url}; profile ${profile}`);
    context = await launchPersistent(profile, { viewport: { width: 1280, height: 800 } });
    await context.addInitScript(installProbe);
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}import/?lang=en`);
    await page.locator('input[type="file"][multiple]').first().waitFor({ state: 'attached', timeout: 30_000 });
    let sampler = await startHeapSampler(context, page);

    step(`parse floor: PapaParse alone in a worker, ${options.runs} run(s)`);
    const floor = await parseFloor(page, server.url, files.tickets, options.runs);
    figures.parse_floor_s = floor.ms / 1000;
    step(`  ${floor.all.map((ms) => (ms / 1000).toFixed(2)).join(' s, ')} s (${floor.rows} rows)`);
    step(`raw parse floor: PapaParse alone, header: false, ${options.runs} run(s)`);
    const rawFloor = await parseFloor(page, server.url, files.tickets, options.runs, false);
    figures.raw_parse_floor_s = rawFloor.ms / 1000;
    step(`  ${rawFloor.all.map((ms) => (ms / 1000).toFixed(2)).join(' s, ')} s (${rawFloor.rows} rows)`);

    step('import tickets.csv through the file input');
    const tickets = await timedImport(page, files.tickets);
    figures.import_s = tickets.seconds;
    figures.import_answer_s = tickets.answerSeconds;
    figures.rows = tickets.summary.stored + tickets.summary.updated;
    step(`  ${figures.import_s.toFixed(2)} s: ${JSON.stringify(tickets.summary)}`);

    step('import calls.csv through the file input');
    const calls = await timedImport(page, files.calls);
    figures.calls_import_s = calls.seconds;
    figures.call_rows = calls.summary.stored + calls.summary.updated;
    step(`  ${figures.calls_import_s.toFixed(2)} s: ${JSON.stringify(calls.summary)}`);

    step('scorecard for range=all');
    let since = await page.evaluate(() => performance.now());
    const toScorecard = page.getByRole('link', { name: /see the scorecard/i }).first();
    if (await toScorecard.count()) {
      // A client-side navigation keeps the data worker and its loaded columns, as a user would.
      await page.evaluate(() => {
        const link = [...document.querySelectorAll('a')].find((a) => /see the scorecard/i.test(a.textContent ?? ''));
        if (link) link.href = new URL('../?range=all&lang=en', location.href).href;
      });
      await toScorecard.click();
    } else {
      notes.push('no "See the scorecard" link: the scorecard was opened by a full page load');
      await page.goto(`${server.url}?range=all&lang=en`);
      since = -1;
    }
    const compute = await waitForPaintedCompute(page, since);
    await waitForScorecard(page);
    figures.compute_ms = compute.computeMs;
    if (compute.computeMs == null) notes.push('the compute answer carries no computeMs: compute_ms is null');
    figures.compute_roundtrip_ms = compute.received - compute.sent;
    figures.render_ms = compute.painted - compute.received;
    figures.kpis = compute.kpis;
    await page.screenshot({ path: join(OUT, 'scorecard.png') });

    step('filter change: one channel');
    const channel = await page.evaluate(() => window.__bench.lastCompute?.filterValues?.channel?.[0] ?? null);
    if (channel == null) {
      notes.push('no channel in filterValues: filter_ms not measured');
      figures.filter_ms = null;
    } else {
      since = await page.evaluate(() => performance.now());
      const clicked = await page.evaluate((value) => {
        // A link inside the app, so SvelteKit's router handles it like the UI's own filter change.
        const root = document.querySelector('body > div') ?? document.body;
        const link = Object.assign(document.createElement('a'), {
          href: `?range=all&lang=en&channel=${encodeURIComponent(value)}`,
          textContent: 'bench filter'
        });
        root.append(link);
        const t = performance.now();
        link.click();
        link.remove();
        return t;
      }, channel);
      const filtered = await waitForPaintedCompute(page, since, 60_000).catch(() => null);
      if (filtered) {
        figures.filter_ms = filtered.painted - clicked;
        figures.filter_compute_ms = filtered.computeMs;
      } else {
        notes.push('the filter link caused no compute: measured on the worker directly');
        const direct = await page.evaluate(async (value) => {
          const last = window.__bench.lastCompute;
          const view = { ...last.payload.view, filters: { ...last.payload.view.filters, channel: [value] } };
          return window.__bench.send('compute', { ...last.payload, view });
        }, channel);
        figures.filter_ms = direct ? direct.received - direct.sent : null;
        figures.filter_compute_ms = direct?.computeMs ?? null;
      }
    }
    await measureDrill(page, server.url, notes, figures, step);
    mergeHeap(await sampler.stop());

    step('cold reopen: close the browser, open the scorecard again');
    await context.close();
    context = await launchPersistent(profile, { viewport: { width: 1280, height: 800 } });
    await context.addInitScript(installProbe);
    page = context.pages()[0] ?? (await context.newPage());
    sampler = await startHeapSampler(context, page);
    await page.goto(`${server.url}?range=all&lang=en`);
    const reopened = await waitForPaintedCompute(page, -1, 300_000);
    figures.reopen_s = reopened.painted / 1000; // page time starts at the navigation
    const open = (await entries(page, 'open'))[0];
    figures.reopen_open_ms = open ? open.received - open.sent : null;
    figures.reopen_compute_ms = reopened.computeMs;
    await page.screenshot({ path: join(OUT, 'reopened.png') });
    mergeHeap(await sampler.stop());

    await backupAndRestore(page, server.url, figures);
    await context.close();
    context = null;
  } catch (error) {
    // At 10 M rows a failure is a result (what stops the app), not a crash of the benchmark.
    if (!big) throw error;
    failure = String(error?.message ?? error).split('\n')[0];
    notes.push(`the ${options.tickets}-row run stopped: ${failure}`);
    await context?.close().catch(() => {});
  } finally {
    await server.close();
    if (!options.keepProfile) await rm(profile, { recursive: true, force: true });
  }

  // The app's workers only: the floor probe (served under __bench/) is not part of the app.
  const heapValues = Object.entries(heap)
    .filter(([url]) => !url.includes('/__bench/'))
    .map(([, mb]) => mb);
  figures.worker_heap_mb = heapValues.length ? Math.max(...heapValues) : null;
  // Columns are typed arrays, outside the JS heap: this is what the worker really holds at its peak.
  const memoryValues = Object.entries(memory)
    .filter(([url]) => !url.includes('/__bench/'))
    .map(([, mb]) => mb);
  figures.worker_memory_mb = memoryValues.length ? Math.max(...memoryValues) : null;
  if (!heapValues.length) notes.push('no worker target was seen: worker_heap_mb is null');
  figures.import_ratio = figures.import_s && figures.parse_floor_s ? figures.import_s / figures.parse_floor_s : null;
  figures.import_raw_ratio =
    figures.import_s && figures.raw_parse_floor_s ? figures.import_s / figures.raw_parse_floor_s : null;

  if (options.peer) {
    step('peer: DuckDB-WASM on tickets.csv in a fresh browser (read_csv, then the aggregates)');
    try {
      const peer = await runPeer(files.tickets);
      figures.peer_import_s = peer.importMs / 1000;
      figures.peer_compute_ms = peer.computeMs;
      step(`  ${peer.rows} rows in ${(peer.importMs / 1000).toFixed(2)} s; aggregates ${peer.computeMs.toFixed(0)} ms`);
      if (peer.rows !== figures.rows) notes.push(`the peer read ${peer.rows} rows, the app stored ${figures.rows}`);
    } catch (error) {
      notes.push(`DuckDB-WASM peer failed: ${String(error?.message ?? error).split('\n')[0]}`);
    }
  } else notes.push('--no-peer: DuckDB-WASM not measured');
  figures.peer_import_ratio =
    figures.import_s && figures.peer_import_s ? figures.import_s / figures.peer_import_s : null;
  figures.peer_compute_ratio =
    figures.compute_ms && figures.peer_compute_ms ? figures.compute_ms / figures.peer_compute_ms : null;

  const table = [
    ['tickets imported', figures.rows, 'rows'],
    ['calls imported', figures.call_rows, 'rows'],
    ['import tickets.csv (end to end)', round(figures.import_s, 2), 's'],
    ['  until the worker answered the import', round(figures.import_answer_s, 2), 's'],
    ['import calls.csv (end to end)', round(figures.calls_import_s, 2), 's'],
    ['PapaParse alone in a worker (floor)', round(figures.parse_floor_s, 2), 's'],
    ['PapaParse alone, header: false (raw floor)', round(figures.raw_parse_floor_s, 2), 's'],
    ['import_ratio (target ≤ 1.5)', round(figures.import_ratio, 2), '×'],
    ['import_raw_ratio', round(figures.import_raw_ratio, 2), '×'],
    ['compute every KPI, range=all (engine; target ≤ 100)', round(figures.compute_ms, 1), 'ms'],
    ['  same, request → answer in the page', round(figures.compute_roundtrip_ms, 1), 'ms'],
    ['render: answer → scorecard painted', round(figures.render_ms, 1), 'ms'],
    ['filter change → painted (target ≤ 50)', round(figures.filter_ms, 1), 'ms'],
    ['  engine time for the filtered view', round(figures.filter_compute_ms, 1), 'ms'],
    ['drill-down list open (target < 1000)', round(figures.drill_ms, 1), 'ms'],
    ['  records in that list', figures.drill_rows, 'rows'],
    ['  frame while flinging through it: median', round(figures.drill_frame_p50_ms, 1), 'ms'],
    [
      '  … 95th percentile / worst',
      `${round(figures.drill_frame_p95_ms, 1)} / ${round(figures.drill_worst_frame_ms, 1)}`,
      'ms'
    ],
    ['cold reopen → scorecard painted (target ≤ 1)', round(figures.reopen_s, 2), 's'],
    ['  open (load columns) request', round(figures.reopen_open_ms, 1), 'ms'],
    ['worker peak JS heap (target ≤ 600)', round(figures.worker_heap_mb, 1), 'MB'],
    ...Object.entries(heap).map(([url, mb]) => [`  ${url.replace(/^.*\/(?=.)/, '')}`, round(mb, 1), 'MB']),
    ['worker peak JS heap + ArrayBuffers (target ≤ 250)', round(figures.worker_memory_mb, 1), 'MB'],
    ...Object.entries(memory).map(([url, mb]) => [`  ${url.replace(/^.*\/(?=.)/, '')}`, round(mb, 1), 'MB']),
    ['backup of the workspace (click → download)', round(figures.backup_s, 2), 's'],
    ['  backup file', round(figures.backup_mb, 1), 'MB'],
    ['  worker peak heap + ArrayBuffers during it', round(figures.backup_worker_mem_mb, 1), 'MB'],
    ['restore of that file (choose → restored)', round(figures.restore_s, 2), 's'],
    ['  worker peak heap + ArrayBuffers during it', round(figures.restore_worker_mem_mb, 1), 'MB'],
    ['worker heap + ArrayBuffers, workspace loaded, idle', round(figures.loaded_worker_mem_mb, 1), 'MB'],
    ['peer: DuckDB-WASM read_csv into a table', round(figures.peer_import_s, 2), 's'],
    ['peer: DuckDB-WASM aggregates', round(figures.peer_compute_ms, 1), 'ms'],
    ['import ÷ peer import', round(figures.peer_import_ratio, 2), '×'],
    ['compute ÷ peer compute', round(figures.peer_compute_ratio, 2), '×']
  ];
  console.log('');
  for (const [label, value, unit] of table)
    console.log(`${label.padEnd(48)} ${String(value ?? 'n/a').padStart(12)} ${unit}`);
  for (const note of notes) console.log(`note: ${note}`);
  const line = {
    rows: figures.rows ?? null,
    import_s: round(figures.import_s, 2),
    parse_floor_s: round(figures.parse_floor_s, 2),
    raw_parse_floor_s: round(figures.raw_parse_floor_s, 2),
    import_ratio: round(figures.import_ratio, 2),
    import_raw_ratio: round(figures.import_raw_ratio, 2),
    compute_ms: round(figures.compute_ms, 1),
    filter_ms: round(figures.filter_ms, 1),
    reopen_s: round(figures.reopen_s, 2),
    drill_ms: round(figures.drill_ms, 1),
    drill_rows: figures.drill_rows ?? null,
    drill_frame_p95_ms: round(figures.drill_frame_p95_ms, 1),
    drill_worst_frame_ms: round(figures.drill_worst_frame_ms, 1),
    worker_heap_mb: round(figures.worker_heap_mb, 1),
    worker_mem_mb: round(figures.worker_memory_mb, 1),
    worker_memory_mb: round(figures.worker_memory_mb, 1),
    render_ms: round(figures.render_ms, 1),
    backup_s: round(figures.backup_s, 2),
    backup_mb: round(figures.backup_mb, 1),
    backup_worker_mem_mb: round(figures.backup_worker_mem_mb, 1),
    restore_s: round(figures.restore_s, 2),
    restore_worker_mem_mb: round(figures.restore_worker_mem_mb, 1),
    loaded_worker_mem_mb: round(figures.loaded_worker_mem_mb, 1),
    peer_import_s: round(figures.peer_import_s, 2),
    peer_compute_ms: round(figures.peer_compute_ms, 1),
    peer_import_ratio: round(figures.peer_import_ratio, 2),
    peer_compute_ratio: round(figures.peer_compute_ratio, 2),
    // Only a run of 10 M rows or more can say yes or no; a smaller run says it did not try.
    rows_10m_ok: big ? failure == null && figures.compute_ms != null && figures.reopen_s != null : null
  };
  if (big) line.big = { ...line, failure };
  console.log(JSON.stringify(line));
}

main().catch((error) => {
  console.error(`bench: ${error?.stack ?? error}`);
  process.exit(1);
});
