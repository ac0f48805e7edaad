import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // Every page is prerendered; 200.html is the fallback for hosts that can rewrite.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
    // Relative asset paths: the same build/ works from `/` and from any sub-path.
    paths: { relative: true },
    // `page/index.html` files are found by every plain file server, with no rewrite rules.
    prerender: { handleHttpError: 'fail' },
    version: { name: process.env.APP_BUILD_ID ?? Date.now().toString(36) },
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
