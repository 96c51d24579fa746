import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
import { isSayingVerb, sayingVerbs } from './saying-verbs.js';

const ClauseWords = z.object({ verbs: LowerWords, subjects: LowerWords, contractions: LowerWords });
/** The words of `data/clause-words.yaml`, read once. */
const clauseWords = lazyData('clause-words.yaml', ClauseWords, (file) => ({
  verbs: new Set(file.verbs) as ReadonlySet<string>,
  subjects: new Set(file.subjects) as ReadonlySet<string>,
  contracted: new RegExp(`(?:n['’]t|['’](?:${file.contractions.filter((c) => c !== 'nt').join('|')}))$`, 'u'),
}));

/**
 * The most words a phrase set in quotation marks inside the writer's sentence has. Measured on the six
 * Wikinews cluster briefs and the 60 zyte-dev texts: such phrases ('"pure unadulterated speed"', '"a
 * critical part of the new company"') had 1 to 8 words; the quotations without a verb of 9 words or more
 * read as a speaker's statement cut short, kept.
 */
const MAX_PHRASE_WORDS = 8;

/** A word of a passage, its quotation marks and stops aside. */
const WORD = /[\p{L}\p{N}'’-]+/gu;

/**
 * Whether a quoted passage holds a clause: a form of "be", "have" or "do", a modal, a contracted verb
 * or a pronoun that is a subject (`data/clause-words.yaml`).
 * @param passage the words inside the marks
 */
export function holdsClause(passage: string): boolean {
  const { verbs, subjects, contracted } = clauseWords();
  for (const m of passage.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (verbs.has(word) || subjects.has(word) || contracted.test(word)) return true;
    // "it's", "that's": a pronoun's "'s" is a verb, a name's a possessive
    const apostrophe = word.search(/['’]s$/u);
    if (apostrophe > 0 && subjects.has(word.slice(0, apostrophe))) return true;
  }
  return false;
}

/** The last word before a quotation's opening mark, and what stands between it and the mark. */
const LAST_WORD = /([\p{L}]+)\s*([,:]?)\s*$/u;

/**
 * Whether a quoted passage is a phrase the writer set in quotation marks inside their own sentence (a
 * scare quote or a term a speaker is said to have used: 'offered dealers a "deferred termination"
 * package', 'said he was "deeply troubled" by the vote'), no statement of its own: its mark opens inside the
 * sentence, no verb of saying right before it (nor "saying", "that" after one, a colon or a comma: 'said
 * "absolutely not"' is the speaker's whole answer) or right after it ({@link attributedAfter}), the passage is of a few words
 * ({@link MAX_PHRASE_WORDS}) with no clause in it ({@link holdsClause}), and the writer's words go on
 * right after it or no verb of saying before it reports it: a phrase that ends what a verb of saying
 * reports ('Berg said the plan was "dead on arrival".') is the speaker's own words, kept.
 * @param sentence the sentence
 * @param passage the passage, its offsets in the sentence without the marks
 */
export function isQuotedPhrase(
  sentence: string,
  passage: { start: number; end: number; text: string },
): boolean {
  const before = sentence.slice(0, Math.max(0, passage.start - 1));
  const last = LAST_WORD.exec(before);
  // the mark opens the sentence, or follows a bracket or a dash: the quotation stands apart
  if (!last) return false;
  if (last[2] !== '') return false;
  const word = (last[1] as string).toLowerCase();
  if (attachesQuotation(word, before.slice(0, last.index))) return false;
  const after = sentence.slice(passage.end + 1);
  if (attributedAfter(passage.text, after)) return false;
  const count = passage.text.match(WORD)?.length ?? 0;
  if (count === 0 || count > MAX_PHRASE_WORDS || holdsClause(passage.text)) return false;
  // 'Berg said the plan was "dead on arrival".': the phrase ends what a verb of saying reports, the
  // speaker's own words for it; 'offered a "deferred termination" package' goes on in the writer's words
  return !(endsClause(passage.text, after) && saidBefore(before));
}

/** A quotation's end that ends its clause: a stop or comma inside the marks, or right after them, or the sentence's end. */
const CLAUSE_END = /[,.;:!?…]\s*$/u;
const CLAUSE_END_AFTER = /^\s*(?:[,.;:!?…)\]—–]|$)/u;

/**
 * Whether a quoted passage ends its clause ({@link CLAUSE_END}): no word of the writer's goes on right
 * after the closing mark ('a "deferred termination" package', '"pure speed" was his aim').
 * @param passage the words inside the marks
 * @param after the sentence after the closing mark
 */
function endsClause(passage: string, after: string): boolean {
  return CLAUSE_END.test(passage) || CLAUSE_END_AFTER.test(after);
}

/**
 * Whether a verb of saying, or "saying", stands among the words before a quotation's mark; of the
 * present forms only "says": "states" and "notes" are as often nouns ('two Arab states … warning of
 * "dangerous consequences"' had read as reported).
 */
function saidBefore(before: string): boolean {
  const { introducing } = sayingVerbs();
  for (const m of before.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = m[0];
    if (introducing.includes(word) || (isSayingVerb(word) && (word === 'says' || !word.endsWith('s'))))
      return true;
  }
  return false;
}

/** A word of an attribution. */
const ATTRIBUTION_WORD = /[\p{L}'’.-]+/gu;
/** What may follow the verb of an attribution whose subject came first ('Ruiz said.', 'Ruiz said on Monday'): no object. */
const VERB_ENDS =
  /^\s*(?:$|[,.;:!?…)]|(?:in|on|at|to|during|after|before|later|earlier|yesterday|today|tonight|last|this|when|while|as)\b)/u;

/**
 * Whether the words after a quotation attribute it: it ends on a comma, "?" or "!" (inside its marks or
 * right after), and a verb of saying follows among the next five words, right after the mark ('"a place
 * on the map," declared a later mayor') or after its subject, ending the clause or with whom it was told
 * ('"going nowhere," Ruiz said on Monday', '… Ruiz told reporters'); not a verb with its object
 * ('"decades in the making," the minister explained the plan': the writer's sentence goes on).
 * @param passage the words inside the marks
 * @param after the sentence after the closing mark
 */
function attributedAfter(passage: string, after: string): boolean {
  if (!/[,?!]\s*$/u.test(passage) && !/^\s*,/u.test(after)) return false;
  let n = 0;
  for (const m of after.matchAll(ATTRIBUTION_WORD)) {
    const word = m[0].toLowerCase();
    if (isSayingVerb(word))
      return (
        n === 0 ||
        sayingVerbs().withHearer.includes(word) ||
        VERB_ENDS.test(after.slice(m.index + m[0].length))
      );
    if (++n === 5) break;
  }
  return false;
}

/** Whether the word before a quotation's mark introduces it: a verb of saying, "saying", or "that" after a verb of saying. */
function attachesQuotation(word: string, rest: string): boolean {
  if (isSayingVerb(word) || sayingVerbs().introducing.includes(word)) return true;
  if (word !== 'that') return false;
  const verb = /([\p{L}]+)\s*$/u.exec(rest)?.[1]?.toLowerCase();
  return verb !== undefined && isSayingVerb(verb);
}
