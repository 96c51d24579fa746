import type { BodyBlock } from '../extraction.js';
import { isBylineLine } from './byline-lines.js';
import { isStamp } from './lead-under-stamp.js';

type Run = { first: number; last: number; score: number };

/**
 * The article's text starts within this many lines under its byline (a date, share buttons and a
 * reading time stand between).
 */
const BYLINE_GAP = 8;
/**
 * A run under the byline at least this strong (one sentence of text) and at least BYLINE_SHARE of the best
 * run is the article, though a later run outweighs it (a donation call, a cookie banner, a bio or a
 * teaser list after a short article). Measured on zyte-dev and trafilatura-eval text: trafilatura-eval
 * 0.875 → 0.876 (tp +9, fp +1 on three pages; recall 0.844 → 0.848), zyte-dev 0.957 unchanged, with any share from 0.05 to 0.3 and any gap
 * from 4 to 12: what limits it is how few pages set their byline on a line of its own.
 */
const BYLINE_MIN = 10;
const BYLINE_SHARE = 0.2;

/**
 * The article of a short page whose best run is something else: the run that starts right under the
 * page's first byline line ("By Jane Doe", "Von Jane Doe"; see {@link isBylineLine}), when it comes before
 * the best run and is strong enough; else the best run itself.
 * @param lines the non-empty lines
 * @param scores their scores
 * @param runs the runs of positive running score, in order
 * @param best the run chosen so far
 * @param top the best run's score
 * @param stamps whether a stamp (a date line, see {@link isStamp}) anchors as a byline line does (text
 *   scrapes: the caller tells the post's rest from a bio or a blurb)
 */
export function afterByline(
  lines: readonly BodyBlock[],
  scores: ArrayLike<number>,
  runs: readonly Run[],
  best: Run,
  top: number,
  stamps = false,
): Run {
  // most pages have no strong enough run before the chosen one: nothing to look for then
  const min = Math.max(BYLINE_MIN, top * BYLINE_SHARE);
  if (!runs.some((r) => r.last < best.first && r.score >= min)) return best;
  let byline = -1;
  // the page's first byline, however far above the best run: a sign-up form's list of countries or a
  // blog's archive may stand between the article and the block that outweighs it. Looked for within
  // 200 lines only before (text22): on trafilatura-eval text half A 1327/108 (tp/fp) and zyte-dev text
  // 0.963 unchanged (no page of either changes), half B 1253/104 → 1256/104 (one page: a short
  // post over a membership form), eval:unseen text 0.857 unchanged
  for (let i = 0; i < best.first && byline === -1; i++)
    if (
      (lines[i] as BodyBlock).text.length <= 80 &&
      (isBylineLine((lines[i] as BodyBlock).text) || (stamps && isStamp((lines[i] as BodyBlock).text)))
    )
      byline = i;
  if (byline === -1) return best;
  let start = byline + 1;
  while (start < best.first && (scores[start] as number) <= 0) start++;
  if (start - byline > BYLINE_GAP) return best;
  const run = runs.find((r) => r.first <= start && start <= r.last);
  return run !== undefined && run !== best && run.score >= min ? run : best;
}
