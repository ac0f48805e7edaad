/**
 * Published sources on a static host: the built app served with data/sources.json and three
 * CSVs beside it, opened in fresh browsers.
 * - The scorecard appears with no click; one CSV changed on the server is the only file read
 *   again on reload (the request log says 304 for the others, Settings says which was re-read)
 *   and its numbers change; offline, a reload still shows the last data.
 * - A broken sources file and a 404 data file each get a clear message and lose nothing; with
 *   nothing published the app is the app.
 * - A published scorecard (the app's own Export → JSON) opens read-only.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireUi, waitForScorecard, waitForServiceWorker } from './app.mjs';
import { watchConsole } from './harness.mjs';
import { exportAs } from './lib/user-actions.mjs';

const FIXTURES = (ctx) => join(ctx.repo, 'tests/e2e/fixtures');
const SOURCES = {
  title: 'Support, Berlin',
  publishedBy: 'Ops lead',
  timeZone: 'UTC',
  sources: [{ url: 'tickets.csv', kind: 'tickets' }, { url: 'calls.csv' }, { url: 'surveys.csv' }]
};

/** A copy of build/ with data/ beside it (the deploy the README describes). */
async function site(ctx, { sources = SOURCES, files = ['tickets.csv', 'calls.csv', 'surveys.csv'] } = {}) {
  const root = await ctx.tempDir('site');
  cpSync(ctx.build, root, { recursive: true });
  const data = join(root, 'data');
  mkdirSync(data);
  for (const f of files) cpSync(join(FIXTURES(ctx), f), join(data, f));
  if (sources) writeFileSync(join(data, 'sources.json'), JSON.stringify(sources, null, 2));
  return { root, data };
}

