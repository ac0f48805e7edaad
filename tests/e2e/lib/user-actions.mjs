/**
 * What a person does in the Service Scorecard, as the import / scorecard / mapping e2e tests
 * need it: open a screen, choose files and read every per-file result, read the KPI cards, export
 * and capture the download, walk the page with Tab, run axe-core.
 *
 * Why it exists: app.mjs (the harness owner's) covers the happy path of one hook each; these
 * tests also need refused files, the mapping screen and the card values themselves. Everything
 * here goes through the spec's test hooks (`data-kpi`, `data-status`, the real
 * `<input type="file" multiple>`, buttons named "Export" / "JSON") or roles and labels; the few
 * class names read (a card's value) are marked, and the report asks for a hook instead.
 *
 * Promise: every wait has a timeout and fails with what the page showed, never hangs silently.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Browser options for these tests: they read the English interface text (button names, the
 * import summary), so the browser asks for English whatever the machine's locale is.
 */
export const ENGLISH = { locale: 'en-US' };

/** Opens `path` (e.g. 'import/', '?range=all') of the served app and waits until it has hydrated. */
export async function openScreen(page, server, path = '') {
  const response = await page.goto(new URL(path, server.url).href);
  if (!response || response.status() !== 200) throw new Error(`GET ${path} answered ${response?.status()}`);
  await page.waitForLoadState('networkidle');
  // The layout sets <html dir> in an effect: once it is there, the app runs in the browser.
  await page.waitForFunction(() => document.documentElement.hasAttribute('dir'), null, { timeout: 30_000 });
  // Nothing is interactive while the worker is starting ("Loading…" in a status line).
  await page.waitForFunction(
    () => ![...document.querySelectorAll('main [role="status"]')].some((e) => /Loading…/.test(e.textContent ?? '')),
    null,
    { timeout: 60_000 }
  );
}

/** The text of the app's error banner, if one is shown. */
export async function appError(page) {
  const alert = page.locator('[role="alert"]').first();
  return (await alert.count()) ? (await alert.innerText()).trim() : null;
}

/**
 * One result panel of the import screen, as a person reads it.
 * @typedef {{ fileName: string, text: string, status: 'imported' | 'refused',
 *   stored?: number, updated?: number, skipped?: number, reason?: string }} FileResult
 */

const SUMMARY = /(\d[\d,]*) new, (\d[\d,]*) updated, (\d[\d,]*) skipped/;
const toInt = (s) => Number(s.replace(/,/g, ''));

/** Reads one result `<article>` (file name heading + "N new, …" or "Not imported: …"). */
async function readResult(article) {
  const fileName = (await article.getByRole('heading').first().innerText()).trim();
  const text = (await article.innerText()).replace(/\s+/g, ' ').trim();
  const m = text.match(SUMMARY);
  if (m) return { fileName, text, status: 'imported', stored: toInt(m[1]), updated: toInt(m[2]), skipped: toInt(m[3]) };
  const refused = text.match(/Not imported: ([\s\S]*)/);
  return { fileName, text, status: 'refused', reason: refused ? refused[1].trim() : text };
}

/** The result panels on the import screen, newest first (the UI prepends each batch). */
export const resultPanels = (page) => page.locator('main article');

/**
 * Chooses `files` in the import screen's real file input and waits until the batch is done:
 * one new result panel per file, except files that stopped at the mapping screen
 * (`expectMapping` of them). Returns the new results in the order the files were given.
 * @param {import('playwright-core').Page} page
 * @param {Array<string | { name: string, mimeType: string, buffer: Buffer }>} files
 * @returns {Promise<FileResult[]>}
 */
