/**
 * The one query model of every screen that shows figures for a view (the scorecard, a KPI's
 * detail, the targets, and the views built on them): URL → view → compute → answer.
 *
 * - The view comes from the URL only. When the URL names no period, the default period is chosen
 *   from the data's span (it comes with the data summary, see default-view.ts), so the first
 *   answer costs one compute and no redirect; links and controls carry the chosen view, so a
 *   quick click keeps the period on screen.
 * - A view already shown (or being computed) is not asked again; an answer for a view the user
 *   has since left is dropped, so a slow earlier compute never overwrites a later one.
 * - Any data change (an import, a delete, another tab, a settings change: `app.dataVersion`)
 *   asks again.
 *
 * Create one per screen, during the component's initialisation (it owns an `$effect`).
 */
import { browser } from '$app/environment';
import { page } from '$app/state';
import { tick } from 'svelte';
import type { ScorecardResult, View } from '$lib/core/engine/types';
import { defaultViewFor } from '../default-view';
import { urlLangOf, type Screen } from '../links';
import { parseViewParams, viewQuery, type UrlState } from '../url-state';
import { app } from './app.svelte';
import { goView } from './view-url';

export interface QueryOptions {
  /** The screen whose URL this is (controls navigate to it). */
  readonly screen: Screen;
  /** The screen's own URL parameters (a KPI id) that every view change keeps. */
  readonly extra?: () => Record<string, string> | undefined;
  /** False while the screen has nothing to ask (an unknown KPI id). */
  readonly enabled?: () => boolean;
}

export class ScorecardQuery {
  readonly urlState: UrlState | null = $derived(browser ? parseViewParams(page.url.searchParams) : null);
  /** The URL's explicit `?lang=`, which links carry on. */
  readonly urlLang = $derived(urlLangOf(browser ? page.url.searchParams : null));
  /** The view on screen: the URL's, with the default period when it names none. */
  readonly view: View | null = $derived(
    this.urlState ? defaultViewFor(this.urlState, app.summary?.span ?? null, Date.now()) : null
  );
  /** The answer for `view` (or the previous view's until the new one arrives: no blank flash). */
  result = $state.raw<ScorecardResult | null>(null);
  computing = $state(false);
  /** Time to the worker's answer and from it to the painted page (read by the benchmark). */
  computeMs = $state<number | null>(null);
  renderMs = $state<number | null>(null);

  readonly #opts: QueryOptions;
  /** The view and data version of the answer shown, or of the question in flight. */
  #askedKey = '';
  /** Numbers each question, so only the latest one's answer is used. */
  #latest = 0;

  constructor(opts: QueryOptions) {
    this.#opts = opts;
    $effect(() => {
      const view = this.view;
      if (!view || !app.hasData || (opts.enabled && !opts.enabled())) return;
      const key = `${viewQuery(view)}#${app.dataVersion}`;
      if (key === this.#askedKey) return;
      this.#askedKey = key;
      void this.#ask(view, ++this.#latest);
    });
  }

  async #ask(view: View, run: number): Promise<void> {
    this.computing = true;
    const t0 = performance.now();
    const out = await app.compute(view);
    if (run !== this.#latest) return;
    this.computing = false;
    if (!out) {
      // Failed (the message is in app.error): asking the same view again may succeed.
      this.#askedKey = '';
      return;
    }
    const t1 = performance.now();
    this.result = out;
    await tick();
    // One frame later the cards (and their charts) are laid out and painted.
    await new Promise<void>((done) => requestAnimationFrame(() => done()));
    if (run !== this.#latest) return;
    this.computeMs = Math.round(t1 - t0);
    this.renderMs = Math.round(performance.now() - t1);
  }

  /** Whether the shown answer belongs to the view on screen (not a previous one). */
  get current(): boolean {
    return !!this.result && !this.computing;
  }

  /** Moves to another view of this screen (a URL change, so Back returns to this one). */
  go(view: View, extra?: Record<string, string>): Promise<void> {
    return goView(this.#opts.screen, view, this.urlLang, extra ?? this.#opts.extra?.());
  }
}
