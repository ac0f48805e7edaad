/**
 * The opening every user-journey e2e test shares: skip while the build has no UI, a fresh check
 * list, the served build and a fresh browser profile asking for English (the tests read the
 * English interface text), with its first page.
 *
 * Why it exists: import, mapping, formats, samples and scorecard tests all began with these same
 * lines; one place keeps them starting the same way.
 */
import { requireUi } from '../app.mjs';
import { ENGLISH } from './user-actions.mjs';
import { createChecks } from './user-checks.mjs';

/** `browserOptions` are added to the English locale (e.g. a viewport). */
export async function startEnglishSession(ctx, browserOptions = {}) {
  requireUi(ctx);
  const checks = createChecks(ctx);
  const server = await ctx.serve();
  const context = await ctx.browser({ ...ENGLISH, ...browserOptions });
  const page = context.pages()[0] ?? (await context.newPage());
  return { checks, check: checks.check, server, context, page };
}
