import { describe, expect, it } from 'vitest';
import { CATALOG, KPI_IDS } from '../index';
import { KPI_GROUPS } from '../types';
import {
  LANGS,
  PACKS,
  SHORT_MAX,
  groupName,
  isLang,
  isRtl,
  kpiText,
  type KpiText,
  type Lang,
  type LangPack
} from './index';

const FIELDS: readonly (keyof KpiText)[] = ['name', 'short', 'formula', 'tells', 'lookFor', 'improve', 'targetReason'];

/** A character of the language's own script: a pack that left English in place fails. */
const SCRIPT: Record<Lang, RegExp> = {
  en: /[A-Za-z]/,
  ar: /[\u0600-\u06FF]/,
  fa: /[\u0600-\u06FF]/,
  he: /[\u0590-\u05FF]/
};

/** How each language says "a common convention, not a law". */
const CONVENTION: Record<Lang, RegExp> = {
  en: /common convention, not a law/,
  ar: /عُرف شائع لا قاعدة ملزمة/,
  fa: /عرف رایج، نه قانون/,
  he: /מוסכמה מקובלת, לא חוק/
};

const allStrings = (pack: LangPack): [string, string][] => [
  ...Object.entries(pack.groups).map(([g, s]): [string, string] => [`group ${g}`, s]),
  ...Object.entries(pack.kpis).flatMap(([id, t]) =>
    Object.entries(t).map(([k, s]): [string, string] => [`${id}.${k}`, s as string])
  )
];

describe.each(LANGS)('texts in %s', (lang) => {
  const pack = PACKS[lang];

  it('cover every KPI id of the catalog and no other', () => {
    expect(Object.keys(pack.kpis).sort()).toEqual([...KPI_IDS].sort());
  });

  it("have every field, none empty, each in the language's own script", () => {
    const problems: string[] = [];
    for (const id of KPI_IDS) {
      for (const field of FIELDS) {
        const s = pack.kpis[id]?.[field];
        if (typeof s !== 'string' || s.trim() === '') problems.push(`${id}.${field} empty`);
        else if (!SCRIPT[lang].test(s)) problems.push(`${id}.${field} not in ${lang}: ${s}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it(`keep short labels within ${SHORT_MAX} characters`, () => {
    const long = KPI_IDS.filter((id) => [...pack.kpis[id].short].length > SHORT_MAX);
    expect(long).toEqual([]);
  });

  it('name every group', () => {
    for (const g of KPI_GROUPS) expect(pack.groups[g]?.trim(), g).toBeTruthy();
  });

  it('never explain a default target with the "no target" text', () => {
    const noTarget = new Set([pack.kpis.ticket_volume.targetReason, pack.kpis.messages_received.targetReason]);
    const wrong = CATALOG.filter((d) => d.defaultTarget && noTarget.has(pack.kpis[d.id].targetReason)).map((d) => d.id);
    expect(wrong).toEqual([]);
  });

  it('label every common-convention default as a convention', () => {
    const conventions = CATALOG.filter((d) => /common convention/.test(d.targetReason ?? '')).map((d) => d.id);
    expect(conventions.length).toBeGreaterThanOrEqual(15);
    const unlabelled = conventions.filter((id) => !CONVENTION[lang].test(pack.kpis[id].targetReason));
    expect(unlabelled).toEqual([]);
  });

  it('carry the caveats the spec asks to show', () => {
    expect(pack.kpis.calls_per_agent_day.caveat?.trim()).toBeTruthy();
    expect(pack.kpis.closed_per_agent.caveat?.trim()).toBeTruthy();
  });

  it('are plain text: no markup, no stray whitespace', () => {
    const bad = allStrings(pack).filter(([, s]) => /[<>]|&[a-z]+;|^\s|\s$|\s{2}/.test(s));
    expect(bad).toEqual([]);
  });

  it('give distinct names and short labels to distinct KPIs', () => {
    const names = KPI_IDS.map((id) => pack.kpis[id].name);
    const shorts = KPI_IDS.map((id) => pack.kpis[id].short);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(shorts).size).toBe(shorts.length);
  });
});

describe('Persian and Arabic spelling', () => {
  it('Persian uses Persian ی and ک, never the Arabic ي and ك', () => {
    expect(allStrings(PACKS.fa).filter(([, s]) => /[يك]/.test(s))).toEqual([]);
  });
  it('Arabic uses no Persian-only letters', () => {
    expect(allStrings(PACKS.ar).filter(([, s]) => /[یکپچگژ]/.test(s))).toEqual([]);
  });
});

describe('the English caveats', () => {
  it('say what the spec asks', () => {
    expect(kpiText('en', 'calls_per_agent_day')?.caveat).toMatch(/rewards passing work on/i);
    expect(kpiText('en', 'closed_per_agent')?.caveat).toMatch(/never read speed without quality/i);
  });
});

describe('kpiText and groupName', () => {
  it("return the language's own text", () => {
    expect(kpiText('he', 'csat')?.name).toBe(PACKS.he.kpis.csat.name);
    expect(groupName('fa', 'speed')).toBe(PACKS.fa.groups.speed);
  });

  it('return undefined for an unknown id, even an inherited property name', () => {
    expect(kpiText('en', 'no_such_kpi')).toBeUndefined();
    expect(kpiText('ar', 'toString')).toBeUndefined();
    expect(kpiText('fa', '__proto__')).toBeUndefined();
  });

  it('fall back to English field by field', () => {
    const he = PACKS.he.kpis as Record<string, KpiText>;
    const saved = he.csat;
    try {
      he.csat = { ...saved, tells: '  ', caveat: '' };
      const t = kpiText('he', 'csat');
      expect(t?.tells).toBe(PACKS.en.kpis.csat.tells);
      expect(t?.name).toBe(saved.name);
      expect(t?.caveat).toBeUndefined();
      delete he.csat;
      expect(kpiText('he', 'csat')).toEqual(PACKS.en.kpis.csat);
    } finally {
      he.csat = saved;
    }
  });

  it('fall back to English for an empty group name', () => {
    const groups = PACKS.ar.groups as Record<string, string>;
    const saved = groups.team;
    try {
      groups.team = '';
      expect(groupName('ar', 'team')).toBe(PACKS.en.groups.team);
    } finally {
      groups.team = saved;
    }
  });

  it('recognise languages and their direction', () => {
    expect(LANGS.filter(isLang)).toEqual(['en', 'ar', 'fa', 'he']);
    expect(isLang('de')).toBe(false);
    expect(isLang(undefined)).toBe(false);
    expect(LANGS.filter(isRtl)).toEqual(['ar', 'fa', 'he']);
  });
});
