import type { BodyBlock } from '../extraction.js';
import { FIELD_BREAK } from './byline-lines.js';
import { bylineWords, bylineWordsOf } from './byline-words.js';
import type { LineKind } from './classify-lines.js';
import { isCommentForm, isCommentHeader } from './comment-lines.js';
import { wordsIn } from './count-words.js';
import { holdsPointerPhrase } from './furniture-lines.js';
import { opensOnMoreWord } from './opening-labels.js';

/**
 * How many lines under the body's end are read for its byline. Measured on trafilatura-eval's text
 * scrapes (eval:authors F1): 8 against 5 gives half A one writer more (a byline under a box of links),
 * half B unchanged; 12 names a "no author" page on each half (0.042 → 0.048, 0.034 → 0.041).
 */
const UNDER_BODY = 8;
/**
 * A byline with another within this many lines under it is an entry of a list (teasers each over
 * their writer's byline), not the article's. Measured on trafilatura-eval's text scrapes: 4 against 2
 * gives half B one wrong name fewer (F1 0.528 → 0.530), against 8 half A one writer more.
 */
const LIST_SPAN = 4;
/** A box's label is at most this many words ("Lesen Sie auch", "More from our writers"). */
const MAX_LABEL_WORDS = 8;

/**
 * Whether a line labels a box of other pages' items ("Related", "Lesen Sie auch", "More from …"):
 * the `also`, `related` and `more` groups of `data/furniture-phrases.yaml` (`holdsPointerPhrase`), or an
 * opening word of `data/more-labels.yaml`, on a short line. A byline under it is a teaser's.
 */
function labelsBox(text: string, words: number): boolean {
  if (words > MAX_LABEL_WORDS) return false;
  return opensOnMoreWord(text) || holdsPointerPhrase(text);
}

/**
 * Whether the first byline word of a line ("by", "von", "di" of `data/byline-words.yaml`) is one of
 * the page's language or of English (a site's template writes "Posted by" on pages in any language):
 * "Di Dienstag - 14.30 Uhr" on a German page is a weekday's short name, not Italian "di". A line with
 * none (an author's label) passes, and so does any line of a page whose language is unknown.
 * @param text a line
 * @param language the page's language (BCP 47), or "und"
 */
function inPageLanguage(text: string, language: string): boolean {
  const own = bylineWordsOf(language);
  if (own.length === 0) return true;
  const every = bylineWords();
  for (const token of text.toLowerCase().split(FIELD_BREAK)) {
    if (!every.has(token)) continue;
    return own.includes(token) || bylineWordsOf('en').includes(token);
  }
  return true;
}

/**
 * The writer a byline under a text scrape's body names ("Posted by Jane Roe at 2:33 PM", "Text: Jane
 * Roe", "Author: Jane Roe" closing the post): the first line `parse` reads as a byline among the
 * {@link UNDER_BODY} lines under the body's last line, when no box's label (`labelsBox`), no comment
 * form or comment header stands between, the line is no line repeated on the page (a teaser's, a
 * menu's), its byline word is of the page's language or English (`inPageLanguage`) and no other
 * byline follows within {@link LIST_SPAN} lines (a list of teasers or posts).
 * Read only when no line above the body names the writer: a byline under the body is as often a
 * teaser's or a comment's.
 * @param lines the page's lines
 * @param last the index of the body's last line
 * @param kinds the lines' kinds, from `classifyLines`
 * @param parse reads a byline line's authors, or null
 * @param language the page's language (BCP 47), or "und"
 * @param words the lines' lengths in words, when known
 * @returns the authors, or undefined when no line so stands
 */
export function bylineUnderBody(
  lines: readonly BodyBlock[],
  last: number,
  kinds: readonly LineKind[],
  parse: (line: string) => { authors: string[] } | null,
  language: string,
  words?: readonly number[],
): string[] | undefined {
  const count = (i: number) => words?.[i] ?? wordsIn((lines[i] as BodyBlock).text);
  const end = Math.min(lines.length, last + 1 + UNDER_BODY);
  for (let i = last + 1; i < end; i++) {
    const text = (lines[i] as BodyBlock).text;
    if (isCommentForm(text, count(i)) || isCommentHeader(text, lines[i + 1]?.text)) return undefined;
    if (labelsBox(text, count(i))) return undefined;
    const found = parse(text);
    if (found === null) continue;
    if (kinds[i] === 'repeated' || !inPageLanguage(text, language)) return undefined;
    for (let j = i + 1; j <= i + LIST_SPAN && j < lines.length; j++)
      if (parse((lines[j] as BodyBlock).text) !== null) return undefined;
    return found.authors;
  }
  return undefined;
}
