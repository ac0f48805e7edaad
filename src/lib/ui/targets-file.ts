/**
 * The small JSON file a team uses to share one set of targets (issue 4, "Targets"): written from
 * and read into the `TargetMap` the targets screen edits. Reading validates everything, because
 * the file comes from another person's device: a bad file is refused with a reason, unknown KPI
 * ids are skipped and counted, and nothing half-read is ever applied.
 */
import type { Target } from '$lib/core/catalog/types';
import type { TargetSetting } from '$lib/core/engine/types';
import type { TargetMap } from './card-model';

export const TARGETS_FORMAT = 'service-scorecard-targets';
export const TARGETS_VERSION = 1;

export function targetsToJson(
  targets: TargetMap | Readonly<Record<string, TargetSetting | null>>,
  generatedAt: string
): string {
  return JSON.stringify({ format: TARGETS_FORMAT, version: TARGETS_VERSION, generatedAt, targets }, null, 2) + '\n';
}

/** `targets[id] === null` asks to reset that KPI to its default (as `saveTargets` reads it). */
export type TargetsParse =
  | {
      readonly ok: true;
      readonly targets: Readonly<Record<string, TargetSetting | null>>;
      readonly ignored: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A Target from untrusted JSON, or a reason why not. */
export function readTarget(x: unknown): Target | string {
  if (!isObj(x)) return 'a target must be an object';
  if (x.warnBand !== undefined && !(num(x.warnBand) && x.warnBand >= 0)) return 'warnBand must be a number ≥ 0';
  const band = x.warnBand !== undefined ? { warnBand: x.warnBand as number } : {};
  if ('lower' in x || 'upper' in x) {
    if (!num(x.lower) || !num(x.upper)) return 'lower and upper must be numbers';
    if (x.lower > x.upper) return 'lower is above upper';
    return { lower: x.lower, upper: x.upper, ...band };
  }
  if (!num(x.value)) return 'value must be a number';
  return { value: x.value, ...band };
}

export function parseTargetsJson(text: string, knownIds: readonly string[]): TargetsParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  if (!isObj(data) || data.format !== TARGETS_FORMAT)
    return { ok: false, error: `"format" is not "${TARGETS_FORMAT}"` };
  if (data.version !== TARGETS_VERSION) return { ok: false, error: `unsupported version ${String(data.version)}` };
  if (!isObj(data.targets)) return { ok: false, error: '"targets" is missing' };
  const known = new Set(knownIds);
  const out: Record<string, TargetSetting | null> = {};
  const ignored: string[] = [];
  for (const [id, raw] of Object.entries(data.targets)) {
    if (!known.has(id)) {
      ignored.push(id);
      continue;
    }
    if (raw === null) {
      out[id] = null;
      continue;
    }
    if (!isObj(raw)) return { ok: false, error: `${id}: not an object` };
    const target = readTarget(raw.target);
    if (typeof target === 'string') return { ok: false, error: `${id}: ${target}` };
    let byChannel: Record<string, Target> | undefined;
    if (raw.byChannel !== undefined) {
      if (!isObj(raw.byChannel)) return { ok: false, error: `${id}: byChannel must be an object` };
      byChannel = {};
      for (const [ch, t] of Object.entries(raw.byChannel)) {
        const ct = readTarget(t);
        if (typeof ct === 'string') return { ok: false, error: `${id} (${ch}): ${ct}` };
        byChannel[ch] = ct;
      }
    }
    out[id] = byChannel ? { target, byChannel } : { target };
  }
  return { ok: true, targets: out, ignored };
}
