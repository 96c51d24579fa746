import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { longWords } from './count-words.js';
import { isFurnitureLine } from './furniture-lines.js';
import { isStamp } from './lead-under-stamp.js';

/** A "Label: value" row ("Range: 410 km", "Load space: 2 crates"). */
const LABELLED = /^[^:]{1,40}: \S/u;
/**
 * A fact box's run starts at most this many lines under the body's end (or the run before it): a
 * verdict's lines, a heading, a product page's tab labels stand between (select-body's MAX_BRIDGE).
 * Measured on trafilatura-eval text half A: 6 gives the same figures (the gaps read there are 5 and 6
 * lines), 3 takes none of half A's boxes (tp 1376).
 */
const MAX_GAP = 12;
/**
 * Each row is this many words at most: a fact's label and its value. Counted on trafilatura-eval text
 * half A, runs of three such rows or more within 12 lines past the body: at 15 words they hold 9
 * `without` snippets (other articles' "Topic: headline" teasers, a footer's author) against 3 `with`,
 * at 5 words 1 (the footer's, a stamp) against 3. Measured (tp/fp, before the stamp, contact and
 * shared-word tests): 5 gives half A 1376/83 → 1382/84, half B 1305/93 → 1306/96; 4 gives half A tp 1380.
 */
const MAX_ROW_WORDS = 5;
/**
 * A fact box is this many rows in a row at least (markLabelledLists' MIN_LABELLED, which made them
 * `item` lines). Measured on trafilatura-eval text: 4 gives half A tp 1380 against 1382 (a post's second
 * list of three pieces is left out, and the line over it), half B the same.
 */
const MIN_ROWS = 3;
/** A contact's mark: a mail or web address, or a phone number (six digits or more with spaces). */
const CONTACT = /@|https?:|www\.|\d[\d /-]{5,}\d/u;

/**
 * Finds the article's fact boxes past the body's end: a run of MIN_ROWS or more short "Label: value"
 * rows (a test's marks, a product's data, the pieces a post shows, a species' family and common name)
 * starting at most MAX_GAP lines under the body's end, and each further run at most MAX_GAP lines under
 * the last; the body runs through the last one, the lines between judged as any line of the body's.
 * Such rows cost as short lines do, and the text between them is often too light to bridge to. A run
 * is not the article's when a row is a page's furniture line, a stamp (a post's "Published: <date>"
 * lines), or a contact (a mail or web address, a phone number: a press office's or a shop's box), or
 * when no row holds a word of four letters or more of the body's. Text scrapes only. Measured on
 * trafilatura-eval text (tp/fn/fp): half A 1376/124/83 → 1382/118/83 (a product test's marks, a
 * shop page's two data tables, a post's two lists of the pieces it shows), half B 1305/146/93
 * unchanged (the contact test took away its one page changed, fp +1, counted not read), zyte-dev text
 * 0.981 and `eval:unseen` text 0.897 unchanged.
 * @param lines the non-empty lines
 * @param kinds their kinds
 * @param words their lengths in words
 * @param first the body's first line
 * @param last the body's last line
 * @returns the last fact box's last line, or `last` when none follows
 */
export function factsRowsTail(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
  first: number,
  last: number,
): number {
  const text = (j: number) => (lines[j] as BodyBlock).text;
  const isRow = (j: number) =>
    j < lines.length &&
    kinds[j] === 'item' &&
    (words[j] as number) <= MAX_ROW_WORDS &&
    LABELLED.test(text(j)) &&
    !isFurnitureLine(text(j), words[j]);
  let known: Set<string> | null = null;
  let end = last;
  for (let s = end + 1; s < lines.length && s - end - 1 <= MAX_GAP; s++) {
    if (!isRow(s)) continue;
    let e = s;
    while (isRow(e + 1)) e++;
    if (e - s + 1 >= MIN_ROWS) {
      known ??= bodyWords(lines, first, last);
      if (isFactsBox(lines, s, e, known)) end = e;
    }
    s = e;
  }
  return end;
}

/** Whether rows `from`..`to` hold no stamp and no contact, and one of them a word of `known`. */
function isFactsBox(lines: readonly BodyBlock[], from: number, to: number, known: Set<string>): boolean {
  let shared = false;
  for (let j = from; j <= to; j++) {
    const text = (lines[j] as BodyBlock).text;
    if (isStamp(text) || CONTACT.test(text)) return false;
    if (!shared) for (const w of longWords(text)) if (known.has(w)) shared = true;
  }
  return shared;
}

/** The lower-cased words of four letters or more of lines `from`..`to`. */
function bodyWords(lines: readonly BodyBlock[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let j = from; j <= to; j++) for (const w of longWords((lines[j] as BodyBlock).text)) out.add(w);
  return out;
}
