import type { ActorKind, Citation, Quote } from './briefing.js';
import { AUXILIARY_VERBS, IRREGULAR_PAST, REFERENT_OPENERS } from './english-cues.js';
import { literalsPattern } from './escape-reg-exp.js';
import { isGivenName } from './given-names.js';
import { nounKind } from './kind-nouns.js';
import { watchLeansOnSubjectBefore } from './news-statement.js';
import { openingPhrase, openingSubject, trimmableOpening } from './opening-subject.js';
import { SAYING_VERBS, TOLD } from './quote-patterns.js';
import { sayingVerbs } from './saying-verbs.js';

/**
 * The subject of a sentence that only the sentence before names: a personal pronoun ("It intends to
 * cut …", "Last year it carried …", "Moreover, he said …") or a definite noun of an organisation's
 * kind ("The company has warned …", "In a letter to its staff, the firm said …", "The carrier, founded …,
 * signed …").
 */
export interface BackReference {
  /** Where the subject's words start in the sentence. */
  start: number;
  /** Where they end. */
  end: number;
  /**
   * Whom it can stand for: a person ("he", "she"), anything else ("it"), several ("they", "both": no
   * one name), or the noun's kind.
   */
  kind: 'person' | 'thing' | 'several' | ActorKind;
}

/** The verb a subject is followed by: a word in lower case, or a comma that opens an aside. */
const THEN_VERB = String.raw`(?=\s+\p{Ll}|\s*,)`;
/** "It", "He", "She", "They", "Both" or "The <noun>" opening the sentence. */
const OPENING_SUBJECT = new RegExp(
  String.raw`^(?:(It|He|She|They|Both)\s+(?=\p{Ll})|The\s+(\p{Ll}+)${THEN_VERB})`,
  'u',
);
/** An opening adverbial without a comma ("In 2024 ", "However "): one of {@link REFERENT_OPENERS} and two words at most. */
const OPENING_ADVERBIAL = new RegExp(
  String.raw`^(?:${literalsPattern(REFERENT_OPENERS)})(?:\s+[\p{L}\d]+){0,2}\s+(?=(?:it|he|she)\s)`,
  'u',
);
/**
 * A long opening of clauses before "he" or "she" and a verb ("Asked what would happen if the board and the
 * ministry disagreed, he said that …"): no quotation before it, nor a person's full name (two
 * capitalised words in a row after the first word), whom the pronoun might be.
 */
const LONG_OPENING = new RegExp(
  String.raw`^(?![^"“”]*?\s\p{Lu}\p{L}+\s+\p{Lu}\p{L}+)[^"“”;]{1,300}?,\s+(?=(?:he|she)\s+(?:${literalsPattern(IRREGULAR_PAST)}|says|adds|\p{Ll}+ed)\b)`,
  'u',
);
/**
 * A longer opening phrase without a comma before "it", "he" or "she" and an auxiliary ("Through the use of
 * new alloys and designs it will be lighter"): up to eight words in lower case after the opener, none of
 * them a word that opens a clause of its own ("In the year after it was founded …" has "it" in that clause).
 */
const LONG_ADVERBIAL = new RegExp(
  String.raw`^(?:${literalsPattern(REFERENT_OPENERS)})(?:\s+(?!(?:after|before|since|when|while|until|because|as|if|that|which|where|once)\s)[\p{Ll}\d-]+){3,8}\s+(?=(?:it|he|she)\s+(?:${literalsPattern(AUXILIARY_VERBS)})\s)`,
  'u',
);
/** A subject in lower case after an opening: "it", "he", "she" or "the <noun>". */
const INNER_SUBJECT = new RegExp(
  String.raw`^(?:(it|he|she|they)\s+(?=\p{Ll})|the\s+(\p{Ll}+)${THEN_VERB})`,
  'u',
);
/** What {@link LONG_OPENING} needs: a comma before "he" or "she", found by a scan that cannot backtrack. */
const COMMA_PRONOUN = /,\s+(?:he|she)\s/u;
/** The openings a subject may follow, in the order they are tried. */
const OPENINGS: readonly ((text: string) => RegExpExecArray | null)[] = [
  (text) => trimmableOpening(text),
  (text) => openingPhrase(text),
  (text) => OPENING_ADVERBIAL.exec(text),
  (text) => (COMMA_PRONOUN.test(text) ? LONG_OPENING.exec(text) : null),
  (text) => LONG_ADVERBIAL.exec(text),
];

