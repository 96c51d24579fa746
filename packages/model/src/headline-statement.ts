// A report's headline read as a statement of a claim its body states: the headline is the report's own
// line and can be cited (a citation of `part: 'title'`), but it is short and often elliptic ("Norvale
// Transit to cut 500 jobs"), so it joins a claim only beside a body statement of its report that it restates.
import type { Article } from './article.js';
import type { Citation } from './briefing.js';
import { sharesClaimWords, sharesWordPair, subjectWords } from './claim-words.js';
import { oppositeWords } from './opposite-words.js';
import { sharesFigure } from './quantities.js';
import { type RelatedText, relatedness } from './same-claim.js';
import { isStopWord, lowerWord } from './text-stats.js';

/**
 * Cites an article's headline whole (its `title`), as a citation of `part: 'title'`.
 * @param article the article; its title must be set and not blank
 * @returns the citation, or undefined when the article has no title
 */
export function citeHeadline(article: Article): Citation | undefined {
  const title = article.title;
  if (title === null) return undefined;
  const start = title.length - title.trimStart().length;
  const end = title.trimEnd().length;
  if (end <= start) return undefined;
  return { sourceId: article.id, quote: title.slice(start, end), start, end, part: 'title' };
}

/**
 * Relatedness (in-brief word weights) from which a headline restates a body statement: of the three
 * Wikinews cluster briefs' headlines beside their reports' members, those at 0.45 or more that met the
 * other tests were read as one claim; the one just below (0.44) was a headline's done deed beside its
 * report's plan for it, and none below was a restatement an analyst would keep.
 */
export const HEADLINE_MIN = 0.45;

/** What {@link restatesStatement} reads of a headline or a statement, actors as one word each. */
export interface HeadlineReading {
  /** Prepared for relatedness, with the brief's word weights. */
  text: RelatedText;
  /** The text with actors as one word each ({@link withActorWords}). */
  canonical: string;
  /** Its words in lower case, in order ({@link lowerClaimWords} of `canonical`). */
  lower: readonly string[];
  /** Its numbers ({@link quantitiesOf} of the text as written). */
  quantities: ReadonlyMap<string, Set<string>>;
}

/**
 * Whether a report's headline states what a body statement states (its own report's, or another's of
 * the claim it would be cited for): the two relate at {@link HEADLINE_MIN} or more, share two content
 * words, the headline gives no value of a kind the statement counts that the statement lacks ("Norvale
 * Transit to close 110 depots after Kestrel Union list" beside "the Kestrel Union … named 78 depots that
 * it will close"), holds no word whose opposite the statement holds, and holds the statement's doer (a
 * word of its subject) or a detail of it (a number, two words side by side): an elliptic headline
 * ("Norvale Transit to shed 500 jobs by 2028") holds little else.
 * @param headline the headline, read as {@link HeadlineReading}
 * @param statement the body statement
 */
export function restatesStatement(headline: HeadlineReading, statement: HeadlineReading): boolean {
  if (relatedness(headline.text, statement.text) < HEADLINE_MIN) return false;
  if (!sharesClaimWords(headline.text, statement.text)) return false;
  if (givesOtherValues(headline.quantities, statement.quantities)) return false;
  if (saysOtherWay(headline.lower, statement.lower)) return false;
  if (
    sharesFigure(headline.quantities, statement.quantities) ||
    sharesWordPair(headline.lower, statement.lower)
  )
    return true;
  return namesDoer(headline.lower, statement.canonical);
}

/**
 * Whether a headline gives a value of a kind the statement counts that the statement does not give:
 * one way only, as a headline keeps one of its report's figures ("$40 million" of "$40 million (€37
 * million)"), where {@link otherFigures} asks both sentences to give the same values.
 */
function givesOtherValues(
  headline: ReadonlyMap<string, Set<string>>,
  statement: ReadonlyMap<string, Set<string>>,
): boolean {
  for (const [unit, values] of headline) {
    const other = statement.get(unit);
    if (unit === '' || !other) continue;
    for (const v of values) if (!other.has(v)) return true;
  }
  return false;
}

/**
 * Whether a headline holds a word whose opposite the statement holds (`data/opposite-words.yaml`), one
 * of the two not holding both ("Kestrel shares rise on …" beside "Kestrel shares have fallen …"): a
 * headline seldom says its verb of the words around it that `saysOpposite` asks for.
 */
function saysOtherWay(headline: readonly string[], statement: readonly string[]): boolean {
  const opposites = oppositeWords();
  const other = new Set(statement);
  const own = new Set(headline);
  for (const w of own) {
    if (other.has(w)) continue;
    for (const o of opposites.get(w) ?? []) if (other.has(o) && !own.has(o)) return true;
  }
  return false;
}

/** Whether a headline's words hold a content word of the statement's subject (the words before its verb). */
function namesDoer(headline: readonly string[], statement: string): boolean {
  const subject = subjectWords(statement)?.subject;
  if (subject === undefined) return false;
  return subject
    .map(lowerWord)
    .some((w) => (w.length > 2 || DIGIT.test(w)) && !isStopWord(w) && headline.includes(w));
}

const DIGIT = /\d/;
