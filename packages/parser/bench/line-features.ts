// The features of a line of a text scrape for a learned line model (`train:lines`, see
// train-line-model.ts): what the parser computes anyway (the line's kind, length and ending, where it
// stands, the hand scores around it, and, when given, the body region the rules chose and the words the
// line shares with it). A bench tool only: the linescore56 experiment found no use of such a model in
// selectBody that gained on the sets it was not trained on.
import type { BodyBlock } from '../src/extraction.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { endsLikeSentence } from '../src/text/line-ends.js';

/**
 * The features a line of a text scrape is weighed by (see {@link lineFeatures}), in the order of a
 * line model's weights: its kind, its length, its ending, where it stands, and what the hand scores
 * (see scoreLines) say of it and of its neighbours.
 */
export const LINE_FEATURES = [
  'bias',
  'prose',
  'sentence',
  'clause',
  'row',
  'item',
  'short',
  'repeated',
  'caption',
  'log words',
  'ends like a sentence',
  'position',
  'hand score for',
  'hand score against',
  'hand scores of 5 lines above',
  'hand scores of 5 lines under',
  'hand scores of 20 lines above',
  'hand scores of 20 lines under',
  'text above',
  'text under',
  'run of its kind',
  'distance to prose',
  'digit share',
  'characters per word',
  'kept by the rules',
  'in the region',
  'lines above the region',
  'lines under the region',
  'words shared with the body',
  'words of the body',
] as const;

const DIMS = LINE_FEATURES.length;
const KIND_AT: Record<LineKind, number> = {
  prose: 1,
  sentence: 2,
  clause: 3,
  row: 4,
  item: 5,
  short: 6,
  repeated: 7,
  caption: 8,
};
/** Neighbours this far away count in the near windows; NEAR_WINDOW * 4 in the far ones. */
const NEAR_WINDOW = 5;
const FAR_WINDOW = 20;
/** A prose line farther than this counts as this far. */
const MAX_DISTANCE = 20;

const LONG_WORD = /\p{L}{4,}/gu;

/** A sum's size on a log scale, with its sign. */
function signedLog(x: number): number {
  return x >= 0 ? Math.log1p(x) : -Math.log1p(-x);
}

const isText = (k: LineKind | undefined) => k === 'prose' || k === 'sentence';

/**
 * Each line's features, {@link LINE_FEATURES} in order, row after row in one array (no array per line).
 * The region's features (the last six) stay 0 when no region is given.
 * @param lines the non-empty lines
 * @param kinds their kinds (classifyLines)
 * @param words their lengths in words (wordsIn)
 * @param hand their hand scores (scoreLines)
 * @param region the body region the rules chose (selectBody), or null
 * @returns `lines.length * LINE_FEATURES.length` numbers
 */
export function lineFeatures(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
  hand: ArrayLike<number>,
  region: { first: number; last: number; keep: readonly number[] } | null,
): Float64Array {
  const n = lines.length;
  const x = new Float64Array(n * DIMS);
  // prefix sums of the hand scores, for the windows
  const sums = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) sums[i + 1] = (sums[i] as number) + (hand[i] as number);
  const window = (from: number, to: number) =>
    (sums[Math.min(n, Math.max(0, to))] as number) - (sums[Math.min(n, Math.max(0, from))] as number);
  // the distance to the nearest prose line, forward then backward
  const distance = new Float64Array(n).fill(MAX_DISTANCE);
  let last = -MAX_DISTANCE - 1;
  for (let i = 0; i < n; i++) {
    if (kinds[i] === 'prose') last = i;
    distance[i] = Math.min(MAX_DISTANCE, i - last);
  }
  last = n + MAX_DISTANCE + 1;
  for (let i = n - 1; i >= 0; i--) {
    if (kinds[i] === 'prose') last = i;
    distance[i] = Math.min(distance[i] as number, last - i);
  }
  // the length of the run of lines of one kind each line stands in
  const run = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && kinds[j + 1] === kinds[i]) j++;
    for (let k = i; k <= j; k++) run[k] = j - i + 1;
    i = j + 1;
  }
  for (let i = 0; i < n; i++) {
    const o = i * DIMS;
    const text = (lines[i] as BodyBlock).text;
    const w = words[i] as number;
    const h = hand[i] as number;
    let digits = 0;
    for (let c = 0; c < text.length; c++) {
      const code = text.charCodeAt(c);
      if (code >= 48 && code <= 57) digits++;
    }
    x[o] = 1;
    x[o + (KIND_AT[kinds[i] as LineKind] ?? 6)] = 1;
    x[o + 9] = Math.log1p(w);
    x[o + 10] = endsLikeSentence(text) ? 1 : 0;
    x[o + 11] = n > 1 ? i / (n - 1) : 0;
    x[o + 12] = h > 0 ? Math.log1p(h) : 0;
    x[o + 13] = h < 0 ? Math.log1p(-h) : 0;
    x[o + 14] = signedLog(window(i - NEAR_WINDOW, i));
    x[o + 15] = signedLog(window(i + 1, i + 1 + NEAR_WINDOW));
    x[o + 16] = signedLog(window(i - FAR_WINDOW, i));
    x[o + 17] = signedLog(window(i + 1, i + 1 + FAR_WINDOW));
    x[o + 18] = isText(kinds[i - 1]) ? 1 : 0;
    x[o + 19] = isText(kinds[i + 1]) ? 1 : 0;
    x[o + 20] = Math.log1p(run[i] as number);
    x[o + 21] = (distance[i] as number) / MAX_DISTANCE;
    x[o + 22] = text.length > 0 ? digits / text.length : 0;
    x[o + 23] = Math.log1p(text.length / Math.max(1, w));
    if (region === null) continue;
    x[o + 25] = i >= region.first && i <= region.last ? 1 : 0;
    x[o + 26] = i < region.first ? Math.log1p(region.first - i) : 0;
    x[o + 27] = i > region.last ? Math.log1p(i - region.last) : 0;
  }
  if (region === null) return x;
  // the words (of four letters or more) of the kept lines, each counted once a line
  const body = new Map<string, number>();
  let bodyWords = 0;
  for (const i of region.keep) {
    x[i * DIMS + 24] = 1;
    bodyWords += words[i] as number;
    for (const word of new Set<string>((lines[i] as BodyBlock).text.toLowerCase().match(LONG_WORD)))
      body.set(word, (body.get(word) ?? 0) + 1);
  }
  const kept = new Set(region.keep);
  for (let i = 0; i < n; i++) {
    const o = i * DIMS;
    x[o + 29] = Math.log1p(bodyWords);
    const own = new Set<string>((lines[i] as BodyBlock).text.toLowerCase().match(LONG_WORD));
    if (own.size === 0) continue;
    // a kept line's own words are not the body's evidence for it
    const least = kept.has(i) ? 2 : 1;
    let shared = 0;
    for (const word of own) if ((body.get(word) ?? 0) >= least) shared++;
    x[o + 28] = shared / own.size;
  }
  return x;
}

/**
 * A line's logit under a model's weights: its features times them.
 * @param weights one weight per feature of {@link LINE_FEATURES}
 * @param x the lines' features, from {@link lineFeatures}
 * @param i the line
 */
export function lineLogit(weights: readonly number[], x: Float64Array, i: number): number {
  let s = 0;
  for (let d = 0; d < DIMS; d++) s += (x[i * DIMS + d] as number) * (weights[d] as number);
  return s;
}
