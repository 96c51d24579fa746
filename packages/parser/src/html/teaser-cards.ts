import { wordsIn } from '../text/count-words.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { commonElement, isInside } from './find-container.js';
import { shapeKeys } from './shape-keys.js';

/**
 * A run has at least this many cards: one heading beside a link may be the article's own. Measured (the
 * rule as a whole) on trafilatura-eval HTML with `--blind` (half B not read) and zyte-dev: half A fp
 * 65 → 63, tp unchanged; half B, zyte-dev unchanged; saved, 4 pages change and no figure moves.
 */
const MIN_CARDS = 2;
/** A card's pointer ("Read this article: …", "Link to the article") has at most this many words. Not tuned. */
const MAX_POINTER_WORDS = 25;
/** A pointer's one link covers at least this share of its text (a link line, not a sentence). */
const POINTER_LINK_SHARE = 0.9;
/** A pointer shared by every card of a run ("Link to the article") has at most this many words. Not tuned. */
const MAX_SHARED_WORDS = 5;
/** The card's heading stands at most this many blocks over its pointer (a kicker, a blurb between). */
const MAX_CARD_BLOCKS = 3;
/** A card spans at most this many blocks (kicker, headline, blurb, date, pointer). Not tuned. */
const MAX_CARD_SPAN = 6;
/**
 * Under a shared pointer, the lines between heading and pointer hold at most this many words (a count,
 * a date), so that a comment (its author's heading, its text, "Reply") is no card. Not tuned.
 */
const MAX_GAP_WORDS = 3;
/** A headline has at least this many words ("Read more" and a name are no headline). */
const MIN_TITLE_WORDS = 3;
/** The body before the run weighs at least this many words: an article with cards under it. Not tuned. */
const MIN_ARTICLE = 100;

interface Card {
  element: number;
  first: number;
  last: number;
  pointer: string;
  /** Words between the card's heading and its pointer. */
  gap: number;
  /** Whether the card's headline links where its pointer does (a card pointing twice at one article). */
  twice: boolean;
}

/**
 * Drops a run of teaser cards from the body wherever it stands after the article: MIN_CARDS cards or
 * more of one shape (`shapeKeys`), side by side, each an element holding a heading or linked headline
 * and, under it (within MAX_CARD_BLOCKS blocks), a pointer of its own: a line that is one link. A card
 * is a teaser when its headline links where its pointer does (kicker, linked headline, blurb and "Read
 * this article: …") or when every card of the run closes on one short pointer ("Link to the article"
 * under an unlinked heading: a carousel). Such a run between the article and a comment section the body
 * runs on into is not the body's end, where `dropTeaserRuns` looks. A heading right over the run's first
 * card is its label and goes with it. MIN_ARTICLE words of the body stand before the run.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the runs' blocks
 */
export function dropTeaserCards(page: HtmlBlocks, keep: readonly number[]): number[] {
  const cards = findCards(page);
  if (cards.length < MIN_CARDS) return [...keep];
  const keyOf = shapeKeys(page);
  const drop = new Set<number>();
  const kept = new Set(keep);
  let start = 0;
  for (let c = 1; c <= cards.length; c++) {
    const prev = cards[c - 1] as Card;
    const next = cards[c];
    if (
      next &&
      next.first === prev.last + 1 &&
      keyOf(next.element) === keyOf(prev.element) &&
      next.element !== prev.element
    )
      continue;
    const run = cards.slice(start, c);
    start = c;
    if (run.length < MIN_CARDS) continue;
    const shared =
      wordsIn(prev.pointer) <= MAX_SHARED_WORDS &&
      run.every((r) => r.pointer === prev.pointer && r.gap <= MAX_GAP_WORDS);
    if (!shared && !run.every((r) => r.twice)) continue;
    const first = (run[0] as Card).first;
    let article = 0;
    for (const i of keep) {
      if (i >= first || article >= MIN_ARTICLE) break;
      article += wordsIn((page.blocks[i] as HtmlBlock).text);
    }
    if (article < MIN_ARTICLE) continue;
    for (let i = first; i <= prev.last; i++) drop.add(i);
    // the run's label, a heading right over its first card ("More on this")
    if (kept.has(first - 1) && isHeading(page, page.blocks[first - 1] as HtmlBlock)) drop.add(first - 1);
  }
  return drop.size === 0 ? [...keep] : keep.filter((i) => !drop.has(i));
}

/** The page's cards in order: each pointer line with the heading over it and their common element. */
function findCards(page: HtmlBlocks): Card[] {
  const { blocks, parents } = page;
  const cards: Card[] = [];
  for (let r = 1; r < blocks.length; r++) {
    const pointer = blocks[r] as HtmlBlock;
    if (isHeading(page, pointer) || !isPointer(pointer)) continue;
    let h = r - 1;
    while (h >= 0 && r - h <= MAX_CARD_BLOCKS && !isHeadline(page, blocks[h] as HtmlBlock)) h--;
    if (h < 0 || r - h > MAX_CARD_BLOCKS) continue;
    const head = blocks[h] as HtmlBlock;
    let element = commonElement(page, head.element, pointer.element);
    if (element < 0) continue;
    const holds = (i: number, e: number) => {
      const b = blocks[i];
      return b !== undefined && isInside(page, b.element, e);
    };
    let first = h;
    while (holds(first - 1, element)) first--;
    let last = r;
    while (holds(last + 1, element)) last++;
    // the card is the outermost element holding only its blocks (wrappers nest cards unlike lists do)
    for (let up = parents[element] ?? -1; up >= 0 && !holds(first - 1, up) && !holds(last + 1, up); )
      [element, up] = [up, parents[up] ?? -1];
    const previous = cards[cards.length - 1];
    if ((previous && previous.last >= first) || last - first >= MAX_CARD_SPAN) continue;
    let gap = 0;
    for (let i = h + 1; i < r; i++) gap += wordsIn((blocks[i] as HtmlBlock).text);
    const href = pointer.links[0] ?? '';
    cards.push({
      element,
      first,
      last,
      pointer: pointer.text.trim().toLowerCase(),
      gap,
      twice: href !== '' && head.links.includes(href),
    });
  }
  return cards;
}

/**
 * Whether a block is a heading by its own element (the collector's flag also marks the loose text after
 * a heading inside one wrapper: a card's "Link to the article" after its `h2`).
 */
function isHeading(page: HtmlBlocks, b: HtmlBlock): boolean {
  return /^h[1-6]$/.test(page.tags[b.element] ?? '');
}

/** Whether a block is a pointer: a short line that is one link. */
function isPointer(b: HtmlBlock): boolean {
  return (
    b.links.length === 1 &&
    b.linkChars >= b.text.length * POINTER_LINK_SHARE &&
    wordsIn(b.text) <= MAX_POINTER_WORDS
  );
}

/** Whether a block heads a card: a heading or a line of one link, of a headline's words. */
function isHeadline(page: HtmlBlocks, b: HtmlBlock): boolean {
  if (wordsIn(b.text) < MIN_TITLE_WORDS) return false;
  return isHeading(page, b) || (b.links.length === 1 && b.linkChars >= b.text.length * POINTER_LINK_SHARE);
}
