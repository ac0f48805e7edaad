/**
 * DuckDB for the command-line tool and the differential tests: an instance that never reaches
 * the network (no extension auto-install or auto-load) and reads timestamps as plain UTC (the
 * session TimeZone is pinned, and the generated SQL uses no time-zone types anyway).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export interface Duck {
  readonly instance: DuckDBInstance;
  readonly conn: DuckDBConnection;
  close(): void;
}

export async function openDuck(path = ':memory:', threads = 2): Promise<Duck> {
  const instance = await DuckDBInstance.create(path, {
    threads: String(threads),
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false'
  });
  const conn = await instance.connect();
  // Present when ICU is built in (it is in @duckdb/node-api); harmless to ask for when it is not.
  await conn.run("SET TimeZone = 'UTC'").catch(() => undefined);
  // DuckDB 1.5 runs an ASOF join whose one side is small as a nested loop, which is ~20× slower
  // here than its sort-based ASOF join: the zone and business-hours look-ups are such joins.
  await conn.run('SET asof_loop_join_threshold = 0').catch(() => undefined);
  return {
    instance,
    conn,
    close() {
      conn.closeSync();
      instance.closeSync();
    }
  };
}

/** Rows as plain objects, BIGINT as number, TIMESTAMP as epoch ms. */
export async function rowsOf(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await conn.runAndReadAll(sql);
  const names = reader.columnNames();
  return reader.getRows().map((row) => {
    const o: Record<string, unknown> = {};
    row.forEach((v, k) => (o[names[k]] = plain(v)));
    return o;
  });
}

function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'object' && v !== null && 'micros' in v) return Number((v as { micros: bigint }).micros) / 1000;
  if (typeof v === 'object' && v !== null && 'toDouble' in v) return (v as { toDouble(): number }).toDouble();
  return v;
}
