/**
 * Moving to another view = navigating to its URL (the URL is the one source of truth for the
 * view, so back/forward, bookmarks and shared links all work). A default the page chose is
 * written with `replace` so Back does not return to the URL without it.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import type { View } from '$lib/core/engine/types';
import type { Lang } from '$lib/i18n/langs';
import { screenPath, type Screen } from '../links';

export function goView(
  screen: Screen,
  view: View,
  lang: Lang | null,
  extra?: Record<string, string>,
  /** Replace the current history entry (a default written into the URL is not a step back). */
  replace = false
): Promise<void> {
  return goto(resolve(screenPath(screen, { view, lang, extra })), {
    keepFocus: true,
    noScroll: true,
    replaceState: replace
  });
}
