/**
 * The interface language and calendar the page is showing, as shared reactive state, and `t()`
 * that reads them — so every `{t('key')}` in a template re-renders when the language changes.
 * The root layout sets `locale.lang` from `?lang=` / the stored choice / the browser.
 */
import type { CalendarId } from './format';
import { translate, type MessageKey, type Params } from './index';
import type { Lang } from './langs';
import { peopleText, type PeopleKey } from './people';

/** `currency`: the workspace's ISO 4217 code for money KPIs, or null (plain numbers). */
export const locale = $state<{ lang: Lang; calendar: CalendarId; currency: string | null }>({
  lang: 'en',
  calendar: 'gregory',
  currency: null
});

export function t(key: MessageKey, params?: Params): string {
  return translate(locale.lang, key, params);
}

/** `t()` for the drill-down, agent, compare and staffing screens (./people.ts). */
export function tp(key: PeopleKey, params?: Params): string {
  return peopleText(locale.lang, key, params);
}
