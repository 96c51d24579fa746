import { isCalendarWord } from './date-phrases.js';
import { isActorNoun, singularsOf } from './described-subject.js';
import { IRREGULAR_PAST, isRegularPast } from './english-cues.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { isStopWord } from './text-stats.js';

/** "the" in lower case, inside a sentence, and the words after it up to a mark or a capital. */
const DEFINITE = /(?<![\p{L}\d])the\s+(?=(\p{Ll}[\p{Ll}\s-]*?)(?:[^\p{Ll}\s-]|\s+\p{Lu}|$))/gu;
/** What a noun phrase may end on before its next word: a possessive's ending. */
const POSSESSIVE = /^['’]s?/u;
const PAST = new Set(IRREGULAR_PAST);
/**
 * "it" or "them" as the last word of a sentence or before a quotation, after a word in lower case: an
 * object that stands for what the sentences before told ("Three councillors voted against it.", "The
 * union called it "a betrayal"").
 */
const OBJECT_IT = /\s\p{Ll}+\s+(?:it|them)(?=\s*(?:[.!?]\s*$|[.!?]?["“]|,?\s*["“]))/u;
/**
 * An ordinal with no noun after it, before a relative pronoun ("has delivered the first that will
 * run …", "the second which …", "the last of them"): what it counts, its report told before.
 */
const ORDINAL_WITHOUT_NOUN =
  /(?<![\p{L}\d])the\s+(?:first|second|third|last|latest)\s+(?:that|which|of\s+(?:them|these|those))\b/u;
/**
 * How many words after "the" a noun phrase may run to: "the new fuel-efficient airliner" is three; a
 * longer run reads through a verb this reading does not know.
 */
const MAX_WORDS = 3;

/**
 * Whether a sentence names, with "the" inside it, a thing only its report told before: "… signed the
 * agreement", "… to protest the cuts", "Before the suspension, …", "the airliner's first stop", after a
 * lead that tells the agreement, the cuts, the suspension or the airliner; or ends on "it" or "them" as an
 * object ("… voted against it."). The noun is no actor's
 * (`isActorNoun`: "the company said", "the minister") and no stretch of the calendar ("the week", "the
 * end"); a noun phrase the sentence defines is read as named there ("the failure of …", "the carrier
 * Norvale Air"), and one with a word the report has not used before says what it is. So does a sentence
 * that counts with an ordinal and no noun ("has delivered the first that will run on the coast line"), whatever
 * the words before ({@link pointsToThingTold}).
 * @param text a sentence
 * @param before the report's text before it, asked only of a sentence that holds such a noun phrase
 */
export function namesThingTold(text: string, before: () => string): boolean {
  if (OBJECT_IT.test(text) || pointsToThingTold(text)) return true;
  if (!text.includes('the ')) return false;
  for (const m of text.matchAll(DEFINITE))
    if (definiteTold(text, (m.index ?? 0) + m[0].length, m[1] as string, before)) return true;
  return false;
}

/**
 * The noun a run of words after "the" ends on: the last word before a function word, a verb or an adverb,
 * with the words before it, and where it ends in the run; null when the run opens on such a word ("the same day", "the first"), or
 * names an actor or a stretch of the calendar.
 */
function headNoun(run: string): { phrase: string[]; end: number } | null {
  const phrase: string[] = [];
  let end = 0;
  for (const w of run.matchAll(/\S+/gu)) {
    if (phrase.length > MAX_WORDS || !isNounWord(w[0])) break;
    phrase.push(w[0]);
    end = (w.index ?? 0) + w[0].length;
  }
  if (phrase.length === 0 || phrase.length > MAX_WORDS || phrase.some(isCalendarWord)) return null;
  const noun = phrase[phrase.length - 1] as string;
  if (isActorNoun(noun) || singularsOf(noun).some(isActorNoun)) return null;
  return { phrase, end };
}

/** A word that may stand in a noun phrase: no function word, verb, adverb, ordinal or superlative. */
function isNounWord(word: string): boolean {
  return (
    !isStopWord(word) &&
    !PAST.has(word) &&
    !isRegularPast(word) &&
    !/(?:ly|est)$/u.test(word) &&
    !/^(?:first|second|third|last|next|same|other|former|latter|following|whole)$/u.test(word)
  );
}

/**
 * Whether a sentence counts a thing with an ordinal and no noun ("has delivered the first that will run on
 * the coast line"): whatever the words before, it stands for a thing the sentences before told. ("this" and a
 * noun was read so too, but "this low since 2009" is an adverb's, and no list of nouns was at hand.)
 * @param text a sentence
 */
export function pointsToThingTold(text: string): boolean {
  return ORDINAL_WITHOUT_NOUN.test(text);
}

/** Whether the report's text before used a noun, or its singular or plural, as a word. */
function toldBefore(noun: string, before: string): boolean {
  if (before === '') return false;
  const forms = [noun, ...singularsOf(noun), `${noun}s`].map(
    (f) =>
      `[${escapeRegExp(f.charAt(0))}${escapeRegExp(f.charAt(0).toUpperCase())}]${escapeRegExp(f.slice(1))}`,
  );
  return new RegExp(String.raw`(?<![\p{L}\d])(?:${forms.join('|')})(?![\p{L}\d])`, 'u').test(before);
}

/**
 * Whether the noun phrase after a "the" names a thing the report's text before told, every word of it.
 * @param text the sentence
 * @param runStart where the words after "the" start
 * @param run those words, up to a mark or a capital
 * @param before the report's text before the sentence
 */
function definiteTold(text: string, runStart: number, run: string, before: () => string): boolean {
  const head = headNoun(run);
  if (head === null) return false;
  const after = text.slice(runStart + head.end).replace(POSSESSIVE, '');
  // "the failure of the bill": defined by what follows; "the carrier Norvale Air": named there
  if (/^\s*(?:of\b|["“(])|^\s+\p{Lu}/u.test(after)) return false;
  // every word of it: "the tanker replacement contract" after "a tanker deal" tells what it is
  const told = before();
  return head.phrase.every((w) => toldBefore(w, told));
}

/** "the" and a noun in lower case with a possessive's ending: "the tour's first stop". */
const OWNED_BY_THE = /(?<![\p{L}\d])the\s+\p{Ll}+['’]s\s/gu;

/**
 * Whether a line names a thing as owned by another that only its report told before ("Port Avel will
 * remain the tour's first stop", after a lead on a ferry's tour): what the owner is, the line does not
 * say ({@link namesThingTold} of each "the …'s").
 * @param text a line
 * @param before the report's text before it, asked only of a line that holds such a phrase
 */
export function namesThingOwnedBefore(text: string, before: () => string): boolean {
  for (const m of text.matchAll(OWNED_BY_THE)) if (namesThingTold(m[0].trimEnd(), before)) return true;
  return false;
}

/** The words of a noun phrase before its noun, back to its determiner: "the new Kestrel 900 superferry" → "new Kestrel 900". */
const DESCRIBED = /(?<![\p{L}\d])(?:the|a|an|its|their)\s+((?:[\p{L}\d-]+\s+){1,4})$/iu;

/**
 * A sentence with a thing named as owned by one only its report told before ("Port Avel will remain the
 * tour's first stop", {@link namesThingOwnedBefore}) given, in square brackets as a journalist marks words
 * not in the original, the words its report first told that owner with ("the [new Kestrel 900]
 * superferry's first stop", after "the new Kestrel 900 superferry" in the lead): read without the lead, the owner had been no
 * thing a reader knew (bl109). Null when no owner is so told, or its first mention carries no name (a
 * capitalised word).
 * @param text a sentence
 * @param before the report's text before it, asked only of a sentence that holds such a phrase
 */
export function withOwnerNamed(text: string, before: () => string): string | null {
  for (const m of text.matchAll(OWNED_BY_THE)) {
    if (!namesThingTold(m[0].trimEnd(), before)) continue;
    const noun = (/\s(\p{Ll}+)['’]s\s$/u.exec(m[0]) as RegExpExecArray)[1] as string;
    const first = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(noun)}(?![\p{L}\d])`, 'iu').exec(
      before(),
    );
    if (!first) continue;
    const words = DESCRIBED.exec(before().slice(Math.max(0, first.index - 80), first.index))?.[1]?.trim();
    if (!words || !/\p{Lu}/u.test(words)) continue;
    const at = (m.index ?? 0) + m[0].indexOf(noun, 3);
    return `${text.slice(0, at)}[${words}] ${text.slice(at)}`;
  }
  return null;
}
