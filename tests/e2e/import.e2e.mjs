/**
 * Import, as a person does it (issue 2 "Done when"): canonical tickets, calls and surveys chosen
 * together in the real file input, then the same three again; and a corpus of nasty files
 * (UTF-16 with tabs, Windows-1256 Arabic, semicolons with day-first dates and CRLF, Persian
 * digits, ragged rows with a quoted multi-line field, binary garbage, an empty file, a header
 * only).
 *
 * What is checked is numbers, not rendering: each file's "N new, N updated, N skipped" against
 * the fixture, the scorecard's counts against what the fixtures imply (user-oracle.mjs), each
 * problem row's file / line / column / value / reason, and that refused files change nothing.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import {
  chooseFiles,
  exportAs,
  importedList,
  openScreen,
  problemRows,
  readCardDetails,
  waitForComputed
} from './lib/user-actions.mjs';
import { startEnglishSession } from './lib/user-session.mjs';
import { ARABIC_AGENTS, HEBREW_AGENT, readableNastyFiles, unreadableNastyFiles } from './lib/user-nasty-files.mjs';
import { canonicalExpectations, fixture, fixtureRows, parseShown, shownMatches } from './lib/user-oracle.mjs';

const CANONICAL = ['tickets.csv', 'calls.csv', 'surveys.csv'];

/** The scorecard over all stored data: its cards by id. */
async function scorecardAll(page, server) {
  await openScreen(page, server, '?range=all');
  await waitForComputed(page);
  return new Map((await readCardDetails(page)).map((c) => [c.id, c]));
}

const count = (card) => (card ? parseShown(card.value, 'count')?.value : undefined);
const nOf = (card) => (card?.n ? Number(card.n.replace(/[^\d]/g, '')) : undefined);

/** The stored-count checks both import rounds share: the scorecard must show exactly the fixtures. */
function checkCounts(checks, cards, expected, when) {
  const { check } = checks;
  const volume = cards.get('ticket_volume');
  check(
    count(volume) === expected.ticketIds,
    `${when}: ticket_volume shows ${volume?.value}, expected ${expected.ticketIds}`
  );
  const abandonment = cards.get('abandonment_rate');
  check(
    shownMatches(abandonment?.value, 'percent', expected.abandonmentRate),
    `${when}: abandonment_rate shows ${abandonment?.value}, the calls imply ${expected.abandonmentRate.toFixed(1)} %`
  );
  check(
    nOf(abandonment) === expected.calls,
    `${when}: abandonment_rate n = ${abandonment?.n}, expected ${expected.calls} calls`
  );
  const csat = cards.get('csat');
  check(
    shownMatches(csat?.value, 'percent', expected.csat),
    `${when}: csat shows ${csat?.value}, the surveys imply ${expected.csat.toFixed(1)} %`
  );
  check(nOf(csat) === expected.surveys, `${when}: csat n = ${csat?.n}, expected ${expected.surveys} responses`);
}

/** Cell values an attacker could plant in an export: a spreadsheet formula and an HTML tag. */
const FORMULA = '=HYPERLINK("https://example.invalid","open")';
const MARKUP = '<img src=x onerror="window.__xss=1">';
const quoted = (s) => `"${s.replace(/"/g, '""')}"`;

