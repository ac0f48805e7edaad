/**
 * The pieces every end-to-end test (and the benchmark) shares: where Chromium is, how it is
 * launched, and a per-test context that hands out servers, browsers and temp folders and closes
 * all of them when the test ends, pass or fail.
 *
 * Promises:
 * - Chromium is Debian's `/usr/bin/chromium` unless `CHROME_PATH` says otherwise; a missing
 *   binary is a clear error, not a Playwright stack trace.
 * - Browsers are always persistent contexts on a temporary on-disk profile, so IndexedDB and the
 *   service worker behave as on a real device (an incognito context keeps IndexedDB in memory).
 * - Nothing a test opens outlives it: servers, browsers and temp folders are closed/removed.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT_DIR = join(REPO_ROOT, 'tests/e2e/out');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

/** The Chromium binary to drive, or a thrown Error that says how to get one. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it (Debian: apt-get install -y chromium) ` +
        'or point CHROME_PATH at a Chromium/Chrome binary.'
    );
  }
  return path;
}

/** A persistent browser context on the given profile folder, phone-sized by default. */
export function launchPersistent(profileDir, options = {}) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
    ...options
  });
}

/** Thrown by `ctx.skip(reason)`; the runner reports the test as skipped with the reason. */
export class SkipTest extends Error {}

/** Turns a test name into a file-name-safe slug for screenshots. */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);
}

/**
 * The per-test context. `dispose()` is called by the runner after the test.
 * @param {string} testName
 */
export function createTestContext(testName, { build = join(REPO_ROOT, 'build') } = {}) {
  const cleanups = [];
  const contexts = [];
  const prefix = slug(testName);
  mkdirSync(OUT_DIR, { recursive: true });

  const ctx = {
    name: testName,
    repo: REPO_ROOT,
    build,
    out: OUT_DIR,
    /** Starts scripts/serve.mjs on a random port; `{ root, base }` default to build/ at `/`. */
    async serve({ root = build, base = '/', headers = true } = {}) {
      const server = await startServer({ root, base, port: 0, headers });
      let closed = false;
      const close = server.close;
      server.close = async () => {
        if (closed) return;
        closed = true;
        await close();
      };
      cleanups.push(() => server.close());
      return server;
    },
    async tempDir(label = 'tmp') {
      const dir = await mkdtemp(join(tmpdir(), `scorecard-${label}-`));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      return dir;
    },
    /** A persistent context on a fresh temp profile (or `profileDir` to reopen one). */
    async browser({ profileDir, ...options } = {}) {
      const dir = profileDir ?? (await ctx.tempDir('profile'));
      const context = await launchPersistent(dir, options);
      contexts.push(context);
      cleanups.push(() => context.close().catch(() => {}));
      return context;
    },
    async screenshot(page, label) {
      const file = join(OUT_DIR, `${prefix}-${slug(label)}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    skip(reason) {
      throw new SkipTest(reason);
    },
    log(message) {
      console.log(`    · ${message}`);
    },
    /** Screenshots of every open page, for a failed test. */
    async captureFailure() {
      let i = 0;
      for (const context of contexts) {
        for (const page of context.pages()) {
          await page
            .screenshot({ path: join(OUT_DIR, `${prefix}-failure-${i++}.png`), fullPage: true, timeout: 5000 })
            .catch(() => {});
        }
      }
    },
    async dispose() {
      // Reverse order: browsers close before their profile folders are removed.
      for (const cleanup of cleanups.reverse()) {
        try {
          await cleanup();
        } catch {
          // Best effort: a browser that already crashed cannot be closed twice.
        }
      }
    }
  };
  return ctx;
}

/** Collects console errors and CSP violations of a page and its workers (CSP shows up as console errors). */
export function watchConsole(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  // A worker's CSP violations and errors are reported on the worker, not the page.
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') errors.push(`worker ${worker.url()}: ${message.text()}`);
    })
  );
  return errors;
}
