import { isSpaceUnit } from '@briefing/model';
import type { shapeOf } from './classify-lines.js';
import { openingOf } from './comment-lines.js';
import { wordsIn } from './count-words.js';
import { type FurniturePhrases, phrases, readPhraseData } from './phrase-matcher.js';

/**
 * A line of at most this many words holding a notice phrase is furniture, however well it reads; longer
 * ones are text about cookies or licences. Measured on zyte-dev and trafilatura-eval: text F unchanged
 * (0.944, 0.855; trafilatura-eval precision +0.001), HTML 0.980 → 0.981 and 0.881 → 0.882.
 */
export const MAX_NOTICE_WORDS = 80;

/**
 * Tells a site notice by what it says: a line of at most MAX_NOTICE_WORDS words holding a phrase of a
 * cookie banner, a privacy or terms notice, or a licence or liability disclaimer (`data/notice-phrases.yaml`).
 * @param lower a line in lower case (its digits may be blanked, as {@link shapeOf} does)
 * @param words its word count
 */
export function isNoticeLine(lower: string, words: number): boolean {
  return words <= MAX_NOTICE_WORDS && phrases('notice-phrases.yaml').test(lower);
}

/**
 * Tells the line a blog prints under a post ("This entry was posted in …", "Dieser Eintrag wurde
 * veröffentlicht in …", "Abgelegt unter …"): a line of at most MAX_NOTICE_WORDS words that opens with
 * a phrase of the `post` group of `data/notice-phrases.yaml` (its first word is a phrase's first word,
 * and the phrase stands among its first FORM_OPENING words): the same words inside an article's
 * sentence ("Die Akten wurden abgelegt unter …") are no footer, and most lines are passed over on their
 * first word alone (the test runs on every line of a body).
 * @param text a line
 * @param words its word count, when known
 */
export function isPostFooter(text: string, words = wordsIn(text)): boolean {
  if (words > MAX_NOTICE_WORDS) return false;
  let i = 0;
  while (i < text.length && isSpaceUnit(text.charCodeAt(i))) i++;
  let j = i;
  while (j < text.length && j - i <= MAX_OPENING_CHARS && !isSpaceUnit(text.charCodeAt(j))) j++;
  if (j - i > MAX_OPENING_CHARS || !postOpenings().has(text.slice(i, j).toLowerCase())) return false;
  return phrases('notice-phrases.yaml', ['post'], 'post-footer').test(openingOf(text));
}

/** A post footer's first word is no longer than this ("abgelegt"): longer first words are not looked up. */
const MAX_OPENING_CHARS = 12;

let postWords: Set<string> | undefined;

/** The first words of the `post` group's phrases ("this", "abgelegt", "dieser", …), read once. */
function postOpenings(): Set<string> {
  if (postWords === undefined) {
    const data = readPhraseData('notice-phrases.yaml') as FurniturePhrases;
    postWords = new Set((data.post ?? []).map((p) => p.split(' ')[0] as string));
  }
  return postWords;
}
