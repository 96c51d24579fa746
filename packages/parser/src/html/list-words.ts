import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';

/**
 * A list's one-word items come back when at least this many of its items are in the body. Measured on
 * all 2,236 dev pages (`hash:output`): at 2, 19 trafilatura-eval, 5 readability and 1 zyte-dev page
 * change (no snippet moves; the zyte-dev page's "HL7" and "DICOM®" items, in its answer); at 3, that
 * zyte-dev page and 4 trafilatura-eval pages' lists of settings and terms stay short.
 */
const MIN_KEPT_ITEMS = 2;

/**
 * Puts back the one-word items of a list the body holds ("Ruler", "Spoon" in a how-to's list of what
 * you need, a name among the contributors a changelog thanks): the body's rules want two words of a
 * block, but an item is a part of its list, which the body already took. Links and items of lists with
 * fewer than MIN_KEPT_ITEMS items in the body stay out (a list of tags, a menu).
 * @param page the page's blocks and block elements
 * @param body the body's blocks, in page order
 * @returns the body with its lists' one-word items, in page order
 */
export function addListWords(page: HtmlBlocks, body: readonly HtmlBlock[]): HtmlBlock[] {
  const { blocks, tags, parents } = page;
  const listOf = (b: HtmlBlock) => (tags[b.element] === 'li' ? (parents[b.element] ?? -1) : -1);
  const kept = new Map<number, number>();
  for (const b of body) {
    const list = listOf(b);
    if (list >= 0) kept.set(list, (kept.get(list) ?? 0) + 1);
  }
  if (kept.size === 0) return [...body];
  const inBody = new Set(body);
  const added = blocks.filter(
    (b) =>
      !inBody.has(b) &&
      (kept.get(listOf(b)) ?? 0) >= MIN_KEPT_ITEMS &&
      !isLinkHeavy(b) &&
      b.text.split(' ').length === 1 &&
      /[\p{L}\p{N}]/u.test(b.text),
  );
  if (added.length === 0) return [...body];
  const order = new Map(blocks.map((b, i) => [b, i]));
  return [...body, ...added].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