export async function chooseFiles(page, files, { expectMapping = 0, timeoutMs = 120_000 } = {}) {
  const before = await resultPanels(page).count();
  const input = page.locator('input[type="file"][multiple]').first();
  await input.waitFor({ state: 'attached', timeout: 30_000 });
  if (await input.isDisabled()) throw new Error('the file input is disabled (an import is still running?)');
  await input.setInputFiles(files);
  const want = before + files.length - expectMapping;
  await waitOrExplain(
    page,
    () =>
      page.waitForFunction(
        ([n, mapping]) =>
          document.querySelectorAll('main article').length >= n &&
          // The batch is over when the cancel button of the progress panel is gone.
          ![...document.querySelectorAll('main button')].some((b) => /Cancel import/.test(b.textContent ?? '')) &&
          (!mapping || !!document.querySelector('#mapping-title')),
        [want, expectMapping > 0],
        { timeout: timeoutMs, polling: 100 }
      ),
    `import of ${files.length} file(s)`
  );
  const panels = resultPanels(page);
  const fresh = (await panels.count()) - before;
  const results = [];
  for (let i = 0; i < fresh; i++) results.push(await readResult(panels.nth(i)));
  return results;
}

/** Runs `wait`; on timeout, fails with the app's error banner or the page's text. */
export async function waitOrExplain(page, wait, what) {
  try {
    return await wait();
  } catch (error) {
    const banner = await appError(page).catch(() => null);
    const body = await page
      .locator('main')
      .innerText()
      .catch(() => '');
    throw new Error(
      `${what} did not finish: ${error.message.split('\n')[0]}\n` +
        (banner ? `app error: ${banner}\n` : '') +
        `page text: ${body.replace(/\s+/g, ' ').slice(0, 600)}`,
      { cause: error }
    );
  }
}

/** The rows of a result's "Skipped rows" table: { file, line, column, value, reason }. */
export async function problemRows(page, fileName) {
  const article = resultPanels(page)
    .filter({ has: page.getByRole('heading', { name: fileName, exact: true }) })
    .first();
  const details = article.locator('details').first();
  if (!(await details.count())) return [];
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  return article.locator('tbody tr').evaluateAll((rows) =>
    rows.map((tr) => {
      const [file, line, column, value, reason] = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
      return { file, line: Number(line.replace(/[^\d]/g, '')), column, value, reason };
    })
  );
}

/** The file names listed under "Imported files", with their "N rows". */
export async function importedList(page) {
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Imported files' }) });
  return section.locator('li').evaluateAll((items) =>
    items.map((li) => {
      const name = li.querySelector('strong')?.textContent?.trim() ?? '';
      const rows = /(\d[\d,]*) rows/.exec(li.textContent ?? '');
      return {
        name,
        rows: rows ? Number(rows[1].replace(/,/g, '')) : null,
        text: (li.textContent ?? '').replace(/\s+/g, ' ')
      };
    })
  );
}

/**
 * Every KPI card on screen: id, status, the value as shown, its "n = …" and the whole text.
 * The value is read from the card's `.value .num` element (styling class: no test hook exists
 * for the number itself).
 */
export async function readCardDetails(page) {
  return page.$$eval('[data-kpi][data-status]', (cards) =>
    cards.map((card) => {
      const text = card.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const n = /n = ([\d,.\u06f0-\u06f9\u0660-\u0669٬]+)/.exec(text);
      return {
        id: card.getAttribute('data-kpi'),
        status: card.getAttribute('data-status'),
        value: card.querySelector('.value .num')?.textContent?.trim() ?? null,
        n: n ? n[1] : null,
        text
      };
    })
  );
}

/** Waits until the scorecard has computed (`data-ready="true"` on its root, see +page.svelte). */
export async function waitForComputed(page, timeoutMs = 60_000) {
  await waitOrExplain(
    page,
    () =>
      page.waitForFunction(
        () =>
          document.querySelector('[data-ready]')?.getAttribute('data-ready') === 'true' &&
          document.querySelectorAll('[data-kpi][data-status]').length > 0,
        null,
        { timeout: timeoutMs, polling: 100 }
      ),
    'the scorecard'
  );
}

