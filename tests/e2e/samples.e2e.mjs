/**
 * The public samples of ../shared/samples import with no mapping screen and give the numbers the
 * data implies (issue 6 "Done when", samples README): each file goes through the real
 * `<input type=file>` in a fresh browser profile (so the scorecard over all dates holds that file
 * only), and the JSON export's values are compared with what lib/formats-samples.mjs computes from
 * the same file in Node. The interval report (already aggregated) must be refused with a message
 * that says so. The samples are never copied into the repo: the tests skip when the folder is absent.
 */
import { requireUi } from './app.mjs';
import { checkKpi, importOne, scorecardJson } from './lib/formats-app.mjs';
import {
  comcastExpectations,
  kaggleExpectations,
  nycExpectations,
  pwcExpectations,
  samplesDir,
  telcoExpectations
} from './lib/formats-samples.mjs';
import { openScreen } from './lib/user-actions.mjs';
import { startEnglishSession } from './lib/user-session.mjs';
import { join } from 'node:path';

/** Opens a fresh profile on the import screen, imports `name` and returns what is needed next. */
async function importSample(ctx, name, kind) {
  // The UI is asked for first (startEnglishSession asks again) so its skip reason wins.
  requireUi(ctx);
  const dir = samplesDir(ctx.repo);
  if (!dir) ctx.skip(`../shared/samples is absent (looked beside ${ctx.repo}); the public samples are not in the repo`);
  const { checks, server, page } = await startEnglishSession(ctx);
  await openScreen(page, server, 'import/');
  const started = Date.now();
  const r = await importOne(page, join(dir, name));
  ctx.log(`${name}: ${r.text.slice(0, 200)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  await ctx.screenshot(page, `${name} imported`);
  if (kind) {
    if (r.outcome !== 'imported') {
      // Nothing further can be checked: fail now with what the app did.
      checks.check(false, `${name}: expected an import with no question, got ${r.outcome}: ${r.text.slice(0, 400)}`);
      checks.done();
    }
    checks.check(r.kindText === kind, `${name}: imported as ${r.kindText} (${r.format}), expected ${kind}`);
  }
  return { dir, checks, server, page, r };
}

/** Every row of the file stored as new and none skipped; `why` is added to the failure message. */
function checkAllStored(check, label, r, expected, why = '') {
  check(
    r.stored === expected && r.skipped === 0,
    `${label}: ${r.stored} new / ${r.skipped} skipped, expected ${expected} and 0${why}`
  );
}

/**
 * Checks each `[id, expected, tolerance?]` against the export (lib/formats-app.mjs `checkKpi`) and
 * logs what the app showed on one line.
 */
function checkShown(ctx, check, kpis, label, expected) {
  const shown = expected.map(([id, value, tol]) => checkKpi(check, kpis, label, id, value, tol));
  ctx.log(`app: ${shown.join(', ')}`);
}

export const tests = [
  {
    name: 'pwc_call_centre.csv: calls with abandonment, speed of answer, talk time and CSAT from the file',
    timeoutMs: 150_000,
    async run(ctx) {
      const { dir, checks, server, page, r } = await importSample(ctx, 'pwc_call_centre.csv', 'Calls');
      const { check } = checks;
      const x = pwcExpectations(dir);
      ctx.log(
        `file: ${x.calls} calls, abandonment ${x.abandonmentRate.toFixed(2)} % (README 18.92), ASA ${x.avgSpeedOfAnswer.toFixed(2)} s (README 67.52), mean rating ${x.meanRating.toFixed(3)} (README 3.404)`
      );
      // The ratings also become surveys: the summary says what was stored, per kind.
      check(
        r.stored === x.calls && r.skipped === 0,
        `pwc: ${r.stored} new / ${r.skipped} skipped, expected ${x.calls} calls and 0 skipped`
      );
      const surveysLine = `Surveys: ${x.rated.toLocaleString('en')} new, 0 updated`;
      check(r.text.includes(surveysLine), `pwc: the summary lacks "${surveysLine}": ${r.text.slice(0, 300)}`);
      const kpis = await scorecardJson(page, server, 'range=all');
      checkShown(ctx, check, kpis, 'pwc', [
        ['abandonment_rate', x.abandonmentRate],
        ['avg_speed_of_answer', x.avgSpeedOfAnswer],
        ['avg_talk_time', x.avgTalkTime],
        ['csat', x.csat],
        ['satisfaction_index', x.satisfactionIndex]
      ]);
      checks.done();
    }
  },
  {
    name: 'customer_support_tickets.csv: undated open tickets reported, CSAT over closed tickets, negative durations noted',
    timeoutMs: 150_000,
    async run(ctx) {
      const { dir, checks, server, page, r } = await importSample(ctx, 'customer_support_tickets.csv', 'Tickets');
      const { check } = checks;
      const x = kaggleExpectations(dir);
      ctx.log(
        `file: ${x.rows} rows, ${x.stored} dated, ${x.closed} closed (README 2,769), ${x.negative} resolved before first response (README 1,365), mean CSAT ${x.meanRating.toFixed(3)} over ${x.rated} (README 2.991)`
      );
      check(
        r.stored === x.stored && r.skipped === x.skipped,
        `tickets: ${r.stored} new / ${r.skipped} skipped, expected ${x.stored} new and ${x.skipped} skipped (open tickets with no timestamp)`
      );
      const kpis = await scorecardJson(page, server, 'range=all');
      checkShown(ctx, check, kpis, 'tickets', [
        ['ticket_volume', x.stored, 0],
        ['csat', x.csat],
        ['satisfaction_index', x.satisfactionIndex]
      ]);
      check(
        kpis.get('csat')?.n === x.rated,
        `tickets: csat n ${kpis.get('csat')?.n}, expected ${x.rated} rated tickets`
      );
      // The negative durations are reported, not averaged silently: the resolution time's notes
      // name how many were left out, and its value is the mean of the others.
      const res = kpis.get('resolution_time');
      const notes = (res?.notes ?? []).join(' ');
      ctx.log(`resolution_time: value ${res?.value}, n ${res?.n}, notes: ${notes}`);
      const count = new RegExp(`\\b${x.negative.toLocaleString('en-US').replace(',', ',?')}\\b`);
      check(
        count.test(notes),
        `tickets: resolution_time notes do not report the ${x.negative} negative durations: "${notes}"`
      );
      check(
        typeof res?.value === 'number' && Math.abs(res.value - x.nonNegativeMean) <= x.nonNegativeMean * 0.001,
        `tickets: resolution_time ${res?.value}, expected the mean of the ${x.closed - x.negative} non-negative durations ${x.nonNegativeMean.toFixed(0)} s`
      );
      checks.done();
    }
  },
  {
    name: 'comcast_complaints.csv: every row a complaint, status mix gives the resolution rate and backlog',
    timeoutMs: 150_000,
    async run(ctx) {
      const { dir, checks, server, page, r } = await importSample(ctx, 'comcast_complaints.csv', 'Tickets');
      const { check } = checks;
      const x = comcastExpectations(dir);
      ctx.log(`file: ${x.tickets} complaints (README 2,224), status ${JSON.stringify(x.status)}`);
      checkAllStored(check, 'comcast', r, x.tickets);
      const kpis = await scorecardJson(page, server, 'range=all');
      checkShown(ctx, check, kpis, 'comcast', [
        ['ticket_volume', x.tickets, 0],
        ['complaints', x.tickets, 0],
        ['resolution_rate', x.resolutionRate],
        ['backlog', x.backlog, 0]
      ]);
      checks.done();
    }
  },
  {
    name: 'telco_customer_churn.csv: 7,043 customers and the spend per customer',
    timeoutMs: 150_000,
    async run(ctx) {
      const { dir, checks, server, page, r } = await importSample(ctx, 'telco_customer_churn.csv', 'Customers');
      const { check } = checks;
      const x = telcoExpectations(dir);
      ctx.log(`file: ${x.customers} customers (README 7,043), ${x.blankCharges} blank TotalCharges (README 11)`);
      checkAllStored(check, 'telco', r, x.customers, ' (a blank TotalCharges is missing, not a bad row)');
      const kpis = await scorecardJson(page, server, 'range=all');
      // Total revenue over the customers whose revenue is known (a blank is missing, not 0).
      checkShown(ctx, check, kpis, 'telco', [['revenue_per_customer', x.revenuePerCustomer]]);
      const n = kpis.get('revenue_per_customer')?.n;
      check(
        n === x.withRevenue,
        `telco: revenue_per_customer n ${n}, expected ${x.withRevenue} customers with a TotalCharges`
      );
      checks.done();
    }
  },
  {
    name: 'nyc311_sample.csv: requests, resolution rate and time from Created / Closed dates',
    timeoutMs: 150_000,
    async run(ctx) {
      const { dir, checks, server, page, r } = await importSample(ctx, 'nyc311_sample.csv', 'Tickets');
      const { check } = checks;
      const x = nycExpectations(dir);
      ctx.log(`file: ${x.tickets} requests (README 924), ${x.resolved} closed, ${x.negative} closed before created`);
      checkAllStored(check, 'nyc311', r, x.tickets);
      const kpis = await scorecardJson(page, server, 'range=all');
      checkShown(ctx, check, kpis, 'nyc311', [
        ['ticket_volume', x.tickets, 0],
        ['resolution_rate', x.resolutionRate],
        ['resolution_time', x.resolutionTime, 1]
      ]);
      checks.done();
    }
  },
  {
    name: 'call_center_interval_agg.csv: refused with a message saying it is already aggregated',
    timeoutMs: 120_000,
    async run(ctx) {
      const { checks, r } = await importSample(ctx, 'call_center_interval_agg.csv', null);
      const { check } = checks;
      check(r.outcome === 'refused', `interval report: expected it refused, got ${r.outcome}: ${r.text.slice(0, 300)}`);
      check(
        /aggregat/i.test(r.reason ?? ''),
        `interval report: the message does not say it is aggregated: "${r.reason ?? r.text}"`
      );
      checks.done();
    }
  }
];
