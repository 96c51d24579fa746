import { wordsIn } from './count-words.js';
import { phraseList, phrases } from './phrase-matcher.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A quotation mark after a space. */
const SPACE_QUOTE = /\s["“„«‘]/u;
/** White space between words. */
const SPACES = /\s+/;

/** A comment form's heading is at most this many words ("Leave a Reply", "Schreibe einen Kommentar"). */
const MAX_FORM_WORDS = 8;

/**
 * Tells the heading of a comment form or reply box: a short line (MAX_FORM_WORDS words at most)
 * that opens with a call to write a comment (`data/comment-form-phrases.yaml`).
 * @param text a line
 * @param words its word count, when known
 */
export function isCommentForm(text: string, words = wordsIn(text)): boolean {
  // a thread's heading quotes the title: "12 thoughts on “Title”" counts the words before the quote
  if (words > MAX_FORM_WORDS) {
    const quote = text.slice(0, 100).search(SPACE_QUOTE);
    if (quote === -1 || wordsIn(text.slice(0, quote)) > MAX_FORM_WORDS) return false;
  }
  // the call opens the line: "28 May 2015 admin Leave a comment" is a post's header linking to the form
  return phrases('comment-form-phrases.yaml').test(openingOf(text));
}

/** White space that is not one plain space between words (a run, a tab, a space of another kind). */
const ODD_SPACE = /\s\s|[^\S ]/;

/**
 * A line's first FORM_OPENING words in lower case, joined by single spaces: as
 * `text.toLowerCase().split(/\s+/).slice(0, FORM_OPENING).join(' ')` gives them. A line of words
 * between single spaces (every line of a text scrape) is cut at its FORM_OPENING-th space and only
 * that much is lower-cased (cut at a space, no letter's lower case depends on what follows).
 */
export function openingOf(text: string): string {
  if (ODD_SPACE.test(text) || text.startsWith(' ') || text.endsWith(' '))
    return text.toLowerCase().split(SPACES).slice(0, FORM_OPENING).join(' ');
  let end = -1;
  for (let k = 0; k < FORM_OPENING; k++) {
    end = text.indexOf(' ', end + 1);
    if (end === -1) break;
  }
  return (end === -1 ? text : text.slice(0, end)).toLowerCase();
}

/** A comment form's call stands within a line's first this many words (the longest phrase has five). */
const FORM_OPENING = 5;

/** A comment's header is at most this many words: a name or a handle and "says:". */
const MAX_HEADER_WORDS = 8;
/** A comment's date line under its header: a year or a time ("3. November 2023 um 20:14 Uhr"). */
const STAMP = /(?<!\p{N})\p{N}{4}(?!\p{N})|\p{N}:\p{N}{2}/u;

/**
 * Tells the header of a reader's comment: a short line (MAX_HEADER_WORDS words at most) ending in a
 * word of `data/comment-said-words.yaml` and a colon ("Jane Roe says:", "Max Muster sagt:"), with a
 * line of 10 words at most under it that holds a year or a time (the comment's date). An editor's
 * verdict in a review ("Our editors say:") has no date under it.
 * @param text a line
 * @param next the line under it, if any
 */
export function isCommentHeader(text: string, next: string | undefined): boolean {
  if (!text.endsWith(':') || text.length > 100 || next === undefined) return false;
  const words = wordsIn(text);
  if (words < 2 || words > MAX_HEADER_WORDS) return false;
  const head = ` ${text.slice(0, -1).trimEnd().toLowerCase()}`;
  let said = false;
  for (const w of phraseList('comment-said-words.yaml')) if (head.endsWith(` ${w}`)) said = true;
  return said && wordsIn(next) <= 10 && STAMP.test(next);
}