/** Every response for a file under data/, as `name status` (the page's and its workers'). */
function dataLog(context) {
  const log = [];
  context.on('response', (res) => {
    const m = /\/data\/([^?#]+)/.exec(res.url());
    if (m) log.push(`${m[1]} ${res.status()}`);
  });
  return log;
}

const cardValue = (page, id) =>
  page
    .locator(`[data-kpi="${id}"] .value`)
    .first()
    .innerText({ timeout: 60_000 })
    .then((s) => s.trim());

async function waitForValueChange(page, id, before, timeout = 60_000) {
  await page.waitForFunction(
    ([id, before]) => {
      const el = document.querySelector(`[data-kpi="${id}"] .value`);
      return el && el.textContent.trim() !== before;
    },
    [id, before],
    { timeout }
  );
  return cardValue(page, id);
}

/** Opens Settings through the navigation (the page keeps its sync state) and reads the sources section. */
async function sourcesSection(page) {
  await page.getByRole('link', { name: 'Settings' }).first().click();
  const section = page.locator('section[data-sources-state]');
  await section.waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () => document.querySelector('section[data-sources-state]')?.getAttribute('data-sources-state') !== 'unknown'
  );
  return {
    state: await section.getAttribute('data-sources-state'),
    text: await section.innerText(),
    files: await section.locator('[data-source-file]').evaluateAll((els) =>
      els.map((el) => ({
        file: el.getAttribute('data-source-file'),
        state: el.getAttribute('data-source-state'),
        reread: el.getAttribute('data-reread') === 'true',
        text: el.textContent
      }))
    )
  };
}

const callsWithoutAbandoned = (text) =>
  text
    .split('\n')
    .filter((line, i) => i === 0 || !/^C-\d+,[^,]+,,/.test(line))
    .join('\n');

export const tests = [
  {
    name: 'published CSVs: scorecard with no click, only the changed file re-read, last data offline (sub-path)',
    timeoutMs: 300_000,
    async run(ctx) {
      requireUi(ctx);
      // The team lead's nightly job: one command writes data/sources.json from the exports.
      const { root, data } = await site(ctx, { sources: null });
      execFileSync(
        process.execPath,
        [
          join(ctx.repo, 'scripts/publish.mjs'),
          data,
          '--title',
          'Support, Berlin',
          '--published-by',
          'Ops lead',
          '--time-zone',
          'UTC'
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] }
      );
      const server = await ctx.serve({ root, base: '/tools/scorecard/' });
      const context = await ctx.browser();
      const log = dataLog(context);
      const page = context.pages()[0] ?? (await context.newPage());
      const errors = watchConsole(page);

      await page.goto(`${server.url}?lang=en&range=all`);
      const cards = await waitForScorecard(page, { min: 5, timeoutMs: 120_000 });
      ctx.log(`${cards.length} cards with no click`);
      assert.ok(
        !(await page.getByRole('button', { name: /demo/i }).count()),
        'the welcome screen is shown instead of the published data'
      );
      const banner = await page.locator('[data-sources-state]').first().innerText();
      assert.match(banner, /Published by Ops lead/);
      assert.match(banner, /data as of/);
      const abandonBefore = await cardValue(page, 'abandonment_rate');
      assert.match(abandonBefore, /^10\s?%/, `abandonment before: ${abandonBefore}`);
      for (const f of ['sources.json', 'tickets.csv', 'calls.csv', 'surveys.csv'])
        assert.ok(log.includes(`${f} 200`), `${f} was not fetched: ${log.join(', ')}`);
      await ctx.screenshot(page, 'first-visit');

      // The service worker precaches the app, never the data.
      await waitForServiceWorker(page);
      const cached = await page.evaluate(async () => {
        const urls = [];
        for (const key of await caches.keys())
          for (const req of await (await caches.open(key)).keys()) urls.push(req.url);
        return urls;
      });
      assert.ok(cached.length > 10, 'nothing precached');
      assert.deepEqual(
        cached.filter((u) => u.includes('/data/')),
        [],
        'published data is in the service worker cache'
      );

      // One CSV changes on the server: only it is read again, and the numbers follow.
      writeFileSync(join(data, 'calls.csv'), callsWithoutAbandoned(readFileSync(join(data, 'calls.csv'), 'utf8')));
      log.length = 0;
      await page.reload();
      await waitForScorecard(page, { min: 5 });
      const abandonAfter = await waitForValueChange(page, 'abandonment_rate', abandonBefore);
      assert.match(abandonAfter, /^0\s?%/, `abandonment after: ${abandonAfter}`);
      const dataRequests = log.filter((l) => !l.startsWith('sources.json'));
      assert.deepEqual(dataRequests.sort(), ['calls.csv 200', 'surveys.csv 304', 'tickets.csv 304'], log.join(', '));
      const settings = await sourcesSection(page);
      assert.equal(settings.state, 'ok');
      assert.deepEqual(
        settings.files.map((f) => `${f.file}:${f.state}:${f.reread}`),
        ['calls.csv:ok:true', 'surveys.csv:ok:false', 'tickets.csv:ok:false']
      );
      assert.match(settings.text, /Held on this device: [\d.]+\s?kB/);
      await ctx.screenshot(page, 'settings');

      // Offline (and the server gone): the last data is still the scorecard.
      await page.goto(`${server.url}?lang=en&range=all`);
      await waitForScorecard(page, { min: 5 });
      await server.close();
      await context.setOffline(true);
      const offline = await page.reload();
      assert.ok(offline?.fromServiceWorker(), 'the offline reload was not served by the service worker');
      const offlineCards = await waitForScorecard(page, { min: cards.length });
      assert.equal(offlineCards.length, cards.length);
      assert.equal(await cardValue(page, 'abandonment_rate'), abandonAfter);
      await page.waitForSelector('[data-sources-state="offline"]', { timeout: 30_000 });
      assert.match(await page.locator('[data-sources-state]').first().innerText(), /Offline: showing the copy held/);
      await ctx.screenshot(page, 'offline');
      const csp = errors.filter((e) => /Content Security Policy|Refused to/i.test(e));
      assert.deepEqual(csp, [], 'CSP violations');
    }
  },
  {
    name: 'nothing published is silent; a broken sources file and a 404 data file are explained and lose nothing',
    timeoutMs: 300_000,
    async run(ctx) {
      requireUi(ctx);
      const { root, data } = await site(ctx, { sources: null });
      const server = await ctx.serve({ root });
      const context = await ctx.browser();
      const page = context.pages()[0] ?? (await context.newPage());
      const errors = watchConsole(page);

      // No data/sources.json (404): the app as it always was.
      await page.goto(`${server.url}?lang=en&range=all`);
      await page.getByRole('button', { name: /demo/i }).first().waitFor({ timeout: 60_000 });
      assert.equal(await page.locator('[role="alert"]').count(), 0, 'an error is shown with nothing published');
      const none = await sourcesSection(page);
      assert.equal(none.state, 'none');
      assert.match(none.text, /Nothing is published beside this app/);

      // Published now: the first visit after it shows the data with no click.
      writeFileSync(join(data, 'sources.json'), JSON.stringify(SOURCES));
      await page.goto(`${server.url}?lang=en&range=all`);
      const cards = await waitForScorecard(page, { min: 5, timeoutMs: 120_000 });
      const csat = await cardValue(page, 'csat');

      // A broken sources file: said where, nothing lost.
      writeFileSync(
        join(data, 'sources.json'),
        '{\n  "sources": [\n    { "url": "tickets.csv" }\n    { "url": "calls.csv" }\n  ]\n}\n'
      );
      await page.reload();
      await page.waitForSelector('[data-sources-state="invalid"]', { timeout: 60_000 });
      assert.match(await page.locator('[data-sources-state]').first().innerText(), /sources file has problems/);
      assert.equal((await waitForScorecard(page, { min: cards.length })).length, cards.length);
      assert.equal(await cardValue(page, 'csat'), csat);
      await ctx.screenshot(page, 'broken-sources');
      const broken = await sourcesSection(page);
      assert.equal(broken.state, 'invalid');
      assert.match(broken.text, /line 4, column \d+ This is not valid JSON/);
      assert.match(broken.text, /Nothing was changed/);
      await ctx.screenshot(page, 'broken-sources-settings');

      // A data file gone (404): named, its last copy kept.
      writeFileSync(join(data, 'sources.json'), JSON.stringify(SOURCES));
      rmSync(join(data, 'surveys.csv'));
      await page.goto(`${server.url}?lang=en&range=all`);
      await page.waitForSelector('[data-sources-state="error"]', { timeout: 60_000 });
      assert.match(await page.locator('[data-sources-state]').first().innerText(), /could not be read/);
      assert.equal(await cardValue(page, 'csat'), csat, 'the survey data was lost');
      const missing = await sourcesSection(page);
      const surveys = missing.files.find((f) => f.file === 'surveys.csv');
      assert.equal(surveys?.state, 'missing');
      assert.match(surveys.text, /surveys\.csv was not found on the server \(HTTP 404\)\. The copy held is shown\./);
      await ctx.screenshot(page, 'missing-file-settings');
      const csp = errors.filter((e) => /Content Security Policy|Refused to/i.test(e));
      assert.deepEqual(csp, [], 'CSP violations');
    }
  },
  {
    name: 'a published scorecard JSON (the app’s own export) opens read-only with the same statuses',
    timeoutMs: 300_000,
    async run(ctx) {
      requireUi(ctx);
      // The publisher: the three CSVs, then Export → JSON.
      const first = await site(ctx);
      const publisher = await ctx.serve({ root: first.root });
      const context = await ctx.browser();
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${publisher.url}?lang=en&range=all`);
      await waitForScorecard(page, { min: 5, timeoutMs: 120_000 });
      await page.waitForSelector('[data-ready="true"]');
      const exported = await exportAs(page, /JSON/);
      const card = JSON.parse(exported.text);
      assert.ok(card.kpis.length > 10, 'the export has no KPIs');

      // The team: only the scorecard is published.
      const team = await site(ctx, {
        sources: {
          title: 'Support, Berlin',
          publishedBy: 'Ops lead',
          sources: [{ url: 'scorecard.json', kind: 'scorecard' }]
        },
        files: []
      });
      writeFileSync(join(team.data, 'scorecard.json'), exported.text);
      const server = await ctx.serve({ root: team.root });
      const reader = await ctx.browser();
      const view = reader.pages()[0] ?? (await reader.newPage());
      await view.goto(`${server.url}?lang=en&range=all`);
      const shown = await waitForScorecard(view, { min: 5, timeoutMs: 120_000 });
      const note = view.locator('[data-read-only="true"]');
      await note.waitFor({ timeout: 30_000 });
      assert.match(await note.innerText(), /read-only/);
      assert.match(await note.innerText(), /drill-down cannot change here/);
      const statusOf = new Map(shown.map((c) => [c.id, c.status]));
      for (const k of card.kpis) assert.equal(statusOf.get(k.id), k.status, `status of ${k.id}`);
      assert.equal(await cardValue(view, 'abandonment_rate'), await cardValue(page, 'abandonment_rate'));
      // The header's language switch stays: reading a published scorecard in one's own language.
      assert.equal(
        await view.locator('main').getByRole('combobox').count(),
        0,
        'the period and filters can still be changed'
      );
      await ctx.screenshot(view, 'published-scorecard');
      await view.setViewportSize({ width: 1280, height: 800 });
      await view.goto(`${server.url}?lang=fa&range=all`);
      await waitForScorecard(view, { min: 5 });
      await view.locator('[data-read-only="true"]').waitFor();
      await ctx.screenshot(view, 'published-scorecard-fa-wide');
    }
  }
];
