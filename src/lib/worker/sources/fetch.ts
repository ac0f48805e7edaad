/**
 * One conditional GET of a published file. The app keeps its own copy (IndexedDB), so it asks
 * with the validators of that copy (If-None-Match / If-Modified-Since) and bypasses the HTTP
 * cache (`no-store`): a 304 means "unchanged, nothing read", anything else is judged here.
 *
 * Why the HTML check: hosts that rewrite unknown URLs to the app (a single-page-app fallback,
 * this build's 200.html) answer a missing `data/sources.json` with 200 and a web page. That is
 * "nothing published", not a broken sources file.
 */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type Fetched =
  | { readonly status: 'unchanged' }
  | {
      readonly status: 'ok';
      readonly bytes: Uint8Array;
      readonly type: string;
      readonly etag?: string;
      readonly lastModified?: string;
    }
  /** 404 / 410, or a web page where a data file should be. */
  | { readonly status: 'missing'; readonly httpStatus: number }
  /** No answer at all: offline, DNS, connection refused, blocked. */
  | { readonly status: 'offline'; readonly message: string }
  | { readonly status: 'http-error'; readonly httpStatus: number; readonly statusText: string };

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export async function fetchConditional(href: string, have: Validators, fetchFn: FetchFn = fetch): Promise<Fetched> {
  const headers: Record<string, string> = {};
  if (have.etag) headers['If-None-Match'] = have.etag;
  if (have.lastModified) headers['If-Modified-Since'] = have.lastModified;
  // Known to be offline: say so without a request that can only fail.
  if ((globalThis.navigator as Navigator | undefined)?.onLine === false)
    return { status: 'offline', message: 'the browser is offline' };
  let res: Response;
  try {
    res = await fetchFn(href, { cache: 'no-store', headers, credentials: 'same-origin', redirect: 'follow' });
  } catch (e) {
    return { status: 'offline', message: e instanceof Error ? e.message : String(e) };
  }
  if (res.status === 304) return { status: 'unchanged' };
  if (res.status === 404 || res.status === 410) return { status: 'missing', httpStatus: res.status };
  if (!res.ok) return { status: 'http-error', httpStatus: res.status, statusText: res.statusText };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    // The connection dropped mid-body: as good as no answer.
    return { status: 'offline', message: e instanceof Error ? e.message : String(e) };
  }
  const type = res.headers.get('Content-Type') ?? '';
  if (/^text\/html/i.test(type) || looksLikeHtml(bytes)) return { status: 'missing', httpStatus: res.status };
  const etag = res.headers.get('ETag') ?? undefined;
  const lastModified = res.headers.get('Last-Modified') ?? undefined;
  return { status: 'ok', bytes, type, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}

/** SHA-256 of the bytes, hex: "same content" even where the host sends no validators. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
