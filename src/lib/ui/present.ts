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
import { numberLocale, type Lang } from '$lib/i18n/langs';
import type { FilterField, KpiCaveat } from '$lib/core/engine/types';

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

/**
 * `Target ≤ 10 m`, `Target ≥ 80%`, `Target 3 m – 7 m`; null when there is no target. A target
 * weighted by the channel mix (`mix`) says so.
 */
export function targetText(
  target: Target | undefined,
  direction: Direction,
  unit: Unit,
  lang: Lang,
  mix = false
): string | null {
  const text = plainTargetText(target, direction, unit, lang);
  return text !== null && mix ? `${text} (${translate(lang, 'card.targetMix')})` : text;
}

function plainTargetText(target: Target | undefined, direction: Direction, unit: Unit, lang: Lang): string | null {
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

/** `+3.2 pp`: a change of a rate in percentage points, in local digits. */
export function pointsText(points: number, lang: Lang): string {
  const value = new Intl.NumberFormat(numberLocale(lang), {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero'
  }).format(points);
  return translate(lang, 'card.points', { value });
}

/**
 * The change vs the previous period, toned by improvement (not by up/down). A rate's change
 * (`points` given, card-model.ts `pointsChange`) is shown in percentage points: a relative change
 * of a share ("+1,187.6 %") says nothing an owner can use.
 */
export function changeView(
  change: number | null,
  improvement: boolean | null,
  lang: Lang,
  points: number | null = null
): ChangeView | null {
  const text = points !== null ? pointsText(points, lang) : formatChange(change, lang);
  const by = points ?? change;
  if (text === null || by === null) return null;
  const arrow = by > 0 ? '▲' : by < 0 ? '▼' : '▬';
  const tone = improvement === true ? 'better' : improvement === false ? 'worse' : 'neutral';
  // A change of a `none` KPI is neither better nor worse: no word, only the number.
  const word =
    tone === 'better'
      ? translate(lang, 'card.better')
      : tone === 'worse'
        ? translate(lang, 'card.worse')
        : by === 0
          ? translate(lang, 'card.unchanged')
          : '';
  return { arrow, text, tone, word };
}

/** What the card says beside the figure (engine/types.ts `KpiCaveat`), in `lang`. */
export function caveatText(c: KpiCaveat, lang: Lang): string {
  if (c.code === 'filter-excludes') {
    const filters = c.filters.map((f: FilterField) => translate(lang, `filter.${f}`)).join(', ');
    return translate(lang, 'caveat.filter-excludes', { filters });
  }
  return translate(lang, `caveat.${c.code}`);
}