/**
 * The subject of a sentence that stands for what the sentence before names ({@link BackReference}), or
 * null: a sentence that names its subject, opens with "it" standing for the clause after it ("It is
 * expected that …") or states its news after a colon ("It was a first: …").
 * @param text a sentence
 */
export function backReference(text: string): BackReference | null {
  const open = OPENING_SUBJECT.exec(text);
  if (open) return referenceAt(open, 0, text);
  // each opening is tried only when the one before gives no subject, and the long opening only when a
  // comma comes before "he" or "she" (its match needs one): run on every sentence, its scan of the whole
  // sentence had been most of referentBefore's cost (cpu-step, 1,000 scale pages: 60 of 170 ms a run)
  for (const opening of OPENINGS) {
    const rest = opening(text);
    if (!rest) continue;
    const at = rest[0].length;
    const inner = INNER_SUBJECT.exec(text.slice(at));
    if (inner) return referenceAt(inner, at, text);
  }
  return null;
}

/** A quotation's speaker named only as "he" or "she" after it ('"We will appeal," she said.'). */
const SPEAKER_PRONOUN = new RegExp(
  String.raw`[,.!?…]?["”’],?\s+(he|she)\s+(?:${SAYING_VERBS}|${TOLD}|${literalsPattern(sayingVerbs().afterQuotation)})\b`,
  'u',
);

/**
 * The "he" or "she" that a quotation's speaker is after it ('"We will appeal," she said.', '"…", he
 * added.'): who it is, the sentences before say, as the quotes of the brief read them.
 * @param text a sentence
 */
export function speakerPronoun(text: string): BackReference | null {
  const m = SPEAKER_PRONOUN.exec(text);
  if (!m) return null;
  const start = m.index + m[0].search(/\s(?:he|she)\s/u) + 1;
  return { start, end: start + (m[1] as string).length, kind: 'person' };
}

function referenceAt(m: RegExpExecArray, at: number, text: string): BackReference | null {
  const pronoun = m[1];
  if (pronoun !== undefined) {
    const lower = pronoun.toLowerCase();
    // "It is expected that …", "It was a first: …": what follows, not the sentence before
    if (lower === 'it' && !watchLeansOnSubjectBefore(`It${text.slice(at + 2)}`)) return null;
    const kind = lower === 'it' ? 'thing' : lower === 'he' || lower === 'she' ? 'person' : 'several';
    return { start: at, end: at + pronoun.length, kind };
  }
  const kind = nounKind(m[2] as string);
  if (kind === null || kind === 'place') return null;
  return { start: at, end: at + 4 + (m[2] as string).length, kind };
}

/** A second clause with a subject of its own ("… in 2026 and the jet should enter service …"): who "it" is, unclear. */
const SECOND_SUBJECT = new RegExp(
  String.raw`\b(?:and|but|while|whereas)\s+(?:the\s+\p{Ll}+|\p{Lu}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*)*)\s+(?:${literalsPattern(AUXILIARY_VERBS)}|\p{Ll}+ed)\b`,
  'u',
);

/**
 * The name a sentence opens with as its subject ({@link openingSubject}), after any opening phrase: the capitalised words
 * right before its verb, past the words that describe it ("The Ruritanian ferry operator Norvale Transit
 * announced …" → "Norvale Transit"), an abbreviation in brackets after it ("Norvale Transit (NT) said")
 * and an aside set off by commas ("Norvale Transit, the state ferry operator, will …"); null when the
 * subject is no name, names two ("Norvale and Kestrel have …"), or a second clause has a subject of
 * its own (see {@link SECOND_SUBJECT}).
 * @param text a sentence
 */
