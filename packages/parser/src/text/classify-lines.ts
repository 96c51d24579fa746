import type { BodyBlock } from '../extraction.js';
import {
  copyrightCreditHead,
  copyrightCreditTail,
  creditInParentheses,
  fusedNameCredit,
  slashCreditTail,
} from './caption-credits.js';
import { caselessClause } from './caseless-clause.js';
import { markCodeBlocks } from './code-blocks.js';
import { wordsIn } from './count-words.js';
import { closesOnCreditLabel } from './credit-lines.js';
import { fusedHeadline, fusedLinkList, mayBeFused } from './fused-lines.js';
import { markFusedTeasers } from './fused-teasers.js';
import { endsLikeSentence, sentenceEnds } from './line-ends.js';
import { lowerCaseShare } from './lower-case-share.js';
import {
  markHeadlineLists,
  markIntroducedLists,
  markLabelledLists,
  markListsBeforeSentence,
  markTables,
} from './mark-runs.js';
import { markShortLists } from './mark-short-lists.js';
import { isMarkupLine } from './markup-lines.js';
import { isNoticeLine } from './notice-lines.js';
import { isServerError } from './server-errors.js';
import { tagCloud } from './tag-cloud.js';
import { titleLike } from './title-like.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A lower-case letter, or a letter of a script without case. */
const LOWER_OR_CASELESS = /[\p{Ll}\p{Lo}]/u;

/** What a line of a text scrape looks like, judged from the text alone. */
export type LineKind = 'prose' | 'sentence' | 'clause' | 'row' | 'item' | 'short' | 'repeated' | 'caption';

/**
 * Classifies each line of a text scrape: long `prose`, a short complete `sentence`, a `short` line
 * (menu item, headline, label), or a short line `repeated` elsewhere on the page (navigation, ad markers).
 * @param lines the non-empty lines of the page
 * @param words their lengths in words ({@link wordsIn}), when the caller has them
 * @param scrape true for a text scrape's lines, false (the default) for saved HTML's blocks, whose
 *   elements tell some lists apart already (see {@link markListsBeforeSentence})
 * @returns one kind per line
 */
export function classifyLines(
  lines: readonly BodyBlock[],
  words: readonly number[] = lines.map((l) => wordsIn(l.text)),
  scrape = false,
): LineKind[] {
  // arrays filled by push, not made by `map`: `map` makes a holey array once this function is
  // optimised and a packed one before, and the steps reading them deoptimised on the other (issue 17)
  const shapes: string[] = [];
  for (const l of lines) shapes.push(shapeOf(l.text)); // once per line: it lower-cases the whole line
  const repeated = repeatedShapes(shapes);
  const kindAt = (l: BodyBlock, i: number): LineKind => {
    const length = words[i] as number;
    const kind = kindOf(withoutTrailingFormat(l.text), length, repeated(i));
    // a step or list number on a line of its own ("3.", "(4)") shares the shape of the others but is
    // no menu: neutral (and not kept, see selectBody)
    if (isListMarker(l.text)) return 'item';
    // a PHP error message printed into the page (a plugin's, inside the post) is no line of the article
    // and ends nothing: neutral, like a step number, and not kept
    if (isServerError(l.text)) return 'item';
    // raw HTML that the scrape carries as text (a <noscript> tracking pixel, an ad slot) is no line of
    // the article, however many words its URL gives: neutral, and not kept
    if (isMarkupLine(l.text)) return 'item';
    // a cookie banner, privacy notice or licence disclaimer is furniture, however well it reads (only
    // lines that would count are checked: the phrases cost time on every line)
    if (
      (kind === 'prose' || kind === 'sentence' || kind === 'clause') &&
      isNoticeLine(shapes[i] as string, length)
    )
      return 'short';
    return kind;
  };
  const kinds: LineKind[] = [];
  for (let i = 0; i < lines.length; i++) kinds.push(kindAt(lines[i] as BodyBlock, i));
  markFusedTeasers(lines, kinds, words);
  markHeadlineLists(lines, kinds);
  markTables(lines, kinds);
  markIntroducedLists(lines, kinds, words);
  if (scrape) markListsBeforeSentence(lines, kinds, words);
  markLabelledLists(lines, kinds, words);
  markShortLists(lines, kinds, words);
  if (scrape) markCodeBlocks(lines, kinds, words);
  return kinds;
}

/**
 * Which lines share their shape with another line of the page: the count a `Map` of the shapes kept,
 * from a table of typed arrays reused from page to page (a `Map` grown from 4 slots on each page was
 * 23 MB a pass over 2,000 bench pages, issue 17). Open addressing on a hash of a shape's length and
 * first and last characters; shapes whose hashes meet are told apart by their text, so the answer is
 * the `Map`'s.
 * @param shapes the lines' shapes ({@link shapeOf})
 * @returns whether line `i`'s shape stands on two lines or more (valid until the next call)
 */
