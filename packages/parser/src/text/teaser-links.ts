import type { BodyBlock } from '../extraction.js';
import type { classifyLines, LineKind } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { isPointerLabel } from './furniture-lines.js';
import type { linkBoxLines } from './link-box.js';

/** The headlines under a pointer label are looked for among this many lines. */
const MAX_TEASERS = 6;
/**
 * A teaser's headline is at most this many words; a longer line is text. Measured on trafilatura-eval text
 * (tp/fp): 15 → 20 takes two news sites' long headlines under "Veja também:" and "Lee también…" (16 and 18
 * words), half A 1341/99 → 1341/97, half B 1273/94 and zyte-dev text 0.964 unchanged, eval:unseen text
 * 0.877 → 0.878; 16 takes one of the two, 25 to 40 give the figures of 20.
 */
const MAX_TEASER_WORDS = 20;

/**
 * Finds the headlines of teasers under a pointer label inside a body ("Related articles", "Lesen Sie
 * auch:", "Don't miss" over one or two headlines): the lines without a sentence's end (unpunctuated
 * clauses, short lines, see {@link classifyLines}) right under the label, up to the first line of
 * text. Such a line alone between two paragraphs is as often a subheading, and stays; under a pointer
 * it links to another page. The link boxes of three furniture lines or more are {@link linkBoxLines}'s;
 * these are the shorter ones, and those whose headlines read as clauses. Measured on trafilatura-eval
 * text and zyte-dev text: half A unchanged (1292/125, tp/fp), half B fp 113 → 112 (clauses alone:
 * 113), zyte-dev 0.959 (P 0.958) → 0.960 (P 0.960; with "don't miss" among the related phrases);
 * taking short sentences under the label too drops an article's own sentence after a one-line box
 * (zyte-dev recall −0.002), so a sentence ends the look, unless it ends as a link's headline (a tag in
 * brackets, a word cut off: {@link isLinkHeadline}). Headlines read as neutral items go too: those
 * under a label ending in a colon ("Read more:", see markIntroducedLists) and those in sentence case
 * (see markShortLists); measured with markIntroducedLists' furniture-line rule (see there).
 * @param lines the non-empty lines
 * @param kinds their kinds
 * @param first the body's first line
 * @param last the body's last line
 * @param words the lines' lengths in words, when the caller has them
 * @returns the indices of the headlines to leave out of the body
 */
export function teaserLines(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  first: number,
  last: number,
  words?: readonly number[],
): Set<number> {
  const count = (i: number) => words?.[i] ?? wordsIn((lines[i] as BodyBlock).text);
  const out = new Set<number>();
  for (let j = first; j <= last; j++) {
    // a label is a short line, never prose: most lines are passed over without a phrase test
    if (kinds[j] === 'prose' || !isPointerLabel((lines[j] as BodyBlock).text, count(j))) continue;
    for (let k = j + 1; k <= last && k - j <= MAX_TEASERS; k++) {
      const kind = kinds[k];
      if (kind === 'prose' || count(k) > MAX_TEASER_WORDS) break;
      if (kind === 'row') break; // the article goes on
      // a sentence is the article's, unless it reads as a link's headline (see isLinkHeadline)
      if (kind === 'sentence' && !isLinkHeadline((lines[k] as BodyBlock).text)) break;
      if (
        kind === 'clause' ||
        kind === 'short' ||
        kind === 'repeated' ||
        kind === 'item' ||
        kind === 'sentence'
      )
        out.add(k);
    }
  }
  return out;
}

// made once, outside the function: a pattern with \p{…} outside a class is rebuilt at each call in the bundle
const LINK_HEADLINE_END = /(?:\[\p{Lu}[\p{Lu} ]*\]|\p{L}(?:\.\.\.|…))$/u;

/**
 * Whether a line the classifier read as a sentence ends as a link's headline does and an article's
 * sentence does not: with a tag in capitals in square brackets ("… outbreak [VIDEO]") or cut off
 * inside a word ("… as Hurri..."). Under a pointer label such a line is a teaser. Measured on zyte-dev text
 * (one site's two pages, "Don't miss" boxes inside its articles): 0.964 (P 0.966, R 0.961) → 0.965 (P
 * 0.969, R 0.962; the tag alone 0.965, P 0.968; the cut alone 0.964, P 0.967); trafilatura-eval half A
 * 1341/96, half B 1273/94 and eval:unseen text 0.8775 unchanged. Any line ending in "]" took a
 * Wikipedia list item's reference mark ("[3]") under "See also" (eval:unseen recall −0.001 on its page),
 * and any sentence an article's own (eval:unseen 0.878 → 0.877).
 * @param text a line
 */
function isLinkHeadline(text: string): boolean {
  return LINK_HEADLINE_END.test(text.trimEnd());
}
