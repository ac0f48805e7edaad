/**
 * The KPI catalog compiled to DuckDB SQL (see README.md): `compileScorecard` / `compileKpi`
 * write the queries, `assemble` reads their rows back into the engine's KpiResult.
 */
export { compileKpi, compileScorecard, sqlContext, type CompiledScorecard } from './compile';
export { assemble } from './assemble';
export { profileOfDataset, type DataProfile, type ColumnFacts, type KindProfile } from './profile';
export { SQL_COMPILERS } from './registry';
export { SQL_BEHIND } from './behind';
export type { CompiledKpi, SqlKpi, SqlRow, SqlUnavailable } from './types';
export { CANONICAL_SQL_TYPES, canonicalTableSql } from './schema';
