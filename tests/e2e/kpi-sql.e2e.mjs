/**
 * The KPI detail view's "run this on your own data": opening it shows the KPI's DuckDB SQL for
 * the view on screen (business hours, the view's dates), the copy button puts exactly that text
 * on the clipboard, and the block fits a 390 px phone in a right-to-left language.
 */
import assert from 'node:assert/strict';
import { loadDemo, requireUi } from './app.mjs';

export const tests = [
  {
    name: 'KPI detail shows and copies the KPI as SQL',
    timeoutMs: 240_000,
    async run(ctx) {
      requireUi(ctx);
      const server = await ctx.serve({ base: '/' });
      const context = await ctx.browser();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${server.url}?lang=en`);
      await loadDemo(page);

      await page.goto(`${server.url}kpi/?id=first_response_time&range=last30&grain=week&hours=business&lang=en`);
      const summary = page.getByText('SQL: run this KPI on your own data');
      await summary.waitFor({ timeout: 60_000 });
      await summary.focus();
      await page.keyboard.press('Enter');
      const code = page.locator('section.sql pre');
      await code.waitFor({ timeout: 60_000 });
      const sql = await code.innerText();
      assert.match(sql, /^-- First response time \(first_response_time\)/);
      assert.match(sql, /business hours/);
      assert.match(sql, /ASOF LEFT JOIN business_intervals/);
      assert.match(sql, /epoch\(/);
      await ctx.screenshot(page, 'sql-en');

      await page.getByRole('button', { name: 'Copy SQL' }).click();
      await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor({ timeout: 10_000 });
      assert.equal((await page.evaluate(() => navigator.clipboard.readText())).trim(), sql.trim());

      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.url}kpi/?id=abandonment_rate&range=all&lang=fa`);
      const fa = page.locator('section.sql summary');
      await fa.waitFor({ timeout: 60_000 });
      await fa.click();
      await page.locator('section.sql pre').waitFor({ timeout: 60_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, 'the SQL block makes the page scroll sideways at 390 px');
      assert.equal(await page.locator('section.sql pre').getAttribute('dir'), 'ltr');
      await ctx.screenshot(page, 'sql-fa-390');
    }
  }
];
