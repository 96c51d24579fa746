import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { mayHoldNumber } from './may-hold-number.js';
import { runEnd } from './run-end.js';

/**
 * The features of a join point read by the learned join (see `far-join.ts`), in the order of the
 * weights in `data/join-model.json`. All are language-neutral: lengths, kinds, shares, positions.
 */
export const JOIN_FEATURES = [
  'bias',
  'boxLines',
  'boxWords',
  'boxShort',
  'boxRepeated',
  'boxDigits',
  'boxItems',
  'candScore',
  'candLines',
  'candProse',
  'candWordsPerLine',
  'bodyScore',
  'ratio',
  'tail',
  'textAfter',
] as const;

/** A run of text after the body that may join it: its first and best last line and its score. */
export interface JoinCandidate {
  first: number;
  last: number;
  score: number;
}

/** What the features of a page read, gathered once. */
export interface JoinPage {
  lines: readonly BodyBlock[];
  kinds: readonly LineKind[];
  lengths: readonly number[];
  scores: ArrayLike<number>;
}

/**
 * The next run of text after line `from` weighing at least `min`: weaker runs on the way are part of
 * the box between (a list item, a caption's sentence).
 * @param scores the lines' scores
 * @param from the body's last line
 * @param min the least score of a candidate
 * @returns the candidate, or null when no such run follows
 */
export function nextCandidate(scores: ArrayLike<number>, from: number, min: number): JoinCandidate | null {
  for (let j = from + 1; j < scores.length; j++) {
    if ((scores[j] as number) <= 0) continue;
    const end = runEnd(scores, j);
    if (end.score >= min) return { first: j, last: end.at, score: end.score };
    j = end.at;
  }
  return null;
}

const DIGIT = /\p{N}/u;

/**
 * The features of joining `cand` to the body `first`..`last`, in the order of {@link JOIN_FEATURES}.
 * @param page the page's lines, kinds, lengths and scores
 * @param first the body's first line
 * @param last the body's last line
 * @param cand the run after the body
 * @param after the score of the text after the candidate (its positive lines' sum)
 */
export function joinFeatures(
  page: JoinPage,
  first: number,
  last: number,
  cand: JoinCandidate,
  after: number,
): number[] {
  const { lines, kinds, lengths, scores } = page;
  let boxWords = 0;
  let short = 0;
  let repeated = 0;
  let digits = 0;
  let items = 0;
  const boxLines = cand.first - last - 1;
  for (let j = last + 1; j < cand.first; j++) {
    const kind = kinds[j];
    boxWords += lengths[j] as number;
    if (kind === 'short' || kind === 'caption') short++;
    if (kind === 'repeated') repeated++;
    if (kind === 'item' || kind === 'row' || kind === 'clause') items++;
    const text = (lines[j] as BodyBlock).text;
    // the Unicode class only where a number may stand (most lines hold none)
    if (mayHoldNumber(text) && DIGIT.test(text)) digits++;
  }
  let candWords = 0;
  let prose = 0;
  for (let j = cand.first; j <= cand.last; j++) {
    candWords += lengths[j] as number;
    if (kinds[j] === 'prose') prose++;
  }
  let bodyScore = 0;
  for (let j = first; j <= last; j++) if ((scores[j] as number) > 0) bodyScore += scores[j] as number;
  const candLines = cand.last - cand.first + 1;
  const share = (n: number) => (boxLines > 0 ? n / boxLines : 0);
  return [
    1,
    Math.log1p(boxLines),
    Math.log1p(boxWords),
    share(short),
    share(repeated),
    share(digits),
    share(items),
    Math.log1p(cand.score),
    Math.log1p(candLines),
    prose / candLines,
    Math.log1p(candWords / candLines),
    Math.log1p(bodyScore),
    Math.log((cand.score + 1) / (bodyScore + 1)),
    (lines.length - 1 - cand.last) / lines.length,
    Math.log1p(after),
  ];
}
