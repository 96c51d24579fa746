import { z } from 'zod';
import { openerAfterConnective } from './connective-words.js';
import { LowerWords, lazyData } from './data-file.js';
import { isPastOrParticiple } from './english-cues.js';
import { VERB_FORM } from './opening-subject.js';
import { isStopWord } from './text-stats.js';

/**
 * An ordinal with no noun after it, before a relative pronoun ("has delivered the first that will run
 * …"): the noun it counts is left to the words before.
 */
const ORDINAL_ALONE = /(?<![\p{L}\d])the\s+(first|second|third|last|latest)(?=\s+(?:that|which)\b)/iu;
/** A word of a headline's noun phrase: letters or digits, joined by a hyphen or an apostrophe. */
const WORD = String.raw`[\p{L}\d][\p{L}\d'’-]*`;
/** Most words of the noun a headline gives after the ordinal ("first Orrin tram"). */
const MOST_WORDS = 4;

/**
 * A sentence's ordinal with no noun ("Velmar Works has delivered the first that will run on the coast
 * line") named with the noun its report's headline gives after the same ordinal ("Velmar Works delivers
 * first Orrin tram to the coast"), in square brackets as a journalist marks words not in the original:
 * "… the first [Orrin tram] that will run …". Null when the sentence has no such ordinal or the headline
 * gives it no noun: the noun runs from the ordinal to a function word, a mark or the headline's end, a verb
 * in the past or in -ing, up to {@link MOST_WORDS} words, and opens with no function word ("first to fly" names none).
 * @param text a sentence
 * @param title its report's headline, if any
 */
export function nameOrdinal(text: string, title: string | null | undefined): string | null {
  if (!title) return null;
  const m = ORDINAL_ALONE.exec(text);
  if (!m) return null;
  const ordinal = (m[1] as string).toLowerCase();
  const inTitle = new RegExp(
    String.raw`(?<![\p{L}\d])${ordinal}\s+(${WORD}(?:\s+${WORD}){0,${MOST_WORDS - 1}})`,
    'iu',
  ).exec(title);
  if (!inTitle) return null;
  const noun: string[] = [];
  for (const w of (inTitle[1] as string).split(/\s+/u)) {
    // a verb ends it: "first tram delivered to …", "first tram arriving …"
    if (isStopWord(w.toLowerCase()) || isPastOrParticiple(w) || /\p{Ll}ing$/u.test(w)) break;
    noun.push(w);
  }
  if (noun.length === 0) return null;
  const at = m.index + m[0].length;
  return `${text.slice(0, at)} [${noun.join(' ')}]${text.slice(at)}`;
}

const OrdinalSubjectsFile = z.object({
  ordinals: LowerWords,
  counts: LowerWords,
  notNoun: LowerWords,
  definite: LowerWords,
  indefinite: LowerWords,
  afterIndefinite: LowerWords,
});
/**
 * The patterns of {@link hasOrdinalSubject}, from `data/ordinal-subjects.yaml`.
 * @throws ZodError when the data file does not have its schema
 */
const ordinalSubjectPatterns = lazyData(
  'ordinal-subjects.yaml',
  OrdinalSubjectsFile,
  (words): readonly RegExp[] => {
    const notNoun = String.raw`(?!(?:${words.notNoun.join('|')})\s)`;
    const verb = String.raw`(?:(?:also|then|only|now)\s+)?(?:${VERB_FORM})(?=\s|[.;:!?,])`;
    return [
      new RegExp(
        openerAfterConnective(words.definite) +
          String.raw`\s+` +
          String.raw`(?:${words.ordinals.join('|')})\s+(?:(?:${words.counts.join('|')})\s+)?(?:of\s+the\s+)?` +
          String.raw`(?:${notNoun}\p{Ll}[\p{Ll}-]*\s+){1,3}${verb}`,
        'u',
      ),
      // "a second" counts on a first told before whatever its noun: "A second Kestrel 400 is also due …"
      new RegExp(
        openerAfterConnective(words.indefinite) +
          String.raw`\s+` +
          String.raw`(?:${words.afterIndefinite.join('|')})\s+(?:${notNoun}[\p{L}\d][\p{L}\d'’-]*\s+){1,3}${verb}`,
        'u',
      ),
    ];
  },
);

/**
 * Whether a sentence's subject is "the", an ordinal and a common noun and nothing that says of what
 * (`data/ordinal-subjects.yaml`: "The first ferries will sail in 2030.", "The second plant closed on
 * 3 May.", "The first four trams will …", "The first of the new ferries …"), or "a", an ordinal past the
 * first and any noun ("A second ferry sank …", "A second Kestrel 400 is also due …"), after a connective
 * in lower case ("However, the first ferries …"), right before its verb: read alone, it does not say first
 * of what, or what came first. Not "the" and an ordinal a name, a figure or an "of" and a name tells
 * ("The first Orrin tram …", "The first flight of the Kestrel 400 …"): the noun's words are lower case
 * and no function word; nor "a first" or "a final", which open a thing new ("A final vote is due …").
 * @param text a sentence
 * @throws ZodError when the data file does not have its schema
 */
export function hasOrdinalSubject(text: string): boolean {
  return ordinalSubjectPatterns().some((p) => p.test(text));
}
