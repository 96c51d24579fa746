import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';

/** A line of code is at most this long: longer lines are text, or a script's minified payload. */
const MAX_CODE_CHARS = 160;
/**
 * Lines of code in one block stand at most this many lines apart (a comment, a keyword line or an
 * output line between two lines the test tells), with no paragraph between them. Measured on
 * trafilatura-eval text (tp/fp) and `eval:unseen` text: 3 or 5 give half A 1336/99 → 1337/99 and
 * unseen 0.858 → 0.860; 2 gives A the same and unseen 0.858.
 */
const CODE_GAP = 3;
/**
 * The lines right under a block of code, up to this many, that run on to a line of text are the
 * program's output ("> 29", "100"), part of the block. Measured as CODE_GAP: 8 or 12 give half A tp
 * +1, 4 gives A unchanged (the output of half A's page runs to 6 lines); unseen 0.860 with any.
 */
const OUTPUT_LINES = 8;
/**
 * A sentence is the article's text around a listing when it has at least this many words: a page's
 * own script copied into the scrape holds short lines that end like sentences ("families : ['A','B']").
 * Measured as CODE_GAP: 4 and 6 give half A tp +1 and unseen 0.860, but at 4 a half B page's script
 * joined its body (no snippet moved); 10 gives unseen 0.858.
 */
const MIN_TEXT_WORDS = 6;

// a character that a call, a brace, a closing `):` or a name's underscore or subscript needs
const CODE_CHARACTER = /[(){};_[]/;
// a call: a name with its parenthesis glued to it ("len(items)", "ctypes.cast(addr"), not "Name (…)"
// (one character before the parenthesis: a pattern that matched the whole name backtracked on each)
const CALL = /[\p{L}\p{N}_$]\(/u;
// an operator between two operands, as programs space them ("x = 1", "a == b", "x => y", "p <- c(1)")
const OPERATOR = /\S\s?(?:==|!=|=>|->|<-|\+=|-=|:=|\|\||&&)\s?\S|[\w)\]'"]\s=\s\S/u;
// a block's braces or a statement's end: "{", "}", ";" or "):" closing the line, "}" opening it
const BRACE = /(?:[{};]|\):)\s*$|^\s*[{}]/u;
// a name holding an underscore ("user_agent", "type_", "__init__"), or a subscript ("argv[1]")
const NAME = /\w_|_\w|[\w)\]]\[[\w'"-]*\]/u;

/**
 * Whether a line reads as a line of a program: two or more of a call (`name(`), an operator between
 * operands (`=`, `==`, `=>`, `->`, `<-`, `+=`), a brace, a semicolon or `):` closing the line, and a
 * name holding an underscore or a subscript (`argv[1]`). Told by punctuation only, so it holds for any
 * programming language and any human one; prose has none of these shapes or one at most.
 * @param text a line
 */
export function isCodeLine(text: string): boolean {
  // every pair of signs holds one of these characters (one pattern before four: most lines hold none)
  if (text.length < 3 || text.length > MAX_CODE_CHARS || !CODE_CHARACTER.test(text)) return false;
  // the operator's pattern, the dearest, last, and only when it decides
  const signs = (BRACE.test(text) ? 1 : 0) + (NAME.test(text) ? 1 : 0) + (CALL.test(text) ? 1 : 0);
  return signs >= 2 || (signs === 1 && OPERATOR.test(text));
}

/**
 * Turns the lines of a block of code inside a text scrape — two or more lines of code (see
 * {@link isCodeLine}) at most CODE_GAP lines apart with no paragraph between them, with a line of text
 * at most CODE_GAP lines above it and one under it past the program's output (up to OUTPUT_LINES) —
 * that read as furniture (short lines, lines repeated on the page such as `def setUp(self):` or `try:`,
 * captions) into `item` lines, the output's with them: a technical post's listing neither speaks for
 * the body nor against it. Costed as a run of furniture, a listing cut the post in two, the half after
 * it lost, and inside the body its short lines were left out as labels. Measured on trafilatura-eval
 * text (tp/fp): half A 1336/99 → 1337/99 (five pages of code change, one gains its closing sentence
 * after a listing and its output), half B 1271/93 unchanged (no page changes), zyte-dev text 0.964
 * unchanged (no page changes), saved HTML not touched; `eval:unseen` text 0.858 (P 0.920, R 0.804) →
 * 0.860 (P 0.920, R 0.807), its missed 4-grams 19,402 → 18,944 (`classify:text-places`, 4 pages'
 * bodies change). Lines with one sign only (`total = 0`, `print(total)`) as part of a block that holds
 * a line with two: 1 + 1 lines, the same figures; 3 lines in all, A the same, unseen 0.859; 4, A 1336/99, unseen 0.859.
 * @param lines the non-empty lines
 * @param kinds their kinds, changed in place
 * @param words their lengths in words (`wordsIn`)
 */
export function markCodeBlocks(
  lines: readonly BodyBlock[],
  kinds: LineKind[],
  words: readonly number[],
): void {
  const n = lines.length;
  let i = 0;
  while (i < n) {
    if (!isCodeLine((lines[i] as BodyBlock).text)) {
      i++;
      continue;
    }
    let end = i;
    for (let j = i + 1; j < n && j - end <= CODE_GAP && kinds[j] !== 'prose'; j++)
      if (isCodeLine((lines[j] as BodyBlock).text)) end = j;
    // the article goes on around its listing: text above it and, past the output, text under it (a
    // page's own script copied into the scrape stands among menus, not between paragraphs)
    let k = end + 1;
    while (k < n && k - end <= OUTPUT_LINES && (isFurnitureKind(kinds[k]) || kinds[k] === 'item')) k++;
    if (
      end > i &&
      k - end <= OUTPUT_LINES &&
      isText(lines, kinds, words, k) &&
      textAbove(lines, kinds, words, i)
    )
      for (let m = i; m < k; m++) if (isFurnitureKind(kinds[m])) kinds[m] = 'item';
    i = end + 1;
  }
}

/** Whether line `k` is text (prose or a sentence) and no line of code. */
function isText(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
  k: number,
): boolean {
  const kind = kinds[k];
  return (
    (kind === 'prose' || (kind === 'sentence' && (words[k] as number) >= MIN_TEXT_WORDS)) &&
    !isCodeLine((lines[k] as BodyBlock).text)
  );
}

/** Whether a line of text stands at most CODE_GAP lines above line `first`. */
function textAbove(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
  first: number,
): boolean {
  for (let k = first - 1; k >= 0 && first - k <= CODE_GAP; k--)
    if (isText(lines, kinds, words, k)) return true;
  return false;
}

/** The kinds of line that cost a region as furniture. */
function isFurnitureKind(kind: LineKind | undefined): boolean {
  return kind === 'short' || kind === 'repeated' || kind === 'caption';
}
