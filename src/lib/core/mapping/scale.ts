/**
 * The scale of a survey score column, when the file does not say it in scale_min / scale_max columns.
 * Promise: 1–5 stays the default (no constants); a header that names its range ('Rating (1-10)',
 * 'Score 0 to 10', 'NPS') wins; otherwise the sampled values decide (any value above 5 → 0–10 when a 0 is
 * seen, else 1–10); thumbs / good-bad / yes-no words become a 2-point scale (down → 1, up → 2), which the
 * engine reads as thumbs. Values outside the range are the parser's business, not the guess's.
 */
import { normalizeHeader } from './normalize';

export interface ScaleGuess {
  min: number;
  max: number;
  valueMap?: Readonly<Record<string, string>>;
  note: string;
}

const THUMBS: Readonly<Record<string, string>> = {
  'thumbs up': '2',
  'thumbs down': '1',
  up: '2',
  down: '1',
  '👍': '2',
  '👎': '1',
  good: '2',
  bad: '1',
  positive: '2',
  negative: '1',
  satisfied: '2',
  dissatisfied: '1',
  unsatisfied: '1',
  yes: '2',
  no: '1',
  helpful: '2',
  'not helpful': '1'
};

const RANGE = /(\d+)\s*(?:-|–|to|\/|\.\.)\s*(\d+)/;

export function guessScale(header: string, values: readonly string[]): ScaleGuess | null {
  const range = RANGE.exec(header);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    if (min < max && max <= 100) return { min, max, note: `scale ${min}–${max} from the header` };
  }
  if (/\bnps\b/.test(normalizeHeader(header))) return { min: 0, max: 10, note: 'NPS: scale 0–10' };

  const seen = values.map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
  if (seen.length === 0) return null;
  if (seen.every((v) => v in THUMBS)) {
    return { min: 1, max: 2, valueMap: THUMBS, note: 'thumbs: down → 1, up → 2 on a 2-point scale' };
  }
  const nums = seen.map(Number).filter((n) => Number.isFinite(n));
  if (nums.length < seen.length * 0.8) return null;
  const max = Math.max(...nums);
  if (max <= 5) return null;
  if (max > 10) return null;
  return nums.includes(0)
    ? { min: 0, max: 10, note: 'scale 0–10 from the values' }
    : { min: 1, max: 10, note: 'scale 1–10 from the values' };
}
