/**
 * Issue 5, "done when": the update flow is tested by serving a second build. Build B is the
 * same source built again with another `APP_BUILD_ID` into a temp folder (BUILD_DIR, see
 * svelte.config.js); the server swaps to it on the same origin, as a deploy would. The page,
 * still served by version A's service worker, must offer "Update available" instead of
 * switching silently, and its "Reload" must bring up version B.
 */
import assert from 'node:assert/strict';
import { requireUi, waitForServiceWorker } from './app.mjs';
import { secondBuild, versionOf } from './second-build.mjs';

export const tests = [
  {
    name: 'a new deploy shows "Update available" and reload switches to it',
    timeoutMs: 300_000,
    async run(ctx) {
      requireUi(ctx);
      const { dir: buildB, version: idB } = await secondBuild(ctx.repo);
      const idA = versionOf(ctx.build);
      assert.notEqual(idA, idB);

      const server = await ctx.serve({ base: '/app/' });
      const context = await ctx.browser();
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${server.url}?lang=en`);
      await waitForServiceWorker(page);
      const servedVersion = () => page.evaluate(async () => (await (await fetch('_app/version.json')).json()).version);
      assert.equal(await servedVersion(), idA);

      // Deploy B. A reload is still served by A's worker, which finds B and must ask first.
      server.setRoot(buildB);
      await page.reload();
      const banner = page.getByText(/update available/i).first();
      await banner.waitFor({ timeout: 60_000 });
      assert.equal(await servedVersion(), idA, 'the page switched before the user agreed');
      await ctx.screenshot(page, 'update-available');

      await Promise.all([
        page.waitForEvent('load', { timeout: 30_000 }),
        page
          .getByRole('button', { name: /reload/i })
          .first()
          .click()
      ]);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      assert.equal(await servedVersion(), idB, 'after Reload the page is not the new version');
      assert.equal(await page.getByText(/update available/i).count(), 0, 'banner still shown after updating');
    }
  }
];
