/**
 * Card and detail wording helpers shared by the scorecard, the detail view and the targets screen:
 * a value, a target and a change as the words and symbols people read, in the current language.
 * Pure functions of (model, lang), so the same KPI reads the same everywhere.
 */
import type { Direction, Target, Unit } from '$lib/core/catalog/types';
import { kpiText, type KpiText } from '$lib/core/catalog/text';
import { kpiById } from '$lib/core/catalog';
import { formatChange, formatValue, localDigits } from '$lib/i18n/format';
import { translate } from '$lib/i18n';
import { locale } from '$lib/i18n/current.svelte';
import type { Lang } from '$lib/i18n/langs';

/** The KPI's texts in `lang` (English fallback), or a minimal stand-in for an unknown id. */
export function textOf(lang: Lang, id: string): KpiText {
  const text = kpiText(lang, id);
  // The packs write numbers in Latin digits ("24 ساعة"): shown in the reader's digits.
  if (text) return lang === 'ar' || lang === 'fa' ? localTexts(text, lang) : text;
  const name = kpiById(id)?.name ?? id;
  return { name, short: name, formula: '', tells: '', lookFor: '', improve: '', targetReason: '' };
}

function localTexts(text: KpiText, lang: Lang): KpiText {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(text)) out[k] = typeof v === 'string' ? localDigits(v, lang) : v;
  return out as unknown as KpiText;
}

/** `currency`: the workspace's, from the shared locale state (so money re-renders when it changes). */
export function valueText(
  v: number | null | undefined,
  unit: Unit,
  lang: Lang,
  currency: string | null = locale.currency
): string {
  return formatValue(v, unit, lang, currency) ?? translate(lang, 'app.noData');
}

/** `Target ≤ 10 m`, `Target ≥ 80%`, `Target 3 m – 7 m`; null when there is no target. */
export function targetText(target: Target | undefined, direction: Direction, unit: Unit, lang: Lang): string | null {
  if (!target || direction === 'none') return null;
  if ('lower' in target) {
    return translate(lang, 'card.targetRange', {
      lower: valueText(target.lower, unit, lang),
      upper: valueText(target.upper, unit, lang)
    });
  }
  const sign = direction === 'minimize' ? '≤ ' : direction === 'maximize' ? '≥ ' : '';
  return translate(lang, 'card.target', { value: sign + valueText(target.value, unit, lang) });
}

export interface ChangeView {
  readonly arrow: '▲' | '▼' | '▬';
  readonly text: string;
  readonly tone: 'better' | 'worse' | 'neutral';
  readonly word: string;
}

/** The change vs the previous period, toned by improvement (not by up/down). */
export function changeView(change: number | null, improvement: boolean | null, lang: Lang): ChangeView | null {
  const text = formatChange(change, lang);
  if (text === null || change === null) return null;
  const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '▬';
  const tone = improvement === true ? 'better' : improvement === false ? 'worse' : 'neutral';
  // A change of a `none` KPI is neither better nor worse: no word, only the number.
  const word =
    tone === 'better'
      ? translate(lang, 'card.better')
      : tone === 'worse'
        ? translate(lang, 'card.worse')
        : change === 0
          ? translate(lang, 'card.unchanged')
          : '';
  return { arrow, text, tone, word };
}
