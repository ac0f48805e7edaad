/**
 * The independent side of samples.e2e: what each public sample in ../shared/samples implies,
 * computed here in Node from the file itself with PapaParse (the numbers the samples README
 * quotes are logged beside them as a cross-check, not used as the oracle).
 *
 * Why: a number hard-coded from the README would pass for the wrong reason if the file changed;
 * recomputing keeps the test honest about what "the numbers the data implies" are.
 *
 * Promise: `samplesDir(repo)` is null when ../shared/samples is absent (the test then skips);
 * every function reads only the named file and returns plain numbers in the JSON export's units
 * (seconds, 0–100 percents, counts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';

/** The samples folder beside the repository, or null when it is not there. */
export function samplesDir(repo) {
  const dir = resolve(repo, '../shared/samples');
  return existsSync(dir) ? dir : null;
}

export function sampleRows(dir, name) {
  const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
  // pwc_call_centre.csv ends its header with two empty names: name them by position so
  // PapaParse has no duplicates to rename (and warn about).
  return Papa.parse(text, { header: true, skipEmptyLines: true, transformHeader: (h, i) => h || `_${i}` }).data;
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pct = (part, all) => (part / all) * 100;
/** 'H:MM:SS' → seconds. */
const hms = (s) => s.split(':').reduce((acc, p) => acc * 60 + Number(p), 0);
/** 'YYYY-MM-DD HH:MM:SS' as if UTC: only differences of two such stamps are used. */
const isoWall = (s) => Date.parse(`${s.replace(' ', 'T')}Z`);
/** 'MM/DD/YYYY hh:mm:ss AM' as if UTC (differences only). */
function usWall(s) {
  const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)$/.exec(s.trim());
  if (!m) return NaN;
  const h = (Number(m[4]) % 12) + (m[7] === 'PM' ? 12 : 0);
  return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), h, Number(m[5]), Number(m[6]));
}

/** PwC call centre: one call per row; 'Satisfaction rating' 0 = not rated. */
export function pwcExpectations(dir) {
  const rows = sampleRows(dir, 'pwc_call_centre.csv');
  const answered = rows.filter((r) => r['Answered (Y/N)'] === 'Y');
  const rated = rows.map((r) => Number(r['Satisfaction rating'])).filter((x) => x >= 1 && x <= 5);
  return {
    calls: rows.length,
    rated: rated.length,
    abandonmentRate: pct(rows.length - answered.length, rows.length),
    avgSpeedOfAnswer: mean(answered.map((r) => Number(r['Speed of answer in seconds']))),
    avgTalkTime: mean(answered.map((r) => hms(r.AvgTalkDuration))),
    csat: pct(rated.filter((x) => x >= 4).length, rated.length),
    satisfactionIndex: ((mean(rated) - 1) / 4) * 100,
    meanRating: mean(rated)
  };
}

/**
 * Kaggle support tickets: dated by 'First Response Time' (no creation time), so rows without it
 * cannot be stored; resolution = 'Time to Resolution' − 'First Response Time', negative on many.
 */
export function kaggleExpectations(dir) {
  const rows = sampleRows(dir, 'customer_support_tickets.csv');
  const dated = rows.filter((r) => r['First Response Time'] !== '');
  const closed = rows.filter((r) => r['Time to Resolution'] !== '' && r['First Response Time'] !== '');
  const durations = closed.map((r) => (isoWall(r['Time to Resolution']) - isoWall(r['First Response Time'])) / 1000);
  const rated = rows
    .map((r) => r['Customer Satisfaction Rating'])
    .filter((x) => x !== '')
    .map(Number);
  return {
    rows: rows.length,
    stored: dated.length,
    skipped: rows.length - dated.length,
    closed: closed.length,
    negative: durations.filter((d) => d < 0).length,
    nonNegativeMean: mean(durations.filter((d) => d >= 0)),
    rated: rated.length,
    csat: pct(rated.filter((x) => x >= 4).length, rated.length),
    meanRating: mean(rated),
    satisfactionIndex: ((mean(rated) - 1) / 4) * 100
  };
}

/** Comcast complaints: every row a complaint; Solved / Closed are resolved (by status only). */
export function comcastExpectations(dir) {
  const rows = sampleRows(dir, 'comcast_complaints.csv');
  const resolved = rows.filter((r) => ['solved', 'closed'].includes(r.Status.toLowerCase())).length;
  const status = {};
  for (const r of rows) status[r.Status] = (status[r.Status] ?? 0) + 1;
  return {
    tickets: rows.length,
    status,
    resolutionRate: pct(resolved, rows.length),
    backlog: rows.length - resolved
  };
}

/**
 * IBM telco churn: one customer per row; TotalCharges blank for 11 new customers. A blank is
 * missing revenue, not 0 (the project never reads missing data as 0), so the spend per customer
 * is the mean over the customers whose revenue is known.
 */
export function telcoExpectations(dir) {
  const rows = sampleRows(dir, 'telco_customer_churn.csv');
  const charges = rows
    .map((r) => r.TotalCharges.trim())
    .filter((x) => x !== '')
    .map(Number);
  return {
    customers: rows.length,
    blankCharges: rows.length - charges.length,
    withRevenue: charges.length,
    revenuePerCustomer: charges.reduce((a, b) => a + b, 0) / charges.length
  };
}

/** NYC 311: 'Closed Date' is the resolution. */
export function nycExpectations(dir) {
  const rows = sampleRows(dir, 'nyc311_sample.csv');
  const closed = rows.filter((r) => r['Closed Date'] !== '');
  const durations = closed.map((r) => (usWall(r['Closed Date']) - usWall(r['Created Date'])) / 1000);
  return {
    tickets: rows.length,
    resolved: closed.length,
    resolutionRate: pct(closed.length, rows.length),
    negative: durations.filter((d) => d < 0).length,
    resolutionTime: mean(durations.filter((d) => d >= 0))
  };
}
