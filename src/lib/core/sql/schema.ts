/**
 * The canonical tables the SQL runs on: one per record kind, the template's field names, times
 * as TIMESTAMP (UTC instants), yes/no fields as BOOLEAN, numbers as DOUBLE, text as VARCHAR
 * (NULL = blank). `CREATE TABLE` statements for a user's own database come from here.
 */
import { FIELDS, type FieldType, type RecordKind } from '../schema/fields';

export const CANONICAL_SQL_TYPES: Readonly<Record<FieldType, string>> = {
  text: 'VARCHAR',
  time: 'TIMESTAMP',
  number: 'DOUBLE',
  boolean: 'BOOLEAN'
};

export function canonicalTableSql(kind: RecordKind): string {
  const cols = FIELDS[kind].map((f) => `  ${f.name} ${CANONICAL_SQL_TYPES[f.type]}`);
  return `CREATE TABLE ${kind} (\n${cols.join(',\n')}\n);`;
}
