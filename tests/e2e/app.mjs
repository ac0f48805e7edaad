/**
 * How the e2e tests and the benchmark talk to the Service Scorecard UI, through the test hooks
 * of ../shared/spec/scorecard-export.md only (never styling): `[data-kpi][data-status]` cards, a
 * button named "…demo…", a real `<input type="file" multiple>`, an "Export" button with a
 * "JSON" choice, and the English import summary "N new, N updated, N skipped".
 *
 * The UI is built by another engineer in parallel; `requireUi` skips a test (with that reason)
 * only while the build has no UI routes yet, so the same tests run for real once it lands.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const UI_ROUTES = ['import/index.html', 'kpi/index.html', 'settings/index.html'];

/** Skips the test when the build has none of the UI's routes (scaffold only). */
export function requireUi(ctx) {
  const missing = UI_ROUTES.filter((route) => !existsSync(join(ctx.build, route)));
  if (missing.length === UI_ROUTES.length)
    ctx.skip('the UI routes are not in build/ yet (/import/, /kpi/, /settings/)');
}

export const IMPORT_SUMMARY =
  /(\d[\d,\u00a0\u202f ]*) new, (\d[\d,\u00a0\u202f ]*) updated, (\d[\d,\u00a0\u202f ]*) skipped/;

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Waits until the page's own service worker registration is active (the app registered it). */
export async function waitForServiceWorker(page, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state ?? null;
    });
    if (state === 'activated') return;
    await sleep(250);
  }
  throw new Error('the app did not register an active service worker (is registerServiceWorker called?)');
}

/** The KPI cards on screen once the scorecard has rendered at least `min` of them. */
export async function waitForScorecard(page, { min = 1, timeoutMs = 60_000 } = {}) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-kpi][data-status]').length >= n, min, {
    timeout: timeoutMs
  });
  return readCards(page);
}

export function readCards(page) {
  return page.$$eval('[data-kpi][data-status]', (cards) =>
    cards.map((card) => ({ id: card.getAttribute('data-kpi'), status: card.getAttribute('data-status') }))
  );
}

/** First visit → the demo button → the scorecard with demo data. */
export async function loadDemo(page) {
  await page.getByRole('button', { name: /demo/i }).first().click();
  return waitForScorecard(page, { min: 5, timeoutMs: 120_000 });
}

const summariesIn = (text) => [...text.matchAll(new RegExp(IMPORT_SUMMARY.source, 'g'))].map((m) => m[0]);

/**
 * Chooses files in the import screen's real file input and waits for their summary lines.
 * Works whether the UI keeps earlier results on screen or replaces them: it waits until the
 * list of summaries differs from the one before and has at least one line per chosen file.
 */
export async function importFiles(page, files, { timeoutMs = 600_000 } = {}) {
  const before = summariesIn(await page.locator('body').innerText());
  const count = Array.isArray(files) ? files.length : 1;
  await page.locator('input[type="file"][multiple]').first().setInputFiles(files);
  await page.waitForFunction(
    ([source, previous, n]) => {
      const now = [...document.body.innerText.matchAll(new RegExp(source, 'g'))].map((m) => m[0]);
      const fresh = now.length >= previous.length + n && now.slice(0, previous.length).join('|') === previous.join('|');
      const replaced = now.length >= n && now.join('|') !== previous.join('|');
      return fresh || replaced;
    },
    [IMPORT_SUMMARY.source, before, count],
    { timeout: timeoutMs, polling: 100 }
  );
  const after = summariesIn(await page.locator('body').innerText());
  const mine = after.length >= before.length + count ? after.slice(-count) : after.slice(0, count);
  const toNumber = (s) => Number(s.replace(/[^\d]/g, ''));
  return mine.map((line) => {
    const m = line.match(IMPORT_SUMMARY);
    return { stored: toNumber(m[1]), updated: toNumber(m[2]), skipped: toNumber(m[3]) };
  });
}

/**
 * A small canonical tickets CSV (every column recognised, so it imports with no click), made
 * here rather than copied from anywhere: `rows` tickets over the last `days` days.
 */
export function smallTicketsCsv(rows = 200, { days = 60, now = Date.UTC(2026, 10, 20, 12) } = {}) {
  const header = 'ticket_id,created_at,first_response_at,resolved_at,status,channel,agent,team,priority,category,csat';
  const channels = ['email', 'chat', 'phone'];
  const agents = ['Ana', 'Bilal', 'Chen', 'Dara'];
  const priorities = ['low', 'normal', 'high', 'urgent'];
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const created = now - ((i * 7919) % (days * 24)) * 3_600_000;
    const firstResponse = created + (5 + ((i * 37) % 240)) * 60_000;
    const resolved = i % 5 === 0 ? '' : new Date(firstResponse + (1 + ((i * 13) % 48)) * 3_600_000).toISOString();
    lines.push(
      [
        `E2E-${String(i + 1).padStart(5, '0')}`,
        new Date(created).toISOString(),
        new Date(firstResponse).toISOString(),
        resolved,
        resolved ? 'solved' : 'open',
        channels[i % channels.length],
        agents[i % agents.length],
        i % 2 ? 'Tier 1' : 'Tier 2',
        priorities[i % priorities.length],
        i % 3 ? 'billing' : '"login, password"',
        resolved ? String(1 + (i % 5)) : ''
      ].join(',')
    );
  }
  return `${lines.join('\n')}\n`;
}
