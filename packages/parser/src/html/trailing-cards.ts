import { wordsIn } from '../text/count-words.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { shapeKeys } from './shape-keys.js';

/** A stream has at least this many cards: two items side by side may be an article's own pair. Not tuned. */
const MIN_ITEMS = 3;
/**
 * A card holds at most this many words on average (a kicker, a headline and a blurb), not an article's
 * section. Measured on trafilatura-eval and zyte-dev HTML: 40 to 150 change the same 2 pages.
 */
const ITEM_WORDS = 80;
/**
 * A card's first line (its kicker or headline) has at most this many words. Measured there: 15 and 20
 * change the same 2 pages, 8 one of them.
 */
const TITLE_WORDS = 15;
/**
 * The body before the cards weighs at least this many words: an article with cards under it, not a
 * page of cards. Measured there: 100 and 300 change the same 2 pages.
 */
const MIN_ARTICLE = 100;

/**
 * Drops a stream of teaser cards the body ends on: the body's last blocks, each in one of MIN_ITEMS
 * sibling elements or more of one shape (tag and class words, numbers aside), each card holding two
 * kept blocks or more, the first a headline's length (TITLE_WORDS), ITEM_WORDS words a card on
 * average, after MIN_ARTICLE words of the body and a block the body left out (the stream's label,
 * "More from the editors", or a box). The article's element takes such cards in when it holds them
 * (an `<article>` whose "recommended" cards of kicker, headline and dated blurb link by script). The
 * left-out block is what tells cards under the article from its own items: without it, a recipe's
 * numbered steps and a loan page's questions were taken for cards.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the trailing cards
 */
export function dropTrailingCards(page: HtmlBlocks, keep: readonly number[]): number[] {
  if (keep.length < MIN_ITEMS * 2 + 1) return [...keep];
  const keyOf = shapeKeys(page);
  // the card the last block sits in: its innermost element with MIN_ITEMS siblings of its shape
  // (only the siblings of the last block's ancestors are named and counted)
  const last = page.blocks[keep.at(-1) as number] as HtmlBlock;
  const up: number[] = [];
  for (let e = last.element; e >= 0; e = page.parents[e] ?? -1) up.push(e);
  const holders = new Set(up.map((e) => page.parents[e] ?? -1));
  const counts = new Map<string, number>();
  for (let e = 0; e < page.parents.length; e++)
    if (holders.has(page.parents[e] ?? -1)) counts.set(keyOf(e), (counts.get(keyOf(e)) ?? 0) + 1);
  const shape = up.map(keyOf).find((key) => (counts.get(key) ?? 0) >= MIN_ITEMS) ?? null;
  if (shape === null) return [...keep];
  const cardOf = (b: HtmlBlock): number => {
    for (let e = b.element; e >= 0; e = page.parents[e] ?? -1) if (keyOf(e) === shape) return e;
    return -1;
  };
  // the body's tail in such cards, each card's kept blocks in order
  const cards = new Map<number, number[]>();
  let s = keep.length;
  for (; s > 0; s--) {
    const i = keep[s - 1] as number;
    const card = cardOf(page.blocks[i] as HtmlBlock);
    if (card < 0) break;
    cards.set(card, [i, ...(cards.get(card) ?? [])]);
  }
  if (cards.size < MIN_ITEMS || s === 0 || (keep[s] as number) - (keep[s - 1] as number) < 2)
    return [...keep];
  let article = 0;
  for (let k = 0; k < s; k++) article += wordsIn((page.blocks[keep[k] as number] as HtmlBlock).text);
  if (article < MIN_ARTICLE) return [...keep];
  let words = 0;
  for (const list of cards.values()) {
    if (list.length < 2 || wordsIn((page.blocks[list[0] as number] as HtmlBlock).text) > TITLE_WORDS)
      return [...keep];
    for (const i of list) words += wordsIn((page.blocks[i] as HtmlBlock).text);
  }
  return words > ITEM_WORDS * cards.size ? [...keep] : keep.slice(0, s);
}
