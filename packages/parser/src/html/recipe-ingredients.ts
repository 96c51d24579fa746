import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';

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
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns indices of the ingredient lists' blocks not kept yet, in order
 */
export function ingredientBlocks(page: HtmlBlocks, keep: readonly number[]): number[] {
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
  const found: number[] = [];
  page.blocks.forEach((b: HtmlBlock, i) => {
    if (kept.has(i) || i < first - NEAR_BLOCKS || i > last + NEAR_BLOCKS) return;
    if (inList(b.element)) found.push(i);
  });
  return found;
}
