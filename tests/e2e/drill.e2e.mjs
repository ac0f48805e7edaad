/**
 * The drill-down hooks of ../shared/spec/teams-and-cli.md on the demo: `?drill=<kpi>` on the
 * scorecard route opens the list of records, whose `data-count` is the KPI's numerator (or n)
 * as the scorecard's own JSON export states it — for a sample of KPIs, a trend bucket and a
 * heat-map cell; the list is virtualised, scrolls to its last row, switches sets by URL and
 * exports every row as CSV.
 */
import { loadDemo } from './app.mjs';
import {
  checkAxe,
  checkNoOverflow,
  exportAs,
  openScreen,
  waitForComputed,
  waitOrExplain
} from './lib/user-actions.mjs';
import { startEnglishSession } from './lib/user-session.mjs';

const VIEW = 'range=all&grain=month';

async function openDrill(page, server, query, id) {
  await openScreen(page, server, `?${VIEW}&${query}`);
  const list = page.locator(`[data-drill="${id}"][data-count]`);
  await waitOrExplain(page, () => list.waitFor({ timeout: 60_000 }), `the drill-down list of ${id}`);
  await page.waitForFunction(() => document.querySelector('[data-open-ms]')?.getAttribute('data-ready') === 'true');
  return Number(await list.getAttribute('data-count'));
}

export const tests = [
  {
    name: 'records behind the figures: counts equal the scorecard (KPIs, a trend bucket, a heat-map cell), scrolling, sets, CSV',
    timeoutMs: 300_000,
    async run(ctx) {
      const { checks, check, server, page } = await startEnglishSession(ctx, {
        viewport: { width: 1280, height: 800 }
      });
      const { step } = checks;
      await openScreen(page, server, '');
      await waitOrExplain(page, () => loadDemo(page), 'loading the demo');
      await openScreen(page, server, `?${VIEW}`);
      await waitForComputed(page);
      const json = JSON.parse((await exportAs(page, /JSON/)).text);
      const kpi = (id) => json.kpis.find((k) => k.id === id);
      const numerator = (k) => Math.round((k.n * k.value) / 100);

      // What each sample's list holds, by the contract: its numerator where it has one, else n.
      const samples = [
        ['abandonment_rate', (k) => numerator(k)],
        ['csat', (k) => numerator(k)],
        ['sla_compliance', (k) => k.n - numerator(k)],
        ['backlog', (k) => k.value],
        ['ticket_volume', (k) => k.value],
        ['first_response_time', (k) => k.n],
        ['complaints', (k) => k.value]
      ];
      for (const [id, expected] of samples)
        await step(id, async () => {
          const k = kpi(id);
          const count = await openDrill(page, server, `drill=${id}`, id);
          ctx.log(`${id}: value ${k.value}, n ${k.n} → ${count} records`);
          check(count === expected(k), `${id}: ${count} records listed, the scorecard implies ${expected(k)}`);
          check(new URL(page.url()).pathname.endsWith('/drill/'), `${id}: the list is not on the drill-down screen`);
        });

      await step('trend bucket', async () => {
        const k = kpi('sla_compliance');
        const p = k.trend.filter((x) => x.n > 0)[Math.floor(k.trend.length / 2)] ?? k.trend[0];
        const all = await openDrill(page, server, `drill=sla_compliance&bucket=${p.start}&set=all`, 'sla_compliance');
        check(all === p.n, `bucket ${p.start}: ${all} records, the trend point has n = ${p.n}`);
        const met = await openDrill(page, server, `drill=sla_compliance&bucket=${p.start}&set=num`, 'sla_compliance');
        check(met === Math.round((p.n * p.value) / 100), `bucket ${p.start}: ${met} met, the point says ${p.value} %`);
      });

      await step('heat-map cell', async () => {
        await openScreen(page, server, `kpi/?id=volume_heatmap&${VIEW}`);
        const cell = page.locator('[role="region"] table a').first();
        await cell.waitFor({ timeout: 60_000 });
        const text = (await cell.textContent())?.trim() ?? '';
        const shown = Number(/:\s*([\d,]+)$/.exec(text)?.[1]?.replace(/,/g, ''));
        await cell.click();
        const list = page.locator('[data-drill="volume_heatmap"][data-count]');
        await list.waitFor({ timeout: 60_000 });
        const url = new URL(page.url());
        const count = Number(await list.getAttribute('data-count'));
        ctx.log(`heat-map cell "${text}" → ${url.search} → ${count} records`);
        check(/^[0-6]$/.test(url.searchParams.get('how') ?? ''), `no how= in ${url.search}`);
        check(/^\d{1,2}$/.test(url.searchParams.get('hour') ?? ''), `no hour= in ${url.search}`);
        check(count === shown, `heat-map cell shows ${shown}, its list has ${count}`);
      });

      await step('virtualised scrolling to the last row', async () => {
        const count = await openDrill(page, server, 'drill=ticket_volume', 'ticket_volume');
        const box = page.locator('[data-drill] [role="rowgroup"][tabindex="0"]');
        await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
        await page.waitForFunction(
          (n) => document.querySelector(`[aria-rowindex="${n + 1}"] [role="cell"]`)?.textContent?.trim() !== '…',
          count,
          { timeout: 30_000 }
        );
        const rendered = await page.locator('[data-drill] [role="row"]').count();
        ctx.log(`${count} records, ${rendered} rows in the DOM after scrolling to the end`);
        check(rendered < 120, `${rendered} rows in the DOM: the list is not virtualised`);
      });

      await step('sets by URL and CSV of every row', async () => {
        await openDrill(page, server, 'drill=sla_compliance', 'sla_compliance');
        await page.getByRole('link', { name: /Met the SLA/ }).click();
        await page.waitForFunction(() => new URL(location.href).searchParams.get('set') === 'num');
        const list = page.locator('[data-drill="sla_compliance"][data-count]');
        await page.waitForFunction(
          () => document.querySelector('[data-open-ms]')?.getAttribute('data-ready') === 'true'
        );
        const met = Number(await list.getAttribute('data-count'));
        check(met === numerator(kpi('sla_compliance')), `"Met the SLA" lists ${met}`);
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          page.getByRole('button', { name: /CSV/ }).click()
        ]);
        const { readFile } = await import('node:fs/promises');
        const csv = await readFile(await download.path(), 'utf8');
        const lines = csv.split('\r\n').filter(Boolean);
        check(lines.length === met + 1, `CSV has ${lines.length - 1} rows for ${met} records`);
        check(/^ticket_id,/.test(lines[0]), `CSV header: ${lines[0]}`);
        check(!lines.slice(1).some((l) => /^[=+\-@]/.test(l)), 'a CSV cell starts with a formula character');
        await checkAxe(check, ctx, page, 'drill-down');
        await page.setViewportSize({ width: 390, height: 844 });
        await checkNoOverflow(check, page, 'drill-down at 390 px');
      });
      checks.done();
    }
  }
];
