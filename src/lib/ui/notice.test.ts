import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/i18n';
import type { NoticeCode } from '$lib/worker/protocol';
import { noticeText } from './notice';

const CODES: NoticeCode[] = ['storage.quotaImport', 'storage.quotaRestore', 'storage.quotaCompaction'];

describe('noticeText', () => {
  it('says how much space is needed and free, as sizes, in every language', () => {
    for (const lang of LANGS)
      for (const code of CODES) {
        const text = noticeText(lang, { code, params: { neededBytes: 52_000_000, freeBytes: 1_000_000 } });
        expect(text, `${lang} ${code}`).not.toMatch(/[{}]|storage\./);
      }
    const en = noticeText('en', {
      code: 'storage.quotaImport',
      params: { neededBytes: 52_000_000, freeBytes: 1_000_000 }
    });
    expect(en).toMatch(/52\s?MB/);
    expect(en).toMatch(/1\s?MB/);
  });
  it('says so when the browser does not tell the free space', () => {
    expect(noticeText('en', { code: 'storage.quotaRestore', params: { neededBytes: 10, freeBytes: -1 } })).toMatch(
      /unknown/
    );
  });
});
