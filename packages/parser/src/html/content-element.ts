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
 * The text of the element a page names as its article's body, when the page has one: the blocks of
 * the element whose class or id names a post's body (see BODY_NAME) and holds the most text, less its
 * link-heavy blocks, one-word lines and furniture lines (calls, credits, pointers).
 * @param page the page's blocks and block elements
 * @returns the blocks, in order (empty when no element is so named)
 */
export function namedBodyBlocks(page: HtmlBlocks): HtmlBlock[] {
  const chars = new Map<number, number>();
  for (const b of page.blocks) {
    if (isLinkHeavy(b)) continue;
    for (let e = b.element; e >= 0; e = page.parents[e] ?? -1)
      if (BODY_NAME.test(page.names[e] ?? '')) chars.set(e, (chars.get(e) ?? 0) + b.text.length);
  }
  let best = -1;
  for (const [e, n] of chars) if (best < 0 || n > (chars.get(best) ?? 0)) best = e;
  if (best < 0) return [];
  return page.blocks.filter((b) => {
    const words = wordsIn(b.text);
    return (
      isInside(page, b.element, best) && !isLinkHeavy(b) && words >= 2 && !isFurnitureLine(b.text, words)
    );
  });
}
