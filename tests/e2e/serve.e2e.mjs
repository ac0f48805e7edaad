/**
 * scripts/serve.mjs behaves like a plain static host: sub-path only, no rewrites, folder →
 * index.html, correct MIME types, `_headers` applied and hidden, no path traversal.
 * No browser needed: plain HTTP requests against a throwaway folder.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeadersFile, resolveRequest, normaliseBase } from '../../scripts/serve.mjs';

async function fixtureSite(ctx) {
  const root = await ctx.tempDir('site');
  mkdirSync(join(root, 'kpi'));
  mkdirSync(join(root, '_app/immutable'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(root, 'kpi/index.html'), '<!doctype html><title>kpi</title>');
  writeFileSync(join(root, 'manifest.webmanifest'), '{}');
  writeFileSync(join(root, 'sw.js'), '// sw');
  writeFileSync(join(root, '_app/immutable/a.js'), 'export {}');
  writeFileSync(join(root, '_headers'), '/*\n  X-Test: all\n/_app/immutable/*\n  Cache-Control: immutable\n');
  return root;
}

const get = (url, init) => fetch(url, { redirect: 'manual', ...init });

/** Starts the CLI, resolves with the URL it prints, and stops it when the test ends. */
function startCli(ctx, args) {
  const child = spawn(process.execPath, [join(ctx.repo, 'scripts/serve.mjs'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.mjs printed no URL: ${output}`)), 10_000);
    const onData = (chunk) => {
      output += chunk;
      const url = output.match(/Serving \S+ at (http:\/\/\S+)/)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop: () => child.kill('SIGTERM') });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => code && reject(new Error(`serve.mjs exited with ${code}: ${output}`)));
  });
}

export const tests = [
  {
    name: 'the CLI serves a folder on a random port under --base and prints the URL',
    async run(ctx) {
      const root = await fixtureSite(ctx);
      const server = await startCli(ctx, [root, '--port', '0', '--base', '/tools/scorecard/']);
      try {
        assert.match(server.url, /^http:\/\/127\.0\.0\.1:(?!0\/)\d+\/tools\/scorecard\/$/);
        const response = await get(`${server.url}kpi/`);
        assert.equal(response.status, 200);
        assert.match(await response.text(), /kpi/);
      } finally {
        server.stop();
      }
    }
  },
  {
    name: 'serves a folder under a sub-path like a plain static host',
    async run(ctx) {
      const root = await fixtureSite(ctx);
      const server = await ctx.serve({ root, base: '/tools/scorecard/' });
      const origin = new URL(server.url).origin;
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/tools\/scorecard\/$/);

      const home = await get(server.url);
      assert.equal(home.status, 200);
      assert.equal(home.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.match(await home.text(), /home/);

      const manifest = await get(`${server.url}manifest.webmanifest`);
      assert.equal(manifest.headers.get('content-type'), 'application/manifest+json; charset=utf-8');
      assert.equal((await get(`${server.url}sw.js`)).headers.get('content-type'), 'text/javascript; charset=utf-8');

      // Folder without slash → redirect; the base itself too; outside the base → 404.
      const kpi = await get(`${server.url}kpi`);
      assert.equal(kpi.status, 301);
      assert.equal(kpi.headers.get('location'), '/tools/scorecard/kpi/');
      assert.equal((await get(`${server.url}kpi/?id=x`)).status, 200);
      assert.equal((await get(`${origin}/tools/scorecard`)).headers.get('location'), '/tools/scorecard/');
      assert.equal((await get(`${origin}/`)).status, 404);
      assert.equal((await get(`${origin}/index.html`)).status, 404);
      // No rewrites: an unknown page is a 404, not index.html.
      assert.equal((await get(`${server.url}nope/`)).status, 404);

      // `_headers`: applied per path, never served itself.
      const asset = await get(`${server.url}_app/immutable/a.js`);
      assert.equal(asset.headers.get('x-test'), 'all');
      assert.equal(asset.headers.get('cache-control'), 'immutable');
      assert.equal(home.headers.get('cache-control'), 'no-cache');
      assert.equal((await get(`${server.url}_headers`)).status, 404);

      // HEAD has headers and no body; other methods are refused.
      const head = await get(server.url, { method: 'HEAD' });
      assert.equal(head.status, 200);
      assert.equal(await head.text(), '');
      assert.equal((await get(server.url, { method: 'POST' })).status, 405);
    }
  },
  {
    name: 'never serves a file outside the folder',
    async run(ctx) {
      const root = await fixtureSite(ctx);
      const base = normaliseBase('/');
      assert.deepEqual(resolveRequest(root, base, '/../etc/passwd'), { status: 403 });
      assert.deepEqual(resolveRequest(root, base, '/%2e%2e/%2e%2e/etc/passwd'), { status: 403 });
      assert.deepEqual(resolveRequest(root, base, '/a%00b'), { status: 400 });
      assert.deepEqual(resolveRequest(root, base, '/%E0%A4%A'), { status: 400 });
      assert.deepEqual(resolveRequest(root, base, '/'), { file: join(root, 'index.html') });
      assert.deepEqual(resolveRequest(root, normaliseBase('sub'), '/sub'), { redirect: '/sub/' });
    }
  },
  {
    name: '_headers rules are prefixed with the base and match wildcards',
    async run() {
      const rules = parseHeadersFile('# c\n/*\n  A: 1\n/sw.js\n  B: 2\n', '/x/');
      assert.equal(rules.length, 2);
      assert.ok(rules[0].pattern.test('/x/anything/deep.js'));
      assert.ok(!rules[0].pattern.test('/y/anything'));
      assert.ok(rules[1].pattern.test('/x/sw.js'));
      assert.ok(!rules[1].pattern.test('/x/sw.jsx'));
      assert.deepEqual(rules[1].headers, [['B', '2']]);
    }
  }
];
