/**
 * A second build of the same source with another APP_BUILD_ID, made once per e2e run and shared
 * by the tests of the update flow (a build costs seconds of CPU on a small machine). It is made in
 * a temp copy of the sources (node_modules linked), so neither build/ nor .svelte-kit/ of the
 * working tree is touched — a build running there at the same time is not disturbed — and the
 * copy is removed when the run ends.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let pending = null;

/** What a build reads from the working tree. */
const SOURCES = ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json'];

/** The useful part of a failed build's output: from Vite's "error during build", else the end. */
function buildError(output) {
  const at = output.search(/error during build|Error:/);
  return (at >= 0 ? output.slice(at, at + 1500) : output.slice(-1500)).replace(/\s+/g, ' ');
}

/** Runs `vite build` with the given build id into `outDir`; rejects with the output on failure. */
export function buildVariant(repo, outDir, buildId) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build'], {
      cwd: repo,
      env: { ...process.env, APP_BUILD_ID: buildId, BUILD_DIR: outDir },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`second build failed: ${buildError(output)}`))
    );
  });
}

/** The app version a build carries (`_app/version.json`). */
export function versionOf(build) {
  return JSON.parse(readFileSync(join(build, '_app/version.json'), 'utf8')).version;
}

/** `{ dir, version }` of the shared second build, building it on first use. */
export function secondBuild(repo) {
  if (!pending) {
    const parent = mkdtempSync(join(tmpdir(), 'scorecard-build-b-'));
    process.on('exit', () => rmSync(parent, { recursive: true, force: true }));
    const copy = join(parent, 'repo');
    for (const entry of SOURCES) cpSync(join(repo, entry), join(copy, entry), { recursive: true });
    symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const dir = join(copy, 'build');
    const version = `e2e-update-${Date.now().toString(36)}`;
    pending = buildVariant(copy, dir, version).then(() => ({ dir, version }));
  }
  return pending;
}