export function namedSubject(text: string): string | null {
  const subject = openingSubject(text);
  if (subject === null || subject.name === null) return null;
  if (SECOND_SUBJECT.test(text.slice(subject.verbStart).split(/\s+/).join(' '))) return null;
  return subject.name;
}

/**
 * A sentence whose "it" stands for the subject the sentence before opens with, a name or "the" and a
 * noun ("The Orvan index was the only index to gain." before "It closed 2% higher on Thursday."), with
 * that subject put in its place in square brackets ("[The Orvan index] closed 2% higher on Thursday."):
 * how a line reads when the sentence before is not shown with it. Null when its subject is no "it", the
 * sentence before opens with no such subject ("The" and words, a name), or a second clause of it has a subject of its own ("Norvale
 * will build them and the trams should run in 2027": which one "it" is, only the words say); not "he" or
 * "she", whom a subject none of the actors names may not be.
 * @param sentences the article's sentences, in order
 * @param index the sentence's index
 */
export function withSubjectBefore(sentences: readonly { text: string }[], index: number): string | null {
  const text = sentences[index]?.text;
  const before = sentences[index - 1]?.text;
  if (text === undefined || before === undefined) return null;
  const reference = backReference(text);
  if (reference === null || reference.kind !== 'thing') return null;
  const subject = openingSubject(before);
  if (
    subject === null ||
    (subject.kind !== 'name' && subject.kind !== 'definite' && subject.words[0] !== 'The')
  )
    return null;
  if (SECOND_SUBJECT.test(before.slice(subject.verbStart).split(/\s+/).join(' '))) return null;
  const words = before.slice(subject.start, subject.end);
  return withReferent(text, reference, `${words.charAt(0).toUpperCase()}${words.slice(1)}`);
}

/** A back-referring subject ({@link backReference}) and the name it stands for. */
export interface Referent {
  reference: BackReference;
  name: string;
}

/**
 * How many sentences back a subject is looked for, past a chain of subjects that point back too: the
 * cluster briefs' chains reach two ("The company has …" after "The manufacturer has …" after a name);
 * further back a report has moved on to other actors, and a name there is a guess.
 */
const LOOKBACK = 3;

/**
 * The name a sentence's back-referring subject ({@link backReference}) stands for: the named subject
 * ({@link namedSubject}) of the nearest sentence before it whose subject is not itself a back-reference
 * of the same kind, at most {@link LOOKBACK} back, when the actors say that name is of a kind the subject
 * can stand for ("he" a person; "it" anything but a person; "the company" an organisation).
 * @param sentences the article's sentences, in order
 * @param index the sentence's index
 * @param kindOf the kind of an actor by its name or alias, undefined for no actor
 * @returns the subject and the name, `unresolved` when the sentence leans on one the sentences before do
 *   not name clearly, or null when its subject is no back-reference
 */
export function referentBefore(
  sentences: readonly { text: string }[],
  index: number,
  kindOf: (name: string) => ActorKind | undefined,
): Referent | 'unresolved' | null {
  const text = sentences[index]?.text;
  if (text === undefined) return null;
  const reference = backReference(text);
  if (reference === null || opensWithReferent(text.slice(0, reference.start), reference, kindOf)) return null;
  // several, whom one sentence's subject does not name
  if (reference.kind === 'several') return 'unresolved';
  for (let j = index - 1; j >= 0 && j >= index - LOOKBACK; j--) {
    const before = (sentences[j] as { text: string }).text;
    // a subject that points back too, of the same kind of referent: its name is further back
    const chained = backReference(before);
    if (chained !== null) {
      if ((chained.kind === 'person') !== (reference.kind === 'person')) break;
      continue;
    }
    const name = namedSubject(before);
    if (name === null) break;
    const kind = kindOf(name);
    if (kind !== undefined && fits(reference.kind, kind, name)) return { reference, name };
    break;
  }
  // "the company" after "The ferry company ordered …" reads as well as the sentence it follows: a
  // description names its kind (a model fixture's key point, and its regulator's timeline event, had
  // been taken for sentences that lean back); "it", "he" or "she" names nothing
  return isPronoun(reference.kind) ? 'unresolved' : null;
}

