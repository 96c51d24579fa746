import { wordsIn } from '../text/count-words.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { isInIngredients } from './recipe-ingredients.js';

/**
 * A caption set as a line of its own under a picture (not in `figcaption`) has at most this many
 * words. Measured on trafilatura-eval HTML half A (half B held out) and zyte-dev, a line right after a
 * picture left out when it does not end like a sentence or repeats the picture's alt text: half A tp
 * −1, fp −6; half B tp −1, fp −5 (F 0.8996 → 0.9008); zyte-dev P 0.990 → 0.991 (captions of a
 * review's photos, an exhibition's works). 10 words: half A fp −4; 25: half A tp −2.
 */
const MAX_CAPTION_WORDS = 15;

/**
 * A line standing under at least this many pictures of the page, word for word, is their caption
 * whatever its length: a gallery's photos each over the event's name. Measured with `--blind` (every
 * class and id stripped): zyte-dev 0.992 → 0.993 (P 0.994 → 0.996: a report's 16-word caption kept under
 * three pictures in a row, that page P 0.880 → 0.979), trafilatura-eval halves, saved HTML and
 * `eval:unseen` unchanged. Not tuned: 2 is the least a repeat needs.
 */
const MIN_SHARED_CAPTIONS = 2;

/**
 * A line after a picture that ends in a colon and has at least this many words opens what follows (a
 * screenshot, a list, a formula: "And this is how it looks on our page:"), where a caption says what
 * stands above. Measured with `--blind` on trafilatura-eval HTML half A (half B held out) and zyte-dev:
 * half A tp 1405 → 1407 (a how-to's line over its screenshot, a blog's line over its next picture, both
 * blind only: a picture named for itself is no caption's picture in the saved page), half B tp +1, fp
 * unchanged, zyte-dev unchanged; saved half B tp +1, `eval:unseen` unchanged. 2 words would also keep a
 * share bar's two-word label ending in a colon (half A fp +1).
 */
const MIN_LEAD_IN_WORDS = 3;

const SENTENCE_END = /[.!?…]["”»’']?$/u;
const LEAD_IN_END = /:\s*$/u;
const letters = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Drops the captions of pictures from the body: a kept line right after an `img` (nothing but markup
 * between), not a heading, of MAX_CAPTION_WORDS words or fewer, that does not end like a sentence
 * ("Light a Wish by OGE Group", "Photo: Jane Roe") or says what the picture's alt text says. A line
 * in a recipe's ingredient list is no caption: a brand's recipe pictures each product beside its name
 * (trafilatura-eval HTML half A tp 1373 → 1374, half B and zyte-dev unchanged; one page changes). Nor
 * is an item of a list the body holds another item of, one with no picture over it: a film post's
 * first item, its title under the poster, or a list of services each under its icon (half A
 * 1389/111/49 → 1390/110/49, read there; half B unchanged; a zyte-dev page gains two answer lines;
 * 4 of 2,236 dev pages change, one taking a promotion box's list under its picture). So is a row of a
 * table the body holds another row of with no picture over it (a wiki's table of items under its header
 * row, each row opening on the item's icon): blind half A tp 1407 → 1408, half B tp +1, zyte-dev, saved
 * and `eval:unseen` unchanged. A line of an
 * ingredient list that no name tells (found by its quantity lines) is none either: blind half A tp +1
 * (a recipe's product names, each under its picture between two quantities). A line that stands word
 * for word under MIN_SHARED_CAPTIONS pictures or more is a caption whatever its length or its end; one
 * ending in a colon leads into what follows and stays (see MIN_LEAD_IN_WORDS).
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @param ingredients indices of the blocks the body took in as a recipe's ingredient list
 * @returns the kept indices without the captions
 */
export function dropPictureCaptions(
  page: HtmlBlocks,
  keep: readonly number[],
  ingredients: ReadonlySet<number> = new Set(),
): number[] {
  const { blocks, tags, parents } = page;
  // the lists (and tables) the body holds an item (a row) of with no picture over it: the article's
  const lists = new Set<number>();
  for (const i of keep) {
    const b = blocks[i] as HtmlBlock;
    if (isItem(tags[b.element]) && b.afterPicture === null) lists.add(parents[b.element] ?? -1);
  }
  const underPictures = captionCounts(blocks);
  return keep.filter((i) => {
    const b = page.blocks[i] as HtmlBlock;
    if (b.afterPicture === null || b.heading) return true;
    // an ingredient's name beside its product's picture is a line of the recipe, not a caption
    if (isInIngredients(page, b.element) || ingredients.has(i)) return true;
    if (isItem(tags[b.element]) && lists.has(parents[b.element] ?? -1)) return true;
    // one caption under several pictures is the gallery's, however long: no paragraph is set twice
    if ((underPictures.get(b.text) ?? 0) >= MIN_SHARED_CAPTIONS) return false;
    const words = wordsIn(b.text);
    if (words > MAX_CAPTION_WORDS) return true;
    // a line leading into what follows is the article's, not the picture's above
    if (LEAD_IN_END.test(b.text) && words >= MIN_LEAD_IN_WORDS) return true;
    if (!SENTENCE_END.test(b.text)) return false;
    const alt = letters(b.afterPicture);
    return alt.length === 0 || alt !== letters(b.text);
  });
}

/** Whether a block element is an item of a list or a row of a table (a table's rows are its items). */
function isItem(tag: string | undefined): boolean {
  return tag === 'li' || tag === 'tr';
}

/** How many blocks of the page stand right after a picture with each text. */
function captionCounts(blocks: readonly HtmlBlock[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks) if (b.afterPicture !== null) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  return counts;
}
