/**
 * A message for the user that crosses the worker boundary as a code of the i18n tables and its
 * parameters, never as English prose: the page renders it in the user's language. Parameters
 * named `…Bytes` are byte counts (the page formats them as sizes), other numbers are counts.
 */
export interface Notice {
  readonly code: NoticeCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The codes the storage layer and the worker send (each has a text in every language). */
export type NoticeCode = 'storage.quotaImport' | 'storage.quotaRestore' | 'storage.quotaCompaction';

/** An error that carries a Notice (the worker passes it through to the page). */
export class NoticeError extends Error {
  constructor(
    message: string,
    readonly notice: Notice
  ) {
    super(message);
  }
}

export function isQuotaError(e: unknown): boolean {
  const names = [(e as { name?: string })?.name, (e as { inner?: { name?: string } })?.inner?.name];
  return names.includes('QuotaExceededError');
}
