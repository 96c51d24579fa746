import { wordsIn } from '../text/count-words.js';
import { type HtmlBlock, type HtmlBlocks, namesFurniture } from './collect-blocks.js';

/** A class or id word naming a reader's comment or the comment section ("comments", "comment-wrapper"). */
const COMMENT = /(^|[\s_-])(comments?|kommentare?)([\s_-]|$)/;

/**
 * Whether an element's class, id and role words name a reader's comment or the comment section.
 * @param words the element's lower-cased class, id and role words
 * @returns true for "comments", "kb-comment", "kommentare" named as furniture
 */
export function namesComments(words: string): boolean {
  return COMMENT.test(words) && namesFurniture(words);
}

/**
 * The article above a comment section weighs at least this many words: a post, not a headline or a
 * byline over a thread that is the page's text (a forum's). Measured on trafilatura-eval and zyte-dev
 * HTML: 1 and 150 change the same 3 pages as 50; 300 leaves one post's thread in (its post is shorter).
 */
const MIN_ARTICLE = 50;

/**
 * Drops a comment section the body ran on into: the blocks that sit in an element named as comments
 * (`namesFurniture` and a comment word), once MIN_ARTICLE words of the body stand before them outside
 * such elements. The collector skips such an element, but reads it when it holds most of the page's
 * text (a layout wrapper by its size) or is an `<article>` (a thread of `article.comment` items): a
 * thread longer than the post it follows was then read as the article going on. Blocks outside such
 * elements stay, wherever they stand (a first form cut the body at the thread's first block: the same
 * pages change, but a comment box inside an article would have cut it).
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the comment section's
 */
export function dropCommentSection(page: HtmlBlocks, keep: readonly number[]): number[] {
  const named = new Map<number, boolean>();
  const inComments = (e: number): boolean => {
    const path: number[] = [];
    let found = false;
    for (let x = e; x >= 0; x = page.parents[x] ?? -1) {
      const known = named.get(x);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(x);
      const words = page.names[x] ?? '';
      if (namesComments(words)) {
        found = true;
        break;
      }
    }
    for (const x of path) named.set(x, found);
    return found;
  };
  let words = 0;
  return keep.filter((i) => {
    const b = page.blocks[i] as HtmlBlock;
    if (!inComments(b.element)) words += wordsIn(b.text);
    else if (words >= MIN_ARTICLE) return false;
    return true;
  });
}
