import type { Actor, Citation, TimelineEvent } from './briefing.js';
import { AUXILIARY_VERBS } from './english-cues.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { nounKind } from './kind-nouns.js';
import { isJourneyNoun } from './label-nouns.js';
import { openingSubject } from './opening-subject.js';

/**
 * An event's text as a line read alone, away from its report (the bottom line's Next line): a person
 * its subject names by the surname alone is named in full, in square brackets as a journalist marks
 * words not in the original ("Varga will testify on 3 May" → "[Ana Varga] will testify on 3 May", when
 * the actors know Ana Varga by that surname in its report); null when the subject is a description of
 * a thing its report named before by the description's noun ("The new airliner will then fly to Orrin"
 * after "the Kestrel 400 airliner"), which says nothing of what it stands for, or "The" and a name its report
 * gave before and a journey's noun ("The Orrin visit will now take place …" after "… will skip Orrin and
 * fly on"), which says nothing of who travels. A noun of a body's or a
 * person's kind ("The company will …") is left to `referentBefore`, which names it when the sentence
 * before does, and reads alone as a kind when it does not.
 * @param event the event, as the watch list gives it
 * @param actors the brief's actors, with the sources that name each
 * @param sentences every sentence of the reports, as citations; none known, no description is read
 * @returns the text to show, or null when it cannot be read alone
 */
export function subjectReadAlone(
  event: Pick<TimelineEvent, 'text' | 'citations'>,
  actors: readonly Pick<Actor, 'name' | 'kind' | 'sourceIds'>[],
  sentences: readonly Citation[],
): string | null {
  const subject = openingSubject(event.text);
  const own = event.citations[0];
  const head = descriptionHead(event.text);
  if (head !== null && own !== undefined && describesThingBefore(head, own, sentences)) return null;
  if (own !== undefined && journeyToldBefore(event.text, own, sentences)) return null;
  if (subject === null || own === undefined) return event.text;
  if (subject.kind !== 'name' || subject.name === null || subject.name.includes(' ')) return event.text;
  const surname = subject.name;
  const person = actors.find(
    (a) => a.kind === 'person' && a.name.endsWith(` ${surname}`) && a.sourceIds.includes(own.sourceId),
  );
  if (!person) return event.text;
  const at = event.text.indexOf(surname, subject.start);
  return `${event.text.slice(0, at)}[${person.name}]${event.text.slice(at + surname.length)}`;
}

/**
 * A sentence's opening subject of "The" and up to four words in lower case before an auxiliary ("The
 * heavy airliner will …", "The new plans are …"): the last word, its noun; else null. Read here rather
 * than by `openingSubject`, which takes a long first clause ending in a comma for an opening phrase; an
 * auxiliary, not any verb form, so that "plans" or "rates" are taken for the noun they may be.
 */
const DESCRIPTION = new RegExp(
  String.raw`^The((?:\s+(?!(?:${AUXILIARY_VERBS.join('|')})\s)\p{Ll}[\p{Ll}-]*){1,4}?)\s+(?:${AUXILIARY_VERBS.join('|')})\s`,
  'u',
);

function descriptionHead(text: string): string | null {
  const words = DESCRIPTION.exec(text)?.[1]?.trim().split(/\s+/u);
  return words?.at(-1) ?? null;
}

/** Capitalised words of a name, not a determiner opening a sentence ("The", "Its"). */
const NAME_WORDS = String.raw`(?:(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\s)\p{Lu}[\p{L}\d-]*)(?:\s+[\p{Lu}\d][\p{L}\d-]*)*`;

/**
 * Whether a description's noun (no body's nor person's kind: "airliner", "vote", "ferry") stands after a
 * name, and up to two words in lower case, in a sentence its report gives before the event's ("the new
 * Kestrel 400 long-range airliner"): the description stands for that named thing. Not a noun its report
 * used of no name ("ordered two electric ferries … The ferries will cost …"), which tells what they are.
 */
function describesThingBefore(head: string, own: Citation, sentences: readonly Citation[]): boolean {
  const noun = head.toLowerCase();
  const kind = nounKind(noun);
  if (kind !== null && kind !== 'other') return false;
  const stem = noun.endsWith('s') ? noun.slice(0, -1) : noun;
  const named = new RegExp(
    String.raw`${NAME_WORDS}\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}${escapeRegExp(stem)}s?\b`,
    'u',
  );
  return sentences.some((c) => c.sourceId === own.sourceId && c.end <= own.start && named.test(c.quote));
}

/** "The", a name and a noun in lower case before an auxiliary: "The Orrin visit will …". */
const NAMED_NOUN = new RegExp(
  String.raw`^The\s+(${NAME_WORDS})\s+(\p{Ll}+)\s+(?:${AUXILIARY_VERBS.join('|')})\s`,
  'u',
);

/**
 * Whether a sentence's subject is "the", a name and a journey's noun (`isJourneyNoun`: "The Orrin visit
 * will now take place") whose name its report gave in a sentence before: the journey is one only the
 * sentences before tell, and they name who travels. A cluster cut's Next line had read so (bl105).
 */
function journeyToldBefore(text: string, own: Citation, sentences: readonly Citation[]): boolean {
  const m = NAMED_NOUN.exec(text);
  if (!m || !isJourneyNoun(m[2] as string)) return false;
  const name = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(m[1] as string)}(?![\p{L}\d])`, 'u');
  return sentences.some((c) => c.sourceId === own.sourceId && c.end <= own.start && name.test(c.quote));
}
