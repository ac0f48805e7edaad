/**
 * Issue 5, "done when": load the app, load the demo, go offline, reload → the scorecard with the
 * stored data appears; the same from a sub-path. The server is shut down as well as the
 * browser being set offline, so nothing can come from the network. The app's own registration
 * (src/lib/pwa/register.ts, called by the UI) must install the service worker.
 */
import assert from 'node:assert/strict';
import { loadDemo, requireUi, waitForScorecard, waitForServiceWorker } from './app.mjs';
import { watchConsole } from './harness.mjs';

function offlineScorecardTest(base) {
  return {
    name: `demo scorecard survives going offline and reloading, served from ${base}`,
    timeoutMs: 180_000,
    async run(ctx) {
      requireUi(ctx);
      const server = await ctx.serve({ base });
      const context = await ctx.browser();
      const page = context.pages()[0] ?? (await context.newPage());
      const errors = watchConsole(page);

      await page.goto(`${server.url}?lang=en`);
      await waitForServiceWorker(page);
      const online = await loadDemo(page);
      const unavailable = online.filter((card) => card.status === 'unavailable').map((card) => card.id);
      ctx.log(`${online.length} KPI cards online, unavailable on demo data: ${unavailable.join(', ') || 'none'}`);
      await ctx.screenshot(page, 'online');

      await server.close();
      await context.setOffline(true);
      const reloaded = await page.reload();
      assert.ok(reloaded?.fromServiceWorker(), 'the offline reload was not served by the service worker');
      const offline = await waitForScorecard(page, { min: online.length });
      assert.deepEqual(
        offline.map((card) => `${card.id}:${card.status}`).sort(),
        online.map((card) => `${card.id}:${card.status}`).sort(),
        'the scorecard offline differs from the one online'
      );
      await ctx.screenshot(page, 'offline');

      // The KPI detail screen is an offline page too (its own prerendered shell).
      const id = online[0].id;
      const detail = await page.goto(`${server.url}kpi/?id=${encodeURIComponent(id)}&range=all&lang=en`);
      assert.ok(detail?.fromServiceWorker() && detail.status() === 200, 'KPI detail not served offline');
      await page.waitForFunction(() => (document.querySelector('main')?.textContent ?? '').trim().length > 20);
      await ctx.screenshot(page, 'offline-detail');

      const csp = errors.filter((e) => /Content Security Policy|Refused to/i.test(e));
      assert.deepEqual(csp, [], 'CSP violations');
    }
  };
}

export const tests = [offlineScorecardTest('/'), offlineScorecardTest('/tools/scorecard/')];
