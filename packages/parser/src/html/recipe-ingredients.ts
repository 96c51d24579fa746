import { titleMatch } from '../title-match.js';
import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';
import { isInside } from './find-container.js';

/**
 * A class or id word naming a recipe's ingredient list ("ingredients", "recipe-ingredients__item",
 * "ERSIngredients", "wprm-recipe-ingredient"), glued to other words or not. The German "zutaten" too
 * changed no page of any set.
 */
const INGREDIENTS = /ingredient/;

/**
 * An ingredient list joins the recipe when it starts or ends within this many blocks of the body's
 * first or last block (a recipe page sets its quantities, ratings and nutrition table between the list
 * and the method). Measured on trafilatura-eval HTML half A (half B held out) and zyte-dev: 30 (or 60)
 * blocks give half A tp 1356 → 1359, half B tp 1295 → 1302 (fp unchanged on both), zyte-dev unchanged
 * (`hash:output`: six recipe pages change, nothing else); 15 blocks half A +1, half B +2.
 */
const NEAR_BLOCKS = 30;

/**
 * Tells whether an element is, or sits in, an element named as a recipe's ingredient list (INGREDIENTS).
 * @param page the page's blocks and block elements
 * @param element the element's index
 */
export function isInIngredients(page: HtmlBlocks, element: number): boolean {
  for (let e = element; e >= 0; e = page.parents[e] ?? -1)
    if (INGREDIENTS.test(page.names[e] ?? '')) return true;
  return false;
}

/**
 * Finds the blocks of a recipe's ingredient list set apart from the article's element: the method is
 * the body the line rules find (sentences), the list of quantities beside it is short lines in an
 * element named as ingredients, which the line rules and the element leave out: set apart from the
 * article's element, or inside it as one-word or linked lines ("Butter", a product's name) that the
 * element does not put back. Trafilatura's annotators keep the list as part of the recipe. Inside the
 * element too: half A tp 1359 → 1360, half B and zyte-dev unchanged.
 * Lists that no name tells are found by their lines ({@link quantityRuns}).
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @param title the page's title, whose heading a list stands under
 * @returns indices of the ingredient lists' blocks not kept yet, in order
 */
export function ingredientBlocks(page: HtmlBlocks, keep: readonly number[], title?: string | null): number[] {
  const first = keep[0];
  const last = keep[keep.length - 1];
  if (first === undefined || last === undefined) return [];
  const named = new Map<number, boolean>();
  const inList = (e: number): boolean => {
    const known = named.get(e);
    if (known !== undefined) return known;
    const parent = page.parents[e] ?? -1;
    const is = INGREDIENTS.test(page.names[e] ?? '') || (parent >= 0 && inList(parent));
    named.set(e, is);
    return is;
  };
  const kept = new Set(keep);
  const unnamed = quantityRuns(page, first, last, title);
  const found: number[] = [];
  page.blocks.forEach((b: HtmlBlock, i) => {
    if (kept.has(i) || i < first - NEAR_BLOCKS || i > last + NEAR_BLOCKS) return;
    if (inList(b.element) || unnamed.has(i)) found.push(i);
  });
  return found;
}

/**
 * A line that opens on a quantity and a word ("180 g flour", "2 tbsp", "3/4 cup of milk", "½ lemon"): a
 * count, a decimal, a fraction or a range of at most four digits, then a letter. A date ("12.03.2024",
 * "12. May") has no letter after its number.
 */
const QUANTITY = /^(?:\d{1,4}(?:[.,]\d{1,2})?(?:\s*[-–/]\s*\d{1,4})?|[½¼¾⅓⅔⅛])\s*\p{L}/u;
/** A quantity line holds at most this many words (the longest of half A's unnamed lists: 7). */
const QUANTITY_WORDS = 8;
/**
 * An unnamed list is at least this many quantity lines, each at most GAP blocks after the one before (a
 * name set apart from its quantity, a section's heading between two lists, a count alone: "4" over
 * "eggs"). Measured on trafilatura-eval HTML half A blind (tp +4 on 2 recipe pages, zyte-dev
 * unchanged); other values not tried for lack of time.
 */
