/**
 * Where people look first, on the demo data: the Export menu inside the viewport at 320 and
 * 390 px in English and right-to-left; the scorecard's summary line and judged KPIs first; no
 * Latin digit in any text node of the Arabic and Persian scorecards; the language switch in the
 * header; "Set target" landing on the KPI's editor with focus in it; the room (presentation)
 * mode in the URL, driven by the arrow keys and left with Escape; the channel mix stacked over
 * time; the heatmap's 24 hours inside the page. Screenshots go to tests/e2e/out/.
 */
import { loadDemo } from './app.mjs';
import { openScreen, viewportShot, waitForComputed } from './lib/user-actions.mjs';
import { startEnglishSession } from './lib/user-session.mjs';

const LATIN_DIGIT = /[0-9]/;

/** Text nodes of the page's main content with a Latin digit (inputs' values are not text nodes). */
function latinDigitTexts(page) {
  return page.evaluate((source) => {
    const re = new RegExp(source);
    const out = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!re.test(text)) continue;
      // Hidden test hooks such as "(Export)" carry no digits; everything shown is checked.
      out.push(`${n.parentElement?.tagName.toLowerCase()}: "${text.trim().slice(0, 60)}"`);
    }
    return out;
  }, LATIN_DIGIT.source);
}

/** The Export menu's items' boxes against the viewport. */
async function exportMenuBoxes(page) {
  await page
    .getByRole('button', { name: /Export/ })
    .first()
    .click();
  await page.locator('#export-menu').waitFor({ timeout: 10_000 });
  const boxes = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return {
      width,
      items: [...document.querySelectorAll('#export-menu button')].map((b) => {
        const r = b.getBoundingClientRect();
        return { text: b.textContent?.trim(), left: r.left, right: r.right };
      })
    };
  });
  await page.keyboard.press('Escape');
  return boxes;
}

