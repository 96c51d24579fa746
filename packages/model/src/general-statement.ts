import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
import { IRREGULAR_PAST } from './english-cues.js';

const GeneralWords = z.object({
  openers: LowerWords,
  quantifiers: LowerWords,
  determiners: LowerWords,
  adverbs: LowerWords,
  plans: LowerWords,
});
/**
 * The pattern and the plans' participles of {@link statesAGeneralRule}, built once from
 * `data/general-statement-words.yaml`.
 */
const generalWords = lazyData('general-statement-words.yaml', GeneralWords, (w) => {
  const adverb = String.raw`(?:(?:${w.adverbs.join('|')})\s+)?`;
  const word = String.raw`(?!(?:${w.determiners.join('|')}|${w.quantifiers.join('|')})\b)\p{Ll}[\p{Ll}-]*`;
  // a word before the subject's noun: none ending in -s, which would be a verb or another plural
  const before = String.raw`(?!(?:${w.determiners.join('|')}|${w.quantifiers.join('|')})\b)\p{Ll}[\p{Ll}-]*(?<!s)`;
  return {
    // 1: the subject's noun, 2: the participle after "are"
    pattern: new RegExp(
      String.raw`^(?:(?:${w.openers.join('|')})\s[^,;:]{1,60},\s+)?(?:(?:${w.quantifiers.join('|')})\s+)?(?:${before}\s+){0,2}(${word}s)\s+${adverb}are\s+${adverb}(\p{Ll}+)\b`,
      'u',
    ),
    plans: new Set(w.plans),
  };
});
const PAST = new Set(IRREGULAR_PAST);

/**
 * Whether a sentence states how things are done, a habit or a rule, not an action done: its subject is
 * things in general, a bare plural in lower case with at most two words before it ("airliners",
 * "most regional carriers"; not "the carriers", "its jets", a name), after at most one opening phrase
 * ("In some countries, …"), and its verb the present passive, "are" and a participle ("airliners are
 * selected and bought by the state", "such contracts are often justified by their speed"), an adverb
 * of `data/general-statement-words.yaml` allowed before the participle and "are". Not a plan or an
 * expectation ("are expected to"), nor one with a figure ("Options are included for 18 more jets", a
 * term of one order). A plural present in the active ("ferries run on the hour") is left
 * out: a noun and a verb in -s read alike ("He admits", "Fennick unveils"), and a headline's present
 * ("Harbour records reveal …") is news. The timeline asks it of a report's sentences that state no
 * date of their own: such a sentence is of no day.
 * @param text a sentence, its quotations blanked
 */
export function statesAGeneralRule(text: string): boolean {
  const read = generalWords();
  // the sentence's first word in lower case, as any word of the subject
  // a figure ties the statement to one case ("Options are included for 18 more jets": a term of one
  // order), not to how things are done
  if (/\d/.test(text)) return false;
  const m = read.pattern.exec(text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()));
  if (m === null) return false;
  const participle = m[2] as string;
  return !read.plans.has(participle) && (/(?:ed|en|wn|ne)$/.test(participle) || PAST.has(participle));
}
