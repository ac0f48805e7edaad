/*
 * Benchmark-only: DuckDB-WASM on the ticket file the app imports, in the same browser and run.
 * `window.peer.run()` loads the chosen file with `read_csv` into a table (the peer's import) and
 * then runs a set of aggregates comparable to the scorecard's ticket KPIs (the peer's compute):
 * counts, means, medians and p90 of first response and resolution time, overall, by day and by
 * channel. Times are wall-clock milliseconds in the page; the DuckDB worker is the EH bundle.
 *
 * Time columns are read as VARCHAR and cast to TIMESTAMP: the generator writes `+01:00` offsets,
 * which DuckDB would otherwise read as TIMESTAMPTZ, whose functions need the ICU extension that
 * DuckDB-WASM downloads at run time (nothing here may reach the network). A cast to TIMESTAMP
 * applies the offset and keeps UTC, which is what the app's engine does too.
 */
import * as duckdb from './@duckdb/duckdb-wasm/dist/duckdb-browser.mjs';

const DIST = new URL('./@duckdb/duckdb-wasm/dist/', import.meta.url);

const TIME_COLUMNS = ['created_at', 'first_response_at', 'resolved_at'];

async function start() {
  const worker = new Worker(new URL('duckdb-browser-eh.worker.js', DIST));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(new URL('duckdb-eh.wasm', DIST).href);
  return db;
}

const seconds = (a, b) => `(epoch(TRY_CAST(${b} AS TIMESTAMP)) - epoch(TRY_CAST(${a} AS TIMESTAMP)))`;
const stats = (column) =>
  `avg(${column}) AS ${column}_mean, median(${column}) AS ${column}_median, quantile_cont(${column}, 0.9) AS ${column}_p90`;

const AGGREGATES = [
  `CREATE OR REPLACE TEMP VIEW durations AS SELECT channel,
     CAST(TRY_CAST(created_at AS TIMESTAMP) AS DATE) AS day,
     ${seconds('created_at', 'first_response_at')} AS frt,
     ${seconds('created_at', 'resolved_at')} AS res
   FROM tickets`,
  `SELECT count(*) AS n, ${stats('frt')}, ${stats('res')} FROM durations`,
  `SELECT day, count(*) AS n, ${stats('frt')}, ${stats('res')} FROM durations GROUP BY day ORDER BY day`,
  `SELECT channel, count(*) AS n, ${stats('frt')}, ${stats('res')} FROM durations GROUP BY channel ORDER BY channel`
];

window.peer = {
  async run() {
    const file = document.getElementById('peer-input').files[0];
    if (!file) throw new Error('no file chosen');
    const db = await start();
    const conn = await db.connect();
    await db.registerFileHandle('tickets.csv', file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
    const types = TIME_COLUMNS.map((c) => `'${c}': 'VARCHAR'`).join(', ');
    const t0 = performance.now();
    await conn.query(
      `CREATE TABLE tickets AS SELECT * FROM read_csv('tickets.csv', header = true, types = {${types}})`
    );
    const importMs = performance.now() - t0;
    const rows = Number((await conn.query('SELECT count(*) AS n FROM tickets')).toArray()[0].n);
    const t1 = performance.now();
    const answers = [];
    for (const sql of AGGREGATES) answers.push((await conn.query(sql)).numRows);
    const computeMs = performance.now() - t1;
    await conn.close();
    await db.terminate();
    return { rows, importMs, computeMs, groups: answers.slice(1) };
  }
};