export const tests = [
  {
    name: 'canonical tickets, calls and surveys import in one go; importing them again changes no count',
    timeoutMs: 240_000,
    async run(ctx) {
      const { checks, check, server, page } = await startEnglishSession(ctx);
      const expected = canonicalExpectations();

      await openScreen(page, server, 'import/');
      const first = await chooseFiles(
        page,
        CANONICAL.map((f) => fixture(f))
      );
      check(first.length === 3, `first import: ${first.length} result panels for 3 files`);
      for (const name of CANONICAL) {
        const rows = fixtureRows(name).length;
        const r = first.find((x) => x.fileName === name);
        check(r?.status === 'imported', `${name}: ${r ? r.text : 'no result'}`);
        check(
          r?.stored === rows && r?.updated === 0 && r?.skipped === 0,
          `${name}: first import "${r?.text}", expected ${rows} new, 0 updated, 0 skipped`
        );
      }
      const listed = await importedList(page);
      for (const name of CANONICAL) {
        const item = listed.find((i) => i.name === name);
        check(item?.rows === fixtureRows(name).length, `imported files list: ${item ? item.text : `${name} missing`}`);
      }
      await ctx.screenshot(page, 'after first import');

      await checks.step('scorecard after the first import', async () =>
        checkCounts(checks, await scorecardAll(page, server), expected, 'after the first import')
      );

      // The same three files again: every row is an update of the same key, none is new.
      await openScreen(page, server, 'import/');
      const second = await chooseFiles(
        page,
        CANONICAL.map((f) => fixture(f))
      );
      for (const name of CANONICAL) {
        const rows = fixtureRows(name).length;
        const r = second.find((x) => x.fileName === name);
        check(r?.status === 'imported', `${name} again: ${r ? r.text : 'no result'}`);
        check(
          r?.updated === rows && r?.skipped === 0,
          `${name} again: "${r?.text}", expected ${rows} updated, 0 skipped`
        );
        // "N new" must not count the updated rows as new ones (the user reads it as added rows).
        check(
          r?.stored === 0,
          `${name} again: the summary says "${r?.text}": ${r?.stored} "new" rows on a re-import of the same ids`
        );
      }
      await ctx.screenshot(page, 'after second import');
      await checks.step('scorecard after the second import', async () =>
        checkCounts(checks, await scorecardAll(page, server), expected, 'after importing the same files again')
      );
      checks.done();
    }
  },
  {
    name: 'nasty files: right rows stored and skipped, problems named, unreadable files refused and nothing changed',
    timeoutMs: 240_000,
    async run(ctx) {
      const { checks, check, server, page } = await startEnglishSession(ctx);
      const baseTickets = fixtureRows('tickets.csv').length;

      await openScreen(page, server, 'import/');
      const [base] = await chooseFiles(page, [fixture('tickets.csv')]);
      check(base?.status === 'imported' && base.stored === baseTickets, `baseline tickets.csv: ${base?.text}`);
      const listBefore = await importedList(page);
      const volumeBefore = count((await scorecardAll(page, server)).get('ticket_volume'));
      check(volumeBefore === baseTickets, `baseline ticket_volume ${volumeBefore}, expected ${baseTickets}`);

      // Unreadable files: each refused with its reason; the stored data and the list unchanged.
      await openScreen(page, server, 'import/');
      const unreadable = unreadableNastyFiles();
      const refused = await chooseFiles(
        page,
        unreadable.map((f) => f.payload)
      );
      for (const f of unreadable) {
        const r = refused.find((x) => x.fileName === f.payload.name);
        check(
          r?.status === 'refused',
          `${f.what} (${f.payload.name}): expected a refusal, got ${r ? r.text : 'no result'}`
        );
        ctx.log(`${f.payload.name}: ${r?.text}`);
        check(
          r && f.refused.test(r.reason ?? ''),
          `${f.what}: refusal reason "${r?.reason}" does not say why (${f.refused})`
        );
      }
      const listAfterRefusals = await importedList(page);
      check(
        JSON.stringify(listAfterRefusals) === JSON.stringify(listBefore),
        `refused files changed the imported files list: ${listAfterRefusals.map((i) => i.text).join(' / ')}`
      );
      const volumeAfterRefusals = count((await scorecardAll(page, server)).get('ticket_volume'));
      check(
        volumeAfterRefusals === volumeBefore,
        `refused files changed ticket_volume: ${volumeBefore} → ${volumeAfterRefusals}`
      );

      // Readable but nasty files, all in one go.
      await openScreen(page, server, 'import/');
      const readable = readableNastyFiles();
      const results = await chooseFiles(
        page,
        readable.map((f) => f.payload)
      );
      let added = 0;
      for (const f of readable) {
        const name = f.payload.name;
        const r = results.find((x) => x.fileName === name);
        if (!check(r?.status === 'imported', `${f.what} (${name}): ${r ? r.text : 'no result'}`)) continue;
        added += r.stored;
        check(
          r.stored === f.stored && r.skipped === f.skipped,
          `${f.what}: "${r.text}", expected ${f.stored} new, ${f.skipped} skipped`
        );
        const rows = await problemRows(page, name);
        ctx.log(
          `${name}: ${r.text.replace(/^\S+ /, '')}; problems: ${rows.map((x) => `line ${x.line} ${x.column}="${x.value}" ${x.reason}`).join(' | ') || 'none'}`
        );
        for (const p of f.problems) {
          const hit = rows.find((row) => row.line === p.line && row.column.includes(p.column));
          check(
            hit,
            `${name}: no problem reported at line ${p.line}, column ${p.column}; reported: ${JSON.stringify(rows)}`
          );
          if (!hit) continue;
          check(hit.file === name, `${name} line ${p.line}: the problem names file "${hit.file}"`);
          check(
            hit.value === p.value,
            `${name} line ${p.line}: the problem shows value "${hit.value}", the file has "${p.value}"`
          );
          check(
            p.reason.test(hit.reason) && hit.reason.length > 10,
            `${name} line ${p.line}: reason "${hit.reason}" does not say why`
          );
        }
        if (f.problems.length === 0)
          check(rows.length === 0, `${name}: problems reported for a clean file: ${JSON.stringify(rows)}`);
      }
      await ctx.screenshot(page, 'nasty files results');

      // The problems can be downloaded as CSV, with the same file / line / column / value.
      await checks.step('problems as CSV', async () => {
        const f = readable.find((x) => x.skipped > 0);
        const article = page
          .locator('main article')
          .filter({ has: page.getByRole('heading', { name: f.payload.name, exact: true }) });
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 30_000 }),
          article.getByRole('button', { name: /Download skipped rows/ }).click()
        ]);
        const text = await readFile(await download.path(), 'utf8');
        const rows = Papa.parse(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
        const p = f.problems[0];
        const hit = rows.find(
          (row) => Object.values(row).includes(String(p.line)) && Object.values(row).includes(p.column)
        );
        check(hit, `${download.suggestedFilename()}: no row for line ${p.line} / ${p.column}: ${text.slice(0, 300)}`);
        check(
          hit && Object.values(hit).includes(f.payload.name),
          `${download.suggestedFilename()}: the row does not name the file: ${JSON.stringify(hit)}`
        );
        check(
          hit && Object.values(hit).includes(p.value),
          `${download.suggestedFilename()}: the row does not carry the value "${p.value}": ${JSON.stringify(hit)}`
        );
      });

      await checks.step('scorecard after the nasty files', async () => {
        const expectedVolume = baseTickets + readable.reduce((n, f) => n + f.stored, 0);
        const cards = await scorecardAll(page, server);
        const volume = count(cards.get('ticket_volume'));
        check(
          volume === expectedVolume,
          `ticket_volume after the nasty files: ${volume}, expected ${expectedVolume} (${added} added as reported)`
        );
        // The agents' names survived their encodings: they are offered as filter values.
        const agents = await page.$$eval('input[type="checkbox"][name="agent"]', (boxes) => boxes.map((b) => b.value));
        for (const agent of [...ARABIC_AGENTS, HEBREW_AGENT])
          check(
            agents.includes(agent),
            `agent "${agent}" not among the filter values (mis-decoded?): ${agents.join(', ')}`
          );
        await ctx.screenshot(page, 'scorecard after nasty files');
      });
      checks.done();
    }
  },
  {
    name: 'values from a CSV are shown as text, never as HTML, and exported with the formula guard',
    timeoutMs: 180_000,
    async run(ctx) {
      const { checks, check, server, page } = await startEnglishSession(ctx);
      const csv = [
        'ticket_id,created_at,channel,agent,category',
        ...[1, 2, 3, 4].map((i) => `HX-${i},2026-10-0${i}T08:00:00Z,email,${quoted(MARKUP)},${quoted(FORMULA)}`),
        'HX-5,2026-10-05T08:00:00Z,chat,Ana Souza,billing'
      ].join('\n');
      await openScreen(page, server, 'import/');
      const [r] = await chooseFiles(page, [
        { name: 'planted-values.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') }
      ]);
      check(r?.status === 'imported' && r.stored === 5, `planted-values.csv: ${r?.text}`);

      await openScreen(page, server, '?range=all');
      await waitForComputed(page);
      const dom = await page.evaluate(() => ({
        xss: window.__xss ?? null,
        images: document.querySelectorAll('main img[src="x"], main img[src$="/x"]').length
      }));
      check(dom.xss === null && dom.images === 0, `a CSV value became HTML: ${JSON.stringify(dom)}`);
      const agents = await page.$$eval('input[type="checkbox"][name="agent"]', (boxes) => boxes.map((b) => b.value));
      check(
        agents.includes(MARKUP),
        `the agent "${MARKUP}" is not shown as plain text among the filters: ${agents.join(', ')}`
      );
      const tag = (await readCardDetails(page)).find((c) => c.id === 'tag_report');
      check(tag?.text.includes(FORMULA), `tag_report does not show the top category as text: "${tag?.text}"`);

      const file = await exportAs(page, /CSV/);
      const rows = Papa.parse(file.text, { header: true, skipEmptyLines: true }).data;
      const cells = rows.flatMap((row) => Object.values(row));
      check(
        cells.includes(`'${FORMULA}`),
        `the CSV export does not carry the guarded "'${FORMULA}" (headline cells: ${rows
          .map((x) => x.headline)
          .filter(Boolean)
          .join(' | ')})`
      );
      check(!cells.some((c) => /^[=+\-@\t\r]/.test(c ?? '')), 'the CSV export has a cell a spreadsheet would execute');
      checks.done();
    }
  }
];
