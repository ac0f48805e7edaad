#!/usr/bin/env node
// The command-line tool: `npm run build:cli` (part of `npm run build`) bundles the TypeScript core
// and src/cli into dist-cli/; this file only starts it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/service-scorecard.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('service-scorecard: not built yet: run `npm run build` (or `npm run build:cli`) first\n');
  process.exit(2);
}
const { run } = await import(bundle.href);
process.exitCode = await run(process.argv.slice(2));
