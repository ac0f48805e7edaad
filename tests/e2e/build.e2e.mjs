/**
 * Static checks of the built site that need no browser: the service worker precaches every
 * page and script with URLs relative to itself (so a sub-path works), the web manifest is
 * relative and its PNG icons are real, and every page carries the CSP and no root-absolute or
 * foreign URL.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The URLs of `precacheAndRoute([...])` in the generated sw.js. */
export function precacheUrls(swSource) {
  return [...swSource.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
}

/** The file a relative precache URL is served from (`./` → index.html, `a/` → a/index.html). */
function fileFor(build, url) {
  const path = url === './' ? '' : url;
  return join(build, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

function pngSize(file) {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', `${file} is not a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

export const tests = [
  {
    name: 'the service worker precaches every page and asset by relative URL',
    async run(ctx) {
      const sw = join(ctx.build, 'sw.js');
      assert.ok(existsSync(sw), 'build/sw.js is missing: is SvelteKitPWA in vite.config.ts?');
      const urls = precacheUrls(readFileSync(sw, 'utf8'));
      assert.ok(urls.length > 5, `only ${urls.length} precache entries`);
      for (const url of urls) {
        assert.ok(!/^(\/|[a-z]+:)/i.test(url), `precache URL ${url} is not relative`);
        assert.ok(existsSync(fileFor(ctx.build, url)), `precache URL ${url} has no file in build/`);
      }
      const covered = new Set(urls.map((url) => relative(ctx.build, fileFor(ctx.build, url))));
      const files = walk(ctx.build).map((file) => relative(ctx.build, file));
      const mustCache = files.filter(
        (f) =>
          (/\.html$/.test(f) && f !== '200.html') || /^_app\/immutable\/.*\.(js|css)$/.test(f) || /^icons\//.test(f)
      );
      const missing = mustCache.filter((f) => !covered.has(f));
      assert.deepEqual(missing, [], 'files the offline app needs but the service worker does not precache');
      assert.ok(covered.has('manifest.webmanifest'), 'the web manifest is not precached');
      ctx.log(`${urls.length} precache entries cover ${mustCache.length} pages/scripts/icons`);
    }
  },
  {
    name: 'the web manifest is relative and has real 192/512 and maskable PNG icons',
    async run(ctx) {
      const manifest = JSON.parse(readFileSync(join(ctx.build, 'manifest.webmanifest'), 'utf8'));
      for (const key of ['start_url', 'scope', 'id']) {
        assert.ok(!/^(\/|[a-z]+:)/i.test(manifest[key]), `${key} "${manifest[key]}" must be relative`);
      }
      assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
      assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
      const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
      for (const icon of pngs) {
        const [w, h] = pngSize(join(ctx.build, icon.src));
        assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} is ${w}x${h}, manifest says ${icon.sizes}`);
      }
      const sizes = (purpose) =>
        pngs.filter((i) => (i.purpose ?? 'any').split(' ').includes(purpose)).map((i) => i.sizes);
      assert.ok(sizes('any').includes('192x192') && sizes('any').includes('512x512'), 'needs 192 and 512 PNGs');
      assert.ok(sizes('maskable').length > 0, 'needs a maskable icon');
    }
  },
  {
    name: 'every page has the CSP meta and only relative, same-origin URLs',
    async run(ctx) {
      // 200.html is the SPA fallback for hosts WITH rewrite rules: it is served for any URL, so
      // SvelteKit writes it with root-absolute paths; it is meant for deployments at `/` only.
      const pages = walk(ctx.build).filter((f) => f.endsWith('.html') && !f.endsWith('/200.html'));
      assert.ok(pages.length > 0);
      for (const page of pages) {
        const html = readFileSync(page, 'utf8');
        const name = relative(ctx.build, page);
        assert.match(
          html,
          /<meta http-equiv="content-security-policy" content="[^"]*default-src 'self'/,
          `${name}: no CSP meta`
        );
        assert.match(
          html,
          /rel="manifest" href="(\.\.?\/)+manifest\.webmanifest"/,
          `${name}: manifest link not relative`
        );
        for (const [, attr, url] of html.matchAll(/\b(src|href|action)="([^"]*)"/g)) {
          assert.ok(!/^\/(?!\/)/.test(url), `${name}: ${attr}="${url}" is root-absolute (breaks sub-paths)`);
          assert.ok(!/^(https?:)?\/\//.test(url), `${name}: ${attr}="${url}" points at another origin`);
        }
      }
    }
  }
];