/** Whether a back-reference is a pronoun ("it", "he", "she"), not a definite noun ("the company"). */
function isPronoun(kind: BackReference['kind']): boolean {
  return kind === 'thing' || kind === 'person';
}

/** Whether a name's first word is a given name ("Ana Ruiz"). */
const opensWithGivenName = (name: string): boolean => isGivenName(name.slice(0, name.indexOf(' ')));

/**
 * Whether the opening before a subject names whom it may stand for ("According to Norvale's statement,
 * the company has told …"): the sentence reads alone.
 */
function opensWithReferent(
  opening: string,
  reference: BackReference,
  kindOf: (name: string) => ActorKind | undefined,
): boolean {
  for (const m of opening.matchAll(/\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*)*/gu)) {
    const kind = kindOf(m[0].replace(/\.$/u, ''));
    if (kind !== undefined && fits(reference.kind, kind, m[0])) return true;
  }
  return false;
}

function fits(subject: BackReference['kind'], kind: ActorKind, name: string): boolean {
  if (subject === 'several') return false;
  // a person's name opens with a given name, or is one word a person's actor goes by: "Harbel Mills" told
  // as a person by the actors is no "she"
  if (subject === 'person') return kind === 'person' && (!name.includes(' ') || opensWithGivenName(name));
  if (subject === 'thing') return kind !== 'person';
  return subject === kind;
}

/**
 * A sentence with its back-referring subject replaced by the name it stands for, in square brackets as
 * a journalist marks words not in the original ("[Norvale Transit] intends to cut …").
 * @param text the sentence
 * @param reference its subject ({@link backReference})
 * @param name the name
 */
export function withReferent(text: string, reference: BackReference, name: string): string {
  return `${text.slice(0, reference.start)}[${name}]${text.slice(reference.end)}`;
}

/**
 * The kind of each actor by its name and each alias, for {@link referentBefore}.
 * @param actors the brief's actors
 * @returns the kind of a name, undefined for a name of no actor
 */
export function actorKindOf(
  actors: readonly { name: string; kind: ActorKind; aliases: readonly string[] }[],
): (name: string) => ActorKind | undefined {
  const kinds = new Map<string, ActorKind>();
  for (const a of actors) for (const n of [a.name, ...a.aliases]) if (!kinds.has(n)) kinds.set(n, a.kind);
  return (name) => kinds.get(name);
}

/**
 * The speaker the brief's quotes give the quotation a citation lies in, for {@link speakerPronoun}.
 * @param quotes the brief's quotes, each citing its passage
 * @returns the speaker of a cited sentence's quotation, null when no quote with a speaker holds it
 */
export function quoteSpeakerOf(
  quotes: readonly Pick<Quote, 'speaker' | 'citations'>[],
): (citation: Citation) => string | null {
  const bySource = new Map<string, { start: number; end: number; speaker: string }[]>();
  for (const q of quotes)
    for (const c of q.citations) {
      if (q.speaker === null) continue;
      const list = bySource.get(c.sourceId) ?? [];
      list.push({ start: c.start, end: c.end, speaker: q.speaker });
      bySource.set(c.sourceId, list);
    }
  // (a headline's offsets are in its title, where no quote lies)
  return (citation) =>
    citation.part === 'title'
      ? null
      : (bySource.get(citation.sourceId)?.find((q) => q.start <= citation.start && citation.end <= q.end)
          ?.speaker ?? null);
}
