/**
 * The independent side of the e2e checks: what the fixture files imply (counts, abandonment,
 * CSAT) computed here straight from the CSV text, and the numbers a card shows read back from
 * its human text (`4 h 12 m`, `83.4%`, `1,204`, Persian digits).
 *
 * Why: a test that only checks that "something rendered" cannot fail. These functions give the
 * value the screen must show, from the data, without asking the app.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
export const fixture = (name) => join(FIXTURES, name);

/** The rows of a fixture CSV as objects keyed by header. */
export function fixtureRows(name) {
  const parsed = Papa.parse(readFileSync(fixture(name), 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${name}: ${parsed.errors[0].message}`);
  return parsed.data;
}

/** What the three canonical fixtures imply, per the catalog's formulas (kpi-catalog.md). */
export function canonicalExpectations() {
  const tickets = fixtureRows('tickets.csv');
  const calls = fixtureRows('calls.csv');
  const surveys = fixtureRows('surveys.csv');
  const abandoned = calls.filter((c) => c.answered_at === '').length;
  // CSAT = top two points of the 1–5 scale / all responses × 100.
  const satisfied = surveys.filter((s) => Number(s.score) >= Number(s.scale_max) - 1).length;
  return {
    tickets: tickets.length,
    calls: calls.length,
    surveys: surveys.length,
    ticketIds: new Set(tickets.map((t) => t.ticket_id)).size,
    abandonmentRate: (abandoned / calls.length) * 100,
    csat: (satisfied / surveys.length) * 100,
    emailTickets: tickets.filter((t) => t.channel === 'email').length
  };
}

/** What the Asterisk queue_log fixture implies: calls offered and abandoned, mean hold time. */
export function queueLogExpectations() {
  const lines = readFileSync(fixture('queue_log'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('|'));
  const offered = new Set(lines.filter((l) => l[4] === 'ENTERQUEUE').map((l) => l[1]));
  const abandoned = lines.filter((l) => l[4] === 'ABANDON').length;
  const holds = lines.filter((l) => l[4] === 'CONNECT').map((l) => Number(l[5]));
  return {
    calls: offered.size,
    abandoned,
    abandonmentRate: (abandoned / offered.size) * 100,
    avgSpeedOfAnswer: holds.reduce((a, b) => a + b, 0) / holds.length
  };
}

/** Persian / Arabic-Indic digits and separators to ASCII. */
export function asciiDigits(text) {
  return text
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\u066b/g, '.') // Arabic decimal separator
    .replace(/[\u066c\u060c]/g, ','); // Arabic thousands separator, Arabic comma
}

const DURATION_UNITS = { d: 86400, h: 3600, m: 60, s: 1 };

/**
 * A shown English value back to a number in the export's units, with the largest error the
 * display's rounding allows: `{ value, tolerance }`, or null when the text is not a number.
 */
export function parseShown(text, unit) {
  if (text === null || text === undefined) return null;
  const t = asciiDigits(text)
    .replace(/[\u200e\u200f\u061c\u00a0\u202f]/g, ' ')
    .trim();
  if (unit === 'seconds') {
    const parts = [...t.matchAll(/(-?\d+)\s*([dhms])\b/g)];
    if (!parts.length) return null;
    const sign = t.startsWith('-') ? -1 : 1;
    const value = sign * parts.reduce((sum, [, n, u]) => sum + Math.abs(Number(n)) * DURATION_UNITS[u], 0);
    // Two units shown: the dropped rest is under one of the smaller unit.
    const smallest = Math.min(...parts.map(([, , u]) => DURATION_UNITS[u]));
    return { value, tolerance: smallest };
  }
  const m = t.match(/-?[\d,]*\.?\d+/);
  if (!m) return null;
  const value = Number(m[0].replace(/,/g, ''));
  // The display's rounding (src/lib/i18n/format.ts): percents to 0.1; counts to 0.1 below 100
  // and to 1 above; money to 0.01 below 1000 and to 1 above.
  const step =
    unit === 'percent'
      ? 0.1
      : unit === 'money'
        ? Math.abs(value) >= 1000
          ? 1
          : 0.01
        : Math.abs(value) >= 100
          ? 1
          : 0.1;
  return { value, tolerance: step / 2 + 1e-9 };
}

/** True when `shown` (card text) is `exact` as the display rounds it. */
export function shownMatches(shown, unit, exact) {
  const parsed = parseShown(shown, unit);
  if (!parsed || exact === null || exact === undefined) return false;
  return Math.abs(parsed.value - exact) <= parsed.tolerance;
}

/** Catalog ids from ../shared/spec/kpi-catalog.md (the contract), or null when shared/ is absent. */
export function specKpiIds(repoRoot) {
  let text;
  try {
    text = readFileSync(join(repoRoot, '../shared/spec/kpi-catalog.md'), 'utf8');
  } catch {
    return null;
  }
  return [...text.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((m) => m[1]);
}
