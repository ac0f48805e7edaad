/**
 * Which target a KPI is judged against: the user's saved one, else the catalog's default, for
 * one channel when the view shows exactly one. The one place this rule lives: the cards, the
 * detail view, the targets screen and the export all ask here.
 */
import type { KpiDef, Target, TargetSetting } from './types';

/** Where a target came from, for the card's wording and the targets screen. */
export type TargetSource = 'user' | 'channel' | 'default' | 'none';

/**
 * The default target that applies to a KPI, for one channel when given: the channel's own
 * default when the KPI has one (first response differs for email, chat and phone), otherwise
 * the KPI's overall default. Undefined when the KPI has no default (its status is then 'none').
 */
export function defaultTargetFor(def: KpiDef, channel?: string): Target | undefined {
  return catalogTarget(def, channel).target;
}

function catalogTarget(def: KpiDef, channel?: string): { target: Target | undefined; source: TargetSource } {
  const byChannel = channel !== undefined ? def.channelTargets?.[channel] : undefined;
  if (byChannel) return { target: byChannel, source: 'channel' };
  if (def.defaultTarget) return { target: def.defaultTarget, source: 'default' };
  return { target: undefined, source: 'none' };
}

/**
 * The target that applies, and where it came from. With a channel, the user's target for that
 * channel wins; then any target the user saved (it replaces every default, the channel defaults
 * included); then the catalog's default for the channel, then its overall default.
 */
export function targetFor(
  def: KpiDef,
  setting: TargetSetting | undefined,
  channel?: string
): { target: Target | undefined; source: TargetSource } {
  const own = channel !== undefined ? setting?.byChannel?.[channel] : undefined;
  if (own) return { target: own, source: 'user' };
  if (setting) return { target: setting.target, source: 'user' };
  return catalogTarget(def, channel);
}
