import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '$lib/core/demo/scenarios';
import { importMessage, missingColumns, phrase, scenarioIn } from './messages';

describe('importMessage', () => {
  it('translates the demo import note with the scenario name in the language', () => {
    const msg = 'Generated demo data (scenario "backlog-crisis").';
    expect(importMessage('en', msg)).toBe('Generated demo data (scenario “A backlog crisis”).');
    expect(importMessage('fa', msg)).toBe('داده‌ی نمایشی ساخته‌شده (سناریوی «بحران کارهای معوق»).');
    expect(importMessage('he', msg)).toContain('משבר צבר');
  });

  it('keeps an unknown scenario id rather than dropping it', () => {
    expect(importMessage('ar', 'Generated demo data (scenario "x-new").')).toContain('x-new');
  });

  it('translates fixed refusals and keeps the file-specific detail', () => {
    expect(importMessage('fa', 'The file is empty.')).toBe('فایل خالی است.');
    expect(importMessage('ar', 'Required fields are not mapped: ticket_id, created_at.')).toBe(
      'لم تُربط الحقول المطلوبة: رقم التذكرة (ticket_id)، وقت الإنشاء (created_at).'
    );
  });

  it('translates several joined notes one by one, leaving an unknown one in English', () => {
    const msg =
      'Dates in "Opened" could be day-first or month-first (no day above 12 in the first rows); they were read as day/month/year. Something new happened.';
    const out = importMessage('he', msg);
    expect(out).toContain('„Opened”');
    expect(out).toContain('יום/חודש/שנה');
    expect(out).toContain('Something new happened.');
  });
});

describe('phrase (engine notes, row errors)', () => {
  it('puts counts in local digits and translates the words inside', () => {
    expect(phrase('fa', '12 tickets resolved before creation excluded: the end time is before the start time')).toBe(
      '۱۲ مورد کنار گذاشته شد (تیکت‌های حل‌شده پیش از ایجاد): زمان پایان پیش از زمان شروع است'
    );
    expect(phrase('ar', '7 agents')).toBe('٧ موظفاً');
    expect(phrase('he', 'row skipped: cannot read "abc" as a number for score')).toBe(
      'השורה דולגה: לא ניתן לקרוא את „abc” כמספר עבור ציון (score)'
    );
  });

  it('returns English and unknown phrases unchanged', () => {
    expect(phrase('en', '7 agents')).toBe('7 agents');
    expect(phrase('fa', 'a note nobody translated')).toBe('a note nobody translated');
    expect(phrase('fa', '')).toBe('');
  });
});

describe('missingColumns', () => {
  it('shows translated labels with their record kind, and translates fixed phrases', () => {
    expect(missingColumns('en', ['tickets.due_at'])).toBe('Due at (Tickets)');
    expect(missingColumns('fa', ['tickets.due_at', 'no SLA policy in the settings either'])).toBe(
      'موعد (تیکت‌ها)، در تنظیمات هم سیاست SLA تعریف نشده'
    );
    expect(missingColumns('he', ['calls.unknown_field'])).toBe('calls.unknown_field');
  });
});

describe('scenarioIn', () => {
  it('has a translated name and story for every scenario in fa, ar and he', () => {
    for (const s of SCENARIOS) {
      expect(scenarioIn('en', s.id)).toEqual({ name: s.name, story: s.story, lang: 'en' });
      for (const lang of ['fa', 'ar', 'he'] as const) {
        const own = scenarioIn(lang, s.id)!;
        expect(own.lang, `${lang} ${s.id}`).toBe(lang);
        expect(own.name).not.toBe(s.name);
        expect(own.story.length).toBeGreaterThan(100);
      }
    }
    expect(scenarioIn('fa', 'no-such-scenario')).toBeUndefined();
  });
});

describe('valueLabel', () => {
  it('names vocabulary values and leaves everything else as it is', async () => {
    const { valueLabel } = await import('$lib/i18n/vocab');
    expect(valueLabel('fa', 'channel', 'email')).toBe('ایمیل');
    expect(valueLabel('en', 'priority', 'urgent')).toBe('Urgent');
    expect(valueLabel('he', 'abandon_stage', 'ivr')).toBe('תפריט קולי');
    expect(valueLabel('ar', 'agent', 'Sara Rahimi')).toBe('Sara Rahimi');
    expect(valueLabel('fa', 'channel', 'toString')).toBe('toString');
  });
});

describe('field names inside phrases', () => {
  it('are shown as their labels with the canonical name', () => {
    expect(importMessage('fa', 'Some required columns were not recognised: survey_id, responded_at.')).toBe(
      'برخی ستون‌های لازم شناخته نشدند: شناسه‌ی نظرسنجی (survey_id)، زمان پاسخ به نظرسنجی (responded_at).'
    );
    expect(phrase('he', 'row skipped: required value created_at is missing')).toBe(
      'השורה דולגה: ערך החובה מועד יצירה (created_at) חסר'
    );
    // Not every word is a field: a header from the file stays as it is.
    expect(phrase('fa', 'row skipped: required value Opened_On is missing')).toContain('Opened_On');
  });
});

describe('engine notes on the demo data', () => {
  it('are all phrases the UI translates', async () => {
    const { knowsPhrase } = await import('$lib/i18n/phrases');
    const { generateDemo } = await import('$lib/core/demo/generate');
    const { computeScorecard } = await import('$lib/core/engine');
    const { defaultSettings } = await import('$lib/core/time/settings');
    const end = Date.UTC(2026, 10, 22, 23);
    const data = generateDemo('baseline', { end, timeZone: 'UTC' });
    const notes = new Set<string>();
    for (const view of [
      { range: 'all', grain: 'month', filters: {}, hours: 'calendar' },
      { range: 'last30', grain: 'week', filters: { channel: ['email'] }, hours: 'business' }
    ] as const) {
      const result = computeScorecard(data, view, defaultSettings('UTC'), end);
      for (const k of result.kpis) for (const n of k.notes ?? []) if (n) notes.add(n);
    }
    expect(notes.size).toBeGreaterThan(5);
    expect([...notes].filter((n) => !knowsPhrase(n))).toEqual([]);
  }, 60_000);
});
