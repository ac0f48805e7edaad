/**
 * Many tabs, one workspace: two tabs of one browser profile import at the same moment (a
 * 200,000-row and a different 3,000-row ticket file) and every row of both must be stored; every
 * open tab shows the new data without a reload; deleting an import in one tab while another one
 * shows (and recomputes) the scorecard changes its figures there too, without an error.
 */
import { chooseFiles, importedList, openScreen, readCardDetails, waitForComputed } from './lib/user-actions.mjs';
import { parseShown } from './lib/user-oracle.mjs';
import { startEnglishSession } from './lib/user-session.mjs';
import { ticketFile } from './lib/sync-files.mjs';

/** The ticket_volume card's value as a number (range=all shows every stored ticket). */
async function ticketVolume(page) {
  const card = (await readCardDetails(page)).find((c) => c.id === 'ticket_volume');
  return card ? parseShown(card.value, 'count')?.value : undefined;
}

/** Waits until the open scorecard shows `n` tickets (it must refresh by itself). */
async function waitForVolume(page, n, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await ticketVolume(page).catch(() => undefined);
    if (last === n) return last;
    await page.waitForTimeout(250);
  }
  return last;
}

export const tests = [
  {
    name: 'two tabs import at the same moment: all 203,000 tickets are stored and every tab shows them',
    timeoutMs: 420_000,
    async run(ctx) {
      const { checks, check, server, context, page } = await startEnglishSession(ctx);
      const dir = await ctx.tempDir('tabs');
      const big = await ticketFile(dir, 200_000, { prefix: 'T-', seed: 1 });
      const small = await ticketFile(dir, 3_000, { prefix: 'S-', seed: 7 });

      const second = await context.newPage();
      await openScreen(page, server, 'import/');
      await openScreen(second, server, 'import/');
      // A third tab already shows the (empty) scorecard: it must learn about the imports itself.
      const watcher = await context.newPage();
      await openScreen(watcher, server, '?range=all');

      // Whichever tab gets the write lock second must say that it waits (polled in the page).
      const watchWaiting = (p) =>
        p.evaluate(() => {
          window.__sawWaiting = false;
          setInterval(() => {
            if (/Waiting for the import in another tab/.test(document.body.textContent ?? ''))
              window.__sawWaiting = true;
          }, 25);
        });
      await watchWaiting(page);
      await watchWaiting(second);
      const [a, b] = await Promise.all([
        chooseFiles(page, [big], { timeoutMs: 300_000 }),
        chooseFiles(second, [small], { timeoutMs: 300_000 })
      ]);
      check(a[0]?.stored === 200_000, `tab 1: ${a[0]?.text}`);
      check(b[0]?.stored === 3_000, `tab 2: ${b[0]?.text}`);
      const saw = await Promise.all([page, second].map((p) => p.evaluate(() => window.__sawWaiting)));
      check(saw.includes(true), 'neither tab said that its import waits for the other one');

      for (const [label, p] of [
        ['tab 1', page],
        ['tab 2', second]
      ]) {
        await checks.step(`${label} lists both imports`, async () => {
          // The other tab's import reaches this one by itself (data-changed), a moment later.
          await p
            .waitForFunction(
              () =>
                [...document.querySelectorAll('main li')].filter((li) => /complete/.test(li.textContent ?? ''))
                  .length >= 2,
              null,
              { timeout: 60_000 }
            )
            .catch(() => {});
          const list = await importedList(p);
          const rows = list.map((i) => i.rows).sort((x, y) => x - y);
          check(rows[0] === 3_000 && rows[1] === 200_000, `${label} import list: ${JSON.stringify(list)}`);
        });
      }

      const watched = await waitForVolume(watcher, 203_000);
      check(watched === 203_000, `the tab left open on the scorecard shows ${watched} tickets, expected 203,000`);

      const third = await context.newPage();
      await openScreen(third, server, '?range=all');
      await waitForComputed(third);
      const fresh = await ticketVolume(third);
      check(fresh === 203_000, `a new tab's scorecard for range=all shows ${fresh} tickets, expected 203,000`);

      // Delete the small import in tab 2 while tab 3 shows the scorecard: tab 3 follows.
      await checks.step('delete in one tab while another shows the scorecard', async () => {
        const item = second.locator('main li', { hasText: 'tickets-3000.csv' }).first();
        await item.getByRole('button', { name: /Delete/ }).click();
        await item.getByRole('button', { name: 'Yes' }).click();
        const after = await waitForVolume(third, 200_000);
        check(after === 200_000, `after the delete in tab 2, tab 3 shows ${after} tickets, expected 200,000`);
        const other = await waitForVolume(watcher, 200_000);
        check(other === 200_000, `after the delete in tab 2, the watcher shows ${other}, expected 200,000`);
      });
      const errors = await third.locator('[role="alert"]').allInnerTexts();
      check(
        errors.every((t) => !t.trim()),
        `an error is shown in tab 3: ${errors.join(' | ')}`
      );
      checks.done();
    }
  }
];
