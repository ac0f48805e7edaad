#!/usr/bin/env node
/**
 * A tiny, dependency-free static file server for the built site (`npm start`, the e2e tests and
 * the benchmark). It behaves like the plainest static host on purpose, so that what works here
 * works on any host:
 * - no rewrite rules: `/x/` serves `x/index.html`, `/x` redirects to `/x/` when `x` is a folder,
 *   anything else is the file itself or a 404;
 * - optionally under a sub-path (`--base /tools/scorecard/`): only URLs below it exist;
 * - correct MIME types (module scripts and workers as `text/javascript`, the web manifest as
 *   `application/manifest+json`);
 * - `ETag` and `Last-Modified` on every file, and `304 Not Modified` for a matching
 *   `If-None-Match` / `If-Modified-Since` (as nginx, Netlify, Cloudflare Pages and GitHub Pages do);
 * - the `_headers` file of the served folder (Netlify / Cloudflare Pages syntax, see
 *   static/_headers) is applied, so tests run under the headers a real host would send; the file
 *   itself is not served.
 *
 * CLI:  node scripts/serve.mjs <folder> [--base /sub/path/] [--port 0] [--host 127.0.0.1]
 *                                       [--no-headers] [--log]
 * `--port 0` picks a free port; the URL is printed as `Serving <folder> at <url>`.
 * API:  startServer({ root, base, port, host, headers, log, overlay }) → { url, port, setRoot(dir), close() }
 *       `overlay` maps extra paths below the base to files outside the folder (the benchmark's
 *       same-origin probe worker); the CLI has no such option.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8'
};

/** Normalises a base path to `/` or `/a/b/` (leading and trailing slash). */
export function normaliseBase(base = '/') {
  const trimmed = String(base).replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Parses a `_headers` file: a path line (starting with `/`, `*` matches anything) followed by
 * indented `Name: value` lines. Comments start with `#`.
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text, base = '/') {
  const rules = [];
  let current = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (/^\S/.test(line)) {
      const path = normaliseBase(base).slice(0, -1) + line.trim();
      const source = path
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      current = { pattern: new RegExp(`^${source}$`), headers: [] };
      rules.push(current);
    } else if (current) {
      const colon = line.indexOf(':');
      if (colon > 0) current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function loadHeaderRules(root, base, enabled) {
  const file = join(root, '_headers');
  return enabled && existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8'), base) : [];
}

/**
 * Maps a URL path to a file below root, or explains why not.
 * @returns {{ file: string } | { redirect: string } | { status: number }}
 */
export function resolveRequest(root, base, urlPath) {
  if (!urlPath.startsWith(base)) {
    // `/tools/scorecard` (no slash) is the base itself: send the browser to the folder.
    return urlPath === base.slice(0, -1) ? { redirect: base } : { status: 404 };
  }
  let relative;
  try {
    relative = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return { status: 400 };
  }
  if (relative.includes('\0')) return { status: 400 };
  const target = resolve(root, relative);
  if (target !== root && !target.startsWith(root + sep)) return { status: 403 };
  if (relative.split('/').includes('_headers')) return { status: 404 };
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return { status: 404 };
  }
  if (stats.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = join(target, 'index.html');
    return existsSync(index) ? { file: index } : { status: 404 };
  }
  return stats.isFile() ? { file: target } : { status: 404 };
}

/** Starts the server; resolves once it listens. `setRoot` swaps the folder (update-flow tests). */
export function startServer({
  root,
  base = '/',
  port = 0,
  host = '127.0.0.1',
  headers = true,
  log = false,
  overlay = {}
}) {
  const basePath = normaliseBase(base);
  const overlayFiles = new Map(
    Object.entries(overlay).map(([path, file]) => [basePath + path.replace(/^\/+/, ''), file])
  );
  let rootDir = resolve(root);
  let rules = loadHeaderRules(rootDir, basePath, headers);

  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const send = (status, body = '', extra = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
      res.end(req.method === 'HEAD' ? '' : body);
      if (log) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed', { Allow: 'GET, HEAD' });

    const found = overlayFiles.has(urlPath)
      ? { file: overlayFiles.get(urlPath) }
      : resolveRequest(rootDir, basePath, urlPath);
    if ('redirect' in found) return send(301, '', { Location: found.redirect });
    if ('status' in found) return send(found.status, `${found.status}\n`);

    const stats = statSync(found.file);
    // nginx's validators (mtime and size, hex), with the mtime in ms: a file rewritten within the
    // same second at the same size is still a new version. Last-Modified has whole seconds.
    const etag = `"${Math.floor(stats.mtimeMs).toString(16)}-${stats.size.toString(16)}"`;
    const lastModified = new Date(Math.floor(stats.mtimeMs / 1000) * 1000).toUTCString();
    const responseHeaders = {
      'Content-Type': MIME_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stats.size,
      ETag: etag,
      'Last-Modified': lastModified,
      // Default: always revalidate; `_headers` rules (applied next) may allow long caching.
      'Cache-Control': 'no-cache'
    };
    for (const rule of rules) {
      if (rule.pattern.test(urlPath)) for (const [name, value] of rule.headers) responseHeaders[name] = value;
    }
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    const fresh = ifNoneMatch
      ? ifNoneMatch.split(/\s*,\s*/).some((tag) => tag === etag || tag === `W/${etag}` || tag === '*')
      : ifModifiedSince
        ? Date.parse(ifModifiedSince) >= Date.parse(lastModified)
        : false;
    if (fresh) {
      delete responseHeaders['Content-Length'];
      delete responseHeaders['Content-Type'];
      res.writeHead(304, responseHeaders);
      if (log) console.log(`304 ${req.method} ${req.url}`);
      return res.end();
    }
    res.writeHead(200, responseHeaders);
    if (log) console.log(`200 ${req.method} ${req.url}`);
    if (req.method === 'HEAD') return res.end();
    createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        port: actualPort,
        url: `http://${host}:${actualPort}${basePath}`,
        setRoot(dir) {
          rootDir = resolve(dir);
          rules = loadHeaderRules(rootDir, basePath, headers);
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          })
      });
    });
  });
}

function parseArgs(argv) {
  const options = { root: 'build', base: '/', port: 4173, host: '127.0.0.1', headers: true, log: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--base') options.base = value();
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--host') options.host = value();
    else if (arg === '--no-headers') options.headers = false;
    else if (arg === '--log') options.log = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.root = arg;
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error('--port must be an integer from 0 to 65535');
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArgs(process.argv.slice(2));
    if (options.help) {
      console.log(
        'Usage: node scripts/serve.mjs [folder=build] [--base /sub/path/] [--port 4173|0] [--host 127.0.0.1] [--no-headers] [--log]'
      );
      process.exit(0);
    }
    if (!existsSync(join(options.root, 'index.html'))) {
      throw new Error(`${options.root}/index.html not found: build the site first (npm run build)`);
    }
    const server = await startServer(options);
    console.log(`Serving ${options.root} at ${server.url}`);
    const stop = () => server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(`serve: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
