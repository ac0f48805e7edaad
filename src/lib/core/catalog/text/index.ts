/**
 * KPI texts by language: `kpiText(lang, id)` and `groupName(lang, group)`, with English as the
 * fallback for any id, field or group a language lacks (or leaves empty), so a card never shows
 * an empty title. Kept apart from ../index.ts so the worker, which needs no texts, does not
 * bundle four languages.
 */
import { isKpiId } from '../index';
import type { KpiGroup } from '../types';
import { AR } from './ar';
import { EN } from './en';
import { FA } from './fa';
import { HE } from './he';
import { LANGS, RTL_LANGS, type KpiText, type Lang, type LangPack } from './types';

export type { KpiText, Lang, LangPack } from './types';
export { LANGS, RTL_LANGS, SHORT_MAX } from './types';

export const PACKS: Readonly<Record<Lang, LangPack>> = { en: EN, ar: AR, fa: FA, he: HE };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function isRtl(lang: Lang): boolean {
  return RTL_LANGS.includes(lang);
}

const present = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';

/** The texts of a KPI in `lang`, field by field falling back to English; undefined for an unknown id. */
export function kpiText(lang: Lang, id: string): KpiText | undefined {
  if (!isKpiId(id)) return undefined;
  const en = EN.kpis[id];
  const own = PACKS[lang].kpis[id];
  if (!own) return en;
  if (!en) return own;
  const pick = (key: keyof KpiText): string | undefined => (present(own[key]) ? own[key] : en[key]);
  const caveat = pick('caveat');
  return {
    name: pick('name') as string,
    short: pick('short') as string,
    formula: pick('formula') as string,
    tells: pick('tells') as string,
    lookFor: pick('lookFor') as string,
    improve: pick('improve') as string,
    targetReason: pick('targetReason') as string,
    ...(caveat !== undefined ? { caveat } : {})
  };
}

/** The name of a KPI group in `lang`, falling back to English. */
export function groupName(lang: Lang, group: KpiGroup): string {
  const own = PACKS[lang].groups[group];
  return present(own) ? own : EN.groups[group];
}
