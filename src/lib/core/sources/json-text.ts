/**
 * JSON text to a value, with a syntax error located by line and column (browsers and Node word
 * JSON.parse errors differently, and only some give a line): what a publisher needs to fix a
 * hand-edited file.
 */
import type { Parsed, SourceProblem } from './types';

export function parseJsonText(text: string): Parsed<unknown> {
  // A UTF-8 BOM (Windows editors write one) is not JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [{ path: '', message: 'The file is empty.' }] };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    return { ok: false, problems: [syntaxProblem(body, e instanceof Error ? e.message : String(e))] };
  }
}

function syntaxProblem(text: string, message: string): SourceProblem {
  const line = /line (\d+) column (\d+)/.exec(message);
  const at = /position (\d+)/.exec(message);
  let where = '';
  if (line) where = `line ${line[1]}, column ${line[2]}`;
  else if (at) {
    const pos = Math.min(Number(at[1]), text.length);
    const before = text.slice(0, pos);
    const lineNo = before.split('\n').length;
    where = `line ${lineNo}, column ${pos - before.lastIndexOf('\n')}`;
  } else if (/end of (JSON )?input/i.test(message)) {
    const lines = text.split('\n');
    where = `line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
  }
  // "Unexpected token } in JSON at position 7" → "Unexpected token }"; the place is in `path`.
  const what = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/,?\s*(in JSON )?at position \d+/, '')
    .replace(/^JSON\.parse: /, '');
  return { path: where, message: `This is not valid JSON: ${what}.`.replace(/\.\.$/, '.') };
}

/** `sources[2].kind`: where a value sits, for messages. */
export function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** How a wrong value is described: `a number (12)`, `an array`, `null`. */
export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text "${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return 'an object';
}
