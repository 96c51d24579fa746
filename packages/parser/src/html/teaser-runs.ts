import { wordsIn } from '../text/count-words.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { commonElement } from './find-container.js';
import { isLinkedHeadline } from './linked-headline.js';
import { shapeKeys } from './shape-keys.js';

/**
 * A run has at least this many cards: one linked line over a paragraph may be the article's. Measured on
 * trafilatura-eval HTML with `--blind` (half B not read) and zyte-dev: half A fp 68 → 65 (one related
 * list of ten cards), tp unchanged; half B, zyte-dev unchanged; saved, one half-A page's "more news"
 * blurbs go, no figure moves.
 */
const MIN_CARDS = 2;
/** The link covers at least this share of the headline's text (a linked headline, not a linked name). */
const TITLE_LINK_SHARE = 0.9;
/** A card's blurb is at most this many blocks (an excerpt, a date line) under its headline. Not tuned. */
const MAX_BLURB_BLOCKS = 2;
/** A card's blurb holds at most this many words. Not tuned. */
const MAX_BLURB_WORDS = 80;
/** The body before the run weighs at least this many words: an article with cards under it. Not tuned. */
const MIN_ARTICLE = 100;

/**
 * Drops a run of teaser cards the body ends on when the line rules took their blurbs in as paragraphs:
 * MIN_CARDS cards or more, each a link line covering a headline (`isLinkedHeadline`'s
 * words; the body may have kept it or left it out), right over the blurb the body kept (up to MAX_BLURB_BLOCKS blocks of
 * MAX_BLURB_WORDS words: an excerpt, a date), each card in an element of its own and all of one shape
 * (tag among its siblings: `shapeKeys`), after MIN_ARTICLE words of the body. A related list
 * ("<li><a>Headline</a><br><small>blurb</small></li>") reads as short paragraphs once no class word
 * names it; `teaserListItems` looks only after the last block the line rules selected, and
 * `dropCardExcerpts` only under headings. Only the body's tail is read, card by card from its end,
 * past the blocks of a form the body ends on (a comment form, dropped with every form's blocks). A
 * heading right over the run's first headline is its label and goes with it.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the run of cards at their end
 */
export function dropTeaserRuns(page: HtmlBlocks, keep: readonly number[]): number[] {
  const { blocks } = page;
  const keyOf = shapeKeys(page);
  const elements = new Set<number>();
  let shape: string | null = null;
  // (a form's blocks the body ends on go later, with every form's: the cards stand before them)
  let end = keep.length;
  while (end > 0 && page.forms[(blocks[keep[end - 1] as number] as HtmlBlock).element]) end--;
  let s = end;
  let top = -1; // the run's first headline
  for (;;) {
    // the card's blurb: the kept blocks right under a linked headline, up to MAX_BLURB_BLOCKS of them
    let t = s - 1;
    let words = 0;
    let title = -1;
    for (; t >= 0 && s - t <= MAX_BLURB_BLOCKS; t--) {
      const i = keep[t] as number;
      const b = blocks[i] as HtmlBlock;
      if ((t < s - 1 && i + 1 !== keep[t + 1]) || b.heading || isLinkedHeadline(b, TITLE_LINK_SHARE)) break;
      words += wordsIn(b.text);
      if (isLinkedHeadline(blocks[i - 1], TITLE_LINK_SHARE)) {
        title = i - 1;
        break;
      }
    }
    if (title < 0 || words > MAX_BLURB_WORDS) break;
    const card = commonElement(
      page,
      (blocks[title] as HtmlBlock).element,
      (blocks[title + 1] as HtmlBlock).element,
    );
    const key = keyOf(card);
    if ((shape !== null && key !== shape) || elements.has(card)) break;
    // (its headline, when the body kept it too)
    if (keep[t - 1] === title) t--;
    shape = key;
    top = title;
    elements.add(card);
    s = t;
  }
  if (elements.size < MIN_CARDS) return [...keep];
  // and the run's label, a heading right over its first headline ("Related articles")
  const over = keep[s - 1];
  if (over !== undefined && over + 1 === top && (blocks[over] as HtmlBlock).heading) s--;
  let article = 0;
  for (let k = 0; k < s && article < MIN_ARTICLE; k++)
    article += wordsIn((blocks[keep[k] as number] as HtmlBlock).text);
  return article < MIN_ARTICLE ? [...keep] : [...keep.slice(0, s), ...keep.slice(end)];
}
