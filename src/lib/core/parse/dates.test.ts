import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { combineDateTime, makeDateParser, sniffDates, type DateKind, type DateOrder } from './dates';

const U = Date.UTC;
const H = 3_600_000;
const text = (order: DateOrder, tz = 'UTC') => makeDateParser({ order, kind: 'text' }, tz);

describe('makeDateParser: text dates', () => {
  const cases: [string, DateOrder, string, number][] = [
    // raw, column order, zone, expected instant
    ['2021-03-04T05:06:07Z', 'mdy', 'UTC', U(2021, 2, 4, 5, 6, 7)],
    ['2021-03-04T05:06:07.123Z', 'dmy', 'UTC', U(2021, 2, 4, 5, 6, 7, 123)],
    ['2021-03-04T05:06:07.1234567Z', 'dmy', 'UTC', U(2021, 2, 4, 5, 6, 7, 123)],
    ['2021-03-04T05:06:07.5+03:30', 'dmy', 'UTC', U(2021, 2, 4, 1, 36, 7, 500)],
    ['2021-03-04T05:06:07+0330', 'dmy', 'UTC', U(2021, 2, 4, 1, 36, 7)],
    ['2021-03-04T05:06:07-05', 'dmy', 'UTC', U(2021, 2, 4, 10, 6, 7)],
    ['2021-03-04 05:06:07+00:00', 'dmy', 'Asia/Tehran', U(2021, 2, 4, 5, 6, 7)], // offset wins over zone
    ['2021-03-04 05:06:07', 'dmy', 'Asia/Tehran', U(2021, 2, 4, 1, 36, 7)], // no offset: wall time in zone
    ['2021-07-04 05:06', 'dmy', 'America/New_York', U(2021, 6, 4, 9, 6)],
    ['2021-03-14 02:30', 'dmy', 'America/New_York', U(2021, 2, 14, 7, 30)], // skipped wall time
    ['2021-03-04', 'dmy', 'Europe/Berlin', U(2021, 2, 3, 23)], // date only = local midnight
    ['2021/03/04', 'mdy', 'UTC', U(2021, 2, 4)], // 4-digit year first is always y-m-d
    ['20210304', 'mdy', 'UTC', U(2021, 2, 4)],
    ['20210304T050607Z', 'mdy', 'UTC', U(2021, 2, 4, 5, 6, 7)], // ISO basic format
    ['20210304T0506+0330', 'mdy', 'UTC', U(2021, 2, 4, 1, 36)],
    ['20210304T050607.25Z', 'mdy', 'UTC', U(2021, 2, 4, 5, 6, 7, 250)],
    ['2021-03-04 050607', 'mdy', 'UTC', NaN], // digits without 'T' are not a time
    ['04/03/2021', 'dmy', 'UTC', U(2021, 2, 4)],
    ['03/04/2021', 'mdy', 'UTC', U(2021, 2, 4)],
    ['04.03.2021 17:30', 'dmy', 'UTC', U(2021, 2, 4, 17, 30)],
    ['04-03-21', 'dmy', 'UTC', U(2021, 2, 4)],
    ['04-03-69', 'dmy', 'UTC', U(2069, 2, 4)],
    ['04-03-70', 'dmy', 'UTC', U(1970, 2, 4)],
    ['21-03-04', 'ymd', 'UTC', U(2021, 2, 4)],
    ['01/01/2021 9:12:58', 'dmy', 'UTC', U(2021, 0, 1, 9, 12, 58)],
    ['12/22/2023 03:53:50 PM', 'mdy', 'UTC', U(2023, 11, 22, 15, 53, 50)], // NYC 311 style
    ['12/22/2023 12:00:03 AM', 'mdy', 'UTC', U(2023, 11, 22, 0, 0, 3)],
    ['12/22/2023 12:00:03 PM', 'mdy', 'UTC', U(2023, 11, 22, 12, 0, 3)],
    ['22-04-15 3:53:50 PM', 'dmy', 'UTC', U(2015, 3, 22, 15, 53, 50)], // comcast Date + Time
    ['22-04-15 3:53 p.m.', 'dmy', 'UTC', U(2015, 3, 22, 15, 53)],
    ['22-Apr-15', 'mdy', 'UTC', U(2015, 3, 22)], // comcast Date_month_year: the name decides
    ['22-Apr-15 10:22:56 AM', 'mdy', 'UTC', U(2015, 3, 22, 10, 22, 56)],
    ['Apr 22, 2015', 'dmy', 'UTC', U(2015, 3, 22)],
    ['April 22nd, 2015 3:53 PM', 'dmy', 'UTC', U(2015, 3, 22, 15, 53)],
    ['Sept. 3, 2015', 'dmy', 'UTC', U(2015, 8, 3)],
    ['22 April 2015', 'mdy', 'UTC', U(2015, 3, 22)],
    ['22 avril 2015', 'mdy', 'UTC', U(2015, 3, 22)],
    ['2015-Apr-22', 'mdy', 'UTC', U(2015, 3, 22)],
    ['Wed, 22 Apr 2015 15:53:50 +0000', 'mdy', 'Asia/Tehran', U(2015, 3, 22, 15, 53, 50)], // RFC 2822
    ['Wed Apr 22 2015 15:53:50 GMT+0300 (Eastern European Summer Time)', 'dmy', 'UTC', U(2015, 3, 22, 12, 53, 50)],
    ['2015-04-22 15:53:50 UTC', 'dmy', 'Asia/Tehran', U(2015, 3, 22, 15, 53, 50)],
    ['2015-04-22 15:53:50 EST', 'dmy', 'UTC', U(2015, 3, 22, 20, 53, 50)],
    ['2015-04-22 15:53:50 -0500 EST', 'dmy', 'UTC', U(2015, 3, 22, 20, 53, 50)], // Go's time.String()
    ['2015-04-22 15:53:50.123456 +0000 UTC', 'dmy', 'Asia/Tehran', U(2015, 3, 22, 15, 53, 50, 123)],
    ['۱۲/۰۵/۲۰۲۳ ۱۴:۳۰', 'dmy', 'UTC', U(2023, 4, 12, 14, 30)], // Persian digits
    ['٢٠٢٣-٠٥-١٢ ١٠:٠٠', 'dmy', 'UTC', U(2023, 4, 12, 10)], // Arabic-Indic digits
    ['١٢ مايو ٢٠٢٣', 'dmy', 'UTC', U(2023, 4, 12)], // Arabic month name
    ['12/05/2023 10:00 م', 'dmy', 'UTC', U(2023, 4, 12, 22)], // Arabic PM marker
    ['12/05/2023 10:00 ق.ظ', 'dmy', 'UTC', U(2023, 4, 12, 10)], // Persian AM marker
    ['۱۴۰۲/۰۵/۱۲ ۱۴:۳۰', 'dmy', 'Asia/Tehran', U(2023, 7, 3, 11, 0)], // Jalali date, Tehran wall time
    ['12/05/1402', 'dmy', 'UTC', U(2023, 7, 3)], // Jalali, year last
    ['۱۲ مرداد ۱۴۰۲', 'dmy', 'UTC', U(2023, 7, 3)], // Jalali month name
    ['1445-09-01', 'dmy', 'UTC', U(2024, 2, 11)], // Umm al-Qura Hijri
    ['١٤٤٥/٠٩/٠١', 'dmy', 'UTC', U(2024, 2, 11)],
    ['1402/07/31', 'dmy', 'UTC', NaN], // Mehr has 30 days
    ['22 Apr 2015 at 15:53', 'dmy', 'UTC', U(2015, 3, 22, 15, 53)],
    ['۱۴۰۲/۰۵/۱۲ ساعت ۱۴:۳۰', 'dmy', 'UTC', U(2023, 7, 3, 14, 30)],
    ['22 أبريل، 2015', 'dmy', 'UTC', U(2015, 3, 22)], // Arabic comma
    ['  2021-01-01 24:00  ', 'dmy', 'UTC', U(2021, 0, 2)],
    ['2024-02-29', 'dmy', 'UTC', U(2024, 1, 29)]
  ];
  it.each(cases)('%j (%s, %s)', (raw, order, tz, expected) => {
    const got = text(order, tz)(raw);
    if (Number.isNaN(expected)) expect(got).toBeNaN();
    else expect(new Date(got).toISOString()).toBe(new Date(expected).toISOString());
  });

  it.each([
    '',
    '   ',
    'yesterday',
    'N/A',
    '2021-13-01',
    '2021-02-29',
    '31/02/2021',
    '2021-01-01 25:00',
    '2021-01-01 10:60',
    '2021-01-01 24:30',
    '13/13/2021',
    '12:30',
    '9:12:58',
    '45123.5',
    '2021-01-01 10:00 Europe/Berlin',
    '2021-01-01 garbage',
    '2021-01',
    '01/2021',
    '1/2/3/4',
    '22 04 2015',
    'Foo 22, 2015',
    '2021-01-01T10',
    '2021-01-01 10:00:00 EST+2',
    '2021-01-01 13:00 AM',
    '2021-01-01 10:00 +0000 Garbage',
    '2021-01-01+25:00'
  ])('%j is not a date', (raw) => {
    expect(text('dmy')(raw)).toBeNaN();
  });
});

