import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { wordsOf } from './count-words.js';
import { closedBetween } from './far-join.js';
import { isShareLine } from './furniture-lines.js';
import { leadOverTeasers } from './lead-over-teasers.js';
import { leadUnderStamp } from './lead-under-stamp.js';
import { isTagLabel } from './opening-labels.js';
import { textPastWeakRun } from './past-weak-run.js';
import { isParagraphRun, patternedBox } from './patterned-box.js';
import { runEnd } from './run-end.js';

type Run = { first: number; last: number; score: number };

/**
 * A long box bridged over (or a box of one shape bridged to a last paragraph, see patternedBox): the lines
 * strictly between its two bounds, and whether all of them go (else those scoring 0 or less).
 */
export type Box = [number, number, boolean];

/**
 * A box of at most this many lines inside an article (links, captions, a list) is bridged, when the
 * text beyond it weighs at least BRIDGE_MIN words. Measured on zyte-dev and trafilatura-eval text: 12 and
 * 40 help both (+0.001, +0.008 F); 16 lines or 25–30 words help trafilatura-eval and cost zyte-dev.
 * Eighth round, half A to choose and half B to judge: 35 words gives half A tp +2, half B tp +4 (fp
 * unchanged on both), zyte-dev text unchanged (0.959), zyte-dev HTML 0.988 → 0.989, eval:unseen text
 * 0.847 → 0.848; 30 gains more on both halves (fp +1 each) but costs zyte-dev precision (0.958 → 0.957).
 */
const MAX_BRIDGE = 12;
const BRIDGE_MIN = 35;
/**
 * Text after a box whose running total the article's first half outlasts is its second half when at
 * least this share of its distinct words (of four letters or more) occur in the article so far; a site's
 * "about us", licence or newsletter text shares few. Measured on zyte-dev and trafilatura-eval text:
 * 0.5 gives +0.001 F on both; 0.3 costs zyte-dev (0.941), 0.6 gains nothing, no threshold costs both.
 */
const BRIDGE_SHARED = 0.5;
/**
 * Text after a box of at most SHORT_BOX lines (a shop's price box, a poll, a gallery's captions) that
 * weighs STRONG_AFTER or more (a few paragraphs of prose) joins the article without sharing its words:
 * an interview or a test report goes on with other words. Measured on trafilatura-eval text half A / half
 * B and zyte-dev text: 8 lines and 150 or 200 give tp +1 / +3 with fp unchanged, zyte 0.958 unchanged;
 * 10 or 12 lines leak (A fp +2, +3), 6 lines gain nothing on B, 100 costs zyte (0.957).
 */
const SHORT_BOX = 8;
const STRONG_AFTER = 150;
/**
 * Text after a box of at most SHORT_BOX lines that weighs this or more (a paragraph or two) joins the
 * article without sharing its words when no line of the box is one a site writes at an article's end
 * (a pointer such as "Most read", a comment section's label, a sign-off, a notice, a comment form's
 * heading: `closedBetween` without its calls to share, as a share bar stands inside articles too), in
 * text scrapes: a box of links, a poll or a gallery's captions inside an article holds none, and the
 * second half after it goes on with words of its own. Measured (tp/fp): half A 1354/98 unchanged (no
 * page of half A or zyte-dev changes), half B 1295/97 → 1297/97 (one page), zyte-dev text 0.976 and
 * `eval:unseen` text 0.894 unchanged; `eval:robustness --interrupted`, a box of the page's own
 * furniture: zyte-dev 0.956 → 0.959, half A 0.960 → 0.965, half B 0.956 → 0.960; another page's
 * furniture: zyte-dev 0.954 → 0.957, half A 0.953 → 0.959, half B 0.952 → 0.958; other pages'
 * headlines: A 0.942 → 0.943, B 0.942 → 0.944 (P 0.920 → 0.918). 75 leaks (A and B fp +1); without
 * the box's test 90 takes zyte-dev's "Most read" teasers (P 0.972 → 0.970); 110 changes nothing; the
 * calls to share kept as a stop give the same dev figures and less on borrowed boxes (zyte-dev 0.954).
 */
const OPEN_BOX_AFTER = 90;
/**
 * Text after a box of at most TINY_BOX lines (a "Related" label over two or three links) joins the
 * article when TINY_BOX_SHARED of its words occur in it: a closing paragraph after an inline box says
 * something new more often than a site's text says something of the article. Measured on
 * trafilatura-eval text (tp/fp): half A 1292/125 → 1295/125 (a conclusion after a test's spec box, a
 * last paragraph after related links), half B 1241/110 unchanged (no page changes), zyte-dev text
 * unchanged (0.960, no page changes); 0.3 gives the same, 6 lines half B fp +2, 2 lines nothing.
 */