const MIN_QUANTITIES = 4;
const GAP = 4;
/**
 * A heading whose words match the title's this much (F1, see `titleMatch`) is the page's headline, the
 * title reworded (a news headline over its counters box: 0.75, under TITLE_MATCH); a recipe's section
 * headings ("Method") share no word with it. Measured on trafilatura-eval HTML half A blind: 1 leak less.
 */
const HEADLINE_MATCH = 0.5;

/**
 * Whether a block is a line of an ingredient list: a short quantity line, not a link nor a sentence (a
 * period after a word of five letters or more; a unit's abbreviation, "2 tbsp.", "1 pkt.", ends none:
 * blind half A tp +1, nothing else moved).
 */
function isQuantityLine(b: HtmlBlock): boolean {
  const text = b.text.trim();
  return (
    QUANTITY.test(text) &&
    text.split(/\s+/).length <= QUANTITY_WORDS &&
    !/[!?]$/.test(text) &&
    !/\p{L}{5,}\.$/u.test(text) &&
    !isLinkHeavy(b)
  );
}

/**
 * Finds the blocks of ingredient lists that no name tells, by their lines: runs of quantity lines near
 * the body (within NEAR_BLOCKS of its first and last block), from the first to the last, with the block
 * right before and right after when it shares a row or a table with the run's end (within two levels of
 * its element: a list's heading in the table's head, an ingredient's name beside its quantity) that
 * holds no block of the body. A run above the page's headline (a heading that matches the title (HEADLINE_MATCH) between
 * the run and the body) is the header's counters ("12K followers" beside each network), not a recipe's.
 * @param page the page's blocks and block elements
 * @param first the body's first block
 * @param last the body's last block
 * @param title the page's title
 * @returns indices of the lists' blocks, kept or not
 */
function quantityRuns(
  page: HtmlBlocks,
  first: number,
  last: number,
  title: string | null | undefined,
): Set<number> {
  const found = new Set<number>();
  const from = Math.max(0, first - NEAR_BLOCKS);
  const to = Math.min(page.blocks.length - 1, last + NEAR_BLOCKS);
  const near = (edge: number, other: number): boolean => {
    const edgeBlock = page.blocks[edge] as HtmlBlock;
    const otherBlock = page.blocks[other];
    if (!otherBlock) return false;
    const parent = page.parents[edgeBlock.element] ?? -1;
    const grand = parent >= 0 ? (page.parents[parent] ?? -1) : -1;
    // a box that also holds the body is the page's column, not the list's row or table
    return (
      grand >= 0 &&
      isInside(page, otherBlock.element, grand) &&
      !isInside(page, (page.blocks[first] as HtmlBlock).element, grand) &&
      !isInside(page, (page.blocks[last] as HtmlBlock).element, grand)
    );
  };
  const underHeadline = (end: number): boolean => {
    if (!title) return true;
    for (let i = end + 1; i < first; i++) {
      const b = page.blocks[i] as HtmlBlock;
      if (b.heading && titleMatch(b.text, title) >= HEADLINE_MATCH) return false;
    }
    return true;
  };
  const close = (start: number, end: number, count: number) => {
    if (count < MIN_QUANTITIES || !underHeadline(end)) return;
    const a = near(start, start - 1) ? start - 1 : start;
    const z = near(end, end + 1) ? end + 1 : end;
    for (let i = a; i <= z; i++) found.add(i);
  };
  let start = -1;
  let end = -1;
  let count = 0;
  for (let i = from; i <= to; i++) {
    if (!isQuantityLine(page.blocks[i] as HtmlBlock)) continue;
    if (start >= 0 && i - end <= GAP) {
      end = i;
      count++;
      continue;
    }
    close(start, end, count);
    start = i;
    end = i;
    count = 1;
  }
  close(start, end, count);
  return found;
}