describe('makeDateParser: numeric kinds', () => {
  const cases: [DateKind, string, string, number][] = [
    ['excel', '45123.5', 'UTC', U(2023, 6, 16, 12)],
    ['excel', '45123,5', 'UTC', U(2023, 6, 16, 12)],
    ['excel', '45123.5', 'Asia/Tehran', U(2023, 6, 16, 8, 30)], // serials are wall time
    ['excel', '61', 'UTC', U(1900, 2, 1)],
    ['excel', '59', 'UTC', U(1900, 1, 28)],
    ['excel', '1', 'UTC', U(1900, 0, 1)],
    ['excel', '44197.000011574', 'UTC', U(2021, 0, 1, 0, 0, 1)], // rounded to the ms
    ['excel', '2021-01-01 10:00', 'UTC', U(2021, 0, 1, 10)], // a text date in an Excel column
    ['excel', '0.5', 'UTC', NaN], // a time of day has no date
    ['unix-s', '1617235200', 'Asia/Tehran', U(2021, 3, 1)],
    ['unix-s', '1617235200.5', 'UTC', U(2021, 3, 1, 0, 0, 0, 500)],
    ['unix-ms', '1617235200123', 'UTC', U(2021, 3, 1, 0, 0, 0, 123)],
    ['unix-ms', '۱۶۱۷۲۳۵۲۰۰۱۲۳', 'UTC', U(2021, 3, 1, 0, 0, 0, 123)],
    ['unix-s', 'soon', 'UTC', NaN]
  ];
  it.each(cases)('%s %j in %s', (kind, raw, tz, expected) => {
    const got = makeDateParser({ order: 'ymd', kind }, tz)(raw);
    if (Number.isNaN(expected)) expect(got).toBeNaN();
    else expect(got).toBe(expected);
  });
});

