/**
 * Every recognised export format imports end to end in Chromium with no mapping screen (issue 6
 * "Done when"): for each format a small data file in that tool's own header and value conventions
 * (tests/e2e/fixtures/formats/, written for this test; the headers are the mapper's fixtures, see
 * src/lib/core/mapping/fixtures/SOURCES.md) goes through the real `<input type=file>`, must not
 * stop at the mapping screen, must land as the right kind with the right row count, and must give
 * the KPI values worked out by hand from its rows (below, beside each number), read from the
 * scorecard's JSON export for that file's own month.
 *
 * Why a month per file: several formats share one browser profile (one browser per group keeps the
 * run short on a small machine), and each file's dates sit in a month no other file uses, so the
 * scorecard of that month holds that file's records only.
 *
 * A format that does not import as it should is a product finding: the check fails and says which
 * file, what was expected and what the app did; the other files of the group are still checked.
 */
import { checkKpi, importOne, monthQuery, scorecardJson } from './lib/formats-app.mjs';
import { openScreen } from './lib/user-actions.mjs';
import { startEnglishSession } from './lib/user-session.mjs';
import { join } from 'node:path';
import { FORMAT_GROUPS } from './lib/formats-cases.mjs';

async function runGroup(ctx, cases) {
  const { checks, check, server, page } = await startEnglishSession(ctx);
  await openScreen(page, server, 'import/');

  const imported = [];
  for (const c of cases) {
    const file = join(ctx.repo, 'tests/e2e/fixtures/formats', c.file);
    const r = await checks.step(`${c.file}: import`, () => importOne(page, file));
    if (!r) continue;
    if (r.outcome === 'mapping') {
      check(false, `${c.file} (${c.format}): the mapping screen opened; expected no question. It showed: ${r.text}`);
      continue;
    }
    if (r.outcome === 'refused') {
      check(false, `${c.file} (${c.format}): refused: ${r.reason}`);
      continue;
    }
    ctx.log(`${c.file}: ${r.text.slice(0, 160)}`);
    check(r.kindText === c.kind, `${c.file}: imported as ${r.kindText} (${r.format}), expected ${c.kind}`);
    check(
      c.rows.includes(r.stored) && r.skipped === 0,
      `${c.file}: ${r.stored} new / ${r.skipped} skipped, expected ${c.rows.join(' or ')} new and 0 skipped (${r.text.slice(0, 200)})`
    );
    if (c.also) check(r.text.includes(c.also), `${c.file}: the summary lacks "${c.also}": ${r.text.slice(0, 200)}`);
    imported.push(c);
  }
  await ctx.screenshot(page, 'import results');

  for (const c of imported) {
    const kpis = await checks.step(`${c.file}: scorecard`, () => scorecardJson(page, server, monthQuery(c.month)));
    if (!kpis) continue;
    const shown = Object.entries(c.expect).map(([id, [value, tol]]) => checkKpi(check, kpis, c.file, id, value, tol));
    // What a card says about its basis (the SLA card names whose verdict it counts).
    for (const [id, words] of Object.entries(c.cardSays ?? {})) {
      const card = page.locator(`article[data-kpi="${id}"]`);
      const said = (await card.count()) ? (await card.innerText()).replace(/\s+/g, ' ') : '(no card)';
      check(said.includes(words), `${c.file}: the ${id} card should say "${words}"; it says "${said}"`);
    }
    ctx.log(`${c.file} @ ${c.month}: ${shown.join(', ')}`);
  }
  checks.done();
}

export const tests = FORMAT_GROUPS.map((group) => ({
  name: `${group.name}: ${group.cases.map((c) => c.format).join(', ')}`,
  timeoutMs: 60_000 + group.cases.length * 45_000,
  run: (ctx) => runGroup(ctx, group.cases)
}));
