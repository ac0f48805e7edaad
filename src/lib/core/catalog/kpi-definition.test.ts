/**
 * One definition per KPI: the catalog entry's id is the key the engine function and the texts
 * of every language are filed under. The records are typed `Record<KpiId, …>`, so a KPI added to
 * the catalog without its function or its texts does not compile; the `@ts-expect-error` lines
 * below fail the type check (svelte-check, `npm run check`) if that ever stops being true.
 */
import { describe, expect, it } from 'vitest';
import { KPI_FUNCTIONS } from '../engine/registry';
import { CATALOG, KPI_IDS, isKpiId, type KpiId } from './index';
import { LANGS, PACKS, type LangPack } from './text';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('a KPI definition', () => {
  it('is keyed by the catalog ids everywhere (checked by the compiler)', () => {
    const registry: Same<keyof typeof KPI_FUNCTIONS, KpiId> = true;
    const texts: Same<keyof LangPack['kpis'], KpiId> = true;
    expect([registry, texts]).toEqual([true, true]);

    const { csat: _csat, ...withoutCsat } = KPI_FUNCTIONS;
    // @ts-expect-error a registry without a function for one KPI does not compile
    const registryMissingOne: typeof KPI_FUNCTIONS = withoutCsat;
    const { csat: _csatText, ...textsWithoutCsat } = PACKS.fa.kpis;
    // @ts-expect-error a language pack without the texts of one KPI does not compile
    const packMissingOne: LangPack = { ...PACKS.fa, kpis: textsWithoutCsat };
    // @ts-expect-error an id the catalog does not know is not a KpiId
    const unknown: KpiId = 'first_reply_time';
    expect([registryMissingOne, packMissingOne, unknown]).toBeDefined();
  });

  it('has a function and texts in every language for every catalog entry, and nothing else', () => {
    expect(Object.keys(KPI_FUNCTIONS).sort()).toEqual([...KPI_IDS].sort());
    for (const lang of LANGS) expect(Object.keys(PACKS[lang].kpis).sort(), lang).toEqual([...KPI_IDS].sort());
    expect(CATALOG.map((d) => d.id)).toEqual(KPI_IDS);
  });

  it('tells catalog ids from other strings', () => {
    expect(KPI_IDS.every(isKpiId)).toBe(true);
    expect(['', 'first_reply_time', 'toString', 'constructor'].some(isKpiId)).toBe(false);
  });
});