export function repeatedShapes(shapes: readonly string[]): (i: number) => boolean {
  const n = shapes.length;
  let size = 16;
  while (size < n * 2) size *= 2;
  if (slots.length < size) slots = new Int32Array(size);
  if (firstOf.length < n) {
    firstOf = new Int32Array(Math.max(n, firstOf.length * 2));
    countOf = new Int32Array(firstOf.length);
  }
  slots.fill(0, 0, size);
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    const shape = shapes[i] as string;
    let slot = shapeHash(shape) & mask;
    for (;;) {
      const held = slots[slot] as number;
      if (held === 0) {
        slots[slot] = i + 1;
        firstOf[i] = i;
        countOf[i] = 1;
        break;
      }
      if (shapes[held - 1] === shape) {
        firstOf[i] = held - 1;
        countOf[held - 1] = (countOf[held - 1] as number) + 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return (i) => (countOf[firstOf[i] as number] as number) > 1;
}

/** {@link repeatedShapes}' table (a line's index + 1, 0 for none) and its first line and count of each shape. */
let slots = new Int32Array(1024);
let firstOf = new Int32Array(512);
let countOf = new Int32Array(512);

/** A hash of a string's length and its first and last {@link HASHED} code units (FNV-1a). */
function shapeHash(text: string): number {
  const length = text.length;
  let h = Math.imul(0x811c9dc5 ^ length, 0x01000193);
  const head = Math.min(length, HASHED);
  for (let j = 0; j < head; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
  for (let j = Math.max(head, length - HASHED); j < length; j++)
    h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The code units hashed at each end of a shape. */
const HASHED = 16;

/** Invisible format characters at a line's end (U+2063 invisible separator, zero-width space, soft hyphen). */
const TRAILING_FORMAT = /\p{Cf}+$/u;

/**
 * A line without the invisible format characters that end it: posts copied from a social network end
 * each line in U+2063 ("…paper towels.⁣"), which hid the sentence's end from the tests of its kind.
 * Alone it changes no figure of trafilatura-eval or zyte-dev text; under the recipe card rule it gives
 * half A tp +2 (a method whose steps end so read as sentences, not as a menu); half B unchanged.
 * @param text a line
 * @returns the line, less such characters at its end (the same string when it has none: most lines)
 */
export function withoutTrailingFormat(text: string): string {
  // every format character is U+00AD or above: a line ending below it is left alone without a search
  return text.length > 0 && text.charCodeAt(text.length - 1) >= 0xad
    ? text.replace(TRAILING_FORMAT, '')
    : text;
}

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const LABEL_CREDIT = /\(\s*\p{L}+\s*:[^()]{1,40}\)$/u;
const CREDIT_AFTER_STOP = /[.!?]["”’)]?\s+\p{Lu}\p{L}+:\s+\p{Lu}[^.!?:]{0,40}$/u;
const GALLERY_COUNT = /^\d+\s?of\s?\d+\s?\p{Lu}/u;
const LIST_MARKER = /^[(#]?\p{N}{1,3}[.):]?$/u;
const NUMBERS = /\p{N}+/gu;

/** The kind of one line, from its text, word count and whether its shape recurs on the page. */
function kindOf(text: string, words: number, repeated: boolean): LineKind {
  const terminal = endsLikeSentence(text);
  // both fused tests first look for a seam or a character beyond Latin-1 (in the first 200 units, in
  // the whole line): one scan of the whole line with a pattern that takes in both says when neither can
  const seamy = mayBeFused(text);
  if ((seamy && fusedHeadline(text)) || titleLike(text, words)) return 'short';
  // a caption ending in its credit: "… (Image: Agency)", "… equivalent. Credit: Agency" (of any length
  // when its label is a picture's: "… in 2014. (Photos by Jane Roe/Agency)"), or a
  // gallery's "2of4 A shopper looks at …" (each pattern first asks for a character it needs: most lines lack it)
  // (an empty text is not read: a read past a string's end deoptimises the code that makes it, issue 17)
  const last = text.length > 0 ? text.charCodeAt(text.length - 1) : -1;
  if (words < 25 && last === 0x29 && LABEL_CREDIT.test(text)) return 'caption';
  if (words < 60 && text.includes(':') && CREDIT_AFTER_STOP.test(text)) return 'caption';
  if (closesOnCreditLabel(text, words)) return 'caption';
  if (text.length > 0 && isAsciiDigit(text.charCodeAt(0)) && GALLERY_COUNT.test(text)) return 'caption';
  if (words < CAPTION_WORDS_POSITION && text.includes('(') && POSITION_MARK.test(text)) return 'caption';
  if (words < CAPTION_WORDS && creditInParentheses(text)) return 'caption';
  if (words >= 4 && words < SHORT_CAPTION_WORDS && slashCreditTail(text)) return 'caption';
  if (words >= 4 && words < SHORT_CAPTION_WORDS && fusedNameCredit(text)) return 'caption';
  if (words >= 4 && words < COPYRIGHT_CAPTION_WORDS && copyrightCreditTail(text)) return 'caption';
  if (words >= COPYRIGHT_HEAD_WORDS && words < COPYRIGHT_CAPTION_WORDS && copyrightCreditHead(text, words))
    return 'caption';
  // the sentence ends count only here, and only on lines of 12 words or more (tagCloud, then prose)
  const sentences = words >= 12 ? sentenceEnds(text) : 0;
  if (tagCloud(text, words, sentences, terminal)) return 'short';
  if (seamy && fusedLinkList(text, words)) return 'short';
  if (!repeated && words >= 25 && (terminal || sentences >= 2)) return 'prose';
  if (!repeated && words >= 40) return 'prose';
  // a question repeated for each interviewee is text; a repeated paragraph (a teaser listed twice)
  // or label is not
  if (terminal && words >= 4 && LOWER_OR_CASELESS.test(text) && (!repeated || words < 15)) return 'sentence';
  // a list item or a clause written in sentence case, long enough not to be a menu entry
  if (!repeated && words >= 8 && lowerCaseShare(text) >= 0.5) return 'clause';
  // in a script without capitals, a line that ends on a comma: a sentence the writer broke over lines
  // ("また、その他にも、" over "…販売する行為や、"); a menu entry ends on none
  if (!repeated && words >= 3 && caselessClause(text)) return 'clause';
  return repeated ? 'repeated' : 'short';
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * A caption names where a person stands in the picture: "Jane Roe (l.) and John Doe", "(rechts)",
 * "(left)", "(v.l.n.r.)"; prose names no such place. Measured on trafilatura-eval text, lines of fewer
 * than 40 words (60 alike): half A fp −2, half B fp −2 and tp −1 (a title kept only with its caption's
 * weight), F 0.8819 → 0.8821; zyte-dev has no such line.
 */
const CAPTION_WORDS_POSITION = 40;
const POSITION_MARK =
  /\((?:l|r|li|re|links|rechts|mitte|left|right|centre|center|izquierda|derecha|v\. ?l\.(?: ?n\. ?r\.)?|from left)\.?\)/iu;

/**
 * A photo caption ending in its credit is shorter than this. Measured on zyte-dev and trafilatura-eval
 * text: 40, 60 and 100 give the same figures (zyte 0.955, fp −60 shingles on two pages;
 * trafilatura-eval 0.873, fp −2, tp −1: a lead that weighed enough only with its caption).
 */
const CAPTION_WORDS = 60;

/**
 * A caption whose credit is glued on is shorter than this (a paragraph may end in a photo credit the
 * page put beside it). Measured on zyte-dev and trafilatura-eval text: 25 gives zyte precision 0.955 →
 * 0.956 and trafilatura-eval fp −2 (HTML fp −2); 40 and 60 cost trafilatura-eval a snippet.
 */
const SHORT_CAPTION_WORDS = 25;

/**
 * A caption ending in a copyright credit is shorter than this. Measured on trafilatura-eval text
 * (tp/fp): half A 1310/124 → 1310/122, half B 1252/109 → 1252/108, zyte-dev text and both HTML sets
 * unchanged; 60 gives the same.
 */
const COPYRIGHT_CAPTION_WORDS = 40;

/**
 * A caption opening with its credit is at least this many words: a name and a short sentence. Measured
 * (text scrapes): 4, 8 and 12 give the same figures on zyte-dev, trafilatura-eval and `eval:unseen`.
 */
const COPYRIGHT_HEAD_WORDS = 8;

/**
 * Tells a list or step number standing on a line of its own ("3.", "(4)", "#5"). Measured on zyte-dev
 * and trafilatura-eval: as neutral items rather than repeated lines, zyte text 0.945 → 0.946,
 * trafilatura-eval text precision +0.001, HTML unchanged.
 * @param text a line
 */
export function isListMarker(text: string): boolean {
  // at most 8 code units (three numbers beyond the BMP and two marks): longer lines, most, need no search
  return text.length <= 8 && LIST_MARKER.test(text);
}

/**
 * The shape of a short line: lower-cased with its numbers blanked, so that "Rating: 9 Votes" and
 * "Rating: 36 Votes", or "2 days ago at 07:52 am" and "3 days ago at 08:12 am", count as the same line.
 * Long lines keep their own text.
 * @param text a line
 */
export function shapeOf(text: string): string {
  const key = text.toLowerCase();
  // most short lines hold no number: the Unicode class is tried only on those that may
  return key.length > 80 || !MAY_BE_NUMBER.test(key) ? key : key.replace(NUMBERS, '#');
}

/** The code units a `\p{N}` may start with: ASCII digits, Latin-1's `²³¹¼½¾`, anything beyond Latin-1. */
const MAY_BE_NUMBER = /[0-9\u00b2\u00b3\u00b9\u00bc-\u00be\u0100-\uffff]/;
