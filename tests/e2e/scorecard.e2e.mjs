/**
 * The scorecard as owners and trainers use it (issue 4 "Done when"), at phone size (390×844)
 * and desktop size (1280×800): demo data → a status on every card; a target edited and the
 * card's status changing; a filter in the URL applied; a KPI's detail view; JSON and CSV
 * exports checked against ../shared/spec/scorecard-export.md and against the cards; no
 * horizontal overflow at 320 px; every control reachable with Tab; axe-core with no serious or
 * critical violation; Persian (`?lang=fa`) right-to-left with Persian digits. Screenshots of
 * each size and language go to tests/e2e/out/.
 */
import Papa from 'papaparse';
import { loadDemo } from './app.mjs';
import {
  checkAxe,
  checkNoOverflow,
  exportAs,
  markControls,
  openScreen,
  readCardDetails,
  tabWalk,
  viewportShot,
  waitForComputed,
  waitOrExplain
} from './lib/user-actions.mjs';
import { startEnglishSession } from './lib/user-session.mjs';
import { parseShown, shownMatches, specKpiIds } from './lib/user-oracle.mjs';

const STATUSES = ['good', 'warn', 'bad', 'none', 'unavailable'];
const UNITS = ['count', 'seconds', 'percent', 'money'];
const DIRECTIONS = ['minimize', 'maximize', 'range', 'none'];
const YMD = /^\d{4}-\d{2}-\d{2}$/;
const nOf = (card) => (card?.n ? Number(card.n.replace(/[^\d]/g, '')) : undefined);

/** The status rules of kpi-catalog.md ("Status and progress"), for a value target. */
function expectedStatus(direction, v, t, w = 0.1 * t) {
  if (direction === 'maximize') return v >= t ? 'good' : v >= t - w ? 'warn' : 'bad';
  if (direction === 'minimize') return v <= t ? 'good' : v <= t + w ? 'warn' : 'bad';
  return 'none';
}

/** The JSON export's shape per the spec; returns the kpis by id. */
function checkJsonShape(check, json, catalogIds, label) {
  check(typeof json.app === 'string' && json.app.length > 0, `${label}: "app" missing`);
  check(typeof json.version === 'string' && json.version.length > 0, `${label}: "version" missing`);
  check(
    !Number.isNaN(Date.parse(json.generatedAt)) && /Z$|[+-]\d\d:\d\d$/.test(json.generatedAt),
    `${label}: generatedAt "${json.generatedAt}" is not an ISO instant`
  );
  const v = json.view ?? {};
  check(YMD.test(v.from) && YMD.test(v.to) && v.from <= v.to, `${label}: view from/to ${v.from}–${v.to}`);
  check(['day', 'week', 'month', 'quarter', 'year'].includes(v.grain), `${label}: view.grain ${v.grain}`);
  check(v.filters && typeof v.filters === 'object', `${label}: view.filters missing`);
  check(['calendar', 'business'].includes(v.hours), `${label}: view.hours ${v.hours}`);
  check(Array.isArray(json.kpis) && json.kpis.length > 0, `${label}: kpis is not a non-empty array`);
  const byId = new Map((json.kpis ?? []).map((k) => [k.id, k]));
  check(byId.size === (json.kpis ?? []).length, `${label}: duplicate KPI ids`);
  if (catalogIds) {
    const missing = catalogIds.filter((id) => !byId.has(id));
    check(missing.length === 0, `${label}: catalog ids missing from the export: ${missing.join(', ')}`);
  }
  for (const k of json.kpis ?? []) {
    const where = `${label} ${k.id}`;
    check(
      UNITS.includes(k.unit) && DIRECTIONS.includes(k.direction),
      `${where}: unit ${k.unit} / direction ${k.direction}`
    );
    check(STATUSES.includes(k.status), `${where}: status ${k.status}`);
    check(Number.isFinite(k.n) && k.n >= 0, `${where}: n ${k.n}`);
    if (k.status === 'unavailable') {
      check(
        k.value === null && Array.isArray(k.missing) && k.missing.length > 0,
        `${where}: unavailable needs value null and a missing list`
      );
    } else {
      check(k.value === null || Number.isFinite(k.value), `${where}: value ${k.value}`);
      if (k.value === null)
        check(k.n === 0 || k.status === 'none', `${where}: value null with n ${k.n} and status ${k.status}`);
    }
    if (k.value === 0) check(k.n > 0 || k.unit === 'count', `${where}: a 0 value from no records (never a fake 0)`);
    if (k.unit === 'percent' && k.value !== null)
      check(k.value >= 0 && k.value <= 100, `${where}: percent ${k.value} outside 0–100`);
    if (k.unit === 'seconds' && k.value !== null)
      check('median' in k && 'p90' in k, `${where}: a duration without median / p90`);
    if (k.direction === 'range' && k.target)
      check('lower' in k.target && 'upper' in k.target, `${where}: range target ${JSON.stringify(k.target)}`);
    else if (k.target) check(Number.isFinite(k.target.value), `${where}: target ${JSON.stringify(k.target)}`);
    if (k.direction === 'none' || !k.target)
      check(['none', 'unavailable'].includes(k.status), `${where}: status ${k.status} without a target`);
    check('previous' in k && 'change' in k, `${where}: previous / change missing`);
    check(
      Array.isArray(k.trend) &&
        k.trend.every(
          (p) => YMD.test(p.start) && (p.value === null || Number.isFinite(p.value)) && Number.isFinite(p.n)
        ),
      `${where}: trend is not [{start, value, n}]`
    );
  }
  return byId;
}