const TINY_BOX = 4;
const TINY_BOX_SHARED = 0.4;

/**
 * Bridges a short box of furniture inside the article: while the next run of text starts at most
 * MAX_BRIDGE lines after the region and weighs at least BRIDGE_MIN words, it is the article's second half
 * (and likewise before it, for a lead cut off by a box). When the box costs less than the first half
 * weighs, the text after it is measured from its own first line and must share the article's words
 * (BRIDGE_SHARED), unless the box is short and the text after it strong (SHORT_BOX, STRONG_AFTER), or
 * the box has the shape of one inside the article (see {@link recurringBox}: its separator between
 * items), or the text after it weighs OPEN_BOX_AFTER and the box holds no line that ends an article
 * (text scrapes: `lengths` given), or a share bar or a tag list stands right under it (see
 * {@link closedPast}); a weaker paragraph past a box whose lines repeat one shape (see patternedBox)
 * joins over a share bar or a tag list too, and strong text past such a box of up to MAX_BRIDGE lines
 * that holds a weak line (a poll's question over its answers and their shares). The box's lines are
 * judged like any line of the body: dropping its short lines cost both dev sets (they are as often
 * subheadings as links). Before the article, a weak run inside the box (a table
 * of contents) is passed over to a lead under the page's date or byline (see {@link leadUnderStamp}).
 */
