import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { lineFeatures } from './line-features.js';
import { type LineModel, predictLine } from './line-model.js';
import { scoreLines } from './score-lines.js';
import type { BodyRegion } from './select-body.js';

/** A line the model gives at least this probability of being article text is kept. */
const KEEP_AT = 0.5;

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
  const features = lineFeatures(lines, kinds, scoreLines(lines, kinds), region);
  const keep: number[] = [];
  features.forEach((x, i) => {
    if (predictLine(model, x) >= KEEP_AT) keep.push(i);
  });
  if (keep.length === 0) return region;
  return { first: keep[0] as number, last: keep[keep.length - 1] as number, keep };
}
