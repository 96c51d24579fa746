import { openerAfterConnective } from './connective-words.js';
import { isStatementText } from './sentence-news.js';
import type { Sentence } from './sentences.js';

/** The demonstratives that open a subject pointing back ("This sent …", "Such claims have …"). */
const DEMONSTRATIVES = ['this', 'these', 'those', 'such', 'that'];
let demonstrativeSubject: RegExp | undefined;

/**
 * Whether a sentence's subject points back by a demonstrative ("This sent prices …", "These credit lines
 * will …", "Such claims have …"), after a connective in lower case ("However, this cut …"; the connectives
 * of `data/connectives.yaml`): what it stands for, only the sentences before say.
 * @param text a sentence
 */
export function hasDemonstrativeSubject(text: string): boolean {
  demonstrativeSubject ??= new RegExp(String.raw`${openerAfterConnective(DEMONSTRATIVES)}\s+\p{Ll}`, 'u');
  return demonstrativeSubject.test(text);
}
/**
 * The longest text so joined, in characters: as a quotation rejoined from its opening mark
 * (`fromOpeningMark`), a paragraph's worth.
 */
const MAX_LENGTH = 600;
/**
 * How many sentences before a line are shown at most: the one before, and the one before that when the
 * first itself leans back ("Later, it lent …"). On the six cluster briefs one line took two, the first
 * of them a label too, none more.
 */
const MAX_BEFORE = 2;

/**
 * How a sentence shown before a line reads alone: `back` when its subject points back too, so that the
 * sentence before it is shown as well; its text with the name its subject stands for in brackets ("[Orvan
 * Bank] lent …"); or null when it reads alone.
 */
export type Leaning = 'back' | { named: string } | null;

/**
 * A sentence whose subject points back ({@link hasDemonstrativeSubject}: "This lifted Norvale's fares by a
 * tenth.", "the" and a noun labelling a deed, or a pronoun none of the names before clearly stands for)
 * read with the sentence before it, which says what "this" is ("The Kestrel Union's strike closed the
 * Orrin quay on 3 May. This lifted …"): alone on a timeline or a watch list it says nothing. When the
 * sentence before leans back itself ("Later, it lent …"), the one before that is shown too, or the name
 * its subject stands for is put in brackets. Their text with each line break a space, and where it starts;
 * null when it has no sentence before, the one before is no statement (a heading, a question) or the two
 * are too long together.
 * @param sentences the article's sentences
 * @param at the sentence's index
 * @param text the text their offsets are in
 * @param lean how a sentence before reads alone ({@link Leaning}); by default, alone
 */
export function withSentenceBefore(
  sentences: readonly Sentence[],
  at: number,
  text: string,
  lean: (index: number) => Leaning = () => null,
): { text: string; start: number } | null {
  const s = sentences[at] as Sentence;
  const fits = (i: number) => {
    const before = sentences[i];
    return before !== undefined && isStatementText(before.text) && s.end - before.start <= MAX_LENGTH;
  };
  if (!fits(at - 1)) return null;
  let from = at - 1;
  let leaning = lean(from);
  while (leaning === 'back' && at - from < MAX_BEFORE && fits(from - 1)) {
    from--;
    leaning = lean(from);
  }
  const first = sentences[from] as Sentence;
  const opening = leaning !== null && leaning !== 'back' ? leaning.named : first.text;
  const rest = text.slice(first.start + first.text.length, s.end);
  return { text: `${opening}${rest}`.replace(/\s*\n\s*/gu, ' '), start: first.start };
}
