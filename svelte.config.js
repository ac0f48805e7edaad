/**
 * SvelteKit configuration: a fully prerendered static site (adapter-static) with relative asset
 * paths, so one `build/` folder works from `/` and from any sub-path of a plain static host.
 *
 * Environment knobs (both optional, used by the e2e update-flow test and by CI):
 * - `APP_BUILD_ID`: the app version SvelteKit embeds; two builds with different ids are two
 *   versions to the service worker. Default: the build time.
 * - `BUILD_DIR`: where the static site is written (default `build`), so a test can make a second
 *   build without overwriting the first.
 *
 * The Content-Security-Policy below is emitted as a <meta> tag with the hashes of SvelteKit's
 * inline start-up script; static/_headers documents the header a host can add on top.
 */
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const outDir = process.env.BUILD_DIR || 'build';

// One version per build: this file is loaded more than once per `vite build` (client, server and
// the prerender worker), and a fresh Date.now() each time gave the HTML and the scripts different
// `__sveltekit_<version>` globals, so the page never started. Setting the variable once makes every
// later load (and every child process, which inherits the environment) agree.
process.env.APP_BUILD_ID ||= Date.now().toString(36);

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // Every page is prerendered; 200.html is the fallback for hosts that can rewrite.
    adapter: adapter({ pages: outDir, assets: outDir, fallback: '200.html', strict: true }),
    // Relative asset paths: the same build/ works from `/` and from any sub-path.
    paths: { relative: true },
    // `page/index.html` files are found by every plain file server, with no rewrite rules.
    prerender: { handleHttpError: 'fail' },
    version: { name: process.env.APP_BUILD_ID },
    serviceWorker: { register: false },
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self', 'blob:'],
        'manifest-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['none']
      }
    }
  }
};

export default config;
