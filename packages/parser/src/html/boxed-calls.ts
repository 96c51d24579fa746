import { wordsIn } from '../text/count-words.js';
import { isCallToReader } from '../text/sign-off-lines.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';

/**
 * A box holding a call has at most this many blocks (a heading, the call, a button). Measured on
 * trafilatura-eval HTML half A (half B held out) and zyte-dev: 2, 3 and 5 give the same figures.
 */
const MAX_BOX_BLOCKS = 3;
/**
 * What stays of the body must weigh at least this many words, as under the sign-off's trim (`MIN_LEFT`
 * of trim-sign-off.ts), so that a page that is a call keeps it; not tuned.
 */
const MIN_LEFT = 50;

/**
 * Drops a call to the reader set in a box of its own inside the body ("Become a member and get our
 * offers!"): a run of at most MAX_BOX_BLOCKS kept blocks of one parent element, one of them a call
 * (`isCallToReader`), whose kept neighbours on both sides sit under other parents. The saved-HTML
 * sibling of the text rules' boxed calls: a sentence of the article that reports a call
 * ('"Join us on Saturday," the union said') stands among paragraphs of its own parent. Measured on
 * trafilatura-eval HTML half A (half B held out) and zyte-dev: half A fp 50 → 49 (tp unchanged), half B
 * and zyte-dev figures unchanged; five pages of all the dev pages change, each losing a box: a
 * membership call in a list, a donation box repeated through a long report, a comments box's "Join the
 * Conversation", a referral offer in a review's callout, a streaming offer in a zyte-dev article.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the boxed calls
 */
export function dropBoxedCalls(page: HtmlBlocks, keep: readonly number[]): number[] {
  const parentOf = (k: number) => {
    const i = keep[k];
    return i === undefined ? -2 : (page.parents[(page.blocks[i] as HtmlBlock).element] ?? -1);
  };
  const dropped = new Set<number>();
  for (let k = 0; k < keep.length; ) {
    const parent = parentOf(k);
    let z = k;
    while (z + 1 < keep.length && parentOf(z + 1) === parent) z++;
    const run = keep.slice(k, z + 1);
    const boxed = k > 0 && z + 1 < keep.length && parentOf(k - 1) !== parent && parentOf(z + 1) !== parent;
    if (
      boxed &&
      run.length <= MAX_BOX_BLOCKS &&
      run.some((i) => {
        const t = (page.blocks[i] as HtmlBlock).text;
        return isCallToReader(t, wordsIn(t));
      })
    )
      for (const i of run) dropped.add(i);
    k = z + 1;
  }
  if (dropped.size === 0) return [...keep];
  let left = 0;
  for (const i of keep) if (!dropped.has(i)) left += wordsIn((page.blocks[i] as HtmlBlock).text);
  return left < MIN_LEFT ? [...keep] : keep.filter((i) => !dropped.has(i));
}
