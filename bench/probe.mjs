/**
 * What the benchmark injects into the app page (as an init script, before any app code) to time
 * the UI ↔ data-worker protocol of src/lib/worker/protocol.ts without changing the app:
 * every request posted to a worker (`{ id, type, payload }`) and its response (`{ id, ok }`) are
 * timed with `performance.now()`; `painted` is the first moment after the response when the
 * browser has run a frame (rAF then a task), i.e. the app has rendered the answer. For
 * `compute` responses the engine's own `result.computeMs` and the `filterValues` are kept.
 *
 * Results live in `window.__bench.log`; `window.__bench.send(type, payload)` sends a request on
 * the app's own data worker (used only when the UI offers no other way to ask).
 */
export function installProbe() {
  const NativeWorker = window.Worker;
  const bench = { log: [], workers: [], lastCompute: null, nextId: 1e9 };
  Object.defineProperty(window, '__bench', { value: bench });

  class ProbedWorker extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      const pending = new Map();
      bench.workers.push({ worker: this, url: String(url), pending });
      const post = NativeWorker.prototype.postMessage;
      this.postMessage = function (message, ...rest) {
        if (message && typeof message === 'object' && 'id' in message && typeof message.type === 'string') {
          pending.set(message.id, { type: message.type, sent: performance.now(), payload: message.payload });
        }
        return post.call(this, message, ...rest);
      };
      this.addEventListener('message', (event) => {
        const data = event.data;
        if (!data || typeof data !== 'object' || !('id' in data) || !pending.has(data.id)) return;
        const request = pending.get(data.id);
        pending.delete(data.id);
        const entry = {
          id: data.id,
          type: request.type,
          view: request.type === 'compute' ? JSON.stringify(request.payload?.view ?? null) : null,
          sent: request.sent,
          received: performance.now(),
          ok: data.ok === true,
          error: data.ok === false ? String(data.error) : null,
          computeMs: typeof data.result?.computeMs === 'number' ? data.result.computeMs : null,
          kpis: Array.isArray(data.result?.kpis) ? data.result.kpis.length : null,
          // `import` answers one result per file: 'imported', or why not (needsMapping, failed…).
          files: Array.isArray(data.result?.results)
            ? data.result.results.map((r) => (r?.reason ? `${r.status}: ${r.reason}` : String(r?.status)))
            : null,
          painted: null
        };
        if (request.type === 'compute' && data.ok) {
          bench.lastCompute = { worker: this, payload: request.payload, filterValues: data.result?.filterValues ?? {} };
        }
        bench.log.push(entry);
        requestAnimationFrame(() => setTimeout(() => (entry.painted = performance.now()), 0));
      });
    }
  }
  window.Worker = ProbedWorker;
  // When a file was chosen: the start of an import as the user sees it.
  window.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        bench.lastChange = performance.now();
    },
    true
  );

  /**
   * Resolves (page time) once an `import` request sent after `since` has been answered AND an
   * import summary matching `source` is on screen; polled every 50 ms with textContent (no layout).
   */
  bench.summaryAfter = (since, source) =>
    new Promise((resolve) => {
      const timer = setInterval(() => {
        const answered = bench.log.find((e) => e.type === 'import' && e.sent > since);
        if (!answered) return;
        const refused = (answered.files ?? []).filter((status) => status !== 'imported');
        if (!answered.ok || refused.length) {
          clearInterval(timer);
          resolve({
            at: performance.now(),
            lines: [],
            ok: false,
            error: answered.error ?? refused.join('; '),
            received: answered.received
          });
          return;
        }
        const lines = (document.body.textContent ?? '').match(new RegExp(source, 'g'));
        if (!lines) return;
        clearInterval(timer);
        resolve({ at: performance.now(), lines, ok: answered.ok, error: answered.error, received: answered.received });
      }, 50);
    });

  bench.send = (type, payload) =>
    new Promise((resolve, reject) => {
      const target = bench.lastCompute?.worker ?? bench.workers[0]?.worker;
      if (!target) return reject(new Error('no data worker seen yet'));
      const id = bench.nextId++;
      const onMessage = (event) => {
        if (event.data?.id !== id) return;
        target.removeEventListener('message', onMessage);
        resolve(bench.log.find((entry) => entry.id === id) ?? null);
      };
      target.addEventListener('message', onMessage);
      target.postMessage({ v: 1, id, type, payload });
    });
}
