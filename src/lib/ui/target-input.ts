/**
 * Target values as people type them: durations in minutes (seconds are too fine, hours too
 * coarse for a 10-minute target), rates in percent, counts and money as they are. Pure, so the
 * conversion both ways is tested and the editor never stores a half-typed value.
 */
import type { Target, Unit } from '$lib/core/catalog/types';
import type { TargetSetting } from '$lib/core/engine/types';

/** Machine units per input unit (seconds per minute for durations). */
export function inputScale(unit: Unit): number {
  return unit === 'seconds' ? 60 : 1;
}

export function toInput(v: number | undefined, unit: Unit): string {
  if (v === undefined || !Number.isFinite(v)) return '';
  return String(Math.round((v / inputScale(unit)) * 1000) / 1000);
}

/** A typed number (either decimal mark, local digits allowed) in machine units; null when not a number ≥ 0. */
export function fromInput(text: string, unit: Unit): number | null {
  const ascii = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u066b,]/g, '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(ascii)) return null;
  const v = Number(ascii) * inputScale(unit);
  return Number.isFinite(v) ? v : null;
}

export interface TargetDraft {
  value: string;
  lower: string;
  upper: string;
  warnBand: string;
  channels: { channel: string; value: string }[];
}

export function draftOf(target: Target | undefined, byChannel: TargetSetting['byChannel'], unit: Unit): TargetDraft {
  const t = target as Partial<{ value: number; lower: number; upper: number; warnBand: number }> | undefined;
  return {
    value: toInput(t?.value, unit),
    lower: toInput(t?.lower, unit),
    upper: toInput(t?.upper, unit),
    warnBand: toInput(t?.warnBand, unit),
    channels: Object.entries(byChannel ?? {}).map(([channel, ct]) => ({
      channel,
      value: toInput('value' in ct ? ct.value : undefined, unit)
    }))
  };
}

/** The setting a draft describes, or an error key for what is wrong. */
export function settingOf(
  draft: TargetDraft,
  range: boolean,
  unit: Unit
): TargetSetting | { error: 'value' | 'range' | 'band' | 'channel' } {
  const band = draft.warnBand.trim() === '' ? undefined : fromInput(draft.warnBand, unit);
  if (band === null) return { error: 'band' };
  const withBand = band === undefined ? {} : { warnBand: band };
  let target: Target;
  if (range) {
    const lo = fromInput(draft.lower, unit);
    const hi = fromInput(draft.upper, unit);
    if (lo === null || hi === null || lo > hi) return { error: 'range' };
    target = { lower: lo, upper: hi, ...withBand };
  } else {
    const v = fromInput(draft.value, unit);
    if (v === null) return { error: 'value' };
    target = { value: v, ...withBand };
  }
  const byChannel: Record<string, Target> = {};
  for (const row of draft.channels) {
    const ch = row.channel.trim().toLowerCase();
    if (!ch && row.value.trim() === '') continue;
    const v = fromInput(row.value, unit);
    if (!ch || v === null) return { error: 'channel' };
    byChannel[ch] = { value: v };
  }
  return Object.keys(byChannel).length ? { target, byChannel } : { target };
}