export function bridge(
  lines: readonly BodyBlock[],
  best: Run,
  runs: readonly Run[],
  scores: ArrayLike<number>,
  kinds: readonly LineKind[],
  lengths: readonly number[] | undefined,
): Box {
  // a lead under the page's stamp, looked for over a short box and over a long one: in text scrapes a
  // lighter lead, its stamp further up (see BOXED_LEAD); saved pages as they were
  const [least, gap] = lengths !== undefined ? [BOXED_LEAD, BOXED_STAMP_GAP] : [STAMPED_LEAD, undefined];
  for (const run of runs) {
    if (run.first <= best.last || run.score <= 0) continue; // a run of furniture alone is the box
    const start = textStart(run, scores);
    if (start - best.last - 1 > MAX_BRIDGE || run.score < BRIDGE_MIN) break;
    best.last = run.last;
  }
  // the article's words, of its lines when the first candidate comes, gathered only when one is weighed
  // by them (strong prose right after a short box, or a candidate after a recurring box, is not)
  let known: Set<string> | null = null;
  let knownTo = -1;
  // the first box of one shape bridged to a weak last paragraph (its lines scoring 0 or less go) or, holding
  // a weak line, to strong text (all its lines go)
  let patterned: Box | null = null;
  for (;;) {
    const start = nextText(scores, best.last);
    if (start === -1) break;
    const end = runEnd(scores, start);
    if (end.score < BRIDGE_MIN) {
      // a weak line inside a short box (a poll's question, a list item) is part of the box
      const past = textPastWeakRun(scores, best.last, end.at, SHORT_BOX, STRONG_AFTER);
      if (past !== null) {
        best.last = past.at;
        continue;
      }
      // past a longer box of lines of one shape that holds the weak line (a poll printed twice, as its
      // form and as its results: the question, its answers, their shares; see patternedBox), up to
      // MAX_BRIDGE lines, strong text is the article going on too, and the whole box goes, its question
      // with it. Measured (session 94, extract118): of 1,144 text pages 1 changes (half A: an interview
      // past its readers' poll, tp +1, and the site's licence line under the interviewee's bio, fp +1),
      // zyte-dev, half B and eval:unseen unchanged; --interrupted half A furniture 0.967 -> 0.966, that page
      // cut again by a second box; a floor of BRIDGE_MIN instead of STRONG_AFTER also took a site's "about
      // us" past a comment widget's repeated lines (half A, unscored)
      const far =
        lengths !== undefined ? textPastWeakRun(scores, best.last, end.at, MAX_BRIDGE, STRONG_AFTER) : null;
      if (far !== null && patternedBox(lines, best.last, far.start)) {
        patterned ??= [best.last, far.start, true];
        best.last = far.at;
        continue;
      }
      // the article's last paragraph (under BRIDGE_MIN) past a box of lines of one shape, up to
      // MAX_BRIDGE lines (a gallery's captions and credits, product cards: see patternedBox), over a share
      // bar or a tag list (closedPast). extract99 joined any weak run over a short box so and leaked (half
      // A fp +5, B +7: a venue's contacts, an author's links over the share bar); with the box's shape
      // and the run's paragraphs asked, no dev page changes (session 93, extract114: hash:output 2,236
      // pages, eval:unseen and --interrupted the same; fixture text-gallery-box-last-paragraph)
      if (
        lengths !== undefined &&
        start - best.last - 1 <= MAX_BRIDGE &&
        patternedBox(lines, best.last, start) &&
        isParagraphRun(kinds, start, end.at) &&
        closedPast(lines, lengths, best.last, start, end.at)
      ) {
        patterned ??= [best.last, start, false];
        best.last = end.at;
        continue;
      }
      break;
    }
    if (knownTo < 0) knownTo = best.last;
    // strong prose right after a short box is the article going on, whatever words it uses, and so is
    // a paragraph or two after a short box that says nothing of an article's end
    const strong =
      start - best.last - 1 <= SHORT_BOX &&
      (end.score >= STRONG_AFTER ||
        (lengths !== undefined &&
          end.score >= OPEN_BOX_AFTER &&
          !closedBetween({ lines, lengths }, best.last, start, false)) ||
        // or text of any weight past it when a share bar or a tag list closes it (the article's last words)
        (lengths !== undefined && closedPast(lines, lengths, best.last, start, end.at)));
    // after a box of a few lines (a "Related" label and two links) less of the text need be shared
    const share = start - best.last - 1 <= TINY_BOX ? TINY_BOX_SHARED : BRIDGE_SHARED;
    if (!strong && !recurringBox(kinds, scores, best, start)) {
      known ??= wordsOf(lines, best.first, knownTo, new Set<string>());
      if (!sharesWords(known, lines, start, end.at, share)) break;
    }
    best.last = end.at;
  }
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r] as Run;
    if (run.last >= best.first || run.score <= 0) continue;
    if (best.first - run.last - 1 > MAX_BRIDGE) break;
    if (run.score < BRIDGE_MIN) {
      // a weak run inside the box (a table of contents, a list): the lead beyond it is looked for
      const lead = leadUnderStamp(lines, runs.slice(0, r + 1), best.first, scores, MAX_BRIDGE, least, gap);
      if (lead) best.first = lead[0];
      break;
    }
    const start = textStart(run, scores);
    best.first = start;
  }
  const box: Box = [...bridgeBack(lines, best, runs, scores), false];
  // a box of one shape bridged to a last paragraph is left out whole, as a long box is: a gallery's
  // counters and a shop's ratings would be kept as any short line of the body (no dev page changes)
  if (box[0] === -1 && patterned !== null) [box[0], box[1], box[2]] = patterned;
  // a lead under the page's stamp over a long box (a shop's card, an advertisement): the whole box goes.
  // Measured on trafilatura-eval text: half A 1288/125 -> 1291/125, half B 1241/114 -> 1242/114, zyte-dev
  // text unchanged; keeping the box's positive lines (teasers) gains one more on half A. In text scrapes
  // the lead is as light as over a short box (BOXED_LEAD, BOXED_STAMP_GAP): a one-sentence lead under its
  // date line over a long "Most read" box (session 82, extract102: half A 1371/129/84 -> 1372/128/84, half
  // B 1304/147/93 -> 1305/146/93, zyte-dev and eval:unseen text unchanged; it also takes in a ticker's
  // teaser under a header's date line 48 lines above one article, unscored)
  if (box[0] === -1) {
    const before = runs.filter((r) => r.last < best.first);
    const lead = leadUnderStamp(lines, before, best.first, scores, BACK_GAP, least, gap);
    if (lead && best.first - lead[1] - 1 > MAX_BRIDGE) {
      [box[0], box[1], box[2]] = [lead[1], best.first, true];
      best.first = lead[0];
    }
  }
  // a lead over a box of teasers ("Most read", "Related" with their counts and times): the box goes
  if (box[0] === -1 && lengths !== undefined) {
    const lead = leadOverTeasers(lines, lengths, runs, best.first, scores, BACK_GAP, TEASED_LEAD);
    if (lead) {
      [box[0], box[1], box[2]] = [lead[1], best.first, true];
      best.first = lead[0];
    }
  }
  return box;
}

