/**
 * Moving to another view = navigating to its URL (the URL is the one source of truth for the
 * view, so back/forward, bookmarks and shared links all work).
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import type { View } from '$lib/core/engine/types';
import type { Lang } from '$lib/i18n/langs';
import { screenPath, type Screen } from '../links';

export function goView(screen: Screen, view: View, lang: Lang | null, extra?: Record<string, string>): Promise<void> {
  return goto(resolve(screenPath(screen, { view, lang, extra })), { keepFocus: true, noScroll: true });
}
