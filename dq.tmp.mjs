import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
const db = await DuckDBInstance.create('/tmp/sqlh/demo.duckdb');
const c = await db.connect();
let sql = readFileSync('/tmp/sqlh/fail.sql', 'utf8');
sql = sql.replace(/message_rows AS \([\s\S]*?\n\),/, `message_rows AS (
  SELECT r.rowid AS row_id, r.* FROM messages AS r
  WHERE (r.channel IN ('email', 'phone') OR r.channel IS NULL AND r.conversation_id IN (SELECT ticket_id FROM ticket_lookup WHERE channel IN ('email', 'phone')))
),`);
try { const r = await c.runAndReadAll(sql); console.log('ok', r.getRows().length); } catch (e) { console.log('ERR', e.message.slice(0, 80)); }
