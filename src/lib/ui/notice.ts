/**
 * A worker Notice (a code of the i18n tables and its parameters) as text in the user's language.
 * Parameters named `…Bytes` are sizes (formatted as such; negative: the browser did not say),
 * other numbers are counts in local digits.
 */
import { translate, type Lang, type MessageKey } from '$lib/i18n';
import { formatBytes, formatCount } from '$lib/i18n/format';
import type { Notice } from '$lib/worker/protocol';

export function noticeText(lang: Lang, notice: Notice): string {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(notice.params ?? {})) {
    if (typeof v !== 'number') params[k] = v;
    else if (k.endsWith('Bytes'))
      params[k] = v < 0 ? translate(lang, 'storage.unknownSize') : (formatBytes(v, lang) ?? String(v));
    else params[k] = formatCount(v, lang) ?? String(v);
  }
  return translate(lang, notice.code as MessageKey, params);
}