describe('sniffDates', () => {
  it.each([
    [['01/01/2021', '13/01/2021'], { order: 'dmy', kind: 'text', ambiguous: false }],
    [['01/01/2021', '01/13/2021'], { order: 'mdy', kind: 'text', ambiguous: false }],
    [['01/02/2021', '03/04/2021'], { order: 'mdy', kind: 'text', ambiguous: true }], // nothing decides: fallback
    [['22-04-15', '04-08-15'], { order: 'dmy', kind: 'text', ambiguous: false }], // comcast
    [['2021-01-01 10:00', '2021-02-03T04:05Z'], { order: 'ymd', kind: 'text', ambiguous: false }],
    [['22-Apr-15', 'Apr 22, 2015'], { order: 'mdy', kind: 'text', ambiguous: false }], // names: no question
    [['13/01/2021', '01/13/2021', '14/01/2021'], { order: 'dmy', kind: 'text', ambiguous: true }], // mixed column
    [['45123.5', '45124.25', ''], { order: 'mdy', kind: 'excel', ambiguous: false }],
    [['1617235200', '1617235260'], { order: 'mdy', kind: 'unix-s', ambiguous: false }],
    [['1617235200000', '1617235260000'], { order: 'mdy', kind: 'unix-ms', ambiguous: false }],
    [['20210101', '20210102'], { order: 'mdy', kind: 'text', ambiguous: false }],
    [['۱۳/۰۵/۲۰۲۳'], { order: 'dmy', kind: 'text', ambiguous: false }],
    [[], { order: 'mdy', kind: 'text', ambiguous: false }]
  ] as [string[], object][])('%j', (samples, expected) => {
    expect(sniffDates(samples)).toEqual(expected);
  });

  it('uses the fallback order only when the data cannot decide', () => {
    expect(sniffDates(['01/02/2021'], 'dmy')).toEqual({ order: 'dmy', kind: 'text', ambiguous: true });
    expect(sniffDates(['01/13/2021'], 'dmy')).toEqual({ order: 'mdy', kind: 'text', ambiguous: false });
  });
});

describe('combineDateTime', () => {
  it.each([
    ['01/01/2021', '9:12:58', '01/01/2021 9:12:58'],
    ['22-04-15', '3:53:50 PM', '22-04-15 3:53:50 PM'],
    ['01/01/2021 00:00:00', '9:12:58', '01/01/2021 9:12:58'], // Excel's midnight dropped
    ['2021-01-01T00:00', '10:00', '2021-01-01 10:00'],
    ['2021-01-01', '0.5', '2021-01-01 12:00:00'], // Excel day fraction
    [' 2021-01-01 ', '', '2021-01-01'],
    ['', '10:00', '']
  ])('%j + %j → %j', (d, t, expected) => {
    expect(combineDateTime(d, t)).toBe(expected);
  });
});

