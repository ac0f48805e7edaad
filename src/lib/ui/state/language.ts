/**
 * Switching the interface language, from the header or the settings: remembered on this device
 * (localStorage, read before the workspace opens) and in the workspace's preferences. An explicit
 * `?lang=` in the URL would win over the choice, so it is moved to the new language in place.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import type { Screen, ScreenPath } from '../links';
import { page } from '$app/state';
import { locale } from '$lib/i18n/current.svelte';
import { isLang, type Lang } from '$lib/i18n/langs';
import { app } from './app.svelte';

export const LANG_KEY = 'scorecard.lang';

export async function chooseLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage disabled: the workspace preference below still remembers it.
  }
  if (isLang(page.url.searchParams.get('lang'))) {
    const params = new URLSearchParams(page.url.searchParams);
    params.set('lang', lang);
    const screen = (page.route.id ?? '/').replace(/\/?$/, '/') as Screen;
    await goto(resolve(`${screen}?${params}` as ScreenPath), { keepFocus: true, noScroll: true, replaceState: true });
  }
  locale.lang = lang;
  if (app.workspace) await app.savePrefs({ language: lang });
}
