/**
 * `service-scorecard compute [--view QUERY] [--workspace-settings FILE] [--now ISO] [--strict] FILE...`
 *
 * Reads CSV exports (any the app recognises, through the app's own mapper and parsers), Parquet
 * files in the canonical templates or one DuckDB database of canonical tables; computes every KPI
 * of the catalog with DuckDB SQL for the view given as the scorecard's URL query; writes the
 * export JSON (../shared/spec/scorecard-export.md) to stdout. Progress and row errors go to
 * stderr. Exit codes: 0 done, 1 bad input (file, line, column, reason), 2 bad usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOG, kpiById } from '../lib/core/catalog';
import type { RecordKind } from '../lib/core/schema/fields';
import { buildCards } from '../lib/ui/card-model';
import { buildExport, exportJson } from '../lib/ui/export';
import { parseViewParams } from '../lib/ui/url-state';
import { ErrorLog } from '../lib/worker/import/row-errors';
import { openDuck } from './duck';
import { BadInput, importCsv } from './import-csv';
import { loadDatabase, loadParquet } from './load-columnar';
import { TableLoader, dedupe } from './load-tables';
import { computeWithSql } from './run-sql';
import { parseWorkspaceFile, type WorkspaceFile } from './settings-file';

declare const __APP_VERSION__: string | undefined;

export const USAGE = `Usage: service-scorecard compute [options] FILE...

Computes every KPI of the Service Scorecard catalog with DuckDB and writes the scorecard
export JSON to standard output.

FILE...                     CSV exports (any the app recognises), Parquet files in the canonical
                            templates (tickets.parquet, calls.parquet, …), or one DuckDB database
                            holding tables named tickets, calls, surveys, messages, customers, costs
--view QUERY                the scorecard's URL query, e.g. 'from=2025-03-01&to=2025-03-31&channel=email',
                            'range=last30&grain=week', 'hours=business' (default: range=all)
--workspace-settings FILE   JSON with the workspace's time zone, business hours, SLA policy,
                            thresholds and targets (see README, "Command line")
--now ISO                   the instant "now" means (default: the current time)
--strict                    exit 1 when any row of any file was skipped
--quiet                     no progress on standard error (errors are still printed)
-h, --help                  this text

Exit codes: 0 done, 1 bad input (file, line, column, reason), 2 bad usage.
`;

class Usage extends Error {}

interface Args {
  view: string;
  settingsFile?: string;
  now?: number;
  strict: boolean;
  quiet: boolean;
  files: string[];
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'compute') throw new Usage(command ? `unknown command "${command}"` : 'no command given');
  const args: Args = { view: 'range=all', strict: false, quiet: false, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new Usage(`${name} needs a value`);
      return v;
    };
    if (a === '--view' || a.startsWith('--view=')) args.view = value('--view').replace(/^\?/, '');
    else if (a === '--workspace-settings' || a.startsWith('--workspace-settings='))
      args.settingsFile = value('--workspace-settings');
    else if (a === '--now' || a.startsWith('--now=')) {
      const raw = value('--now');
      const t = Date.parse(raw);
      if (!Number.isFinite(t)) throw new Usage(`--now: "${raw}" is not a date and time`);
      args.now = t;
    } else if (a === '--strict') args.strict = true;
    else if (a === '--quiet') args.quiet = true;
    else if (a.startsWith('-') && a !== '-') throw new Usage(`unknown option "${a}"`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new Usage('no input file given');
  return args;
}

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

const kindOfExt = (file: string) => {
  const ext = path.extname(file).toLowerCase();
  return ext === '.parquet' ? 'parquet' : ext === '.duckdb' || ext === '.ddb' || ext === '.db' ? 'duckdb' : 'csv';
};

/** Runs the command; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof Usage)) throw e;
    io.err(`service-scorecard: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    io.out(USAGE);
    return 0;
  }
  const say = (s: string) => {
    if (!(args as Args).quiet) io.err(s + '\n');
  };
  const state = parseViewParams(new URLSearchParams(args.view));
  for (const n of state.notices)
    io.err(
      `warning: --view ${n.param}=${n.value} ${n.kind === 'swapped' ? `swapped with ${n.fallback}` : `is not valid; ${n.fallback ? `using ${n.fallback}` : 'ignored'}`}\n`
    );
  let workspace = parseWorkspaceFile('{}') as WorkspaceFile;
  if (args.settingsFile) {
    let text: string;
    try {
      text = readFileSync(args.settingsFile, 'utf8');
    } catch (e) {
      io.err(`${args.settingsFile}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})\n`);
      return 1;
    }
    const parsed = parseWorkspaceFile(text);
    if ('error' in parsed) {
      io.err(`${args.settingsFile}: ${parsed.error}\n`);
      return 1;
    }
    workspace = parsed;
  }
  const { settings } = workspace;
  const now = args.now ?? Date.now();
  const duck = await openDuck();
  try {
    const created = new Set<RecordKind>();
    const present = new Map<RecordKind, string[]>();
    const addPresent = (kind: RecordKind, cols: readonly string[]) => {
      const list = present.get(kind) ?? [];
      for (const c of cols) if (!list.includes(c)) list.push(c);
      present.set(kind, list);
    };
    const loader = new TableLoader(duck.conn, created);
    let skipped = 0;
    for (const file of args.files) {
      const t0 = performance.now();
      if (!existsSync(file)) throw new BadInput(file, 'no such file');
      const type = kindOfExt(file);
      if (type === 'parquet') {
        const r = await loadParquet(duck.conn, created, file);
        addPresent(r.kind, r.columns);
        say(`${file}: ${r.kind} (Parquet) loaded in ${secs(t0)}`);
      } else if (type === 'duckdb') {
        for (const r of await loadDatabase(duck.conn, created, file)) addPresent(r.kind, r.columns);
        say(`${file}: DuckDB database loaded in ${secs(t0)}`);
      } else {
        let lastReport = 0;
        let lastPct = -1;
        const errors = new PrintingErrorLog(path.basename(file), io.err);
        const r = await importCsv(
          file,
          settings.timeZone,
          (table) => loader.append(table, file),
          (bytes, size, rows) => {
            const t = performance.now();
            const pct = Math.round((bytes / Math.max(1, size)) * 100);
            if (pct === lastPct || (t - lastReport < 2000 && pct < 100)) return;
            lastReport = t;
            lastPct = pct;
            say(`${file}: ${pct} % (${rows.toLocaleString('en')} rows)`);
          },
          errors
        );
        skipped += r.rowsSkipped;
        errors.summary();
        say(
          `${file}: ${r.kinds.join(' + ')}${r.format ? ` (${r.format})` : ''}, ${r.rowsRead.toLocaleString('en')} rows read, ` +
            `${r.rowsSkipped.toLocaleString('en')} skipped, in ${secs(t0)}${r.notes.length ? `; ${r.notes.join(' ')}` : ''}`
        );
      }
    }
    const t1 = performance.now();
    const loaded = await loader.finish();
    for (const [kind, o] of loaded) addPresent(kind, o.columns);
    // Parquet and database rows too: the last row per record key wins, as on re-import.
    for (const kind of created) if (!loaded.has(kind)) await dedupe(duck.conn, kind);
    if (loaded.size) say(`parsed rows loaded into DuckDB in ${secs(t1)}`);
    if (args.strict && skipped > 0) {
      io.err(`${skipped} rows were skipped (--strict): no scorecard written\n`);
      return 1;
    }
    const t2 = performance.now();
    const result = await computeWithSql(duck.conn, present, state.view, settings, now, (id, ms) =>
      say(`  ${id} ${(ms / 1000).toFixed(2)} s`)
    );
    say(`${result.kpis.length} KPIs computed for ${result.view.from} … ${result.view.to} in ${secs(t2)}`);
    const cards = buildCards(CATALOG, result.kpis, workspace.targets, state.view);
    const data = buildExport(
      cards,
      result.view,
      {
        app: 'Service Scorecard',
        version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev',
        generatedAt: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        ...(workspace.name ? { workspace: workspace.name } : {}),
        timeZone: settings.timeZone
      },
      (id) => kpiById(id)?.name ?? id
    );
    io.out(exportJson({ ...data, computedBy: 'service-scorecard compute (DuckDB SQL)' } as typeof data));
    return 0;
  } catch (e) {
    if (e instanceof BadInput) {
      io.err(`${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    duck.close();
  }
}

const secs = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

/** Row errors printed as they come (the first 200 per file; then only counted). */
class PrintingErrorLog extends ErrorLog {
  private printed = 0;
  constructor(
    file: string,
    private readonly err: (s: string) => void
  ) {
    super(file);
  }
  override add(line: number, column: string, value: string, reason: string, severity: 'error' | 'warning'): void {
    super.add(line, column, value, reason, severity);
    if (this.printed++ < 200)
      this.err(
        `${this.file}:${line}: ${severity === 'error' ? 'row skipped' : 'warning'}: column "${column}": ${reason}${value ? ` (value ${JSON.stringify(value.length > 80 ? value.slice(0, 80) + '…' : value)})` : ''}\n`
      );
  }
  summary(): void {
    if (this.count > 200) this.err(`${this.file}: ${this.count - 200} more row problems not shown\n`);
  }
}
