#!/usr/bin/env node
/**
 * The end-to-end test runner (`npm run test:e2e`, part of `npm test` after the build).
 *
 * It builds nothing: it drives the `build/` folder that `npm run build` made. Every
 * `tests/e2e/*.e2e.mjs` file exports `tests`: an array of `{ name, run(ctx), timeoutMs? }`;
 * `ctx` (see harness.mjs) starts servers and browsers and cleans them up. Tests run one after
 * another (the machine is small and each test owns a browser), each prints `✓`, `✗` or `-`
 * (skipped, with the reason), and the run ends with the line `N passed, N failed, N skipped`
 * and exit code 1 when anything failed. Screenshots go to tests/e2e/out/.
 *
 * Usage: node tests/e2e/run.mjs [substring …]   (only tests whose name contains one of them)
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumPath, createTestContext, OUT_DIR, REPO_ROOT, SkipTest, slug } from './harness.mjs';

const DEFAULT_TIMEOUT_MS = 90_000;
const E2E_DIR = join(REPO_ROOT, 'tests/e2e');

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function loadTests(filters) {
  const files = readdirSync(E2E_DIR)
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort();
  const tests = [];
  for (const file of files) {
    const module = await import(pathToFileURL(join(E2E_DIR, file)).href);
    if (!Array.isArray(module.tests)) throw new Error(`${file} must export \`tests\` (an array)`);
    for (const test of module.tests) {
      if (typeof test.name !== 'string' || typeof test.run !== 'function') {
        throw new Error(`${file}: every test needs a name and a run(ctx) function`);
      }
      const fullName = `${file.replace(/\.e2e\.mjs$/, '')}: ${test.name}`;
      if (filters.length === 0 || filters.some((f) => fullName.includes(f))) tests.push({ ...test, fullName });
    }
  }
  return tests;
}

async function main() {
  const filters = process.argv.slice(2);
  if (!existsSync(join(REPO_ROOT, 'build/index.html'))) {
    console.error('e2e: build/index.html is missing. Run `npm run build` first (npm test does).');
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }
  try {
    console.log(`e2e: Chromium at ${chromiumPath()}`);
  } catch (error) {
    console.error(`e2e: ${error.message}`);
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }

  const tests = await loadTests(filters);
  // Screenshots of an earlier run of these tests would be mistaken for this one's (only theirs:
  // another run may be writing its own screenshots next to them).
  const prefixes = tests.map((test) => `${slug(test.fullName)}-`);
  for (const file of existsSync(OUT_DIR) ? readdirSync(OUT_DIR) : []) {
    if (prefixes.some((prefix) => file.startsWith(prefix))) rmSync(join(OUT_DIR, file), { force: true });
  }
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const test of tests) {
    const started = Date.now();
    const ctx = createTestContext(test.fullName);
    try {
      await withTimeout(
        Promise.resolve().then(() => test.run(ctx)),
        test.timeoutMs ?? DEFAULT_TIMEOUT_MS
      );
      passed++;
      console.log(`✓ ${test.fullName} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      if (error instanceof SkipTest) {
        skipped++;
        console.log(`- ${test.fullName} (skipped: ${error.message})`);
      } else {
        failed++;
        await ctx.captureFailure();
        console.log(`✗ ${test.fullName} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        console.log(
          `    ${String(error?.stack ?? error)
            .split('\n')
            .slice(0, 6)
            .join('\n    ')}`
        );
      }
    } finally {
      await ctx.dispose();
    }
  }
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
});
