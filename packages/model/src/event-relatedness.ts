// How much two statements speak of the same event, whole or clause by clause.
import { SUBJECT_MIN } from './claim-levels.js';
import type { Statement } from './claim-statement.js';
import { type RelatedText, relatedness } from './same-claim.js';
import { countLetterRuns } from './text-stats.js';

/** Words a clause needs to state an event on its own ("officials said" does not). */
const CLAUSE_WORDS = 6;
/** Words from which a sentence is long enough to tell one event amid others (a headline is ~7, news ~25). */
const LONG_SENTENCE = 18;
/**
 * What a clause-to-clause match counts for against a whole-sentence match: one clause shared by two long
 * sentences is the same event told with other details around it, a little less sure than whole sentences.
 */
const CLAUSE_WEIGHT = 0.95;
/** Below this whole-sentence relatedness two statements are not worth comparing clause by clause. */
const CLAUSE_FLOOR = 0.38;

/**
 * The clauses of a long sentence ({@link LONG_SENTENCE} words or more), cut at commas, semicolons, colons, dashes and before words that open a
 * clause ("while", "which", "for" ...), when at least two of them have {@link CLAUSE_WORDS} words;
 * otherwise none (the sentence is one clause).
 * @param text a sentence
 * @returns the clauses, or none
 */
export function clausesOf(text: string): string[] {
  // the words counted, not matched into arrays, and only as far as the test needs (issue 17)
  if (countLetterRuns(text, LONG_SENTENCE) < LONG_SENTENCE) return [];
  const parts = text
    .split(/\s*[,;:–—]\s*|\s+-\s+|\s+(?=(?:for|while|which|who|whereas|as|after|before|because)\s)/)
    .filter((p) => countLetterRuns(p, CLAUSE_WORDS) >= CLAUSE_WORDS);
  return parts.length >= 2 ? parts : [];
}

/**
 * Whether two texts name an actor in common (the one-word form {@link withActorWords} gives it): a
 * clause that names no actor both share ("as part of its long-term harbour plan") states no event
 * of theirs.
 */
function sharesActor(x: RelatedText, y: RelatedText): boolean {
  return x.words.some((w) => w.startsWith('actor') && w.length > 6 && w !== 'actors' && y.words.includes(w));
}

/**
 * How much two statements speak of the same event: their relatedness as wholes, or that of their
 * closest clauses (a clause against the other whole sentence or one of its clauses), a little discounted —
 * long news sentences often share one event clause and differ in all the rest.
 * @param prepared a statement's clauses prepared for relatedness (made once, when first asked)
 */
export function eventRelatedness(
  a: Statement,
  b: Statement,
  prepared: (statement: Statement) => RelatedText[],
): number {
  const whole = relatedness(a.text, b.text);
  // clauses only rescue pairs the whole sentences miss (and comparing them costs up to 15 times more)
  if (
    whole < CLAUSE_FLOOR ||
    whole >= SUBJECT_MIN ||
    (a.clauseTexts.length === 0 && b.clauseTexts.length === 0)
  )
    return whole;
  let best = whole;
  for (const x of [a.text, ...prepared(a)])
    for (const y of [b.text, ...prepared(b)]) {
      if ((x === a.text && y === b.text) || !sharesActor(x, y)) continue;
      best = Math.max(best, CLAUSE_WEIGHT * relatedness(x, y));
    }
  return best;
}
