import { isSpaceUnit } from '@briefing/model';
import type { BodyBlock } from '../extraction.js';
import { markCodeBlocks } from './code-blocks.js';
import { holdsUnspacedScript, wordsIn } from './count-words.js';
import { closesOnCreditLabel, isCreditLine } from './credit-lines.js';
import { endsPastInitials } from './ends-past-initials.js';
import { isFurnitureLine } from './furniture-lines.js';
import { markFusedTeasers } from './fused-teasers.js';
import {
  endsOnComma,
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

/** What a line of a text scrape looks like, judged from the text alone. */
export type LineKind = 'prose' | 'sentence' | 'clause' | 'row' | 'item' | 'short' | 'repeated' | 'caption';

/**
 * A line ends like a sentence: a stop, a closing quote or bracket, or an emoji, as blog posts end a
 * sentence ("… and I like that 😉"). Measured with the emoji on zyte-dev and trafilatura-eval text: zyte
 * 0.958 → 0.959 (R 0.956 → 0.959), half A tp +2, half B unchanged; HTML tp +1 fp +1 (half B unchanged).
 * A stop before a quote closed the German or Swiss way (“ ‘ « ‹, and ›) ends a sentence too, at the line's
 * end and inside it: „Wir fahren wieder.“ read as no sentence, so a closing quote was left out of the
 * body; the mark alone does not ("Bundesprogramm „Blaues Band“", a quoted headline). Measured on
 * trafilatura-eval text (tp/fp): half A 1327/108 → 1328/109, half B 1262/104 → 1265/104; zyte-dev text,
 * HTML and eval:unseen unchanged (no page of them changes).
 * The full stops of scripts that do not write "." end a line like a sentence too: Devanagari's and
 * Bengali's "।" and "॥", Arabic's "؟" and Urdu's "۔", Armenian "։", Ethiopic "።", Myanmar "။", Tibetan
 * "།". A news page in Bengali had its paragraphs, caseless and without a Latin stop, read as tag clouds
 * and came out empty. (Counted inside a line too, in SENTENCE_END, they changed no figure and doubled
 * that pattern's time over the c2000 pages' lines, 50 → 100 ms.) Measured on
 * trafilatura-eval text (tp/fp), with the body in NFC (see composeFound): half A 1331/101 → 1333/101
 * (that page), half B 1270/96 unchanged, zyte-dev text unchanged (0.964).
 */
const TERMINAL = /(?:[.!?…:;"”’»)\]。！？」』）।॥؟۔։።။།]|[.!?…][“‘«‹›]|\p{Extended_Pictographic}\uFE0F?)$/u;
const SENTENCE_END = /[.!?…]["”’»)“‘«‹›]?(\s|$)|[。！？]/gu;

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
  const counts = new Map<string, number>();
  // arrays filled by push, not made by `map`: `map` makes a holey array once this function is
  // optimised and a packed one before, and the steps reading them deoptimised on the other (issue 17)
  const shapes: string[] = [];
  for (const l of lines) shapes.push(shapeOf(l.text)); // once per line: it lower-cases the whole line
  for (const key of shapes) counts.set(key, (counts.get(key) ?? 0) + 1);
  const kindAt = (l: BodyBlock, i: number): LineKind => {
    const length = words[i] as number;
    const kind = kindOf(withoutTrailingFormat(l.text), length, (counts.get(shapes[i] as string) ?? 0) > 1);
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
const LOWER_THEN_CAPITAL = /(\p{Ll}{2,}[?!.…"”’]?)(?=\p{Lu}[\p{Ll}\s])/u;
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
  if (terminal && words >= 4 && /[\p{Ll}\p{Lo}]/u.test(text) && (!repeated || words < 15)) return 'sentence';
  // a list item or a clause written in sentence case, long enough not to be a menu entry
  if (!repeated && words >= 8 && lowerCaseShare(text) >= 0.5) return 'clause';
  // in a script without capitals, a line that ends on a comma: a sentence the writer broke over lines
  // ("また、その他にも、" over "…販売する行為や、"); a menu entry ends on none
  if (!repeated && words >= 3 && caselessClause(text)) return 'clause';
  return repeated ? 'repeated' : 'short';
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether a line in a script that has no capitals (Chinese, Japanese, Arabic, Hebrew, Thai…: its first
 * letter is `\p{Lo}`) ends on a comma of any script ({@link endsOnComma}), as a sentence its writer
 * broke over lines does: such a line has no case for {@link lowerCaseShare} to read.
 * @param text a line
 */
function caselessClause(text: string): boolean {
  return endsOnComma(text) && CASELESS_START.test(text);
}

/** A line's first letter, when it is one of a script without capitals. */
const CASELESS_START = /^[^\p{L}]*\p{Lo}/u;

/** {@link LATIN1_SEAM_OR_BEYOND} and {@link LATIN_SEAM_OR_BEYOND} in one: `µ` glued on, `)` between. */
const SEAM_OR_BEYOND = /[a-z\u00b5\u00df-\u00ff][?!.…"”’)]?[A-Z\u00c0-\u00de]|[^\t\n -\u00ff\u2000-\u206f]/;

/**
 * Whether {@link fusedHeadline} or {@link fusedLinkList} may say yes of a line: false when it holds
 * neither a Latin-1 seam nor a character beyond Latin-1, which both look for first (one scan of the
 * whole line instead of two: 55 → 45 ms over the 188,135 lines of 1,000 bench pages).
 * @param text a line
 */
export function mayBeFused(text: string): boolean {
  return SEAM_OR_BEYOND.test(text);
}

/**
 * The sentence ends inside a line ({@link SENTENCE_END}), counted up to 2: kindOf asks only whether
 * there is one and whether there are two (counting all built an array of them for every line).
 * @param text a line
 */
export function sentenceEnds(text: string): number {
  SENTENCE_END.lastIndex = 0;
  let n = 0;
  while (n < 2 && SENTENCE_END.test(text)) n++;
  return n;
}

/** The ASCII characters that end a line like a sentence ({@link TERMINAL}'s ASCII part), 1 each. */
const ASCII_TERMINAL = Uint8Array.from({ length: 128 }, (_, c) =>
  '.!?:;")]'.includes(String.fromCharCode(c)) ? 1 : 0,
);

/**
 * Whether a line ends like a sentence ({@link TERMINAL}): a line ending in ASCII (most) is told by its
 * last character, without the pattern, whose emoji class is tried at every character of the line.
 * @param text a line
 */
export function endsLikeSentence(text: string): boolean {
  // an empty text ends no sentence, and is not read (a read past its end deoptimised `kindOf`)
  if (text.length === 0) return false;
  const c = text.charCodeAt(text.length - 1);
  return c < 128 ? ASCII_TERMINAL[c] === 1 : TERMINAL.test(text);
}

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
/** A credit in parentheses at a line's end: "(Jane Roe/Reuters)", "(AP Photo/John Doe)". */
const PAREN_CREDIT = /\(([^()]{10,80})\)$/u;

/**
 * Tells a photo caption by the credit it ends in: a name and an agency or picture library joined by a
 * slash, in parentheses ("… in Washington. (Joshua Roberts/Reuters)", "(Photo by Jane Roe/Getty
 * Images)", "(mlharing / iStock.com)"). A wire credit closing a paragraph ("(dpa)", "(dpa/gem)") names
 * no photographer and stays text.
 * @param text a line
 */
export function creditInParentheses(text: string): boolean {
  if (!text.endsWith(')')) return false;
  const inner = PAREN_CREDIT.exec(text)?.[1];
  if (inner === undefined) return false;
  return inner.includes('/') && isCreditLine(inner);
}

/**
 * A caption whose credit is glued on is shorter than this (a paragraph may end in a photo credit the
 * page put beside it). Measured on zyte-dev and trafilatura-eval text: 25 gives zyte precision 0.955 →
 * 0.956 and trafilatura-eval fp −2 (HTML fp −2); 40 and 60 cost trafilatura-eval a snippet.
 */
const SHORT_CAPTION_WORDS = 25;
/** A credit at a line's end: capitalised names joined by a slash, "Leonhard Foeger / Reuters file". */
const SLASH_CREDIT =
  /(?:[.!?]["”’)]?|\s)((?:\p{Lu}[\p{L}.'’-]*\s?){1,3}\/\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}(?:\s\p{Ll}+)?)$/u;
/** A credit names at least this many words ("Halle/Saale", "CDU/CSU" are places and parties). */
const SLASH_CREDIT_WORDS = 3;

/**
 * Tells a photo caption by the credit that ends it: names joined by a slash, glued to the caption's
 * last sentence ("…at the Capitol.J. Scott Applewhite / AP file") or after a caption with no stop
 * ("Das Kabinett bei seiner Klausurtagung Bundesregierung/Jane Roe"). A sentence that ends with a stop
 * and then names such a pair is left alone.
 * @param text a line
 */
export function slashCreditTail(text: string): boolean {
  if (!text.includes('/')) return false;
  const m = SLASH_CREDIT.exec(text);
  if (!m || (m[1] as string).trim().split(/[\s/]+/).length < SLASH_CREDIT_WORDS) return false;
  const head = text.slice(0, m.index + 1);
  return !/\s$/u.test(head) || !/[.!?]["”’)]?\s*$/u.test(head);
}

/**
 * A caption ending in a copyright credit is shorter than this. Measured on trafilatura-eval text
 * (tp/fp): half A 1310/124 → 1310/122, half B 1252/109 → 1252/108, zyte-dev text and both HTML sets
 * unchanged; 60 gives the same.
 */
const COPYRIGHT_CAPTION_WORDS = 40;
/**
 * A copyright credit closing a line after its text: "©" or "(c)", then a capitalised name ("… at dusk.
 * © Jane Roe / Agency", "… in the hall / (C) Jane Roe", "… verwendet. - © Agency").
 */
const COPYRIGHT_CREDIT = /\S\s+(?:[-–/|]\s*)?(?:©|\([cC]\))\s*\p{Lu}[^.!?©]{0,50}$/u;

/**
 * Tells a photo caption by the copyright credit that ends it (see COPYRIGHT_CREDIT): a picture's
 * credit is a name after "©". A line opening with "©", or naming a year after it ("© 2020 Agency"), is
 * a rights line, not a caption: it is left to the notice tests (zyte-dev keeps a wire's rights line).
 * @param text a line
 */
export function copyrightCreditTail(text: string): boolean {
  return (text.includes('©') || text.includes('(')) && COPYRIGHT_CREDIT.test(text);
}

/**
 * A caption opening with its credit is at least this many words: a name and a short sentence. Measured
 * (text scrapes): 4, 8 and 12 give the same figures on zyte-dev, trafilatura-eval and `eval:unseen`.
 */
const COPYRIGHT_HEAD_WORDS = 8;
/**
 * A copyright credit opening a line before a sentence: "©", a name with no figure (no year: "© 2020
 * Agency …" is a rights line), then a capitalised word and a lower-case one where the caption starts, and
 * a stop at the end ("© Jane Roe A heron stands in the reeds at dawn.").
 */
const COPYRIGHT_HEAD = /^©\s*\p{L}[^\d]*\s\p{Lu}\p{Ll}*\s\p{Ll}[^©]*[.!?]$/u;

/**
 * Tells a photo caption by the copyright credit that opens it (see COPYRIGHT_HEAD): the picture's
 * credit printed before its caption, as {@link copyrightCreditTail} reads one printed after it. A rights
 * line opening with "©" names a year, ends on no stop ("© Jane Roe, some rights reserved") or holds a
 * notice's or a rights line's words ("© Agency Ltd. All rights reserved.": `data/notice-phrases.yaml`,
 * `data/furniture-phrases.yaml`), and stays for the notice tests. Measured (text scrapes; the round of session 75): zyte-dev text 0.9750 → 0.9754 (P
 * 0.9711 → 0.9718; one page's two captions, "© Name Needle poking skin during …"), trafilatura-eval
 * half A, half B and `eval:unseen` unchanged (no page changes).
 * @param text a line
 * @param words its length in words
 */
export function copyrightCreditHead(text: string, words: number): boolean {
  if (text.charCodeAt(0) !== 0xa9 || !COPYRIGHT_HEAD.test(text)) return false;
  return !isNoticeLine(text.toLowerCase(), words) && !isFurnitureLine(text.slice(1), words); // "©" is one
}

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

/**
 * The share of a line's words that start with a lower-case letter.
 * @param text a line
 */
export function lowerCaseShare(text: string): number {
  // the words of `text.split(/\s+/)` that hold a letter, walked without building them (it runs on many
  // lines of every page): `isSpaceUnit` is `\s`, and a word counts when its first code point is `\p{Ll}`
  let words = 0;
  let lower = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceUnit(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let letter = false;
    for (; i < n && !isSpaceUnit(text.charCodeAt(i)); i++) if (!letter && isLetterAt(text, i)) letter = true;
    if (letter) {
      words++;
      if (isLowerAt(text, start)) lower++;
    }
  }
  return lower / (words || 1);
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** Whether the code point at `i` is a letter (`\p{L}`); ASCII without the pattern. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/** Whether the code point at `i` is a lower-case letter (`\p{Ll}`); ASCII without the pattern. */
function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/**
 * Tells a headline-like line: three to twenty words, nearly all capitalised, with no sentence break
 * inside (a link to another article, a menu entry, the page's own title).
 * @param text a line
 * @param words its length in words ({@link wordsIn}), when the caller has it: a line longer than
 *   twenty is no headline, however few spaces it has (Chinese or Japanese prose naming a school or a
 *   band in Latin letters splits on spaces into a few capitalised "words", see {@link TITLE_WORDS})
 */
export function titleLike(text: string, words = 0): boolean {
  if (/[.!?…]\s/u.test(text)) return false; // first: most lines are prose, and this is cheap
  // only for those scripts: a spaced line's words are its space-split ones, capped in the walk below
  if (words > TITLE_WORDS && holdsUnspacedScript(text)) return false;
  // the words of `text.split(/\s+/)` that hold a letter, walked without building them: a word is
  // capitalised when it matches /^["“‘(]?[\p{Lu}\p{N}]/u or is a SMALL_WORD, upper when /^\p{Lu}/u
  let n = 0;
  let capitalised = 0;
  let upper = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && isSpaceUnit(text.charCodeAt(i))) i++;
    if (i >= length) break;
    const start = i;
    let letter = false;
    for (; i < length && !isSpaceUnit(text.charCodeAt(i)); i++)
      if (!letter && isLetterAt(text, i)) letter = true;
    if (!letter) continue;
    if (++n > 20) return false;
    const first = capitalAt(text, start, i);
    if (first === 2) upper++;
    const c = text.charCodeAt(start);
    if (
      first !== 0 ||
      (OPENING_MARKS.has(c) && capitalAt(text, start + 1, i) !== 0) ||
      (c >= 97 && c <= 122 && i - start <= 4 && SMALL_WORD.test(text.slice(start, i)))
    )
      capitalised++;
    // of 20 words at most, nine in ten capitalised: a third that is not says no (most lines, early)
    else if (n - capitalised >= 3) return false;
  }
  return n >= 3 && capitalised / n >= 0.9 && upper >= 2;
}

/**
 * A headline in Chinese or Japanese is at most this many words (as {@link wordsIn} counts them: a word
 * per two characters), the cap titleLike's walk over space-split words sets in spaced scripts. Measured
 * on trafilatura-eval: a Chinese page's paragraphs naming a school in Latin letters had read as headlines
 * and cut the body's start off; HTML half A tp +1 (1393 → 1394), fp unchanged; text, half B, zyte-dev and
 * eval:unseen unchanged; of 2,236 dev pages only that page's output changes (hash-output).
 */
const TITLE_WORDS = 20;

/** The marks a capitalised word of a headline may open with: `"`, `“`, `‘`, `(`. */
const OPENING_MARKS = new Set([0x22, 0x201c, 0x2018, 0x28]);
const CAPITAL = /\p{Lu}/u;
const NUMBER = /\p{N}/u;

/** 2 when the code point at `i` (before `end`) is a capital (`\p{Lu}`), 1 a number (`\p{N}`), else 0. */
function capitalAt(text: string, i: number, end: number): 0 | 1 | 2 {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 1 : 0;
  const ch = String.fromCodePoint(text.codePointAt(i) as number);
  return CAPITAL.test(ch) ? 2 : NUMBER.test(ch) ? 1 : 0;
}

/**
 * A fused headline runs to at least this many words before its seam: with three, a German sentence
 * opening on two nouns and a brand written in camel case ("Das Marktforschungsunternehmen YouGov …")
 * read as one. Measured on trafilatura-eval text: half A tp +3 (fp unchanged), half B unchanged,
 * zyte-dev text R 0.959 → 0.960 (an embedded post kept), P unchanged.
 */
const FUSED_WORDS = 4;

const SMALL_WORD = /^(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|the|to|vs|with)$/;
/** A lower-case letter, perhaps a closing mark, and a capital followed by a lower-case letter or a space. */
const SEAM = /\p{Ll}[?!.…"”’]?\p{Lu}[\p{Ll}\s]/u;
/**
 * {@link SEAM}'s first three characters among the letters of Latin-1 (`µ` and `ß`–`ÿ` are lower case,
 * `À`–`Þ` capitals), or a character beyond Latin-1 and General Punctuation: one scan of the line for
 * both (two took a quarter more time: 59 → 47 ms over the 188,319 lines of 1,000 bench pages).
 */
const LATIN1_SEAM_OR_BEYOND =
  /[a-z\u00b5\u00df-\u00ff][?!.…"”’]?[A-Z\u00c0-\u00de]|[^\t\n -\u00ff\u2000-\u206f]/;

/**
 * Tells a link teaser whose headline ran into its blurb when the page was copied
 * ("Week 12: Deebo Samuel Emerging As Strong WR OptionsThe 49ers and …"): a run of FUSED_WORDS or more
 * capitalised words glued to the next capitalised word without a space.
 * @param text a line
 */
export function fusedHeadline(text: string): boolean {
  const head = text.slice(0, 200);
  // a lower-case letter glued to a capital: without one (most lines) the costlier search cannot match;
  // a Latin-1 line is first looked at without Unicode classes (a fifth of the cost)
  if (!LATIN1_SEAM_OR_BEYOND.test(head) || !SEAM.test(head)) return false;
  const m = LOWER_THEN_CAPITAL.exec(head);
  if (!m) return false;
  const before = text
    .slice(0, m.index + (m[1] as string).length)
    .split(/\s+/)
    .filter(Boolean);
  if (before.length < FUSED_WORDS) return false;
  const capitalised = before.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / before.length >= 0.8;
}

/**
 * Tells a tag cloud or a run of topic links copied onto one line: 12 words or more with no sentence
 * end anywhere (the stop after a name's initial is none, see {@link endsPastInitials}), and either mostly capitalised words or mostly list separators ("Politics, Economy |
 * Elections · …"). Prose that long without a sentence end is rare; prose mostly capitalised rarer
 * (German nouns leave it at about a third). Measured on zyte-dev/text and trafilatura-eval/text, from
 * 12 or 25 words alike: F unchanged (0.942, 0.845), trafilatura-eval precision +0.001.
 * @param text a line
 * @param words its word count
 * @param sentences the sentence ends inside it
 * @param terminal whether it ends like a sentence
 */
export function tagCloud(text: string, words: number, sentences: number, terminal: boolean): boolean {
  if (words < 12 || terminal) return false;
  // a stop after a name's initial ("John W. Smith") ends no sentence: a cloud of names holds them.
  // Measured on trafilatura-eval text (tp/fp): half A 1323/114 → 1324/114 (a post's tags of names won
  // over its short text), half B 1253/104 and zyte-dev text 0.962 unchanged; of 3,236 dev and bench
  // pages only that one changes (the test asks first for few words in lower case)
  // a line in a script without capitals (Chinese, Japanese, Arabic…) has no case to read: only its
  // separators tell (a sentence broken over lines, "…販売するような行為は、", had read as a cloud)
  const cased = !CASELESS_START.test(text);
  if (sentences > 0) return cased && lowerCaseShare(text) < 0.4 && !endsPastInitials(text);
  if (cased && lowerCaseShare(text) < 0.4) return true;
  // the separators counted by the pattern's test (no array of matches), and only up to what is needed
  SEPARATOR.lastIndex = 0;
  let separators = 0;
  while (separators < words / 3 && SEPARATOR.test(text)) separators++;
  return separators >= words / 3;
}

/** A list separator inside a line: a mark between spaces, or a comma before one. */
const SEPARATOR = /\s[|·•,/–-]\s|,\s/gu;

/**
 * A quick test before counting, in one scan: a Latin-1 lower-case letter glued to a capital, or any
 * character beyond Latin-1 and General Punctuation (Greek, Cyrillic, Latin Extended), which only the
 * count can judge.
 */
const LATIN_SEAM_OR_BEYOND = /[a-z\u00df-\u00ff][?!.…"”’)]?[A-Z\u00c0-\u00de]|[^\t\n -\u00ff\u2000-\u206f]/;
/** Marks that may stand between a glued word's end and the next link's capital ("…Fakten"Beauty"). */
const SEAM_MARKS = new Set([...'?!.…"”’)']);

/**
 * Counts the seams in a line where a word in lower case (two letters or more, perhaps with a closing
 * mark) runs into a capital followed by a lower-case letter: "…lebtAlpha", "…Fakten"Beauty". A loop over
 * the characters, as a Unicode-class regular expression costs ten times as much on long lines.
 * @param text a line
 */
export function countSeams(text: string): number {
  let seams = 0;
  let lower = 0; // lower-case letters in a row just before
  for (let i = 0; i < text.length; i++) {
    const kind = letterCase(text, i);
    if (kind === 1) {
      lower++;
      continue;
    }
    let j = i;
    if (kind === 0 && lower >= 2 && SEAM_MARKS.has(text[i] as string)) j++;
    if (lower >= 2 && letterCase(text, j) === 2 && letterCase(text, j + 1) === 1) seams++;
    lower = 0;
  }
  return seams;
}

/** 1 for a lower-case letter at `i`, 2 for a capital, 0 for anything else. */
function letterCase(text: string, i: number): 0 | 1 | 2 {
  // -1 past the end, which is not read: a read there deoptimises the code that makes it (issue 17)
  const c = i < text.length ? text.charCodeAt(i) : -1;
  if (c < 128) return c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : 0;
  const ch = text[i] as string;
  const up = ch.toUpperCase();
  const low = ch.toLowerCase();
  return up === low ? 0 : ch === low ? 1 : 2;
}

/**
 * A line of links copied without their separators has one glued seam every this many words or fewer
 * (brand names, "WordPress", "PodGrab", leave prose far below). Measured on zyte-dev and
 * trafilatura-eval text: 6, 8 and 12 give the same figures (trafilatura-eval tp +3, zyte unchanged).
 */
const WORDS_PER_SEAM = 8;

/**
 * Tells a list of links (a blogroll, a menu, topic links) copied onto one line without separators,
 * "Alles was lebtAlpha CepheiAnd the water seems invitingAstrodicticum Simplex…": 20 words or more with
 * four or more seams where a word in lower case runs into the next one's capital, at least one every
 * WORDS_PER_SEAM words. Long enough to pass for prose, and never the article.
 * @param text a line
 * @param words its word count
 */
export function fusedLinkList(text: string, words: number): boolean {
  if (words < 20) return false;
  // most lines are Latin-1 with no lower-case letter glued to a capital: nothing to count then
  if (!LATIN_SEAM_OR_BEYOND.test(text)) return false;
  const seams = countSeams(text);
  return seams >= 4 && seams * WORDS_PER_SEAM >= words;
}
