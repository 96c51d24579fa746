import { wordsIn } from '../text/count-words.js';
import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';
import { isInside } from './find-container.js';

/**
 * A thread has at least this many items with the same link line: one reply button is a list's own link.
 * Not tuned.
 */
const MIN_ITEMS = 2;
/** A reply button is at most this many words ("Reply", "Reply to this"). Not tuned. */
const BUTTON_WORDS = 3;
/**
 * The article above a thread weighs at least this many words, as above a named comment section
 * (`MIN_ARTICLE` of comment-sections.ts): a forum's page is its thread.
 */
const MIN_ARTICLE = 50;
/** A thread's heading opens on its count ("12 replies to …", "3 comments"). */
const COUNT_FIRST = /^\d+\s+\p{L}/u;

/**
 * Drops a thread of comments the body ran on into, whatever its class names: a heading that opens on a
 * count ("12 replies to “…”") right over a list whose items, MIN_ITEMS or more, each hold a short link
 * line of the same text (a reply button, BUTTON_WORDS words at most), once MIN_ARTICLE words of the body
 * stand before the heading. The heading and every block of the list go. A site's class names
 * ("comments", "comment-list") prune such a thread; without them its heading read as the article's
 * last subheading and its replies as its paragraphs. Measured on trafilatura-eval HTML (half B not
 * read) and zyte-dev: no dev page changes as saved; with `--blind`, half A fp 69 → 68 (a heading over
 * its thread), half B and zyte-dev unchanged.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the thread
 */
export function dropReplyThreads(page: HtmlBlocks, keep: readonly number[]): number[] {
  const { blocks, tags, parents } = page;
  let words = 0;
  for (const [k, h] of keep.entries()) {
    const heading = blocks[h] as HtmlBlock;
    if (heading.heading && COUNT_FIRST.test(heading.text) && words >= MIN_ARTICLE) {
      const list = listAfter(page, h);
      if (list >= 0 && isThread(page, list)) {
        const rest = keep.slice(k + 1).filter((i) => !isInside(page, (blocks[i] as HtmlBlock).element, list));
        return [...keep.slice(0, k), ...rest];
      }
    }
    words += wordsIn(heading.text);
  }
  return [...keep];

  /** The outermost list (`ol`, `ul`) the block after `h` sits in that does not hold `h`, else -1. */
  function listAfter(p: HtmlBlocks, h: number): number {
    const next = p.blocks[h + 1];
    const over = (p.blocks[h] as HtmlBlock).element;
    let list = -1;
    for (let e = next?.element ?? -1; e >= 0 && !isInside(p, over, e); e = parents[e] ?? -1)
      if (tags[e] === 'ol' || tags[e] === 'ul') list = e;
    return list;
  }
}

/** Whether a list's items, MIN_ITEMS or more, each hold a short link line of one text (see BUTTON_WORDS). */
function isThread(page: HtmlBlocks, list: number): boolean {
  const items = new Map<string, Set<number>>();
  for (const b of page.blocks) {
    if (!isLinkHeavy(b) || wordsIn(b.text) > BUTTON_WORDS || !isInside(page, b.element, list)) continue;
    const item = itemOf(page, b.element, list);
    if (item < 0) continue;
    const key = b.text.toLowerCase();
    const set = items.get(key) ?? new Set<number>();
    set.add(item);
    items.set(key, set);
  }
  return [...items.values()].some((set) => set.size >= MIN_ITEMS);
}

/** The item of `list` (its child `li`) that element `e` sits in, -1 when none. */
function itemOf(page: HtmlBlocks, e: number, list: number): number {
  for (let x = e; x >= 0; x = page.parents[x] ?? -1) if (page.parents[x] === list) return x;
  return -1;
}
