/**
 * Samples the JS heap (and, apart, heap + ArrayBuffer backing stores) of every dedicated worker of a page through the DevTools protocol
 * (`Runtime.getHeapUsage` on the worker target; `performance.memory` does not exist in workers).
 * Playwright offers CDP sessions on pages only, so worker targets are attached through the
 * page's session in non-flat mode and spoken to with `Target.sendMessageToTarget`.
 *
 * `startHeapSampler(context, page, everyMs)` → `{ stop() → { peakMb, byWorker: {url: peakMb} } }`.
 */
const MB = 1024 * 1024;

export async function startHeapSampler(context, page, everyMs = 200) {
  const cdp = await context.newCDPSession(page);
  const sessions = new Map(); // targetId → { sessionId, url }
  const waiting = new Map(); // `${sessionId}:${id}` → resolve
  const peaks = new Map(); // targetId → bytes of JS heap
  const totals = new Map(); // targetId → bytes of JS heap + ArrayBuffer backing stores
  let messageId = 0;
  let stopped = false;

  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const data = JSON.parse(message);
    const key = `${sessionId}:${data.id}`;
    if (waiting.has(key)) {
      waiting.get(key)(data.result ?? null);
      waiting.delete(key);
    }
  });
  const lastUrls = new Map(); // targetId → URL, kept after the worker is gone
  cdp.on('Target.detachedFromTarget', ({ targetId }) => {
    if (sessions.get(targetId)?.url) lastUrls.set(targetId, sessions.get(targetId).url);
    sessions.delete(targetId);
  });

  const heapOf = ({ sessionId }) =>
    new Promise((resolve) => {
      const id = ++messageId;
      waiting.set(`${sessionId}:${id}`, resolve);
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' })
        })
        .catch(() => resolve(null));
      setTimeout(() => waiting.delete(`${sessionId}:${id}`) && resolve(null), 2000);
    });

  async function sample() {
    const { targetInfos } = await cdp.send('Target.getTargets');
    // A worker attached while its script was still loading had no URL yet: learn it later.
    for (const target of targetInfos) {
      const known = sessions.get(target.targetId);
      if (known && target.url) known.url = target.url;
    }
    for (const target of targetInfos.filter((t) => t.type === 'worker' && !sessions.has(t.targetId))) {
      const attached = await cdp
        .send('Target.attachToTarget', { targetId: target.targetId, flatten: false })
        .catch(() => null);
      if (attached) sessions.set(target.targetId, { sessionId: attached.sessionId, url: target.url });
    }
    await Promise.all(
      [...sessions].map(async ([targetId, session]) => {
        const usage = await heapOf(session);
        if (!usage) return;
        // usedSize is the JS heap only; typed arrays (all our columns) live in ArrayBuffer backing
        // stores, which Chromium reports as backingStorageSize. Both peaks are kept and printed.
        peaks.set(targetId, Math.max(peaks.get(targetId) ?? 0, usage.usedSize));
        const total = usage.usedSize + (usage.backingStorageSize ?? 0);
        totals.set(targetId, Math.max(totals.get(targetId) ?? 0, total));
      })
    );
  }

  const loop = (async () => {
    while (!stopped) {
      await sample().catch(() => {});
      await new Promise((done) => setTimeout(done, everyMs));
    }
  })();

  return {
    async stop() {
      stopped = true;
      await loop;
      await cdp.detach().catch(() => {});
      // Per script URL (the largest of its instances); a worker that never told its URL keeps its id.
      const perUrl = (map) => {
        const out = {};
        for (const [targetId, bytes] of map) {
          const url = sessions.get(targetId)?.url || lastUrls.get(targetId) || `(worker ${targetId.slice(0, 8)})`;
          out[url] = Math.max(out[url] ?? 0, bytes / MB);
        }
        return out;
      };
      const byWorker = perUrl(peaks);
      const values = Object.values(byWorker);
      return { peakMb: values.length ? Math.max(...values) : null, byWorker, byWorkerTotal: perUrl(totals) };
    }
  };
}