/**
 * A share bar's or a tag list's line (see isShareLine, isTagLabel) within this many lines under a run of
 * text past a short box that holds no line closing an article says the article ends past the run, and
 * the run (BRIDGE_MIN to OPEN_BOX_AFTER words, sharing few of the article's words) is its last
 * paragraphs. Measured (session 81): no dev page changes (hash:output, 2,236 pages), `eval:unseen` text
 * 0.896 unchanged; `--interrupted` changes 18 cut pages, all for the better (3 lines: 6, 5 lines: 13),
 * half B furniture 0.961 → 0.962, borrowed 0.960 → 0.961. Any closing line under the run (a "Next
 * post" pointer, a comment count) joined a writer's bio past its box on two half-A pages, and a call to
 * sign up (isSiteCallLine) an event page's "register" cards.
 */
const CLOSED_PAST = 8;

/**
 * Whether the text `start`..`end` past the box under `last` is the article's end: the box holds no line
 * that closes an article (see closedBetween, without its calls to share) and a share bar's or a tag
 * list's line stands within CLOSED_PAST lines under the text.
 * @param lines the non-empty lines
 * @param lengths their lengths in words
 * @param last the body's last line above the box
 * @param start the text's first line past the box
 * @param end the text's last line
 */
function closedPast(
  lines: readonly BodyBlock[],
  lengths: readonly number[],
  last: number,
  start: number,
  end: number,
): boolean {
  if (closedBetween({ lines, lengths }, last, start, false)) return false;
  for (let i = end + 1; i < Math.min(lines.length, end + CLOSED_PAST + 1); i++) {
    const text = (lines[i] as BodyBlock).text;
    if (isShareLine(text, lengths[i]) || isTagLabel(text, lengths[i])) return true;
  }
  return false;
}

/**
 * A lead under the page's date or byline weighs at least this (one sentence of 20 words), and may be
 * the weak run itself. Measured on trafilatura-eval text against BRIDGE_MIN and the runs beyond the weak
 * one only (half A 1282/125, half B 1236/113, tp/fp): 10 gives A 1288/125, B 1241/114, zyte-dev text
 * unchanged (no page changes), eval:unseen text 0.848 unchanged; 20 gives B 1239/114; 5 costs zyte-dev
 * precision (0.958 → 0.957).
 */
const STAMPED_LEAD = 10;
/**
 * In text scrapes, a lead right over a short box (a weak run at most MAX_BRIDGE lines above the article,
 * which the bridge does not take) under the page's stamp weighs at least BOXED_LEAD (a sentence of 10 to
 * 15 words), its stamp at most BOXED_STAMP_GAP lines above its text (share buttons and a photo credit
 * between). Measured (session 82, against STAMPED_LEAD and STAMP_GAP's 10 and 3; hash:output 18 text
 * pages change, no HTML): trafilatura-eval text half A 1369/131/83 → 1371/129/84 (tp/fn/fp), half B
 * 1302/149/93 → 1304/147/93, zyte-dev text 0.980 unchanged (P 0.980 → 0.979: a dek under its stamp,
 * R 0.979 → 0.981), `eval:unseen` text 0.896 → 0.897; `--interrupted` zyte-dev 0.967 / 0.976 / 0.976 →
 * 0.969 / 0.977 / 0.978, half A 0.966 → 0.967 and 0.964 → 0.965. 3 gives half B fp +2; 7 gains the cut
 * pages next to nothing; a gap of 5 gives the same as 4, and either alone with 10 next to nothing. Over
 * a long box too, in `bridge`'s lead under the stamp (extract102, measured there).
 */
const BOXED_LEAD = 5;
const BOXED_STAMP_GAP = 4;

/**
 * A lead over a box of teasers (see {@link leadOverTeasers}) weighs at least this (a paragraph, not a
 * dek's sentence). Measured on trafilatura-eval text (tp/fp): 20 gives half A 1354/98 → 1355/98 (a lead
 * over a "related" list whose times read as stamps), half B 1297/96 → 1298/96, zyte-dev text 0.978
 * unchanged (no page changes); 9 takes two deks over "most read" lists too, A 1356/99 and B unchanged.
 */
const TEASED_LEAD = 20;

/**
 * A lead cut off by a long box (an advertisement, a product card, a table of contents) is at most this
 * many lines above the article, weighs at least BACK_MIN and shares BRIDGE_SHARED of its words with it.
 * Measured on zyte-dev and trafilatura-eval text: 50 lines and 60 give trafilatura-eval 0.869 → 0.870
 * (tp +9, fp +1) and zyte 0.954 (unchanged); 40 words takes in deks (zyte 0.953: its answers leave them
 * out); a share of 0.3 gains tp +11 for fp +3.
 */
