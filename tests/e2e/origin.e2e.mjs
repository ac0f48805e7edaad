/**
 * Issue 5, "done when": a test watches every request of a full session (demo, import a CSV,
 * scorecard, KPI detail, JSON export) and finds none outside the page's origin. Requests of the
 * pages, their workers and the service worker are all reported on the browser context.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFiles, loadDemo, requireUi, smallTicketsCsv, waitForScorecard } from './app.mjs';

/** Same origin, or a local `blob:`/`data:` URL that never leaves the device. */
function isLocal(url, origin) {
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return url.startsWith(`blob:${origin}/`);
  return new URL(url).origin === origin;
}

export const tests = [
  {
    name: 'a full session makes no request outside the page origin',
    timeoutMs: 240_000,
    async run(ctx) {
      requireUi(ctx);
      const server = await ctx.serve({ base: '/' });
      const origin = new URL(server.url).origin;
      const context = await ctx.browser();
      const requests = [];
      context.on('request', (request) => requests.push(request.url()));
      const page = context.pages()[0] ?? (await context.newPage());

      await page.goto(`${server.url}?lang=en`);
      await loadDemo(page);

      const csv = join(await ctx.tempDir('csv'), 'e2e-tickets.csv');
      writeFileSync(csv, smallTicketsCsv(200));
      await page.goto(`${server.url}import/?lang=en`);
      const [summary] = await importFiles(page, csv);
      assert.equal(summary.stored + summary.updated, 200, `import summary: ${JSON.stringify(summary)}`);
      await ctx.screenshot(page, 'imported');

      await page.goto(`${server.url}?range=all&lang=en`);
      const cards = await waitForScorecard(page);
      const link = page.locator(`[data-kpi="${cards[0].id}"] a`).first();
      if (await link.count()) await link.click();
      else await page.goto(`${server.url}kpi/?id=${cards[0].id}&range=all&lang=en`);
      await page.waitForURL(/\/kpi\//);
      await page.waitForLoadState('networkidle');
      await ctx.screenshot(page, 'detail');

      await page.goto(`${server.url}?range=all&lang=en`);
      await waitForScorecard(page);
      await page
        .getByRole('button', { name: /export/i })
        .first()
        .click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page
          .getByRole('button', { name: /json/i })
          .or(page.getByRole('menuitem', { name: /json/i }))
          .or(page.getByRole('link', { name: /json/i }))
          .first()
          .click()
      ]);
      const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
      assert.ok(Array.isArray(exported.kpis) && exported.kpis.length > 0, 'the JSON export has no kpis');
      assert.ok(exported.view && typeof exported.generatedAt === 'string', 'the JSON export lacks view/generatedAt');

      assert.ok(requests.length > 5, `only ${requests.length} requests seen: is the recorder working?`);
      const foreign = requests.filter((url) => !isLocal(url, origin));
      assert.deepEqual(foreign, [], 'requests outside the page origin');
      ctx.log(`${requests.length} requests, all to ${origin}`);
    }
  }
];
