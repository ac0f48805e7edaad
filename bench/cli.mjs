#!/usr/bin/env node
/**
 * Benchmark of the command-line tool (`npm run bench:cli`):
 *
 *   node bench/cli.mjs [--rows 10000000] [--out bench/out/cli] [--view 'range=all'] [--threads 2]
 *
 * Generates N tickets + N calls (bench/generate-data.mjs, every template column; reused when the
 * files exist with that many rows), converts them to Parquet with DuckDB, then runs
 * `service-scorecard compute` on the CSV files and on the Parquet files and prints, for each, the
 * wall time and the peak memory (RSS, read from /proc while it runs) — last line one JSON object:
 * rows, csv_s, csv_peak_rss_mb, parquet_convert_s, parquet_s, parquet_peak_rss_mb, kpis.
 * Needs `npm run build:cli` first (it runs it when dist-cli/ is missing).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const rows = Number(arg('--rows', '10000000'));
const out = resolve(arg('--out', join(ROOT, 'bench/out/cli')));
const view = arg('--view', 'range=all');
const log = (s) => process.stderr.write(s + '\n');
const secs = (t0) => (performance.now() - t0) / 1000;

if (!(rows > 0)) throw new Error('--rows must be a positive number');
mkdirSync(out, { recursive: true });
if (!existsSync(join(ROOT, 'dist-cli/service-scorecard.mjs')))
  execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });

// 1. Data (kept between runs: 10 M rows take minutes to write).
const marker = join(out, 'rows.txt');
const tickets = join(out, 'tickets.csv');
const calls = join(out, 'calls.csv');
if (!(
  existsSync(marker) &&
  readFileSync(marker, 'utf8') === String(rows) &&
  existsSync(tickets) &&
  existsSync(calls)
)) {
  log(`generating ${rows.toLocaleString('en')} tickets and calls in ${out} …`);
  execFileSync(
    process.execPath,
    ['bench/generate-data.mjs', '--tickets', String(rows), '--calls', String(rows), '--out', out],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }
  );
  writeFileSync(marker, String(rows));
}
const mb = (f) => Math.round(statSync(f).size / 1e6);
log(`tickets.csv ${mb(tickets)} MB, calls.csv ${mb(calls)} MB`);

// 2. Parquet, written by DuckDB from the same CSV.
const t0 = performance.now();
{
  const db = await DuckDBInstance.create(':memory:', { threads: arg('--threads', '2') });
  const c = await db.connect();
  for (const [csv, pq] of [
    [tickets, join(out, 'tickets.parquet')],
    [calls, join(out, 'calls.parquet')]
  ])
    await c.run(`COPY (SELECT * FROM read_csv('${csv}')) TO '${pq}' (FORMAT parquet, COMPRESSION zstd)`);
  c.closeSync();
  db.closeSync();
}
const parquetConvert = secs(t0);
log(
  `Parquet written in ${parquetConvert.toFixed(1)} s (${mb(join(out, 'tickets.parquet'))} + ${mb(join(out, 'calls.parquet'))} MB)`
);

/** Runs the CLI, sampling its peak RSS from /proc every 100 ms. */
function compute(files) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=16384', join(ROOT, 'bin/service-scorecard.js'), 'compute', '--view', view, ...files],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    );
    let json = '';
    let peakKb = 0;
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        if (hwm > peakKb) peakKb = hwm;
      } catch {
        // The process has ended between two samples.
      }
    };
    const timer = setInterval(sample, 100);
    child.stdout.on('data', (d) => (json += d));
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`compute exited with ${code}`));
      const data = JSON.parse(json);
      resolvePromise({ s: secs(started), peakMb: Math.round(peakKb / 1024), data });
    });
  });
}

const csv = await compute([tickets, calls]);
const parquet = await compute([join(out, 'tickets.parquet'), join(out, 'calls.parquet')]);
const volume = (r) => r.data.kpis.find((k) => k.id === 'ticket_volume')?.value;
for (const [name, r] of [
  ['CSV', csv],
  ['Parquet', parquet]
])
  if (volume(r) !== rows) throw new Error(`${name}: ticket_volume ${volume(r)} ≠ ${rows}`);

const table = [
  ['input', 'time', 'peak RSS'],
  ['CSV (app mapper + parsers → DuckDB)', `${csv.s.toFixed(1)} s`, `${csv.peakMb} MB`],
  ['Parquet (DuckDB reads directly)', `${parquet.s.toFixed(1)} s`, `${parquet.peakMb} MB`],
  ['CSV → Parquet conversion (DuckDB)', `${parquetConvert.toFixed(1)} s`, '']
];
for (const r of table) console.log(r[0].padEnd(40) + r[1].padStart(10) + r[2].padStart(12));
console.log(
  JSON.stringify({
    rows,
    view,
    csv_s: +csv.s.toFixed(2),
    csv_peak_rss_mb: csv.peakMb,
    parquet_convert_s: +parquetConvert.toFixed(2),
    parquet_s: +parquet.s.toFixed(2),
    parquet_peak_rss_mb: parquet.peakMb,
    kpis: csv.data.kpis.length
  })
);
