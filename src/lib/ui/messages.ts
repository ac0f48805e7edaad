/**
 * What the worker and the engine say, as the user reads it in the interface language: import
 * messages and refusals, row-error reasons, KPI notes, the columns an unavailable KPI needs,
 * scenario names and stories. The worker speaks English (its messages double as logs); this is
 * the one place the UI turns those fixed phrases into the reader's language.
 *
 * Promise: nothing is lost — an unknown phrase is shown in English as it came, file-specific
 * details (column names, values) are kept, and a `kind.field` reference keeps its canonical name
 * beside the translated label.
 */
import { SCENARIOS } from '$lib/core/demo/scenarios';
import type { RecordKind } from '$lib/core/schema/fields';
import { translate } from '$lib/i18n';
import { fieldLabel } from '$lib/i18n/fields';
import type { Lang } from '$lib/i18n/langs';
import { translatePhrase } from '$lib/i18n/phrases';
import { scenarioText, type ScenarioText } from '$lib/i18n/scenarios';

/** A scenario's name and story in `lang` (English from the demo module when untranslated). */
export function scenarioIn(lang: Lang, id: string): (ScenarioText & { readonly lang: Lang }) | undefined {
  const s = SCENARIOS.find((x) => x.id === id);
  return s ? scenarioText(lang, s.id, { name: s.name, story: s.story }) : undefined;
}

/** Storage's note on a demo import (core of storage/demo.ts); matched so it can be translated. */
const DEMO_NOTE = /^Generated demo data \(scenario "([^"]+)"\)\.$/;

/** An import's message or a refusal reason in `lang`. */
export function importMessage(lang: Lang, message: string): string {
  const demo = DEMO_NOTE.exec(message);
  if (demo) return translate(lang, 'import.demoData', { name: scenarioIn(lang, demo[1])?.name ?? demo[1] });
  return translatePhrase(lang, message);
}

/** A KPI note, a row-error reason or any other fixed worker phrase in `lang`. */
export function phrase(lang: Lang, text: string): string {
  return translatePhrase(lang, text);
}

/**
 * The columns that would enable a KPI, for "Needs columns: …": each `kind.field` as its label
 * with the canonical name in parentheses (what the CSV templates call it); other entries (such as
 * "no SLA policy in the settings either") as phrases.
 */
export function missingColumns(lang: Lang, refs: readonly string[]): string {
  return refs
    .map((ref) => {
      if (!/^[a-z]+\.[a-z0-9_]+$/.test(ref)) return translatePhrase(lang, ref);
      // The field's label and its record kind in the language, never the internal `kind.field`.
      const label = fieldLabel(lang, ref);
      return label === ref ? ref : `${label} (${translate(lang, `kind.${ref.split('.')[0] as RecordKind}`)})`;
    })
    .join(lang === 'fa' || lang === 'ar' ? '، ' : ', ');
}
