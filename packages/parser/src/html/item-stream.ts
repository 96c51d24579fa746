import { wordsIn } from '../text/count-words.js';
import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';
import { shapeKeys } from './shape-keys.js';

/** A stream has at least this many items: two cards side by side may be an article's own pair. Not tuned. */
const MIN_ITEMS = 3;
/**
 * The items hold at least this share of the body's words: the body is the stream, not an article with
 * a few cards inside it. Measured on trafilatura-eval HTML (both halves) and zyte-dev: 0.6 changes one
 * page more (a job board's, no snippet moving).
 */
const STREAM_SHARE = 0.8;
/**
 * An item holds at most this many words on average: a teaser card, a citation, not an article's
 * section. Measured on trafilatura-eval HTML (both halves) and zyte-dev: 70 loses a stream of cards of
 * 74 words (half B tp −1, fp +1); up to 1,000 no other page changes (the linked title and the citation
 * decide there), so this is the class's size rather than a tuned cut.
 */
const ITEM_WORDS = 150;
/** At least this share of the items read as cards or as citations. Not tuned (the two pages read 1.0). */
const MARKED_SHARE = 2 / 3;

/**
 * A card's linked title is a headline of at least this many words (as `card-excerpts.ts` asks): a tab's
 * or an accordion's label ("Beschreibung", "Reviews 1") over its panel is one or two. Measured on
 * trafilatura-eval HTML: with any linked first line, a shop's description, allergens and reviews tabs
 * read as cards and the product's box above them took the body (half A 1385/115/49 → 1387/113/50, by
 * what that box held, not by the class: a product's own tabs are its article).
 */
const TITLE_WORDS = 3;

/** A run of items the body is: the items' elements and the element holding them. */
export interface ItemStream {
  /** The element the items are children of. */
  parent: number;
  /** The items' elements, in no order. */
  items: number[];
}

/**
 * An author list opening a line ("Shear NH, Spielberg SP.", "Smith, J. A.", "Müller K et al."): a
 * surname and initials. With a year on the line, it is a citation.
 */
const AUTHORS = /^\W{0,3}\p{Lu}[\p{L}'’‐-]+,? (\p{Lu}{1,3}\b|(\p{Lu}\.\s?)+)/u;
const YEAR = /\b(1[89]|20)\d\d\b/;

/**
 * Whether an item reads as another page's: a teaser card, whose first line is its linked title over a
 * blurb that is not links, or a citation, whose first line opens on an author list and states a year
 * (a reference list's entry). A number alone ("1.", a list's count) is not its first line.
 * @param blocks the item's blocks, in order
 */
function isOtherPage(blocks: readonly HtmlBlock[]): boolean {
  const at = blocks.findIndex((b) => /\p{L}/u.test(b.text));
  const first = blocks[at];
  if (!first) return false;
  if (isLinkHeavy(first) && wordsIn(first.text) >= TITLE_WORDS)
    return blocks.slice(at + 1).some((b) => !isLinkHeavy(b) && wordsIn(b.text) >= 5);
  return AUTHORS.test(first.text) && YEAR.test(first.text);
}

/**
 * The run of items a body is, when it is one: MIN_ITEMS sibling elements or more of one shape (tag
 * and class words, their numbers aside), each holding two blocks of the page or more, that hold
 * STREAM_SHARE of the body's words, ITEM_WORDS words each on average, MARKED_SHARE of them reading as
 * another page's (a teaser card: a linked title over its blurb; a citation: authors and a year).
 * Such a run outweighs a short post above it — a stream of "next story" cards under a two-paragraph
 * post, a paper's reference list under its abstract — and is never the article itself.
 * @param page the page's blocks and block elements
 * @param body the body's blocks
 * @returns the stream, or null when the body is no such run
 */
export function itemStream(page: HtmlBlocks, body: readonly HtmlBlock[]): ItemStream | null {
  // the elements holding two blocks or more, by their parent and shape
  const blocksIn = new Map<number, number>();
  for (const b of page.blocks)
    for (let e = b.element; e >= 0; e = page.parents[e] ?? -1) blocksIn.set(e, (blocksIn.get(e) ?? 0) + 1);
  const keyOf = shapeKeys(page);
  const members = new Map<string, number[]>();
  for (const [e, n] of blocksIn) {
    if (n < 2) continue;
    const key = keyOf(e);
    const list = members.get(key);
    if (list) list.push(e);
    else members.set(key, [e]);
  }
  // the body's words under each such run of MIN_ITEMS siblings or more
  const words = new Map<string, number>();
  let total = 0;
  for (const b of body) {
    const n = wordsIn(b.text);
    total += n;
    for (let e = b.element; e >= 0; e = page.parents[e] ?? -1) {
      const key = keyOf(e);
      if ((members.get(key)?.length ?? 0) >= MIN_ITEMS) words.set(key, (words.get(key) ?? 0) + n);
    }
  }
  // each run that holds STREAM_SHARE of them, its items' blocks gathered in one pass over the page
  const runs = [...words].filter(([, n]) => n >= total * STREAM_SHARE).map(([key]) => members.get(key) ?? []);
  const inItem = new Map<number, HtmlBlock[]>(runs.flat().map((e) => [e, []]));
  if (inItem.size === 0) return null;
  for (const b of page.blocks)
    for (let e = b.element; e >= 0; e = page.parents[e] ?? -1) inItem.get(e)?.push(b);
  for (const items of runs) {
    let itemWords = 0;
    let marked = 0;
    for (const e of items) {
      const blocks = inItem.get(e) ?? [];
      itemWords += blocks.reduce((n, b) => n + wordsIn(b.text), 0);
      if (isOtherPage(blocks)) marked++;
    }
    if (itemWords <= ITEM_WORDS * items.length && marked >= items.length * MARKED_SHARE)
      return { parent: page.parents[items[0] as number] ?? -1, items };
  }
  return null;
}
