/**
 * The KPI each workshop scenario's story is about, for the room (presentation) mode: it opens
 * on that KPI's chart. The stories are in core/demo/scenarios.ts; each names this KPI first.
 */
import type { CardModel } from './card-model';

const STORY_KPI: Readonly<Record<string, string>> = {
  baseline: 'csat',
  'understaffed-mondays': 'abandonment_rate',
  'new-chat-channel': 'channel_mix',
  'backlog-crisis': 'backlog',
  'holiday-rush': 'tickets_per_day'
};

/**
 * The KPI a presentation starts on: the demo scenario's, else the first KPI off target, else
 * the first with a status, else the first available one.
 */
export function presentationStart(scenario: string | undefined, cards: readonly CardModel[]): string | undefined {
  const story = scenario && Object.hasOwn(STORY_KPI, scenario) ? STORY_KPI[scenario] : undefined;
  if (story && cards.some((c) => c.id === story && c.available)) return story;
  return (
    cards.find((c) => c.status === 'bad')?.id ??
    cards.find((c) => c.status === 'warn' || c.status === 'good')?.id ??
    cards.find((c) => c.available)?.id
  );
}

/** The next (+1) or previous (−1) available KPI after `id`, wrapping around. */
export function stepKpi(ids: readonly string[], id: string, step: 1 | -1): string | undefined {
  if (ids.length === 0) return undefined;
  const i = ids.indexOf(id);
  if (i < 0) return ids[0];
  return ids[(i + step + ids.length) % ids.length];
}