const SAMPLES = path.resolve(process.cwd(), '../shared/samples');
/** Rows as objects keyed by header (PapaParse without `header`, so duplicate blank headers stay quiet). */
function readSample(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(SAMPLES, file), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

describe.skipIf(!existsSync(SAMPLES))('public sample files (../shared/samples)', () => {
  it('pwc_call_centre.csv: day-first Date + Time, all 5,000 rows in Q1 2021', () => {
    const rows = readSample('pwc_call_centre.csv');
    const sniff = sniffDates(rows.map((r) => r.Date));
    expect(sniff).toEqual({ order: 'dmy', kind: 'text', ambiguous: false });
    const parse = makeDateParser(sniff, 'UTC');
    const ts = rows.map((r) => parse(combineDateTime(r.Date, r.Time)));
    expect(ts.filter(Number.isNaN)).toHaveLength(0);
    expect(rows).toHaveLength(5000);
    expect(Math.min(...ts)).toBeGreaterThanOrEqual(U(2021, 0, 1));
    expect(Math.max(...ts)).toBeLessThan(U(2021, 3, 1));
  });

  it('comcast_complaints.csv: dd-mm-yy Date + 12-hour Time agree with Date_month_year', () => {
    const rows = readSample('comcast_complaints.csv');
    const sniff = sniffDates(rows.map((r) => r.Date));
    expect(sniff.order).toBe('dmy');
    const parse = makeDateParser(sniff, 'America/New_York');
    const byName = makeDateParser(sniffDates(rows.map((r) => r.Date_month_year)), 'America/New_York');
    let bad = 0;
    for (const r of rows) {
      const t = parse(combineDateTime(r.Date, r.Time));
      const day = byName(r.Date_month_year);
      if (Number.isNaN(t) || !(t >= day && t < day + 25 * H)) bad++;
    }
    expect(rows).toHaveLength(2224);
    expect(bad).toBe(0);
  });

  it('nyc311_sample.csv: MM/DD/YYYY hh:mm:ss AM, empty Closed Date stays missing', () => {
    const rows = readSample('nyc311_sample.csv');
    const created = rows.map((r) => r['Created Date']);
    const sniff = sniffDates(created);
    expect(sniff.order).toBe('mdy');
    const parse = makeDateParser(sniff, 'America/New_York');
    const ts = created.map(parse);
    expect(ts.filter(Number.isNaN)).toHaveLength(0);
    const closed = rows.map((r) => r['Closed Date']);
    const closedTs = closed.map(parse);
    expect(closedTs.filter((t, i) => Number.isNaN(t) && closed[i].trim() !== '')).toHaveLength(0);
    expect(closedTs.filter((t, i) => !Number.isNaN(t) && closed[i].trim() === '')).toHaveLength(0);
  });

  it('customer_support_tickets.csv: ISO-like timestamps; empty ones are NaN, never 0', () => {
    const rows = readSample('customer_support_tickets.csv');
    for (const col of ['First Response Time', 'Time to Resolution', 'Date of Purchase']) {
      const values = rows.map((r) => r[col]);
      const parse = makeDateParser(sniffDates(values), 'UTC');
      const ts = values.map(parse);
      const unreadable = ts.filter((t, i) => Number.isNaN(t) && values[i].trim() !== '');
      expect(unreadable, col).toHaveLength(0);
      expect(
        ts.filter((t, i) => values[i].trim() === '' && !Number.isNaN(t)),
        col
      ).toHaveLength(0);
    }
  });
});
if (!existsSync(SAMPLES)) console.warn(`dates.test: ${SAMPLES} not found, sample-file checks skipped`);

describe('date parsing speed (prints figures, asserts nothing about time)', () => {
  it('parses 1,000,000 ISO and 1,000,000 DD/MM/YYYY HH:mm values', () => {
    const n = 1_000_000;
    const iso: string[] = new Array(n);
    const dmy: string[] = new Array(n);
    const pad = (v: number) => (v < 10 ? '0' + v : String(v));
    for (let i = 0; i < n; i++) {
      const d = 1 + (i % 28);
      const m = 1 + (i % 12);
      const h = i % 24;
      const mi = i % 60;
      iso[i] = `2021-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(i % 60)}Z`;
      dmy[i] = `${pad(d)}/${pad(m)}/2021 ${pad(h)}:${pad(mi)}`;
    }
    const report: string[] = [];
    for (const [label, values, parser] of [
      ['ISO with Z', iso, makeDateParser({ order: 'ymd', kind: 'text' }, 'UTC')],
      ['DD/MM/YYYY HH:mm in Europe/Berlin', dmy, makeDateParser({ order: 'dmy', kind: 'text' }, 'Europe/Berlin')]
    ] as const) {
      let sum = 0;
      parser(values[0]); // warm the zone cache
      const t0 = performance.now();
      for (let i = 0; i < n; i++) sum += parser(values[i]);
      const ms = performance.now() - t0;
      report.push(`${label}: ${(n / ms / 1000).toFixed(2)} M/s`);
      expect(Number.isNaN(sum)).toBe(false);
    }
    console.log(`dates: ${report.join('; ')}`);
  });
});
