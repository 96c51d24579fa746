import type { BodyBlock } from '../extraction.js';
import { afterByline } from './after-byline.js';
import { beforeCommentForm, endBeforeCommentForm } from './before-comment-form.js';
import type { BodyRegion, BodyTrace, Run } from './body-region.js';
import { bridge } from './bridge-box.js';
import type { LineKind } from './classify-lines.js';
import { closingList } from './closing-list.js';
import { closingSource } from './closing-source.js';
import { threadStart } from './comment-thread.js';
import { contentsTail } from './contents-tail.js';
import { wordsIn } from './count-words.js';
import { embeddedPostEnd } from './embedded-post.js';
import { endBeforeTags } from './end-before-tags.js';
import { factsRowsTail } from './facts-rows.js';
import { farJoin } from './far-join.js';
import { handScores } from './hand-scores.js';
import { interleavedLabels } from './interleaved-labels.js';
import { introducedTail } from './introduced-tail.js';
import { keptLines } from './kept-lines.js';
import { isStamp } from './lead-under-stamp.js';
import { linkBoxLines } from './link-box.js';
import { inMenu } from './menu-blurb.js';
import { numberedSteps } from './numbered-steps.js';
import { postUnderStamp } from './post-under-stamp.js';
import { recipeAbove, recipeCard } from './recipe-card.js';
import { restOfPost } from './rest-of-post.js';
import { scoreLines } from './score-lines.js';
import { strongestAfter } from './strongest-after.js';
import { tailToEnd } from './tail-to-end.js';
import { teaserLines } from './teaser-links.js';
import { trimBio } from './trim-bio.js';
import { trimDisclosure } from './trim-disclosure.js';
import { trimSignOff } from './trim-sign-off.js';
import { trimTrail } from './trim-trail.js';
import { weakPostEnd } from './weak-post.js';

/**
 * An earlier run at least this share of the best one's score (and at least FIRST_MIN words) wins: the
 * article comes before its comments and teasers (measured on zyte-dev text). extract143 lowered them
 * from 0.35 and 60 for a short article over a longer block (a bio, a sign-up box, another story past a
 * long box: issue 17's wrong block). Text scrapes (tp/fn/fp), 0.35/60 → 0.3/40: half A 1386/114/80 →
 * 1390/110/81, half B 1306/145/91 → 1311/140/92, zyte-dev text 0.981 unchanged, `eval:unseen` text
 * 0.897 → 0.907; 0.35/40 gave half A 1389/111/80, half B unchanged, unseen 0.906; 0.25/40 half A fp
 * +3, unseen 0.909; a floor of 30 costs zyte-dev (0.964: a header's blurb over the article). The gain
 * is the short first run joined to the stronger one past its box (strongestAfter, below): keeping the
 * old floor for that join gave half A 1386/114/77, half B 1303/148/91, unseen 0.897.
 */
const FIRST_SHARE = 0.3;
const FIRST_MIN = 40;
/**
 * Saved HTML keeps the floor of before extract143: 0.3 / 40 there gave trafilatura-eval HTML half A
 * 1406/94/44 -> 1404/96/44, half B 1335/116/71 -> 1336/115/72, zyte-dev HTML 0.995 unchanged.
 */
const HTML_FIRST_SHARE = 0.35;
const HTML_FIRST_MIN = 60;

/**
 * A comment thread is looked for after this many words of the article (a one-sentence post keeps its
 * own stamp). Measured on trafilatura-eval text (tp/fp): half A 1292/125 unchanged (one page's thread
 * of comments, which its snippets do not name, left out), half B 1242/112 → 1241/110, zyte-dev text
 * unchanged (0.960); 8 and 60 words give the same.
 */
const THREAD_AFTER = 20;

/**
 * Picks the article out of a page's lines: the run of lines whose scores (see {@link scoreLines}) add up
 * to the most, found in one pass (the maximum-sum run), then drops the labels inside it. Labels that
 * number an article's steps (see {@link numberedSteps}) are neither for nor against the body in both
 * formats; labels repeated between its items (see {@link interleavedLabels}) in text scrapes only.
 * @param lines the non-empty lines
 * @param kinds their kinds, from {@link classifyLines}
 * @param options `linkBoxes: false` (saved HTML, whose elements have already told boxes and comments
 *   apart) keeps link boxes (see {@link linkBoxLines}) and teasers under pointer labels (see
 *   {@link teaserLines}) inside the body and looks for no thread of comment headers (see
 *   {@link threadStart}): on `eval:unseen` those two looks changed 4 of 93 HTML pages, 0.919 → 0.915;
 *   `words`, the lines' lengths in words ({@link wordsIn}) when the caller has them; `join: false`
 *   leaves out the learned join (see {@link farJoin}: its trainer reads the body before it)
 * @returns the region, or null when no line speaks for being article text (or none of those is kept)
 */
