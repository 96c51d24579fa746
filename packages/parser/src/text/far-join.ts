import type { BodyBlock } from '../extraction.js';
import { shapeOf } from './classify-lines.js';
import { isCommentForm } from './comment-lines.js';
import { isClosingFurniture, isSiteCallLine } from './furniture-lines.js';
import {
  JOIN_FEATURES,
  type JoinCandidate,
  type JoinPage,
  joinFeatures,
  nextCandidate,
} from './join-features.js';
import { joinModel } from './join-model.js';
import { isNoticeLine } from './notice-lines.js';
import { isSignOffLine } from './sign-off-lines.js';

/**
 * A run after the body is a join point when it weighs at least this (a paragraph of 20 words). Measured
 * by the model's leave-one-page-out log loss on its training points (zyte-dev and half A): 20 gives 47
 * points (9 joins), loss 0.365 against the base rate's 0.487; 35 (the bridge's BRIDGE_MIN) 28 points,
 * 0.616 against 0.47 (no better than the base rate; measured with a 16th feature, the shared words).
 * Judged after: 35 half B tp +2, zyte-dev unchanged, `eval:unseen` 0.889 (P 0.937, R 0.845); 20 half B
 * tp +5 fp +1, zyte-dev 0.970, unseen 0.889 (P 0.927, R 0.855).
 */
export const JOIN_CANDIDATE_MIN = 20;

/**
 * The model is asked only where its training points stand: a box of at most this many times the body's
 * weight in words. The training points' largest share is 4.8 (a results list of 157 lines past a
 * report's first half); a one-sentence post over its blog's archive of 160 months weighs 9, and the
 * model, which never saw so light a body under so long a box, joined the blog's "about" text past it
 * (fixture `text-byline-far-above`). No figure of any set moves between 5 and 50.
 */
const BOX_OVER_BODY = 6;

/**
 * A site's call to share, follow, subscribe or sign in within this many lines under the body says the
 * article ended there (see {@link closedBetween}). Read on half A's and zyte-dev's join points: within
 * 1 line 6 of half A's refusals hold one, within 3 lines 7, within 5 lines 9 (a share bar under the
 * source and author lines), and no join at any reach up to 5; at 8 two of zyte-dev's
 * refusals go too, and the model fitted without them joins a wrong run on half B.
 */
export const SITE_CALL_REACH = 5;
const BOX_WORDS = JOIN_FEATURES.indexOf('boxWords');
const BODY_SCORE = JOIN_FEATURES.indexOf('bodyScore');

/** A join point: the run after the body, the body's last line above its box, and the features the model reads. */
export interface JoinPoint {
  cand: JoinCandidate;
  /** The body's last line before the run joins (the box is the lines strictly between). */
  last: number;
  x: number[];
}

/**
 * Walks the join points after the body `first`..`last`: the next run of text weighing
 * JOIN_CANDIDATE_MIN or more, then, when `visit` joins it, the next one after it. A box holding a line
 * a site writes at an article's end (see {@link closedBetween}) ends the walk, asked only when `visit`
 * would join (the phrase lists are read for the few runs that pass); so does a box heavier than
 * BOX_OVER_BODY times the body.
 * @param page the page's lines, kinds, lengths and scores
 * @param first the body's first line
 * @param last the body's last line
 * @param visit says whether the point's run joins the body
 * @returns the body's new last line
 */
export function joinPointsOf(
  page: JoinPage,
  first: number,
  last: number,
  visit: (point: JoinPoint) => boolean,
): number {
  let cand = nextCandidate(page.scores, last, JOIN_CANDIDATE_MIN);
  if (cand === null) return last;
  // the positive scores' sum after the body's end, less those up to each candidate's end
  let after = 0;
  for (let j = last + 1; j < page.scores.length; j++) after += Math.max(0, page.scores[j] as number);
  let counted = last;
  while (cand !== null) {
    for (; counted < cand.last; counted++) after -= Math.max(0, page.scores[counted + 1] as number);
    const x = joinFeatures(page, first, last, cand, after);
    // (both features are log1p of a count: compared as counts)
    if (Math.expm1(x[BOX_WORDS] as number) > BOX_OVER_BODY * Math.expm1(x[BODY_SCORE] as number)) break;
    if (!visit({ cand, last, x }) || closedBetween(page, last, cand.first)) break;
    last = cand.last;
    cand = nextCandidate(page.scores, last, JOIN_CANDIDATE_MIN);
  }
  return last;
}

/**
 * Whether a line strictly between `last` and `start` is one a site writes at an article's end (a
 * pointer, a comment section's label, a post's footer, a sign-off, a notice, a comment form's heading:
 * strongestAfter's stop), or, within SITE_CALL_REACH lines under the body, a call to share, follow,
 * subscribe or sign in (a share bar closing the post): no run past it joins, and it is no training point.
 * @param page the page's lines and lengths
 * @param last the body's last line
 * @param start the run's first line
 * @param siteCalls false to leave the calls out (`selectBody`'s bridge: a share bar stands inside
 *   articles too)
 */
export function closedBetween(
  page: Pick<JoinPage, 'lines' | 'lengths'>,
  last: number,
  start: number,
  siteCalls = true,
): boolean {
  for (let i = last + 1; i < start; i++) {
    const text = (page.lines[i] as BodyBlock).text;
    const words = page.lengths[i] as number;
    if (
      isClosingFurniture(text, words) ||
      isSignOffLine(text, words) ||
      isNoticeLine(shapeOf(text), words) ||
      isCommentForm(text, words) ||
      (siteCalls && i - last <= SITE_CALL_REACH && isSiteCallLine(text, words))
    )
      return true;
  }
  return false;
}

/**
 * The model's logit for a point: its features times the weights.
 * @param w the weights, in the order of JOIN_FEATURES
 * @param x the features
 */
export function joinLogit(w: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += (x[k] as number) * (w[k] ?? 0);
  return s;
}

/**
 * Joins to the body the runs of text past a box that the learned model (`data/join-model.json`, see
 * {@link joinModel}) takes for the article's second half, in order, stopping at the first it refuses.
 * @param page the page's lines, kinds, lengths and scores
 * @param first the body's first line
 * @param last the body's last line
 * @returns the body's new last line
 * @throws {TypeError} when the shipped model does not weigh the join features (see checkJoinModel)
 */
export function farJoin(page: JoinPage, first: number, last: number): number {
  const { weights } = joinModel();
  return joinPointsOf(page, first, last, (p) => joinLogit(weights, p.x) > 0);
}