export const tests = [
  {
    name: 'phone and right-to-left: Export menu inside the viewport, summary first, local digits, header language switch',
    timeoutMs: 300_000,
    async run(ctx) {
      const { checks, check, server, page } = await startEnglishSession(ctx, { viewport: { width: 390, height: 844 } });
      const { step } = checks;
      await openScreen(page, server, '');
      await loadDemo(page);
      await waitForComputed(page);

      for (const width of [320, 390])
        for (const lang of ['en', 'fa', 'ar', 'he'])
          await step(`Export menu ${lang} ${width}`, async () => {
            await page.setViewportSize({ width, height: 800 });
            await openScreen(page, server, `?lang=${lang}`);
            await waitForComputed(page);
            const { width: w, items } = await exportMenuBoxes(page);
            check(items.length === 3, `${lang} ${width}: ${items.length} Export menu items`);
            const out = items.filter((i) => i.left < 0 || i.right > w);
            check(
              out.length === 0,
              `${lang} ${width}: Export menu items outside the viewport: ${out
                .map((i) => `${i.text} [${Math.round(i.left)}, ${Math.round(i.right)}]`)
                .join(', ')}`
            );
          });
      await page.setViewportSize({ width: 390, height: 844 });

      await step('summary and order', async () => {
        await openScreen(page, server, '?lang=en');
        await waitForComputed(page);
        const summary = await page.locator('[data-summary]').innerText();
        const m = /(\d+) of (\d+) on target, (\d+) off, (\d+) near/.exec(summary);
        check(m, `no summary line: "${summary}"`);
        const statuses = await page.$$eval('[data-kpi][data-status]', (cards) =>
          cards.map((c) => c.getAttribute('data-status'))
        );
        if (m) {
          const count = (s) => statuses.filter((x) => x === s).length;
          check(
            Number(m[1]) === count('good') && Number(m[3]) === count('bad') && Number(m[4]) === count('warn'),
            `summary "${summary}" does not match the cards (good ${count('good')}, bad ${count('bad')}, warn ${count('warn')})`
          );
        }
        const firstNone = statuses.indexOf('none');
        const lastJudged = Math.max(...['good', 'warn', 'bad'].map((s) => statuses.lastIndexOf(s)));
        check(firstNone === -1 || firstNone > lastJudged, 'a card without a status comes before a judged one');
        await viewportShot(ctx, page, 'polish scorecard 390 en');
      });

      for (const lang of ['ar', 'fa'])
        await step(`no Latin digits (${lang})`, async () => {
          await openScreen(page, server, `?lang=${lang}`);
          await waitForComputed(page);
          // Folded sections count too: open every <details> so their text is on the page.
          await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => (d.open = true)));
          const latin = await latinDigitTexts(page);
          check(latin.length === 0, `${lang}: text with Latin digits: ${latin.slice(0, 6).join(' | ')}`);
          await viewportShot(ctx, page, `polish scorecard 390 ${lang}`);
        });

      await step('language switch in the header', async () => {
        await openScreen(page, server, '');
        await waitForComputed(page);
        const select = page.locator('header select');
        const names = await select.locator('option').allInnerTexts();
        check(
          JSON.stringify(names) === JSON.stringify(['English', 'العربية', 'فارسی', 'עברית']),
          `header languages: ${JSON.stringify(names)}`
        );
        await select.selectOption('fa');
        await page.waitForFunction(() => document.documentElement.lang === 'fa', null, { timeout: 10_000 });
        check((await page.evaluate(() => document.documentElement.dir)) === 'rtl', 'Persian is not right-to-left');
        await select.selectOption('en');
        await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 10_000 });
      });
      checks.done();
    }
  },
  {
    name: 'Set target focuses the KPI editor; room mode: arrow keys, Escape, in the URL; channel mix stacked; heatmap of 24 hours',
    timeoutMs: 300_000,
    async run(ctx) {
      const { checks, check, server, page } = await startEnglishSession(ctx, {
        viewport: { width: 1280, height: 800 }
      });
      const { step } = checks;
      await openScreen(page, server, '');
      await loadDemo(page);
      await waitForComputed(page);

      await step('Set target', async () => {
        const link = page.locator('a.set-target').first();
        const kpi = await link.evaluate((a) => a.closest('[data-kpi]')?.getAttribute('data-kpi'));
        await link.click();
        await page.waitForURL(/targets\/\?/, { timeout: 15_000 });
        await page.waitForFunction(
          (id) => document.activeElement?.closest(`#target-${id}`) && document.activeElement.tagName === 'INPUT',
          kpi,
          { timeout: 15_000 }
        );
        const box = await page.locator(`#target-${kpi}`).boundingBox();
        check(box && box.y >= 0 && box.y < 800, `the ${kpi} editor is not in view (y ${box?.y})`);
      });

      await step('room mode', async () => {
        await openScreen(page, server, '?lang=en');
        await waitForComputed(page);
        await page.getByRole('link', { name: 'Presentation mode' }).click();
        await page.waitForURL(/present=1/, { timeout: 15_000 });
        await page.locator('article[data-kpi]').waitFor({ timeout: 30_000 });
        await page.locator('.story').waitFor({ timeout: 30_000 });
        check(!(await page.locator('header.top').isVisible()), 'room mode still shows the navigation');
        const first = await page.locator('article[data-kpi]').getAttribute('data-kpi');
        // The story's chart comes right under the KPI's name.
        const order = await page.evaluate(() => {
          const top = (s) => document.querySelector(s)?.getBoundingClientRect().top ?? -1;
          return { story: top('.story'), figures: top('.figures') };
        });
        check(order.story >= 0 && order.story < order.figures, `the chart is not first: ${JSON.stringify(order)}`);
        const fontSize = await page.evaluate(() =>
          Number(document.querySelector('.trend text')?.getAttribute('font-size') ?? 0)
        );
        check(fontSize >= 18, `axis labels in room mode are ${fontSize} px`);
        await viewportShot(ctx, page, 'polish room 1280');
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(
          (id) => document.querySelector('article[data-kpi]')?.getAttribute('data-kpi') !== id,
          first,
          {
            timeout: 15_000
          }
        );
        const second = await page.locator('article[data-kpi]').getAttribute('data-kpi');
        check(/present=1/.test(page.url()) && page.url().includes(`id=${second}`), `URL after → : ${page.url()}`);
        await page.keyboard.press('ArrowLeft');
        await page.waitForFunction(
          (id) => document.querySelector('article[data-kpi]')?.getAttribute('data-kpi') === id,
          first,
          {
            timeout: 15_000
          }
        );
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !location.search.includes('present=1'), null, { timeout: 15_000 });
        check(await page.locator('header.top').isVisible(), 'the navigation is back after Escape');
      });

      await step('channel mix stacked over time', async () => {
        await openScreen(page, server, 'kpi/?id=channel_mix&range=all&lang=en');
        await page.locator('figure.mix polygon').first().waitFor({ timeout: 30_000 });
        const bands = await page.locator('figure.mix polygon').count();
        check(bands >= 3, `the channel mix chart has ${bands} bands`);
      });

      await step('heatmap: 24 hours inside the page, in RTL too', async () => {
        for (const lang of ['en', 'ar']) {
          await page.setViewportSize({ width: 390, height: 844 });
          await openScreen(page, server, `kpi/?id=volume_heatmap&range=all&lang=${lang}`);
          const table = page.locator('.breakdown.wide table');
          await table.waitFor({ timeout: 30_000 });
          await table.scrollIntoViewIfNeeded();
          const r = await page.evaluate(() => {
            const wrap = document.querySelector('.breakdown.wide .wrap');
            const rows = [...document.querySelectorAll('.breakdown.wide tbody tr')];
            const cells = rows[0] ? [...rows[0].querySelectorAll('td')] : [];
            const head = rows[0]?.querySelector('th')?.getBoundingClientRect();
            const firstCell = cells[0]?.getBoundingClientRect();
            return {
              cells: cells.length,
              overflow: wrap ? wrap.scrollWidth - wrap.clientWidth : -1,
              labelRight: head && firstCell ? head.left > firstCell.left : null
            };
          });
          check(r.cells === 24, `${lang}: ${r.cells} hour cells`);
          check(r.overflow <= 1, `${lang}: the heatmap is cut off (${r.overflow} px scroll)`);
          check(r.labelRight === (lang === 'ar'), `${lang}: weekday labels on the wrong side`);
          await viewportShot(ctx, page, `polish heatmap 390 ${lang}`);
        }
      });
      checks.done();
    }
  }
];
