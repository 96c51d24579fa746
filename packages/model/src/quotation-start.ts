import { leftOpen } from './join-quotations.js';
import { closesFirst, openingMarkFor } from './quoted-passages.js';
import type { Sentence } from './sentences.js';

/**
 * How many sentences back the one that opened a quotation may be. The sentence splitter joins a
 * quotation's sentences within a paragraph (`joinQuotations`, up to 3); a text written one sentence a
 * paragraph leaves them apart, and on the six Wikinews cluster briefs each such quotation had opened one
 * or two sentences before.
 */
const MAX_BACK = 3;
/** The longest quotation so rejoined, in characters: as `joinQuotations`' longest joined sentence. */
const MAX_LENGTH = 600;

/**
 * A sentence that begins inside a quotation a sentence before it opened ('It is not going to be a
 * pleasant ride," Ruiz said.', after '"I dread the crossing on Monday.' in the paragraph before, as a text
 * written one sentence a paragraph gives them), read from the quotation's opening mark: the sentences
 * from the one that opened it, their text with each line break a space, and where they start. A
 * sentence that begins inside none is itself; one whose opening is not found near (no sentence within
 * {@link MAX_BACK} leaves a quotation open, or one between holds a mark) gets the opening mark it lacks.
 * @param sentences the article's sentences
 * @param at the sentence's index
 * @param text the text their offsets are in
 * @returns the text to show and the offset it starts at in `text`
 */
export function fromOpeningMark(
  sentences: readonly Sentence[],
  at: number,
  text: string,
): { text: string; start: number } {
  const s = sentences[at] as Sentence;
  const mark = openingMarkFor(s.text);
  if (mark === null) return { text: s.text, start: s.start };
  for (let j = at - 1; j >= 0 && at - j <= MAX_BACK; j--) {
    const before = sentences[j] as Sentence;
    if (s.end - before.start > MAX_LENGTH) break;
    if (leftOpen(before.text) === 'double') {
      return { text: text.slice(before.start, s.end).replace(/\s*\n\s*/gu, ' '), start: before.start };
    }
    // a sentence between that holds a mark of its own is no part of one quotation
    if (/["“”]/u.test(before.text) || closesFirst(before.text) >= 0) break;
  }
  return { text: `${mark}${s.text}`, start: s.start };
}
