/*
 * Benchmark-only probe, never part of the app build: PapaParse alone parsing a File in its own
 * (classic, same-origin) worker — one `step` per row, nothing kept — the floors that the app's
 * import is compared with: `header: true` (objects per row, `import_ratio`) and `header: false`
 * (arrays per row, the parse limit, `import_raw_ratio`). bench/run.mjs serves this file and
 * node_modules/papaparse/papaparse.min.js under `__bench/` next to the built app.
 *
 * A classic worker from an http: URL on purpose: in a `blob:` worker PapaParse believes it is its
 * own worker and posts every chunk's results to the page, which would slow the floor down.
 */
/* global Papa, importScripts */
importScripts('papaparse.min.js');

self.onmessage = (event) => {
  const { file, header = true } = event.data;
  const started = performance.now();
  let rows = 0;
  Papa.parse(file, {
    header,
    skipEmptyLines: true,
    step() {
      rows++;
    },
    complete() {
      self.postMessage({ rows, ms: performance.now() - started });
    },
    error(error) {
      self.postMessage({ error: String(error && error.message ? error.message : error) });
    }
  });
};
