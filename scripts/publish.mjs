#!/usr/bin/env node
/**
 * Publishes a folder of exports for the app: checks every file the way the app will read it and
 * writes the folder's `sources.json` (../shared/spec/teams-and-cli.md, static/sources.schema.json).
 * Copy (or sync) the folder to `data/` beside the built app and every device that opens the app
 * gets the same scorecard. A team's nightly job is one command:
 *
 *   npm run publish -- exports/ --title "Support, Berlin" --published-by "Ops lead"
 *
 * Usage: node scripts/publish.mjs <folder> [--out FILE] [--title TEXT] [--published-by TEXT]
 *          [--time-zone ZONE] [--workspace NAME] [--check]
 *
 * - Every `.csv` / `.tsv` / `.txt` file (and `queue_log`) is a record file: its kind, export format
 *   and column mapping are decided by the app's own mapper (src/lib/core/mapping through
 *   src/lib/worker/sources/check.ts); one it cannot read without questions is an error that says
 *   what is missing. Every `.json` file other than sources.json must be a scorecard export.
 * - An existing sources.json in the folder is kept as the base: its title, zone and, per file,
 *   kind, mapping and workspace (for headers the mapper does not know). A file it lists that is
 *   no longer in the folder is an error, never silently dropped.
 * - Nothing is written unless every file passes (`--check` writes nothing at all); the file is
 *   replaced in one rename, so a host never serves half of it.
 * Exit codes: 0 published, 1 a file is bad (each problem on stderr with the file), 2 bad usage.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RECORD_FILE = /\.(csv|tsv|txt)$|^queue_log$/i;

class UsageError extends Error {}

export function parseArgs(argv) {
  const o = { folder: null, out: null, check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--out') o.out = value();
    else if (arg === '--title') o.title = value();
    else if (arg === '--published-by') o.publishedBy = value();
    else if (arg === '--time-zone') o.timeZone = value();
    else if (arg === '--workspace') o.workspace = value();
    else if (arg === '--check') o.check = true;
    else if (arg === '--help' || arg === '-h') o.help = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (o.folder) throw new UsageError(`one folder only (got ${o.folder} and ${arg})`);
    else o.folder = arg;
  }
  if (!o.folder && !o.help) throw new UsageError('which folder? node scripts/publish.mjs <folder>');
  return o;
}

/** The app's checks, compiled from its TypeScript on the fly by Vite (no build step needed). */
async function loadChecks() {
  if (!existsSync(join(REPO, '.svelte-kit/tsconfig.json'))) {
    // The TypeScript config the sources extend is generated: make it, as `npm run check` does.
    spawnSync(process.execPath, [join(REPO, 'node_modules/@sveltejs/kit/svelte-kit.js'), 'sync'], {
      cwd: REPO,
      stdio: 'ignore'
    });
  }
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(join(REPO, 'src/lib/worker/sources/check.ts'), {
    configFile: false,
    root: REPO,
    logLevel: 'error'
  });
  return module;
}

/**
 * Checks the folder and builds sources.json. Returns `{ sources, lines, problems }`: `lines`
 * say what each file is, `problems` what is wrong (file: reason); nothing is written here.
 */
export async function buildSources(folder, options = {}, checks) {
  const lib = checks ?? (await loadChecks());
  const problems = [];
  const lines = [];
  const sourcesPath = join(folder, 'sources.json');
  let previous = {};
  if (existsSync(sourcesPath)) {
    const parsed = lib.parseSourcesText(readFileSync(sourcesPath, 'utf8'), 'https://publish.invalid/data/sources.json');
    if (!parsed.ok) {
      for (const p of parsed.problems) problems.push(`sources.json: ${p.path ? `${p.path}: ` : ''}${p.message}`);
      return { sources: null, lines, problems };
    }
    previous = JSON.parse(readFileSync(sourcesPath, 'utf8'));
  }
  const before = new Map((previous.sources ?? []).map((e) => [e.url, e]));
  const names = readdirSync(folder)
    .filter((n) => !n.startsWith('.') && n !== 'sources.json' && statSync(join(folder, n)).isFile())
    .filter((n) => RECORD_FILE.test(n) || /\.json$/i.test(n))
    .sort();
  for (const url of before.keys())
    if (!names.includes(url)) problems.push(`${url}: listed in sources.json but not in ${folder}.`);
  const entries = [];
  for (const name of names) {
    const old = before.get(name) ?? {};
    const bytes = readFileSync(join(folder, name));
    if (/\.json$/i.test(name) || old.kind === 'scorecard') {
      const card = lib.checkScorecardFile(bytes.toString('utf8'));
      if (!card.ok) {
        for (const p of card.problems) problems.push(`${name}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
        continue;
      }
      lines.push(
        `${name}: published scorecard, ${card.value.kpis.length} KPIs, ${card.value.view.from} to ${card.value.view.to}`
      );
      entries.push({ ...old, url: name, kind: 'scorecard' });
      continue;
    }
    const kind = old.kind;
    const checked = await lib.checkRecordsFile(new Blob([bytes]), { kind, mapping: old.mapping });
    if (!checked.ok) {
      problems.push(`${name}: ${checked.reason}`);
      continue;
    }
    const m = checked.mapping;
    const mapped = m.columns.filter((c) => c.field).length;
    lines.push(`${name}: ${m.kind} (${m.formatName ?? 'recognised by header'}), ${mapped} columns mapped`);
    entries.push({ ...old, url: name, kind: m.kind });
  }
  const sources = {
    $schema: '../sources.schema.json',
    ...((options.title ?? previous.title) ? { title: options.title ?? previous.title } : {}),
    ...((options.publishedBy ?? previous.publishedBy)
      ? { publishedBy: options.publishedBy ?? previous.publishedBy }
      : {}),
    publishedAt: (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    timeZone: options.timeZone ?? previous.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...((options.workspace ?? previous.workspace) ? { workspace: options.workspace ?? previous.workspace } : {}),
    sources: entries
  };
  if (entries.length === 0 && problems.length === 0)
    problems.push(`${folder}: no export files (.csv, .tsv, .txt, .json) to publish.`);
  // The result must be a file the app accepts (a bad --time-zone, two scorecards in one workspace…).
  const final = lib.parseSourcesText(JSON.stringify(sources), 'https://publish.invalid/data/sources.json');
  if (!final.ok) for (const p of final.problems) problems.push(`sources.json: ${p.path}: ${p.message}`);
  return { sources, lines, problems };
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`publish: ${e.message}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(
      'Usage: node scripts/publish.mjs <folder> [--out FILE] [--title TEXT] [--published-by TEXT] [--time-zone ZONE] [--workspace NAME] [--check]'
    );
    return;
  }
  const folder = resolve(options.folder);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(`publish: ${options.folder} is not a folder`);
    process.exit(2);
  }
  const { sources, lines, problems } = await buildSources(folder, options);
  for (const line of lines) console.error(`  ok  ${line}`);
  if (problems.length) {
    for (const p of problems) console.error(`  bad ${p}`);
    console.error(`publish: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written.`);
    process.exit(1);
  }
  if (options.check) {
    console.error(`publish: ${sources.sources.length} files would be published (--check: nothing written).`);
    return;
  }
  const out = resolve(options.out ?? join(folder, 'sources.json'));
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  writeFileSync(temp, JSON.stringify(sources, null, 2) + '\n');
  renameSync(temp, out);
  console.error(`publish: ${sources.sources.length} files, time zone ${sources.timeZone}`);
  console.log(out);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`publish: ${e instanceof Error ? e.stack : e}`);
    process.exit(1);
  });
}