const BACK_GAP = 50;
const BACK_MIN = 60;

/**
 * Bridges back over a long box above the article: the nearest run of text at least BACK_MIN strong that
 * ends at most BACK_GAP lines above it becomes its start when half its words occur in the article, or
 * when it weighs STRONG_AFTER or more (measured on trafilatura-eval text: half A tp +4, fp +1, half B
 * unchanged, zyte-dev text and HTML unchanged; 250 gives A tp +3). Weak
 * runs inside the box (a price, a "log in" sentence) are part of the box, not a reason to stop.
 * @returns the bounds of a box longer than MAX_BRIDGE lines that was bridged (the lines strictly between
 * them whose score is not positive are left out of the body: so long a box is not the article's
 * subheadings), or [-1, -1]
 */
function bridgeBack(
  lines: readonly BodyBlock[],
  best: Run,
  runs: readonly Run[],
  scores: ArrayLike<number>,
): [number, number] {
  // the article's words, of its lines when the first candidate comes, gathered only when a candidate is
  // weighed by them (one of STRONG_AFTER or more is not)
  let known: Set<string> | null = null;
  let knownFrom = -1;
  const box: [number, number] = [-1, -1];
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r] as Run;
    if (run.last >= best.first || run.score <= 0) continue;
    if (best.first - run.last - 1 > BACK_GAP) break;
    if (run.score < BACK_MIN) continue;
    const start = textStart(run, scores);
    if (knownFrom < 0) knownFrom = best.first;
    // a lead of a few paragraphs above an advertisement is the article's, whatever words it uses
    if (run.score < STRONG_AFTER) {
      known ??= wordsOf(lines, knownFrom, best.last, new Set<string>());
      if (!sharesWords(known, lines, start, run.last)) break;
    }
    if (best.first - run.last - 1 > MAX_BRIDGE) [box[0], box[1]] = [run.last, best.first];
    best.first = start;
  }
  return box;
}

/**
 * Whether lines `from`..`to` share `share` of their distinct words with the article's, which then
 * take them in.
 * @param known the article's words so far (extended when the lines share enough)
 * @param share the least share (BRIDGE_SHARED unless said)
 */
function sharesWords(
  known: Set<string>,
  lines: readonly BodyBlock[],
  from: number,
  to: number,
  share = BRIDGE_SHARED,
): boolean {
  const words = wordsOf(lines, from, to, new Set<string>());
  let hits = 0;
  for (const w of words) if (known.has(w)) hits++;
  if (hits < share * words.size) return false;
  for (const w of words) known.add(w);
  return true;
}

/** Where a run's text starts: its first line with a positive score (its last line when none has one). */
function textStart(run: Run, scores: ArrayLike<number>): number {
  let start = run.first;
  while (start < run.last && (scores[start] as number) <= 0) start++;
  return start;
}

/** The first line with a positive score at most MAX_BRIDGE lines after line `from`, or -1. */
function nextText(scores: ArrayLike<number>, from: number): number {
  for (let j = from + 1; j < scores.length && j - from - 1 <= MAX_BRIDGE; j++)
    if ((scores[j] as number) > 0) return j;
  return -1;
}

/**
 * Fewer lines than this in a box are not taken for the article's own separator (see recurringBox).
 * Measured on trafilatura-eval text (tp/fp): half A 1333/100 → 1335/100 (a page of letters, each under
 * its writer, town and a headline of two lines), half B 1270/96 unchanged, zyte-dev text unchanged (no
 * page changes); 2 lines gives the same figures, and is left for a page that shows it.
 */
const MIN_RECURRING = 3;

/**
 * Whether the box between the body's last line and line `start` has the shape (the same kinds, line
 * for line) of a box inside the body between two lines of text: the article's own separator between
 * its items (a letter's writer, town and headline), so the text after it is its next item.
 */
function recurringBox(
  kinds: readonly LineKind[],
  scores: ArrayLike<number>,
  best: Run,
  start: number,
): boolean {
  const n = start - best.last - 1;
  if (n < MIN_RECURRING) return false;
  const shape = kinds.slice(best.last + 1, start).join();
  for (let i = best.first + 1; i + n < best.last; i++) {
    if ((scores[i - 1] as number) <= 0 || (scores[i + n] as number) <= 0) continue;
    if (kinds.slice(i, i + n).join() === shape) return true;
  }
  return false;
}
