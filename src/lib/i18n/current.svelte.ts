/**
 * The interface language and calendar the page is showing, as shared reactive state, and `t()`
 * that reads them — so every `{t('key')}` in a template re-renders when the language changes.
 * The root layout sets `locale.lang` from `?lang=` / the stored choice / the browser.
 */
import type { CalendarId } from './format';
import { translate, type MessageKey, type Params } from './index';
import type { Lang } from './langs';

export const locale = $state<{ lang: Lang; calendar: CalendarId }>({ lang: 'en', calendar: 'gregory' });

export function t(key: MessageKey, params?: Params): string {
  return translate(locale.lang, key, params);
}
