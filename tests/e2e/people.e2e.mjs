/**
 * The agent, compare and staffing views on the demo, at phone size: agent rows carry
 * `data-agent` (teams-and-cli.md), sort best-first by a column, and an agent's cell opens the
 * records behind it with as many records as the cell counts; compare lists every KPI with toned
 * changes; staffing shows 24 hours with agents needed. axe finds nothing serious on any of them
 * and none scrolls sideways.
 */
import { loadDemo } from './app.mjs';
import { checkAxe, checkNoOverflow, openScreen, waitOrExplain } from './lib/user-actions.mjs';
import { startEnglishSession } from './lib/user-session.mjs';

const ready = (page, selector) => page.locator(selector).first().waitFor({ timeout: 90_000 });

export const tests = [
  {
    name: 'agents, compare and staffing views: rows, sorting, records of a cell, axe, no overflow at 390 px',
    timeoutMs: 300_000,
    async run(ctx) {
      const { checks, check, server, page } = await startEnglishSession(ctx, { viewport: { width: 390, height: 844 } });
      const { step } = checks;
      await openScreen(page, server, '');
      await waitOrExplain(page, () => loadDemo(page), 'loading the demo');

      await step('agents', async () => {
        await openScreen(page, server, 'agents/?range=all&grain=month&sort=first_response_time');
        await ready(page, '[data-agent]');
        const agents = await page.$$eval('[data-agent]', (rows) =>
          rows.map((r) => ({ name: r.getAttribute('data-agent'), rank: r.querySelector('td')?.textContent?.trim() }))
        );
        ctx.log(`${agents.length} agents; first ${agents[0]?.name} rank ${agents[0]?.rank}`);
        check(agents.length >= 4, `only ${agents.length} agent rows`);
        check(agents[0]?.rank === '1', `the first row is ranked "${agents[0]?.rank}", not 1`);
        // The ticket count of the first agent, and the records behind it.
        const cell = page.locator('[data-agent] td a[href*="drill=ticket_volume"]').first();
        const shown = Number((await cell.textContent())?.replace(/[^\d]/g, ''));
        await cell.click();
        const list = page.locator('[data-drill="ticket_volume"][data-count]');
        await list.waitFor({ timeout: 60_000 });
        const count = Number(await list.getAttribute('data-count'));
        check(count === shown, `agent cell shows ${shown} tickets, its list has ${count}`);
        await openScreen(page, server, 'agents/?range=all&grain=month');
        await ready(page, '[data-agent]');
        await checkAxe(check, ctx, page, 'agents');
        await checkNoOverflow(check, page, 'agents');
        await ctx.screenshot(page, 'agents 390');
      });

      await step('compare', async () => {
        await openScreen(page, server, 'compare/?range=last30&grain=week');
        await ready(page, '[data-kpi-row]');
        const tones = await page.$$eval('[data-kpi-row]', (rows) => rows.map((r) => r.getAttribute('data-tone')));
        ctx.log(
          `compare: ${tones.length} KPIs, ${tones.filter((x) => x === 'better').length} better, ${tones.filter((x) => x === 'worse').length} worse`
        );
        check(tones.length >= 40, `only ${tones.length} KPI rows`);
        check(tones.includes('better') || tones.includes('worse'), 'no change is toned better or worse');
        await checkAxe(check, ctx, page, 'compare');
        await checkNoOverflow(check, page, 'compare');
      });

      await step('staffing', async () => {
        await openScreen(page, server, 'staffing/?range=last90&grain=week');
        await ready(page, '[data-slot]');
        const slots = await page.$$eval('[data-slot]', (rows) =>
          rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))
        );
        const needed = slots.map((cells) => Number(cells[3]?.replace(/[^\d]/g, '') || 0));
        ctx.log(`staffing: ${slots.length} hours, most agents needed ${Math.max(...needed)}`);
        check(slots.length === 24, `${slots.length} hours in the day's table`);
        check(Math.max(...needed) > 0, 'no hour needs an agent');
        check((await page.getByText(/Erlang C/).count()) > 0, 'the Erlang C assumption is not shown');
        await checkAxe(check, ctx, page, 'staffing');
        await checkNoOverflow(check, page, 'staffing');
      });
      checks.done();
    }
  }
];
