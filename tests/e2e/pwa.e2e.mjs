/**
 * The service worker and manifest on their own, at `/` and under a sub-path: the built sw.js
 * installs, precaches the app, and serves it with the server gone and the browser offline; the
 * manifest makes the app installable; nothing breaks the Content-Security-Policy (meta + the
 * `_headers` header that serve.mjs sends). The worker is registered here exactly as
 * src/lib/pwa/register.ts does (`<base>/sw.js`, scope `<base>/`), so this test does not depend
 * on the UI calling it; offline.e2e.mjs covers the app's own registration with real data.
 */
import assert from 'node:assert/strict';
import { watchConsole } from './harness.mjs';
import { secondBuild, versionOf } from './second-build.mjs';

async function registerLikeTheApp(page) {
  return page.evaluate(async () => {
    // On the home page, SvelteKit's runtime `base` is the page's own folder without the slash.
    const base = new URL('.', location.href).pathname.slice(0, -1);
    const registration = await navigator.serviceWorker.register(`${base}/sw.js`, { scope: `${base}/` });
    const active = (await navigator.serviceWorker.ready).active;
    // `ready` resolves while the worker may still be 'activating'; wait for the real thing.
    if (active && active.state !== 'activated') {
      await new Promise((done) =>
        active.addEventListener('statechange', () => active.state === 'activated' && done(null))
      );
    }
    return { scope: registration.scope, state: registration.active?.state ?? null };
  });
}

function offlineAppTest(base) {
  return {
    name: `the built app installs and works offline from ${base}`,
    timeoutMs: 60_000,
    async run(ctx) {
      const server = await ctx.serve({ base });
      const context = await ctx.browser();
      const page = context.pages()[0] ?? (await context.newPage());
      const errors = watchConsole(page);

      const first = await page.goto(server.url);
      assert.equal(first?.status(), 200);
      await page.waitForLoadState('networkidle');
      const registration = await registerLikeTheApp(page);
      assert.equal(registration.scope, server.url, 'service worker scope is the site folder');
      assert.equal(registration.state, 'activated');

      // The manifest is parsed and the app is installable (CDP asks Chromium's own checker).
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.equal(manifest.url, `${server.url}manifest.webmanifest`);
      assert.deepEqual(manifest.errors, [], 'manifest parse errors');
      const installability = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(
        installability.installabilityErrors.map((e) => e.errorId),
        [],
        'Chromium does not consider the app installable'
      );

      // Server gone AND browser offline: everything must come from the precache.
      await server.close();
      await context.setOffline(true);
      const failed = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      const offline = await page.reload();
      assert.equal(offline?.status(), 200);
      assert.ok(offline?.fromServiceWorker(), 'the offline reload was not served by the service worker');
      // The page and every script, style and icon it asks for came from the precache.
      assert.match(await offline.text(), /rel="manifest"/);
      await page.waitForLoadState('networkidle');
      // data/sources.json is asked for on every open and is never precached (published data is
      // the app's to sync, sources.e2e.mjs): offline, that one request fails by design.
      assert.deepEqual(
        failed.filter((url) => !url.startsWith(`${server.url}data/`)),
        [],
        'requests that failed offline (not precached)'
      );
      // A URL with view parameters is served from the cached shell too.
      const withQuery = await page.goto(`${server.url}?range=all&grain=month`);
      assert.ok(withQuery?.fromServiceWorker() && withQuery.status() === 200, 'query-string URL not served offline');
      const icon = await page.evaluate(async () => (await fetch('icons/icon-192.png')).headers.get('content-type'));
      assert.equal(icon, 'image/png');
      await ctx.screenshot(page, 'offline');

      const csp = errors.filter((e) => /Content Security Policy|Refused to/i.test(e));
      assert.deepEqual(csp, [], 'CSP violations');
    }
  };
}

const servedVersion = (page) => page.evaluate(async () => (await (await fetch('_app/version.json')).json()).version);

const updateWaitsTest = {
  name: 'a new build waits for SKIP_WAITING instead of taking over (registerType prompt)',
  timeoutMs: 180_000,
  async run(ctx) {
    const { dir: buildB, version: idB } = await secondBuild(ctx.repo);
    const idA = versionOf(ctx.build);
    const server = await ctx.serve({ base: '/app/' });
    const context = await ctx.browser();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await registerLikeTheApp(page);
    await page.reload(); // now controlled by version A's worker
    assert.equal(await servedVersion(page), idA);

    server.setRoot(buildB);
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const worker = registration.installing ?? registration.waiting;
      if (worker && worker.state !== 'installed') {
        await new Promise((done) =>
          worker.addEventListener('statechange', () => worker.state !== 'installing' && done(null))
        );
      }
      return registration.waiting?.state ?? null;
    });
    assert.equal(waiting, 'installed', 'the new version is not waiting');
    await page.reload();
    assert.equal(await servedVersion(page), idA, 'the new version took over without being asked');

    // What registerServiceWorker's apply() does: ask the waiting worker to take over.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const changed = new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
      registration.waiting.postMessage({ type: 'SKIP_WAITING' });
      await changed;
    });
    await page.reload();
    assert.equal(await servedVersion(page), idB);
  }
};

export const tests = [offlineAppTest('/'), offlineAppTest('/tools/scorecard/'), updateWaitsTest];
