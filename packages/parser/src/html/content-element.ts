import { wordsIn } from '../text/count-words.js';
import { isFurnitureLine } from '../text/furniture-lines.js';
import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';
import { isInside } from './find-container.js';

/**
 * Class and id words that content management systems give the element holding a post's or an
 * article's body (WordPress's "entry-content", "post-content", "article-body", "story-body", schema.org's
 * `articleBody`), rather than a layout's "content" wrapper.
 */
const BODY_NAME =
  /(^|[\s_])(entry|post|article|story)[-_]?(content|body|text)([\s_]|$)|(^|\s)articlebody(\s|$)/;

/**
 * The element a page names as its article's body: the one whose class or id names a post's body (see
 * BODY_NAME) and holds the most text that is not link-heavy.
 * @param page the page's blocks and block elements
 * @returns the element's index, or -1 when no element is so named
 */
function namedBodyElement(page: HtmlBlocks): number {
  const chars = new Map<number, number>();
  for (const b of page.blocks) {
    if (isLinkHeavy(b)) continue;
    for (let e = b.element; e >= 0; e = page.parents[e] ?? -1)
      if (BODY_NAME.test(page.names[e] ?? '')) chars.set(e, (chars.get(e) ?? 0) + b.text.length);
  }
  let best = -1;
  for (const [e, n] of chars) if (best < 0 || n > (chars.get(best) ?? 0)) best = e;
  return best;
}

/**
 * The text of the element a page names as its article's body, when the page has one: the blocks of
 * the element whose class or id names a post's body (see BODY_NAME) and holds the most text, less its
 * link-heavy blocks, one-word lines and furniture lines (calls, credits, pointers).
 * @param page the page's blocks and block elements
 * @returns the blocks, in order (empty when no element is so named)
 */
export function namedBodyBlocks(page: HtmlBlocks): HtmlBlock[] {
  const best = namedBodyElement(page);
  if (best < 0) return [];
  return page.blocks.filter((b) => isInside(page, b.element, best) && isBodyText(b));
}

/** Whether a block of the named body is text of it: not link-heavy, two words or more, no furniture line. */
function isBodyText(b: HtmlBlock): boolean {
  const words = wordsIn(b.text);
  return !isLinkHeavy(b) && words >= 2 && !isFurnitureLine(b.text, words);
}

/**
 * Words of the named body's own text above the body found, from which on they are the post's opening
 * rather than a dek or a notice: the line rules took a later run of a long post (a reposted article
 * inside it outweighing its own start). Measured on trafilatura-eval HTML half A (half B held out) and
 * zyte-dev: such text above the body holds at most 88 words on zyte-dev (3 pages over 40, none of it in
 * their answers: a publisher's notice, a related headline) and 41 to 56 on 6 pages of half A (a dek, a
 * related line); over 200 on two: a blog post's first half (1,343 words, 2 snippets gained, none of the
 * furniture's) and a results page whose short body the named body replaces anyway. Any bar from 90 to
 * 760 words gives the same on half A and zyte-dev; at 200, half B tp 1327 → 1328 (one page), fp
 * unchanged; `eval:unseen` unchanged.
 */
const NAMED_ABOVE_WORDS = 200;

/**
 * The named body's text above the body found, when the body lies in the element the page names as its
 * post's body and that text holds NAMED_ABOVE_WORDS words or more (see there); else nothing.
 * @param page the page's blocks and block elements
 * @param body the body found, in order
 * @returns the blocks to put before the body, in order
 */
export function namedBodyAbove(page: HtmlBlocks, body: readonly HtmlBlock[]): HtmlBlock[] {
  const first = body[0];
  if (!first) return [];
  // the named element holds the body, so one of its first block's elements must be named so: most pages
  // are left at this look, before the whole page is read
  let namedAbove = false;
  for (let e = first.element; e >= 0 && !namedAbove; e = page.parents[e] ?? -1)
    namedAbove = BODY_NAME.test(page.names[e] ?? '');
  if (!namedAbove) return [];
  const named = namedBodyElement(page);
  if (named < 0 || !body.every((b) => isInside(page, b.element, named))) return [];
  const start = page.blocks.indexOf(first);
  if (start < 0) return [];
  const above = page.blocks.slice(0, start).filter((b) => isInside(page, b.element, named) && isBodyText(b));
  let words = 0;
  for (const b of above) words += wordsIn(b.text);
  return words >= NAMED_ABOVE_WORDS ? above : [];
}