export function selectBody(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  options: { linkBoxes?: boolean; words?: readonly number[]; trace?: BodyTrace; join?: boolean } = {},
): BodyRegion | null {
  const trace = options.trace;
  // text scrapes' lengths in words, counted here when the caller (a bench tool) has not
  const lengths =
    options.words ?? (options.linkBoxes !== false ? lines.map((l) => wordsIn(l.text)) : undefined);
  const { labels, steps, scores } = handScores(lines, kinds, lengths, options.linkBoxes !== false);
  // Each run of lines whose running score stays above zero, at its best end.
  const runs: { first: number; last: number; score: number }[] = [];
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      runs.push({ first: i, last: i, score: 0 });
    }
    sum += scores[i] as number;
    const run = runs[runs.length - 1] as { first: number; last: number; score: number };
    if (sum > run.score) {
      run.score = sum;
      run.last = i;
    }
  }
  const top = topScore(runs);
  // the page's strongest run, the first of that score
  const topRun = runs.find((r) => r.score === top);
  if (trace) Object.assign(trace, { runs, scores, top: topRun ?? null });
  if (top <= 0) return null;
  // Comments and teasers follow the article: of the runs nearly as strong as the best, the first wins,
  // unless it stands inside a menu (a mega-menu's blurb above the article)
  const shareAndFloor: [number, number] =
    options.linkBoxes !== false ? [FIRST_SHARE, FIRST_MIN] : [HTML_FIRST_SHARE, HTML_FIRST_MIN];
  // the first run reaching a floor (the share of the best run's score, or `min` words) outside a menu
  const firstOver = (share: number, min: number) => {
    const floor = Math.min(top, Math.max(top * share, min));
    return runs.find((r) => r.score >= floor && (r.score >= top || !inMenu(kinds, r.first, r.last)));
  };
  const first = firstOver(...shareAndFloor) as Run;
  const scrape = options.linkBoxes !== false;
  // the run the stricter floor (saved HTML's) takes, when the lower one takes an earlier run: the region
  // taken from it, when the body joins it and a date line or byline stands over it (none over the body),
  // tells where the readers of the headline and the date look (see BodyRegion.head). Taken again on copies of the runs (the steps below move their bounds), only
  // on a page whose first run the two floors tell apart (half A: 9 of 502 pages)
  const strictMin = Math.min(top, Math.max(top * HTML_FIRST_SHARE, HTML_FIRST_MIN));
  const strict = scrape && first.score < strictMin ? firstOver(HTML_FIRST_SHARE, HTML_FIRST_MIN) : undefined;
  let strictFirst: number | undefined;
  if (strict !== undefined && strict !== first && topRun !== undefined) {
    const copies = runs.map((r) => ({ ...r }));
    strictFirst = regionFrom(
      copies,
      copies[runs.indexOf(strict)] as Run,
      copies[runs.indexOf(topRun)] as Run,
      undefined,
    )?.first;
  }
  const region = regionFrom(runs, first, topRun, trace);
  if (
    region !== null &&
    strictFirst !== undefined &&
    strictFirst > region.first &&
    strictFirst <= region.last &&
    stampOver(lines, strictFirst) &&
    !stampOver(lines, region.first)
  )
    region.head = strictFirst;
  return region;

  /**
   * The region taken from a first run: the steps after the first run's choice, which move the runs'
   * bounds in place.
   * @param runs the page's runs (or copies of them)
   * @param first the first strong run, one of `runs`
   * @param topRun the strongest run, one of `runs`
   * @param trace where the steps are noted, if anywhere
   */
  function regionFrom(
    runs: Run[],
    first: Run,
    topRun: Run | undefined,
    trace: BodyTrace | undefined,
  ): BodyRegion | null {
    const note = (step: string, first: number, last: number) => trace?.steps.push({ step, first, last });
    note('first strong run', first.first, first.last);
    let byline = afterByline(lines, scores, runs, first, top);
    // a post under the page's first stamp (a date line, see isStamp) outweighed by other text further down
    // (a sidebar's film synopsis, another entry): the post, unless the stronger run is its rest — then the
    // rest joins when no closing line stands between (see strongestAfter), else the steps below (the lead
    // bridged back over the box between) hold as before. Measured on text scrapes (tp/fp): half A 1365/83 →
    // 1369/83, half B 1300/93 → 1302/93, zyte-dev text 0.980 and HTML unchanged
    let restJoins = false;
    if (scrape && byline === first && topRun !== undefined) {
      const stamped = afterByline(lines, scores, runs, first, top, true);
      if (stamped !== first && topRun.first > stamped.last) {
        const joins = strongestAfter(lines, stamped.last, topRun, lengths) !== stamped.last;
        if (!restOfPost(lines, stamped, topRun, joins)) byline = stamped;
        else if (joins) {
          byline = stamped;
          restJoins = true;
        }
      }
    }
    note('afterByline', byline.first, byline.last);
    const best = beforeCommentForm(lines, runs, byline, scrape, lengths);
    note('beforeCommentForm', best.first, best.last);
    while (best.first < best.last && (scores[best.first] as number) <= 0) best.first++;
    note('leading furniture', best.first, best.last);
    const box = bridge(lines, best, runs, scores, kinds, scrape ? lengths : undefined);
    note('bridge', best.first, best.last);
    // the first strong run was taken over the strongest: the strongest, just past a box, is its second half
    // (unless the box is a recipe card's head, whose ingredients and method are taken in below)
    if (restJoins && best === byline) best.last = (topRun as Run).last;
    if (scrape && best === first && first.score < top) {
      const joined = strongestAfter(lines, best.last, topRun as Run, lengths);
      if (joined !== best.last && !(lengths && recipeCard(lines, scores, lengths, best.last)))
        best.last = joined;
    }
    note('strongestAfter', best.first, best.last);
    // runs of text past a box that the learned join takes for the article's second half (the box's lines
    // are judged as any line of the body is: dropping those scoring ≤ 0, as a long box bridged back is,
    // cost zyte-dev text 0.970 → 0.966 and half A tp −5, fp −2, half B tp −1, fp −1, `eval:unseen` 0.889
    // → 0.888: a meal plan's meals, a results list's rows are the article's)
    if (scrape && lengths !== undefined && options.join !== false)
      best.last = farJoin({ lines, kinds, lengths, scores }, best.first, best.last);
    note('farJoin', best.first, best.last);
    best.last = endBeforeCommentForm(lines, best, lengths);
    note('endBeforeCommentForm', best.first, best.last);
    // a post's tag list under the article ("Tags: …", "Filed under"), and the blog's lines after it
    if (scrape) best.last = endBeforeTags(lines, best.first, best.last, lengths);
    note('endBeforeTags', best.first, best.last);
    // a thread of readers' comments under the article, each headed by a name, a date and a time
    const thread = scrape ? threadStart(lines, best.first, best.last, THREAD_AFTER, lengths) : -1;
    if (thread !== -1) best.last = thread - 1;
    note('threadStart', best.first, best.last);
    best.last = trimSignOff(lines, kinds, best.first, best.last, lengths);
    note('trimSignOff', best.first, best.last);
    best.last = trimBio(lines, kinds, best.first, best.last);
    note('trimBio', best.first, best.last);
    best.last = trimSignOff(lines, kinds, best.first, best.last, lengths);
    note('trimSignOff', best.first, best.last);
    best.last = closingList(lines, kinds, best.last);
    note('closingList', best.first, best.last);
    // a list under a line ending in a colon that the body's end cut: its short items are the article's
    if (scrape && lengths !== undefined)
      best.last = introducedTail(lines, kinds, lengths, best.first, best.last);
    note('introducedTail', best.first, best.last);
    // the article's last sections past a light box, which the page's contents list names after its own
    // headings (extract129: of 2,236 dev pages 2 change, half A tp +1; zyte-dev, half B, eval:unseen the same)
    if (scrape && lengths !== undefined)
      best.last = contentsTail(lines, kinds, lengths, best.first, best.last);
    note('contentsTail', best.first, best.last);
    // the site's disclosure of its earnings from what it recommends, over the article
    if (scrape) best.first = trimDisclosure(lines, kinds, best.first, best.last, lengths);
    note('trimDisclosure', best.first, best.last);
    // the site's breadcrumb trail under its label ("You are here:"), over the headline
    if (scrape) best.first = trimTrail(lines, kinds, best.first, best.last, lengths);
    note('trimTrail', best.first, best.last);
    // a post the article embeds to close (its text and its "— Name (@handle) date" line)
    if (scrape) best.last = embeddedPostEnd(lines, best.last);
    note('embeddedPostEnd', best.first, best.last);
    // a recipe card under the article: its ingredients and method join it, its ratings and times do not
    const card = scrape && lengths !== undefined ? recipeCard(lines, scores, lengths, best.last) : null;
    const cardFrom = best.last;
    if (card) {
      // the site's sign-off or the writer's bio under the card (not under the post above it) goes
      best.last = trimSignOff(lines, kinds, card.method, card.end, lengths);
      best.last = trimBio(lines, kinds, card.method, best.last);
    }
    // a recipe card over the method the body was taken from: its ingredients, and the post above it, join
    const above = scrape && lengths !== undefined ? recipeAbove(lines, scores, lengths, best.first) : null;
    if (above) best.first = above.intro[0] === -1 ? above.ingredients : above.intro[0];
    note('recipe card', best.first, best.last);
    // a short post of one line of text and its list: the list, up to the post's closing line
    if (scrape && !card && !above) best.last = weakPostEnd(lines, kinds, scores, best.first, best.last);
    note('weakPost', best.first, best.last);
    // a post of short lines under the page's stamp, outweighed by a lone line past its close
    const post =
      scrape && lengths !== undefined && !card && !above && box[0] === -1
        ? postUnderStamp(lines, kinds, scores, lengths, best.first, best.last)
        : null;
    if (post) [best.first, best.last] = post;
    note('postUnderStamp', best.first, best.last);
    // the article's fact boxes under its end ("Label: value" rows: a test's marks, a product's data), past a
    // heading or a verdict's few lines (extract133: half A tp +6; half B, zyte-dev and eval:unseen the same)
    if (scrape && lengths !== undefined)
      best.last = factsRowsTail(lines, kinds, lengths, best.first, best.last);
    note('factsRows', best.first, best.last);
    // the few short lines an article pasted alone ends with (an event's name, its dates, an address):
    // kept whole, as tailToEnd found none of them furniture (a link box's test would take them for one)
    const tail =
      scrape && lengths !== undefined ? tailToEnd(lines, kinds, lengths, best.first, best.last) : best.last;
    note('tailToEnd', best.first, tail);
    const region = keptLines(
      lines,
      kinds,
      lengths,
      scores,
      best,
      box,
      card,
      cardFrom,
      above,
      labels,
      steps,
      scrape,
      trace,
    );
    if (region !== null && tail > region.last) {
      for (let i = region.last + 1; i <= tail; i++) region.keep.push(i);
      region.last = tail;
    }
    // the note naming where the article comes from ("Aus: <book>", "Adapted from …"), and the writer's name over it
    const source = scrape && region !== null ? closingSource(lines, kinds, region.last) : -1;
    if (region !== null && source !== -1) {
      for (let i = region.last + 1; i <= source; i++) region.keep.push(i);
      region.last = source;
    }
    return region;
  }
}

/** How many lines over a run its date line or byline may stand (see {@link stampOver}). */
const HEAD_STAMP_LINES = 6;

/**
 * Tells whether a date line or a byline (see {@link isStamp}) stands at most HEAD_STAMP_LINES lines over
 * a line: the head of an article over its text.
 * @param lines the non-empty lines
 * @param at the line
 */
function stampOver(lines: readonly BodyBlock[], at: number): boolean {
  for (let i = Math.max(0, at - HEAD_STAMP_LINES); i < at; i++)
    if (isStamp((lines[i] as BodyBlock).text)) return true;
  return false;
}

/**
 * The best score of the runs, 0 when none is above it: `Math.max(0, ...runs.map((r) => r.score))`
 * without the two copies of the runs' scores (9 MB a pass, issue 17). A run's score is never NaN nor
 * below 0 (it is written only when the sum rises above it), so a loop gives the same number.
 */
export function topScore(runs: readonly Run[]): number {
  let top = 0;
  for (const run of runs) if (run.score > top) top = run.score;
  return top;
}
