/**
 * Bundles the command-line tool (src/cli + the pure core it runs) into dist-cli/ for Node:
 * `npm run build:cli`, also run by `npm run build`. Dependencies (DuckDB, PapaParse) stay
 * external and load from node_modules.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: 'src/cli/entry.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'service-scorecard.mjs', format: 'es' } }
  },
  ssr: { target: 'node', noExternal: [] }
});
