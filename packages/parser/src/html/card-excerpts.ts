import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';

/**
 * A card's title is a headline of at least this many words. Measured on trafilatura-eval HTML half A
 * (half B held out) and zyte-dev: with any linked heading, half A tp −1 (a wiki's one-word "edit" link
 * set in each section heading's box took the paragraph under it).
 */
const MIN_TITLE_WORDS = 3;

/**
 * A card's shape is furniture when the page repeats it at least this many times: one card alone is a
 * linked heading over its own paragraph, which the article may hold. 3 gives the same figures as 2.
 */
const MIN_CARDS = 2;

/**
 * Drops the excerpts of teaser cards: a kept block right under a linked headline that the body left
 * out, when the page repeats that pair's shape (the headline's and the excerpt's tag and class words)
 * at least MIN_CARDS times. A repeated card is furniture even when its blurb is prose ("Related" cards
 * of headline, blurb and byline after the article, a series' list of episodes, a writer's bio under
 * their linked name). A linked headline the body keeps (an article of linked items, each over its own
 * paragraph) is left alone. Measured on trafilatura-eval HTML half A (half B held out) and zyte-dev:
 * half A fp 57 → 55 (tp unchanged; two pages change), half B unchanged (four pages change, no snippet),
 * zyte-dev unchanged (no page changes).
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the cards' excerpts
 */
export function dropCardExcerpts(page: HtmlBlocks, keep: readonly number[]): number[] {
  const kept = new Set(keep);
  const shapeOf = (i: number): string => {
    const b = page.blocks[i] as HtmlBlock;
    return `${page.tags[b.element]}.${page.names[b.element] ?? ''}`;
  };
  const isCardTitle = (i: number): boolean => {
    const b = page.blocks[i];
    if (!b?.heading || kept.has(i)) return false;
    return isLinkHeavy(b) && b.text.split(' ').length >= MIN_TITLE_WORDS;
  };
  const cards = new Map<string, number>();
  for (let i = 1; i < page.blocks.length; i++) {
    if (!isCardTitle(i - 1)) continue;
    const shape = `${shapeOf(i - 1)}|${shapeOf(i)}`;
    cards.set(shape, (cards.get(shape) ?? 0) + 1);
  }
  if (cards.size === 0) return [...keep];
  return keep.filter(
    (i) => !(i > 0 && isCardTitle(i - 1) && (cards.get(`${shapeOf(i - 1)}|${shapeOf(i)}`) ?? 0) >= MIN_CARDS),
  );
}
