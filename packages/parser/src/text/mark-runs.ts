import { isSpaceUnit } from '@briefing/model';
import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { isFurnitureLine, isPointerLabel } from './furniture-lines.js';
import { mayHoldNumber } from './may-hold-number.js';
import { isSignOffLine } from './sign-off-lines.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** White space between tokens. */
const SPACES = /\s+/;
/** A colon or an ellipsis closing a line: it introduces what follows. */
const INTRODUCING_END = /(?::|…|\.\.\.)$/u;

/** Fewer rows than this in a row are not taken for a table. */
const MIN_TABLE_ROWS = 5;

/**
 * Turns runs of five or more table rows (lines of several tokens, a third or more of them numbers,
 * with about as many tokens each) into `row` lines: standings, results and figures are body text.
 */
export function markTables(lines: readonly BodyBlock[], kinds: LineKind[]): void {
  const isRow = (text: string) => {
    if (!mayHoldNumber(text)) return false; // most lines: no number, no row (and no split to make)
    return isTableRow(text);
  };
  let i = 0;
  while (i < lines.length) {
    if (!isRow((lines[i] as BodyBlock).text)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && isRow((lines[end + 1] as BodyBlock).text)) end++;
    if (end - i + 1 >= MIN_TABLE_ROWS) for (let j = i; j <= end; j++) kinds[j] = 'row';
    i = end + 1;
  }
}

/** A token that is a number: "12", "-3", "4.5", "1:0", "30%". */
const NUMBER_TOKEN = /^[-+]?\p{N}[\p{N}.,:%]*$/u;
/**
 * Whether a code unit may open a number token: a sign, or what a `\p{N}` may start with (see
 * mayHoldNumber): `[-+0-9\u00b2\u00b3\u00b9\u00bc-\u00be\u0660-\u1fff\u2070-\uffff]`, told from the code
 * without cutting a one-character string out of the line for a pattern (checked against the pattern on
 * every code unit in `test/table-row.test.ts`).
 * @param c a UTF-16 code unit
 */
export function opensNumber(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || c === 43 || c === 45;
  if (c < 0x100) return c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe);
  return (c >= 0x660 && c <= 0x1fff) || c >= 0x2070;
}

/**
 * Tells a table row: four tokens or more (`text.split(/\s+/)`), two or more of them numbers and a third
 * or more. The tokens are counted by a walk over the white space, and only those that open like a
 * number are cut out and tested, when enough of them do (a paragraph holding a year had been split
 * into all its words, each tested).
 * @param text a line
 */
export function isTableRow(text: string): boolean {
  let tokens = 1;
  let starts = 0; // tokens opening with a sign or a unit a number may start with
  let space = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceUnit(c)) {
      if (!space) tokens++;
      space = true;
    } else {
      if ((i === 0 || space) && opensNumber(c)) starts++;
      space = false;
    }
  }
  if (tokens < 4 || starts < 2 || starts / tokens < 0.34) return false;
  let numbers = 0;
  for (const token of text.split(SPACES)) if (NUMBER_TOKEN.test(token)) numbers++;
  return numbers >= 2 && numbers / tokens >= 0.34;
}

/**
 * Turns runs of three or more unpunctuated clauses into `short` lines: that is a list of headlines,
 * unless the line above introduces a list ("…:", "…"). A clause that ends on a comma is punctuated: a
 * sentence its writer broke over lines ("…販売する行為や、"), no headline.
 */
