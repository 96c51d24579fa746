import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { longWords } from './count-words.js';
import { isFurnitureLine } from './furniture-lines.js';

/**
 * A list the article closes with runs at most this many lines (markIntroducedLists' MAX_LIST_ITEMS).
 * The three limits are the neighbouring rules'; on trafilatura-eval and zyte-dev text, items of up to 25
 * words or lists of 2 items change no figure (half A 1359/98, half B 1300/96, zyte-dev 0.979).
 */
const MAX_ITEMS = 30;
/** Items are short: longer lines are text in their own right (markIntroducedLists' MAX_ITEM_WORDS). */
const MAX_ITEM_WORDS = 15;
/** Fewer items than this are no list (closingList's MIN_INTRODUCED). */
const MIN_ITEMS = 3;
/** A list item's own mark: a dash, bullet or star opening it ("– Item", "• Item"). */
const BULLET = /^[-–—•·*▪►]\s/u;
/** A "Label: value" line (a footer's "Author: …", "Published: …"). */
const LABELLED = /^[^:]{1,40}: \S/u;

/**
 * Finds the rest of a list the article closes with, past the body's end: the lines under a line that
 * ends in a colon ("What it adds:", "I'll sum it up:", "Aus dem Inhalt:"), whose first items the body
 * may already hold, when its items are short lines the scores cut (lines of fewer than eight words in
 * sentence case are `short`, and each costs). An introduced list is the article's whatever its items
 * look like; the list ends at the first line that is not one of its items: a long line, a line ending
 * in a colon, a page's furniture line, a line of the page's repeated shapes, or one of another shape than
 * the first item's (a bullet mark, a "Label: value" form: a footer's "Author: …" lines under a list of
 * plain items), or, past the body's end, a line that shares no word of four letters or more with the
 * body and the list so far (a page's own links, a comment form, a "previous post" link). Text scrapes
 * only. Measured on trafilatura-eval text (tp/fp): half A 1357/98 → 1359/98 (a seminar's contents under
 * "…:", a post's closing summary over its "Author:" lines), half B 1299/96 → 1300/96, zyte-dev text 0.979
 * unchanged, `eval:unseen` text 0.895 unchanged, `eval:robustness --interrupted` unchanged (no zyte-dev
 * or readability page changes). Without the shared-word stop half A took share buttons, a post's
 * "previous / next" links and a comment form's fields (two pages with a leaked snippet).
 * @param lines the non-empty lines
 * @param kinds their kinds
 * @param words their lengths in words
 * @param first the body's first line
 * @param last the body's last line
 * @returns the list's last line, or `last` when no such list runs past it
 */
export function introducedTail(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
  first: number,
  last: number,
): number {
  const text = (j: number) => (lines[j] as BodyBlock).text;
  const isItem = (j: number) => {
    const kind = kinds[j];
    return (
      (kind === 'short' || kind === 'clause' || kind === 'item' || kind === 'sentence') &&
      (words[j] as number) <= MAX_ITEM_WORDS &&
      !text(j).endsWith(':') &&
      !isFurnitureLine(text(j), words[j])
    );
  };
  if (last + 1 >= lines.length) return last;
  // the introduction: the line right after the body, or the one over the items that close it
  let intro = last + 1;
  if (!text(intro).endsWith(':')) {
    if (!isItem(last + 1)) return last; // most bodies: no item follows
    intro = last;
    while (intro > first && last - intro < MAX_ITEMS && isItem(intro)) intro--;
    if (intro <= first || !text(intro).endsWith(':')) return last;
  }
  // a call to share or follow, or a pointer to other articles, introduces no list of the article's
  if (isFurnitureLine(text(intro), words[intro])) return last;
  const head = text(intro + 1);
  const bullet = BULLET.test(head);
  const labelled = LABELLED.test(head);
  // the article's words: an item past the body's end speaks of what the body or the list before it says
  const known = new Set<string>();
  for (let j = first; j <= Math.min(last, intro); j++) addWords(text(j), known);
  let end = intro;
  while (
    end + 1 < lines.length &&
    end - intro < MAX_ITEMS &&
    isItem(end + 1) &&
    BULLET.test(text(end + 1)) === bullet &&
    LABELLED.test(text(end + 1)) === labelled &&
    (end + 1 <= last || sharesWord(text(end + 1), known))
  ) {
    end++;
    addWords(text(end), known);
  }
  return end - intro >= MIN_ITEMS && end > last ? end : last;
}

/** Adds a line's lower-cased words of four letters or more to `into`. */
function addWords(line: string, into: Set<string>): void {
  for (const w of longWords(line)) into.add(w);
}

/** Whether a line holds a word of four letters or more of `known`. */
function sharesWord(line: string, known: ReadonlySet<string>): boolean {
  for (const w of longWords(line)) if (known.has(w)) return true;
  return false;
}
