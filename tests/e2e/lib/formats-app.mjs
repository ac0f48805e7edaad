/**
 * What formats.e2e and samples.e2e need beyond lib/user-actions.mjs: import ONE file and learn
 * whether it imported, was refused, or stopped at the mapping screen (chooseFiles would wait for a
 * result panel that a mapping screen never gives); read the scorecard of a date range as the JSON
 * export (exact numbers in the spec's units, not rounded card text); and compare those numbers.
 *
 * Why one file at a time: a file that is not recognised must show up as a finding for that file,
 * not as a timeout that hides the verdict on every other file of the batch.
 *
 * Promise: every wait has a timeout and fails with what the page showed.
 */
import { exportAs, openScreen, resultPanels, waitForComputed, waitOrExplain } from './user-actions.mjs';

const SUMMARY = /(\d[\d,]*) new, (\d[\d,]*) updated, (\d[\d,]*) skipped/;
const toInt = (s) => Number(s.replace(/,/g, ''));

/**
 * Chooses `file` in the import screen's real file input and waits for its verdict.
 * Returns `{ outcome: 'imported', kindText, stored, updated, skipped, text }`,
 * `{ outcome: 'refused', reason, text }` or `{ outcome: 'mapping', text }` (the mapping screen
 * opened: it is dismissed with "Skip this file" so the next file can be tried).
 * @param {import('playwright-core').Page} page
 * @param {string | { name: string, mimeType: string, buffer: Buffer }} file
 */
export async function importOne(page, file, { timeoutMs = 180_000 } = {}) {
  const before = await resultPanels(page).count();
  const input = page.locator('input[type="file"][multiple]').first();
  await input.waitFor({ state: 'attached', timeout: 30_000 });
  await input.setInputFiles([file]);
  await waitOrExplain(
    page,
    () =>
      page.waitForFunction(
        (n) =>
          !!document.querySelector('#mapping-title') ||
          (document.querySelectorAll('main article').length > n &&
            ![...document.querySelectorAll('main button')].some((b) => /Cancel import/.test(b.textContent ?? ''))),
        before,
        { timeout: timeoutMs, polling: 100 }
      ),
    `import of ${typeof file === 'string' ? file : file.name}`
  );
  const mapping = page.locator('#mapping-title');
  if (await mapping.count()) {
    const text = (await page.locator('section.mapping, [aria-labelledby="mapping-title"]').first().innerText())
      .replace(/\s+/g, ' ')
      .slice(0, 400);
    await page.getByRole('button', { name: 'Skip this file' }).first().click();
    await mapping.waitFor({ state: 'detached', timeout: 30_000 }).catch(() => {});
    return { outcome: 'mapping', text };
  }
  // The UI prepends each batch: the newest panel is the first.
  const text = (await resultPanels(page).first().innerText()).replace(/\s+/g, ' ').trim();
  const m = text.match(SUMMARY);
  if (m) {
    const kind = /\b(Tickets|Calls|Surveys|Messages|Customers|Costs|Unknown)\b(?: \(([^)]*)\))?:/.exec(text);
    return {
      outcome: 'imported',
      kindText: kind ? kind[1] : null,
      format: kind?.[2] ?? null,
      stored: toInt(m[1]),
      updated: toInt(m[2]),
      skipped: toInt(m[3]),
      text
    };
  }
  const refused = text.match(/Not imported: ([\s\S]*)/);
  return { outcome: 'refused', reason: refused ? refused[1].trim() : text, text };
}

/**
 * The scorecard of `query` (e.g. 'from=2024-01-01&to=2024-01-31' or 'range=all') as the JSON
 * export: a Map from KPI id to its exported object ({ value, n, status, missing, … }).
 */
export async function scorecardJson(page, server, query) {
  await openScreen(page, server, `?${query}`);
  await waitForComputed(page);
  const { text } = await exportAs(page, /JSON/);
  const json = JSON.parse(text);
  return new Map(json.kpis.map((k) => [k.id, k]));
}

/** The whole calendar month `ym` ('2024-01') as from/to query parameters. */
export function monthQuery(ym) {
  const [y, m] = ym.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `from=${ym}-01&to=${ym}-${String(last).padStart(2, '0')}`;
}

/**
 * Checks one exported KPI against the value worked out from the file: `expect` in the export's
 * units (seconds, 0–100 percent, counts), within `tol` (default 0.01, or 1e-6 relative).
 * Returns the line to log.
 */
export function checkKpi(check, kpis, label, id, expect, tol = 0.01) {
  const k = kpis.get(id);
  const got = k?.value;
  const ok = typeof got === 'number' && Math.abs(got - expect) <= Math.max(tol, Math.abs(expect) * 1e-6);
  check(
    ok,
    `${label}: ${id} expected ${expect}, got ${k ? `${got} (status ${k.status}${k.missing ? `, missing ${k.missing.join('/')}` : ''}, n ${k.n})` : 'no such KPI in the export'}`
  );
  return `${id}=${typeof got === 'number' ? +got.toFixed(3) : got}`;
}
