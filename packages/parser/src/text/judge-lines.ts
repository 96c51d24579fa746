import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { lineFeatures } from './line-features.js';
import { type LineModel, predictLine } from './line-model.js';
import { wordsIn } from './count-words.js';
import { scoreLines } from './score-lines.js';
import type { BodyRegion } from './select-body.js';

/** A line the model gives at least this probability of being article text is kept. */
const KEEP_AT = Number(process.env.LM_KEEP ?? 0.5);
const GAP = Number(process.env.LM_GAP ?? 2);
const ABOVE = process.env.LM_ABOVE !== '0';
const BELOW = process.env.LM_BELOW !== '0';

/**
 * Lets the line model judge each line of a page once the rules have chosen its body: a line is kept
 * when the model, which reads the rules' choice among its features, gives it KEEP_AT or more.
 * @param lines the non-empty lines
 * @param kinds their kinds, from classifyLines
 * @param region the body the rules chose (see selectBody), or null
 * @param model the line model
 * @returns the body the model keeps, or the rules' body when the model keeps no line
 */
export function judgeLines(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  region: BodyRegion | null,
  model: LineModel,
): BodyRegion | null {
  if (region === null) return null;
  const features = lineFeatures(lines, kinds, scoreLines(lines, kinds), region);
  const prob = features.map((x) => predictLine(model, x));
  const flip = Number(process.env.LM_FLIP ?? 0);
  const ruled = new Set(region.keep);
  const yes = (i: number) => (prob[i] as number) >= KEEP_AT + (ruled.has(i) ? -flip : flip);
  if (process.env.LM_MODE === 'free') {
    const out = Number(process.env.LM_OUT ?? 0.5);
    const keep: number[] = [];
    prob.forEach((p, i) => {
      if (!ABOVE && i < region.first) return;
      if (!BELOW && i > region.last) return;
      if (p >= (i >= region.first && i <= region.last ? KEEP_AT : out)) keep.push(i);
    });
    return keep.length > 0 ? { first: keep[0] as number, last: keep[keep.length - 1] as number, keep } : region;
  }
  if (process.env.LM_MODE === 'run') {
    // the run of lines whose model scores add up to the most
    let sum = 0;
    let start = 0;
    let best = { first: -1, last: -1, score: 0 };
    prob.forEach((p, i) => {
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += Math.max(1, Math.log1p(wordsIn((lines[i] as BodyBlock).text))) * (2 * p - 1);
      if (sum > best.score) best = { first: start, last: i, score: sum };
    });
    if (best.first === -1) return region;
    const keep: number[] = [];
    for (let i = best.first; i <= best.last; i++) if (yes(i)) keep.push(i);
    return keep.length > 0 ? { first: keep[0] as number, last: keep[keep.length - 1] as number, keep } : region;
  }
  const keep: number[] = [];
  for (let i = region.first; i <= region.last; i++) if (yes(i)) keep.push(i);
  if (keep.length === 0) return region;
  let first = keep[0] as number;
  let last = keep[keep.length - 1] as number;
  const before: number[] = [];
  if (ABOVE)
    for (let i = first - 1, gap = 0; i >= 0 && gap <= GAP; i--) {
      if (yes(i)) {
        before.push(i);
        first = i;
        gap = 0;
      } else gap++;
    }
  if (BELOW)
    for (let i = last + 1, gap = 0; i < lines.length && gap <= GAP; i++) {
      if (yes(i)) {
        keep.push(i);
        last = i;
        gap = 0;
      } else gap++;
    }
  return { first, last, keep: [...before.reverse(), ...keep] };
}
