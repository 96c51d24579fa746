import { wordsIn } from '../text/count-words.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { enclosingTag, isInside } from './find-container.js';

/**
 * The body's last block weighs fewer than this many words to be a stray line. Measured on
 * trafilatura-eval HTML half A (half B held out) and zyte-dev with a probe over the built steps: such
 * last lines after a gap held 0 `with` and 7 `without` snippets on 38 half A pages, and none of
 * zyte-dev's 4 was in its answer; one block of 25 to 60 words already held 7 `with` snippets against 1
 * (a closing paragraph after a caption or an inline teaser).
 */
const MAX_TAIL_WORDS = 25;

/**
 * What stays of the body must weigh at least this many words, as under the sign-off's trim (`MIN_LEFT`
 * of trim-sign-off.ts) and the trailing teasers; not tuned.
 */
const MIN_LEFT = 50;

/**
 * Drops the body's stray last line: the one block the body ends on, standing alone after blocks the
 * body left out (a caption or credit, a share box, an author box, a "read also" link), when it weighs
 * fewer than 25 words, is the site's, not the article's — a call to follow under a separator, a
 * pointer to more in the site's guide, a category or "updated" line, a rating, a magazine's pitch. An
 * article's close after such a box is a paragraph, and weighs more. Only one block: the first form, all
 * the blocks after the last gap weighing fewer than 25 words together, took a venue's name, address
 * and hours from under an event's photo (zyte-dev R 0.993 → 0.990) and cost half B tp −10.
 * Measured on trafilatura-eval HTML half A (half B held out): half A fp 70 → 63 (tp 1366 unchanged),
 * half B tp 1308 → 1306, fp 85 → 81, zyte-dev P 0.995 → 0.996 (F 0.994 unchanged).
 * A last block in the numbered list (`ol`) the block before it sits in is that list's last item, not a
 * stray line (a method's last step, after its number set as a block of its own): blind half A tp 1404 →
 * 1405, half B and zyte-dev unchanged; with any list (`ul` too), half B fp 93 → 94.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the stray last line
 */
export function dropStrayTail(page: HtmlBlocks, keep: readonly number[]): number[] {
  const tail = keep.length - 1;
  if (tail < 1 || keep[tail - 1] === (keep[tail] as number) - 1) return [...keep];
  const last = page.blocks[keep[tail] as number] as HtmlBlock;
  if (wordsIn(last.text) >= MAX_TAIL_WORDS) return [...keep];
  const list = enclosingTag(page, last.element, 'ol');
  if (list >= 0 && isInside(page, (page.blocks[keep[tail - 1] as number] as HtmlBlock).element, list))
    return [...keep];
  let left = 0;
  for (let k = 0; k < tail && left < MIN_LEFT; k++)
    left += wordsIn((page.blocks[keep[k] as number] as HtmlBlock).text);
  return left < MIN_LEFT ? [...keep] : keep.slice(0, tail);
}
