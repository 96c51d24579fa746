import { wordsIn } from '../text/count-words.js';
import { isReadOnLabel } from '../text/furniture-lines.js';
import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';

/** A teaser's title has at most this many words (a headline; a card's excerpt is longer). Not tuned. */
const MAX_TITLE_WORDS = 15;

/**
 * What stays of the body must weigh at least this many words, as under the sign-off's trim (`MIN_LEFT`
 * of trim-sign-off.ts), so that a page that is one teaser keeps it; not tuned.
 */
const MIN_LEFT = 50;

/**
 * Drops the teasers the body ends on: the body's last block, right above a "Read more" link (a read-on
 * pointer without a colon, `isReadOnLabel`, that is link text) which the body leaves out and nothing of
 * the body follows, is another page's excerpt, not the article's close; its title right above it goes
 * with it, and so does the teaser before it when a pointer closes that one too. The saved-HTML sibling
 * of the text rules' `teaserAbovePointer`, which looks for such a pointer between two lines of text. A
 * pointer that the body goes on under (a collapsed article's "Read More" button) is no teaser's close.
 * Measured on trafilatura-eval HTML half A (half B held out) and zyte-dev: half A fp 72 → 70 (tp 1366
 * unchanged; three pages change: a teaser card under an article, and two lists of teasers the
 * snippets do not name), zyte-dev unchanged (no page changes: its two "Read More" buttons have the article under them);
 * the first form, with any read-on line rather than a link, cost half B tp −1.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the teasers at their end
 */
export function dropTrailingTeasers(page: HtmlBlocks, keep: readonly number[]): number[] {
  let end = keep.length;
  for (;;) {
    const last = keep[end - 1];
    if (last === undefined) break;
    const pointer = page.blocks[last + 1];
    const label = pointer?.text.trimEnd();
    if (!pointer || !label || label.endsWith(':') || !isLinkHeavy(pointer) || !isReadOnLabel(label)) break;
    let top = end - 1;
    const over = keep[top - 1];
    if (over === last - 1 && isTitleOf(page, over, last)) top--;
    let left = 0;
    for (let k = 0; k < top && left < MIN_LEFT; k++)
      left += wordsIn((page.blocks[keep[k] as number] as HtmlBlock).text);
    if (left < MIN_LEFT) break;
    end = top;
  }
  return end === keep.length ? [...keep] : keep.slice(0, end);
}

/**
 * Whether a block is the title of the teaser under it: a heading, or a short line with no sentence's
 * end in the same element as the teaser's excerpt (a card's "teaser-title").
 */
function isTitleOf(page: HtmlBlocks, title: number, excerpt: number): boolean {
  const t = page.blocks[title] as HtmlBlock;
  if (t.heading) return true;
  const e = page.blocks[excerpt] as HtmlBlock;
  return (
    page.parents[t.element] === page.parents[e.element] &&
    wordsIn(t.text) <= MAX_TITLE_WORDS &&
    !/[.!?…:]["”’»)]?$/u.test(t.text)
  );
}