/** Opens the Export menu, picks the choice named `choice` and returns the downloaded file. */
export async function exportAs(page, choice) {
  await page
    .getByRole('button', { name: /Export/ })
    .first()
    .click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: choice }).first().click()
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/**
 * Marks every control a person could operate on screen (visible, enabled, not taken out of the
 * tab order) with `data-e2e-control`, and returns their descriptions. Closed <details> hide
 * their content, so it is not counted until opened.
 */
export async function markControls(page) {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), select:not([disabled]), textarea:not([disabled]), input:not([type="hidden"]):not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll(selector)]
      .filter(
        (el) =>
          el.getAttribute('tabindex') !== '-1' &&
          el.checkVisibility({ visibilityProperty: true }) &&
          el.getClientRects().length > 0
      )
      .map((el, i) => {
        el.setAttribute('data-e2e-control', String(i));
        const label = el.labels?.[0]?.textContent ?? '';
        return {
          mark: String(i),
          tag: el.tagName.toLowerCase(),
          name: (el.getAttribute('aria-label') || label || el.textContent || el.getAttribute('value') || '')
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 60),
          kpi: el.closest('[data-kpi]')?.getAttribute('data-kpi') ?? null
        };
      });
  });
}

/**
 * Presses Tab up to `max` times from the top of the page and returns the `data-e2e-control`
 * marks (see markControls) that got focus, in order; stops when focus comes round again.
 */
export async function tabWalk(page, max = 250) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const mark = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      return el.getAttribute('data-e2e-control') ?? `unmarked:${el.tagName.toLowerCase()}`;
    });
    if (mark === null) continue;
    if (seen.length > 3 && mark === seen[0]) break;
    seen.push(mark);
  }
  return seen;
}

/** Runs axe-core (from node_modules) in the page; returns its violations. */
export async function runAxe(page, repoRoot) {
  const source = await readFile(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, not as a <script>: the app's Content-Security-Policy
  // (rightly) refuses inline scripts, and the test must not weaken it to run axe.
  await page.evaluate(`${source}\n;void 0`);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    // The rules that ran and passed, so a test can tell "no violation" from "nothing checked".
    window.__axePasses = result.passes.length;
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' '))
    }));
  });
}

/** document.scrollingElement.scrollWidth and the viewport's width. */
export function horizontalExtent(page) {
  return page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    width: window.innerWidth,
    widest: [...document.querySelectorAll('body *')]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.right > window.innerWidth + 1 || r.left < -1)
      .slice(0, 5)
      .map(
        ({ e, r }) =>
          `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} [${Math.round(r.left)}, ${Math.round(r.right)}]`
      )
  }));
}

/** A screenshot of what the viewport shows (what a person sees first), beside ctx.screenshot's full page. */
export async function viewportShot(ctx, page, label) {
  const file = join(ctx.out, `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** axe-core on the page as it is: no serious or critical violation, and axe really checked it. */
export async function checkAxe(check, ctx, page, label) {
  const violations = await runAxe(page, ctx.repo);
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  check(
    grave.length === 0,
    `${label}: axe ${grave.map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(' ; ')}`).join(' | ')}`
  );
  const passes = await page.evaluate(() => window.__axePasses);
  check(passes > 10, `${label}: axe passed only ${passes} rules: did it check the page?`);
  const minor = violations.filter((v) => !grave.includes(v)).map((v) => `${v.impact} ${v.id}`);
  ctx.log(
    `${label}: axe ${passes} rules passed, ${grave.length} serious/critical, minor: ${minor.join(', ') || 'none'}`
  );
}

/** No horizontal scrolling: the page is no wider than the viewport. */
export async function checkNoOverflow(check, page, label) {
  const extent = await horizontalExtent(page);
  check(
    extent.scrollWidth <= extent.width,
    `${label}: scrollWidth ${extent.scrollWidth} > ${extent.width}; wider: ${extent.widest.join(', ')}`
  );
}
