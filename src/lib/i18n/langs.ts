/**
 * The four interface languages and how one is chosen. Kept free of Svelte and DOM so the URL
 * parser, the exporters and Node tests can use it.
 *
 * Promise: `pickLang` always returns one of LANGS; `isRtl` is true exactly for ar, fa and he.
 */
export const LANGS = ['en', 'ar', 'fa', 'he'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function isRtl(lang: Lang): boolean {
  return lang !== 'en';
}

/** Language name in its own script, for the language menu (never translated). */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  ar: 'العربية',
  fa: 'فارسی',
  he: 'עברית'
};

/**
 * `?lang=` wins, then a stored choice, then the browser's languages (`fa-IR` → `fa`), else
 * English. Invalid explicit values are ignored here; the URL parser reports them.
 */
export function pickLang(
  explicit: string | null | undefined,
  stored: string | null | undefined,
  browser: readonly string[] = []
): Lang {
  if (isLang(explicit)) return explicit;
  if (isLang(stored)) return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/**
 * The Intl locale for numbers: local digits (Persian → extended Arabic-Indic, Arabic →
 * Arabic-Indic; Chromium's ICU defaults `ar` to Latin digits, so we ask explicitly).
 */
export function numberLocale(lang: Lang): string {
  switch (lang) {
    case 'ar':
      return 'ar-u-nu-arab';
    case 'fa':
      return 'fa-u-nu-arabext';
    default:
      return lang;
  }
}