export function markHeadlineLists(lines: readonly BodyBlock[], kinds: LineKind[]): void {
  const headline = (j: number) => kinds[j] === 'clause' && !endsOnComma((lines[j] as BodyBlock).text);
  let i = 0;
  while (i < kinds.length) {
    if (!headline(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < kinds.length && headline(end + 1)) end++;
    const intro = lines[i - 1]?.text ?? '';
    if (end - i >= 2 && !INTRODUCING_END.test(intro)) for (let j = i; j <= end; j++) kinds[j] = 'short';
    i = end + 1;
  }
}

/**
 * Whether a line ends on a comma of any script: ",", the ideographic "、", the full-width "，", the
 * Arabic "،" (a sentence its writer broke over lines, no headline).
 * @param text a line
 */
export function endsOnComma(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(text.length - 1);
  return c === 0x2c || c === 0x3001 || c === 0xff0c || c === 0x060c;
}

/** A list introduced by a colon runs at most this many lines (ingredients, specifications, steps). */
const MAX_LIST_ITEMS = 30;
/** Items are short: longer lines are text in their own right and judged as such. */
const MAX_ITEM_WORDS = 15;

/**
 * Turns the short lines right after a line ending in a colon ("Ingredients:", "Zutaten:", "You need:")
 * into `item` lines: a list the text introduces is content, whatever its items look like. A furniture line
 * ending in a colon that is no pointer to other articles ("Share:", "Follow us on:") introduces none: a
 * page's "Share:" over its buttons and footer had carried the body into them. A pointer ("Read more:",
 * "Related:") still does, so that a box of links inside the article stays neutral and does not cut it in
 * two; teaserLines leaves its headlines out. Measured on trafilatura-eval text (tp/fp), with teaserLines
 * taking such items: half A 1331/109 → 1331/106 (share buttons, footers, tags and teasers left out; a
 * list's last line, kept only as the body ran on into the footer, lost), half B 1268/103 → 1268/99;
 * zyte-dev text and saved HTML unchanged (no page changes); eval:published text A 0.713 → 0.716, B 0.614
 * unchanged. Any furniture line, pointers too, gave half B fp −1 only, and a half B page's body then began
 * 20 lines further down, past its right date (0.614 → 0.612).
 * `words` holds the lines' lengths in words ({@link wordsIn}) when the caller has them.
 */
export function markIntroducedLists(
  lines: readonly BodyBlock[],
  kinds: LineKind[],
  words: readonly number[] = lines.map((l) => wordsIn(l.text)),
): void {
  const isItem = (j: number) => {
    const kind = kinds[j];
    const text = (lines[j] as BodyBlock).text;
    return (
      (kind === 'short' || kind === 'repeated' || kind === 'clause') &&
      !text.endsWith(':') &&
      (words[j] as number) <= MAX_ITEM_WORDS
    );
  };
  for (let i = 0; i < lines.length; i++) {
    const intro = (lines[i] as BodyBlock).text;
    if (!intro.endsWith(':')) continue;
    // a call to share or follow introduces no list of the article's
    if (isFurnitureLine(intro, words[i]) && !isPointerLabel(intro, words[i])) continue;
    let end = i;
    while (end + 1 < lines.length && end - i < MAX_LIST_ITEMS && isItem(end + 1)) end++;
    // the text goes on after the list (or another list is introduced): the list is inside it
    const after = kinds[end + 1];
    const resumes = after === 'prose' || (lines[end + 1]?.text.endsWith(':') ?? false);
    if (end > i && resumes) for (let j = i + 1; j <= end; j++) kinds[j] = 'item';
  }
}

/**
 * Turns a list that the text introduces and then goes on after into `item` lines, when a short sentence,
 * not a paragraph, comes after it (markIntroducedLists asks for a paragraph): the short lines under a
 * sentence of the text that ends in a colon ("Here is how to set it up:", "The path drops down only to
 * reach these villages:") and over a sentence, such as a config file's lines, a list of titles or a
 * table's header under its introduction (a news story's names under "…were named by police as:" had ended
 * the body there). The sentence after the list is no call of the site's (to sign up, to share: teasers
 * under "Here is what else readers are looking at:" stay out). The sentence of the introduction stands
 * under a line of text itself (a site's "You are here:" over a breadcrumb stands under its menu), is no
 * furniture line ("You might also like:"), and the list ends at a furniture line (a pointer label after it
 * heads teasers) and at a line whose shape recurs on the page (a product box and its prices, a menu). Text
 * scrapes only: in saved HTML a cookie dialog's sentence over its options had been read so. Measured on
 * trafilatura-eval text (tp/fp): half A 1329/109 → 1331/109 (a config file's lines and a smiley under
 * "…:"), half B 1265/103 → 1268/103; zyte-dev text unchanged (0.963, no page changes); saved HTML
 * unchanged. Without the recurring-shape stop half B gains as much for fp +2 (A kept a product box); with
 * any line over the list (not only a sentence under text, nor only no furniture line), A fp +10 and B fp
 * +4 (breadcrumbs, teasers).
 * @param lines the non-empty lines
 * @param kinds their kinds, changed in place
 * @param words their lengths in words ({@link wordsIn})
 */
export function markListsBeforeSentence(
  lines: readonly BodyBlock[],
  kinds: LineKind[],
  words: readonly number[],
): void {
  const isText = (k: LineKind | undefined) => k === 'sentence' || k === 'prose';
  const isItem = (j: number) => {
    const kind = kinds[j];
    const text = (lines[j] as BodyBlock).text;
    return (
      (kind === 'short' || kind === 'clause') &&
      !text.endsWith(':') &&
      (words[j] as number) <= MAX_ITEM_WORDS &&
      !isFurnitureLine(text, words[j])
    );
  };
  for (let i = 1; i < lines.length; i++) {
    const text = (lines[i] as BodyBlock).text;
    if (!text.endsWith(':') || !isText(kinds[i]) || !isText(kinds[i - 1])) continue;
    if (isFurnitureLine(text, words[i])) continue;
    let end = i;
    while (end + 1 < lines.length && end - i < MAX_LIST_ITEMS && isItem(end + 1)) end++;
    if (end === i || end + 1 >= kinds.length || kinds[end + 1] !== 'sentence') continue;
    // the sentence after the list is the text's, not the site's call to sign up or share
    const after = (lines[end + 1] as BodyBlock).text;
    if (isSignOffLine(after, words[end + 1]) || isFurnitureLine(after, words[end + 1])) continue;
    for (let j = i + 1; j <= end; j++) kinds[j] = 'item';
  }
}

/**
 * Fewer "Label: value" lines in a row than this are not taken for a list. Measured on zyte-dev and
 * trafilatura-eval text: 3 gives 0.944 → 0.945 and 0.855 → 0.857 (recall +0.003, +0.004); 2 and 4 gain
 * less on trafilatura-eval (0.856).
 */
const MIN_LABELLED = 3;
/** A label is at most this many words before its colon. */
const MAX_LABEL_WORDS = 5;

/**
 * Turns runs of MIN_LABELLED or more "Label: value" lines ("Q: Favourite books?", "Serves: 4",
 * "Spain (Group F): 11th appearance") into `item` lines: lines that share this one shape are a list,
 * a question-and-answer or a fact box inside the text, neither speaking for the body nor against it.
 * `words` holds the lines' lengths in words ({@link wordsIn}) when the caller has them.
 */
export function markLabelledLists(
  lines: readonly BodyBlock[],
  kinds: LineKind[],
  words: readonly number[] = lines.map((l) => wordsIn(l.text)),
): void {
  const isLabelled = (j: number) => {
    const text = (lines[j] as BodyBlock).text;
    const colon = text.indexOf(': ');
    return (
      colon > 0 &&
      colon < text.length - 2 &&
      (words[j] as number) <= MAX_ITEM_WORDS &&
      splitCount(text, colon) <= MAX_LABEL_WORDS
    );
  };
  for (const [from, to] of runsOf(lines.length, isLabelled, MIN_LABELLED))
    for (let j = from; j <= to; j++) {
      const kind = kinds[j];
      if (kind === 'short' || kind === 'repeated' || kind === 'clause') kinds[j] = 'item';
    }
}

/**
 * The length of `text.slice(0, end).split(/\s+/)`, counted without cutting or splitting: one more than
 * the runs of white space (`isSpaceUnit` is `\s`), the empty strings at either end included.
 * @param text a line
 * @param end where the counted part ends
 */
export function splitCount(text: string, end: number): number {
  let parts = 1;
  let space = false;
  for (let i = 0; i < end; i++) {
    const s = isSpaceUnit(text.charCodeAt(i));
    if (s && !space) parts++;
    space = s;
  }
  return parts;
}

/**
 * The runs of consecutive lines that pass a test, each at least `min` lines long.
 * @param count how many lines there are
 * @param test whether line `i` belongs to a run
 * @param min the shortest run kept
 * @returns `[first, last]` line of each run, in order
 */
export function runsOf(count: number, test: (i: number) => boolean, min: number): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < count) {
    if (!test(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < count && test(end + 1)) end++;
    if (end - i + 1 >= min) runs.push([i, end]);
    i = end + 1;
  }
  return runs;
}
