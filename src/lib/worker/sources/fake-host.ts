/**
 * Test-only: a static host in memory, as the sync meets it through `fetch`: files with ETag and
 * Last-Modified (switchable off), 304 on a matching If-None-Match / If-Modified-Since, 404 for
 * anything else, an "offline" switch, and a log of every request with its answer.
 */
export interface HostedFile {
  body: string;
  mtime: number;
  type?: string;
}

export class FakeHost {
  readonly files = new Map<string, HostedFile>();
  readonly log: { path: string; status: number }[] = [];
  validators = true;
  offline = false;
  /** Answer every unknown path with the app's page (a host with a single-page-app fallback). */
  spaFallback = false;
  private clock = Date.UTC(2026, 11, 1, 2, 0, 0);

  constructor(readonly origin = 'https://team.example') {}

  put(path: string, body: string, type?: string): void {
    this.clock += 60_000;
    this.files.set(path, { body, mtime: this.clock, ...(type ? { type } : {}) });
  }

  url(path: string): string {
    return this.origin + path;
  }

  /** Statuses answered for `path` since the log was last cleared. */
  statuses(path: string): number[] {
    return this.log.filter((l) => l.path === path).map((l) => l.status);
  }

  readonly fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    if (this.offline) throw new TypeError('Failed to fetch');
    const path = new URL(input).pathname;
    const file = this.files.get(path);
    const answer = (status: number, body: string | null, headers: Record<string, string> = {}) => {
      this.log.push({ path, status });
      return new Response(body, { status, headers });
    };
    if (!file) {
      if (this.spaFallback)
        return answer(200, '<!doctype html><html><body>app</body></html>', { 'Content-Type': 'text/html' });
      return answer(404, 'Not found', { 'Content-Type': 'text/plain' });
    }
    const etag = `"${file.mtime.toString(16)}-${file.body.length.toString(16)}"`;
    const lastModified = new Date(file.mtime).toUTCString();
    const req = new Headers(init.headers);
    if (this.validators) {
      const none = req.get('If-None-Match');
      const since = req.get('If-Modified-Since');
      if (none ? none === etag : since ? Date.parse(since) >= Math.floor(file.mtime / 1000) * 1000 : false)
        return answer(304, null, { ETag: etag });
    }
    return answer(200, file.body, {
      'Content-Type': file.type ?? 'text/csv',
      ...(this.validators ? { ETag: etag, 'Last-Modified': lastModified } : {})
    });
  };
}
