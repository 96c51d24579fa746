import { isStatementText } from './sentence-news.js';
import type { Sentence } from './sentences.js';

/**
 * A subject that points back by a demonstrative ("This sent prices …", "These credit lines will …",
 * "Such claims have …"), after a connective: what it stands for, only the sentences before say.
 */
export const DEMONSTRATIVE_SUBJECT =
  /^(?:(?:However|Meanwhile|Also|In addition),?\s+)?(?:This|These|Those|Such|That)\s+\p{Ll}/u;
/**
 * The longest text so joined, in characters: as a quotation rejoined from its opening mark
 * (`fromOpeningMark`), a paragraph's worth.
 */
const MAX_LENGTH = 600;

/**
 * A sentence whose subject points back ({@link DEMONSTRATIVE_SUBJECT}: "This lifted Norvale's fares by a
 * tenth.", or a pronoun none of the names before clearly stands for) read with the sentence before it,
 * which says what "this" is ("The Kestrel Union's strike closed the Orrin quay on 3 May. This lifted …"):
 * alone on a timeline or a watch list it says nothing. Their text with each line break a space, and where
 * it starts; null when it has no sentence before, the one before is no statement (a heading, a question)
 * or the two are too long together.
 * @param sentences the article's sentences
 * @param at the sentence's index
 * @param text the text their offsets are in
 */
export function withSentenceBefore(
  sentences: readonly Sentence[],
  at: number,
  text: string,
): { text: string; start: number } | null {
  const s = sentences[at] as Sentence;
  const before = sentences[at - 1];
  if (before === undefined || !isStatementText(before.text)) return null;
  if (s.end - before.start > MAX_LENGTH) return null;
  return { text: text.slice(before.start, s.end).replace(/\s*\n\s*/gu, ' '), start: before.start };
}
