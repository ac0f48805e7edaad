/**
 * Interface text lookup. `translate(lang, key, params)` is pure (for tests and exporters);
 * components use `t()` from ./current.svelte.ts, which reads the reactive current language.
 *
 * Promise: a key always yields text (the language's, else English); `{name}` placeholders are
 * replaced by the given params as plain text (never HTML).
 */
import { ar } from './ar';
import { en, type Dictionary, type MessageKey } from './en';
import { fa } from './fa';
import { he } from './he';
import { numberLocale, type Lang } from './langs';

export { LANGS, LANG_NAMES, isLang, isRtl, pickLang, numberLocale, type Lang } from './langs';
export type { MessageKey } from './en';

export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { en, ar, fa, he };

export type Params = Readonly<Record<string, string | number>>;

/** A number given as a parameter is written with the language's digits ("12 of 41" → "١٢ من ٤١"). */
function paramText(lang: Lang, v: string | number): string {
  return typeof v === 'number' ? new Intl.NumberFormat(numberLocale(lang)).format(v) : v;
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = DICTIONARIES[lang][key] || en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? paramText(lang, params[name]) : whole));
}
