// The hand scores of a page's lines that selectBody sums, with the labels they leave neutral.
import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { interleavedLabels } from './interleaved-labels.js';
import { numberedSteps } from './numbered-steps.js';
import { scoreLines } from './score-lines.js';

/**
 * The hand scores of a page's lines (see {@link scoreLines}) that {@link selectBody} sums, with the
 * labels they leave neutral: labels an article repeats between its items (text scrapes only: HTML's
 * elements hold the items apart, see {@link interleavedLabels}) and labels that number its steps (see
 * {@link numberedSteps}), in either. Exported for bench tools (`train:lines`).
 * @param lines the non-empty lines
 * @param kinds their kinds, from classifyLines
 * @param lengths their lengths in words, when known
 * @param scrape whether the lines are a text scrape's
 * @returns the scores, the neutral labels (steps among them) and the step labels
 */
export function handScores(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  lengths: readonly number[] | undefined,
  scrape: boolean,
): { labels: Set<number>; steps: Set<number>; scores: Float64Array } {
  const labels =
    scrape && lengths !== undefined ? interleavedLabels(lines, kinds, lengths) : new Set<number>();
  const steps = numberedSteps(lines, kinds);
  for (const i of steps) labels.add(i);
  return { labels, steps, scores: scoreLines(lines, kinds, lengths, labels) };
}