/** Each card against the export row of the same KPI: status, n and the value as displayed. */
function checkCardsAgainstJson(check, cards, byId, label) {
  for (const card of cards) {
    const k = byId.get(card.id);
    if (!check(k, `${label}: card ${card.id} is not in the JSON export`)) continue;
    check(card.status === k.status, `${label} ${card.id}: card status ${card.status}, export ${k.status}`);
    if (k.status === 'unavailable') continue;
    if (k.value === null) {
      check(card.value === null, `${label} ${card.id}: export value null, card shows "${card.value}"`);
      continue;
    }
    check(
      shownMatches(card.value, k.unit, k.value),
      `${label} ${card.id}: card shows "${card.value}", export value ${k.value} ${k.unit}`
    );
    check(nOf(card) === k.n, `${label} ${card.id}: card n ${card.n}, export n ${k.n}`);
  }
}

function checkCsv(check, csvText, json, label) {
  const parsed = Papa.parse(csvText.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  check(parsed.errors.length === 0, `${label}: CSV parse errors ${JSON.stringify(parsed.errors.slice(0, 2))}`);
  const rows = parsed.data;
  check(rows.length === json.kpis.length, `${label}: ${rows.length} CSV rows for ${json.kpis.length} KPIs`);
  check(
    rows.map((r) => r.id).join(',') === json.kpis.map((k) => k.id).join(','),
    `${label}: CSV ids differ from the JSON's`
  );
  const dangerous = [];
  for (const row of rows)
    for (const [col, cell] of Object.entries(row))
      if (/^[=+\-@\t\r]/.test(cell ?? '')) dangerous.push(`${row.id}.${col}=${cell}`);
  check(dangerous.length === 0, `${label}: CSV cells a spreadsheet would execute: ${dangerous.slice(0, 5).join(' ')}`);
  // A negative number starts with "-": it must be there, guarded with a quote.
  const negatives = json.kpis.filter((k) => typeof k.change === 'number' && k.change < 0);
  for (const k of negatives.slice(0, 5)) {
    const row = rows.find((r) => r.id === k.id);
    check(
      row?.change === `'${k.change}`,
      `${label} ${k.id}: CSV change "${row?.change}", expected the guarded "'${k.change}"`
    );
  }
  for (const k of json.kpis.filter((x) => typeof x.value === 'number' && x.value >= 0).slice(0, 10)) {
    const row = rows.find((r) => r.id === k.id);
    check(Number(row?.value) === k.value, `${label} ${k.id}: CSV value "${row?.value}", JSON ${k.value}`);
  }
  return negatives.length;
}

async function scorecardAt(page, server, query) {
  await openScreen(page, server, query);
  await waitForComputed(page);
  return readCardDetails(page);
}

/** Tab through the page: every visible control must receive focus. */
async function checkKeyboard(check, page, label) {
  const controls = await markControls(page);
  const reached = new Set(await tabWalk(page, controls.length + 40));
  const missed = controls.filter((c) => !reached.has(c.mark));
  check(
    missed.length === 0,
    `${label}: controls never reached with Tab: ${missed
      .slice(0, 8)
      .map((c) => `${c.tag} "${c.name}"`)
      .join(', ')}`
  );
  const names = controls.filter((c) => reached.has(c.mark)).map((c) => c.name);
  for (const want of [/^Export/, /Period/, /Trend by/, /Durations in/, /Filters/, /Import/, /Targets/])
    check(
      names.some((n) => want.test(n)),
      `${label}: Tab never reached a control named ${want}`
    );
  check(
    controls.some((c) => c.kpi && reached.has(c.mark)),
    `${label}: Tab never reached a KPI card's link`
  );
  return { controls: controls.length, reached: reached.size };
}

function journey(size, label) {
  return {
    name: `demo scorecard at ${size.width}×${size.height} (${label}): statuses, target edit, URL filter, detail, exports, keyboard, axe, Persian`,
    timeoutMs: 300_000,
    async run(ctx) {
      const { checks, check, server, page } = await startEnglishSession(ctx, { viewport: size });
      const { step } = checks;
      const catalogIds = specKpiIds(ctx.repo);
      if (!catalogIds) ctx.log('../shared/spec/kpi-catalog.md is absent: the "every catalog id" check is skipped');

      // First visit: the demo button, then the scorecard.
      await openScreen(page, server, '');
      await waitOrExplain(page, () => loadDemo(page), 'loading the demo');
      await waitForComputed(page);
      const cards = await readCardDetails(page);
      ctx.log(
        `${cards.length} cards: ${STATUSES.map((s) => `${s} ${cards.filter((c) => c.status === s).length}`).join(', ')}`
      );
      check(cards.length >= (catalogIds?.length ?? 30), `only ${cards.length} cards on the demo scorecard`);
      const unavailable = cards.filter((c) => c.status === 'unavailable').map((c) => c.id);
      check(unavailable.length === 0, `cards unavailable on the demo data: ${unavailable.join(', ')}`);
      const bad = cards.filter((c) => !STATUSES.includes(c.status));
      check(bad.length === 0, `cards without a valid data-status: ${bad.map((c) => `${c.id}=${c.status}`).join(', ')}`);
      check(new Set(cards.map((c) => c.status)).size >= 2, 'every demo card has the same status: colours say nothing');
      await ctx.screenshot(page, `${label} en`);
      await viewportShot(ctx, page, `scorecard ${label} en`);

      // JSON and CSV of the scorecard on screen.
      const json = await step('JSON export', async () => {
        const file = await exportAs(page, /JSON/);
        check(/\.json$/.test(file.name), `JSON download named "${file.name}"`);
        const data = JSON.parse(file.text);
        const byId = checkJsonShape(check, data, catalogIds, 'JSON');
        checkCardsAgainstJson(check, await readCardDetails(page), byId, 'cards vs JSON');
        return data;
      });
      if (json)
        await step('CSV export', async () => {
          const file = await exportAs(page, /CSV/);
          check(/\.csv$/.test(file.name), `CSV download named "${file.name}"`);
          const negatives = checkCsv(check, file.text, json, 'CSV');
          ctx.log(`CSV: ${json.kpis.length} rows, ${negatives} negative changes checked for the formula guard`);
        });

      await step('keyboard', async () => {
        const r = await checkKeyboard(check, page, 'scorecard');
        ctx.log(`keyboard: ${r.reached} of ${r.controls} controls reached with Tab`);
      });
      await step('axe on the scorecard', () => checkAxe(check, ctx, page, 'scorecard'));

      // A filter in the URL: applied (a value changes) and shown in the controls.
      await step('filter in the URL', async () => {
        const all = new Map((await scorecardAt(page, server, '?range=all')).map((c) => [c.id, c]));
        const email = new Map((await scorecardAt(page, server, '?range=all&channel=email')).map((c) => [c.id, c]));
        const vAll = parseShown(all.get('ticket_volume')?.value, 'count')?.value;
        const vEmail = parseShown(email.get('ticket_volume')?.value, 'count')?.value;
        ctx.log(`ticket_volume: all ${vAll}, email only ${vEmail}`);
        check(
          Number.isFinite(vEmail) && Number.isFinite(vAll) && vEmail < vAll && vEmail > 0,
          `channel=email not applied: ticket_volume ${vAll} → ${vEmail}`
        );
        const box = page.locator('input[type="checkbox"][name="channel"][value="email"]');
        check(
          (await box.count()) === 1 && (await box.isChecked()),
          'the channel filter control does not show "email" as chosen'
        );
        const summary = await page
          .locator('details summary', { hasText: /Filters/ })
          .first()
          .innerText();
        check(/\(1\)/.test(summary), `the filters summary says "${summary}", expected one active filter`);
        const file = await exportAs(page, /JSON/);
        const data = JSON.parse(file.text);
        check(
          JSON.stringify(data.view?.filters?.channel) === '["email"]',
          `filtered export view.filters ${JSON.stringify(data.view?.filters)}`
        );
        const tv = data.kpis.find((k) => k.id === 'ticket_volume');
        check(tv?.value === vEmail, `filtered export ticket_volume ${tv?.value}, card ${vEmail}`);
        await ctx.screenshot(page, `${label} filtered email`);
      });

      // A target edited on the detail view: the status follows the rules and the card follows it.
      await step('target edit and detail view', async () => {
        const pick =
          json?.kpis.find((k) => k.id === 'csat' && k.value !== null) ??
          json?.kpis.find((k) => k.direction === 'maximize' && k.unit === 'percent' && k.value !== null);
        if (!check(pick, 'no maximize percent KPI with a value to edit the target of')) return;
        const v = pick.value;
        const target = pick.status === 'good' ? Math.ceil(v / 0.9) + 5 : Math.max(0, Math.floor(v) - 1);
        const want = expectedStatus('maximize', v, target);
        ctx.log(`${pick.id}: value ${v}, status ${pick.status}; target → ${target} % should make it ${want}`);
        await scorecardAt(page, server, '');
        await page.locator(`[data-kpi="${pick.id}"] a`).first().click();
        await page.waitForURL(/kpi\/\?/, { timeout: 15_000 });
        const detail = page.locator(`article[data-kpi="${pick.id}"]`);
        await detail.waitFor({ timeout: 30_000 });
        await page.getByRole('heading', { level: 1 }).waitFor();
        await waitOrExplain(
          page,
          () => page.getByText(/Based on [\d,]+ records/).waitFor({ timeout: 30_000 }),
          'the detail figures'
        );
        const records = Number((await page.getByText(/Based on [\d,]+ records/).innerText()).replace(/[^\d]/g, ''));
        check(records === pick.n, `detail view: "Based on ${records} records", export n ${pick.n}`);
        check(
          (await page.getByRole('heading', { name: 'Trend' }).count()) === 1,
          'detail view: no trend chart section'
        );
        check(
          (await page.getByRole('heading', { name: 'How it is calculated' }).count()) === 1,
          'detail view: no formula section'
        );
        await checkNoOverflow(check, page, `detail view at ${size.width}`);
        await checkAxe(check, ctx, page, 'detail view');
        await ctx.screenshot(page, `${label} detail ${pick.id}`);
        await viewportShot(ctx, page, `scorecard ${label} detail`);

        await page.getByRole('button', { name: 'Edit target' }).click();
        const input = page.getByRole('textbox', { name: /^Target/ });
        await input.fill(String(target));
        await page
          .waitForFunction(
            ([id, s]) => document.querySelector(`article[data-kpi="${id}"]`)?.getAttribute('data-status') === s,
            [pick.id, want],
            { timeout: 10_000 }
          )
          .catch(() => {});
        const live = await detail.getAttribute('data-status');
        check(live === want, `detail view: status while typing the target is ${live}, expected ${want}`);
        await page.getByRole('button', { name: 'Save' }).click();
        await page.getByText('Targets saved').waitFor({ timeout: 15_000 });
        await page.getByRole('link', { name: /Back to the scorecard/ }).click();
        await waitForComputed(page);
        await page
          .waitForFunction(
            ([id, s]) => document.querySelector(`[data-kpi="${id}"][data-status]`)?.getAttribute('data-status') === s,
            [pick.id, want],
            { timeout: 15_000 }
          )
          .catch(() => {});
        const after = (await readCardDetails(page)).find((c) => c.id === pick.id);
        check(
          after?.status === want,
          `scorecard after the target edit: ${pick.id} is ${after?.status}, expected ${want} (was ${pick.status})`
        );
        check(after?.status !== pick.status, `${pick.id}: the status did not change (${pick.status})`);
        check(
          new RegExp(`${target}\\s?%`).test(after?.text ?? ''),
          `${pick.id}: the card does not show the new target ${target} %: "${after?.text}"`
        );
      });

      // Persian: right-to-left, Persian digits.
      await step('Persian', async () => {
        await scorecardAt(page, server, '?lang=fa&range=all');
        const html = await page.evaluate(() => ({
          dir: document.documentElement.dir,
          lang: document.documentElement.lang
        }));
        check(html.dir === 'rtl' && html.lang === 'fa', `?lang=fa: <html dir="${html.dir}" lang="${html.lang}">`);
        const fa = await readCardDetails(page);
        const withDigits = fa.filter((c) => /[\u06f0-\u06f9]/.test(c.value ?? ''));
        check(withDigits.length > 0, `?lang=fa: no card value in Persian digits (e.g. "${fa[0]?.value}")`);
        const latin = fa.filter((c) => /[0-9]/.test(c.value ?? ''));
        check(
          latin.length === 0,
          `?lang=fa: card values with Latin digits: ${latin
            .slice(0, 3)
            .map((c) => `${c.id}="${c.value}"`)
            .join(', ')}`
        );
        await ctx.screenshot(page, `${label} fa`);
        await viewportShot(ctx, page, `scorecard ${label} fa`);
        await step('axe on the Persian scorecard', () => checkAxe(check, ctx, page, 'scorecard fa'));
      });

      if (size.width < 600) {
        await step('320 px', async () => {
          await page.setViewportSize({ width: 320, height: 740 });
          await scorecardAt(page, server, '?range=all');
          await checkNoOverflow(check, page, 'scorecard at 320 px');
          await ctx.screenshot(page, '320 en');
          await scorecardAt(page, server, '?lang=fa&range=all');
          await checkNoOverflow(check, page, 'Persian scorecard at 320 px');
          await ctx.screenshot(page, '320 fa');
        });
      }
      checks.done();
    }
  };
}

export const tests = [journey({ width: 390, height: 844 }, 'phone'), journey({ width: 1280, height: 800 }, 'desktop')];
