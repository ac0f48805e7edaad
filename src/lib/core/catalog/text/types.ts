/**
 * The shape of the KPI texts people read (names, formulas in words, what a KPI tells, what to
 * look for, how to improve it, why its target is what it is), one pack per interface language.
 * Strings are plain text: the UI renders them as text, never as HTML.
 */
import type { KpiId } from '../index';
import type { KpiGroup } from '../types';

export type Lang = 'en' | 'ar' | 'fa' | 'he';
export const LANGS: readonly Lang[] = ['en', 'ar', 'fa', 'he'];
/** Languages written right to left (the page layout flips for them). */
export const RTL_LANGS: readonly Lang[] = ['ar', 'fa', 'he'];

export interface KpiText {
  /** Full name, for the detail view and the export. */
  readonly name: string;
  /** At most 24 characters: the title of a phone-sized card. */
  readonly short: string;
  /** The formula in plain words. */
  readonly formula: string;
  /** What the KPI tells you. */
  readonly tells: string;
  /** What to look for when reading it. */
  readonly lookFor: string;
  /** How to improve it. */
  readonly improve: string;
  /** Why the default target is what it is, or why there is none. */
  readonly targetReason: string;
  /** A warning the UI shows beside the value (e.g. a KPI that rewards the wrong behaviour). */
  readonly caveat?: string;
}

export interface LangPack {
  readonly groups: Readonly<Record<KpiGroup, string>>;
  /** Every KPI of the catalog: a KPI added there without its texts here does not compile. */
  readonly kpis: Readonly<Record<KpiId, KpiText>>;
}

/** Longest `short` label a card can show on a phone. */
export const SHORT_MAX = 24;
