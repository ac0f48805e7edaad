/**
 * Text from imported files (names, headers, cell values, problem rows) reaches the page as plain
 * strings and must never be parsed as HTML. Svelte escapes `{text}`; only `{@html}` or DOM HTML
 * sinks could turn a cell like `<img onerror=…>` into markup. This test (with the ESLint rule
 * svelte/no-at-html-tags) keeps every such sink out of the app's source.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(process.cwd(), 'src');
const SINKS =
  /\{@html\b|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML\(|document\.write\(|createContextualFragment\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(svelte|ts|js)$/.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

describe('no HTML sinks in the app', () => {
  it('no {@html}, innerHTML, outerHTML, insertAdjacentHTML or document.write in src/', () => {
    const found = files(ROOT).filter((f) => SINKS.test(readFileSync(f, 'utf8')));
    expect(found.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
