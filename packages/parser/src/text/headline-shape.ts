import { isSkipLink } from './furniture-lines.js';
import { isByline } from './looks-like-byline.js';
import { isMarkupLine } from './markup-lines.js';
import { isMenuLine } from './menu-lines.js';
import { isPublicationNote } from './opening-notes.js';
import { words } from './title-words.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A comma, semicolon or colon closing a line. */
const PAUSE_END = /[,;:]$/;

/**
 * The fewest words of a candidate: with one or two, 37 more of the 428 titles of half A are candidates
 * but the many short menu labels make the ranking worse (0.63 against 0.64 right).
 */
export const MIN_WORDS = 3;

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const HAS_LETTER = /\p{L}/u;
const NO_LOWER_FIRST = /^\P{Ll}/u;

/**
 * Whether a line of a page's opening reads as its headline wherever it stands: a headline's shape (see
 * `titleCandidates`) or a name of one or two words, and none of what is never a headline.
 * @param text the line
 */
export function readsAsHeadline(text: string): boolean {
  return (isHeadline(text) || isShortName(text)) && !isNoHeadline(text);
}

/**
 * Whether a line is never a headline, whatever its shape: a byline, a post's publication note, a link to
 * another post, a skip link, raw HTML.
 */
export function isNoHeadline(text: string): boolean {
  return (
    isByline(text) ||
    isPublicationNote(text) ||
    isPostLink(text) ||
    isSkipLink(text) ||
    // raw HTML the scrape carries as text (a <noscript> tracking pixel) is no headline
    isMarkupLine(text) ||
    // nor is a line holding a web address: a print page's "This article was printed from: www.…"
    WEB_ADDRESS.test(text)
  );
}

/** A web address: a scheme, "www.", or a domain followed by a path ("example.org/news/…"). */
const WEB_ADDRESS = /:\/\/\S|\bwww\.\S|\b[\p{L}\d-]+\.\p{Ll}{2,}\/\S/u;

/**
 * A link to the previous or the next post, or a call to follow a link: an arrow or a lone guillemet
 * opens or closes it ("« Older post title", "← Previous title", "Next title →", "Zum Angebot »"). A
 * quotation in guillemets ("« Je ne fais pas … »", "«Wir waren …»") holds both of its marks and stays a
 * headline.
 */
function isPostLink(text: string): boolean {
  if (POST_LINK_OPEN.test(text)) return !text.includes('»');
  if (POST_LINK_CLOSE.test(text)) return !text.includes('«');
  return false;
}

const POST_LINK_OPEN = /^(?:[←⟵]|[«‹]\s)/;
const POST_LINK_CLOSE = /\s[»›→⟶]$/;

/**
 * A line of one or two words that could name a page: no lead-in (a final comma or colon), not long, not
 * opening in small letters (a tag).
 */
export function isShortName(text: string): boolean {
  const n = words(text);
  // a line written without spaces (Chinese, Japanese) is a sentence more often than a name
  return n >= 1 && n < MIN_WORDS && text.length <= 40 && !PAUSE_END.test(text) && NO_LOWER_FIRST.test(text);
}

/** Whether a line has a headline's shape: 3 to 30 words, a letter, no {@link NO_HEADLINE_END}, no menu line. */
export function isHeadline(text: string): boolean {
  const n = words(text) + ideographWords(text);
  return (
    n >= MIN_WORDS && n <= 30 && HAS_LETTER.test(text) && !NO_HEADLINE_END.test(text) && !isMenuLine(text)
  );
}

/**
 * How a headline does not end: with a comma, semicolon or colon (a lead-in), or with two dots or four
 * or more. A full stop or an ellipsis of three dots may close one (but not the body's first line): on
 * trafilatura-eval half A the title is then among the candidates of 360 pages of 428 (358 before), and
 * with `endsStop` weighing such lines the ranking holds.
 */
const NO_HEADLINE_END = /(?:[,;:。，；：]|(?:^|[^.])\.\.|\.{4})$/;

/** Chinese and Japanese characters (Han, kana), written without spaces. */
const IDEOGRAPHS = /[\u3040-\u30ff\u3400-\u9fff]/g;

/**
 * The words a line written in Chinese or Japanese holds beyond its spaces, at two characters a word:
 * a headline of 6 to 60 characters is a candidate, and a paragraph with no space is none.
 */
function ideographWords(text: string): number {
  IDEOGRAPHS.lastIndex = 0;
  if (!IDEOGRAPHS.test(text)) return 0;
  return Math.floor((text.match(IDEOGRAPHS)?.length ?? 0) / 2);
}
