import { openerAfterConnective } from './connective-words.js';
import { isActorNoun, singularsOf } from './described-subject.js';
import { AUXILIARY_VERBS, IRREGULAR_PAST } from './english-cues.js';
import { literalsPattern } from './escape-reg-exp.js';
import { isLabelNoun, makesNew } from './label-nouns.js';
import { MONTH_NAMES, WEEKDAYS } from './month-names.js';
import { VERB_FORM } from './opening-subject.js';

/**
 * A line's subject: "the", "this" or "that" (after a connective, in lower case), up to two words in lower
 * case and the noun, right before its verb ("The deal was signed …", "This massive ferry will sail …").
 * Groups: 1 the words before the noun, 2 the noun. Built once, on first use.
 */
let definite: RegExp | undefined;
const definitePattern = (): RegExp =>
  (definite ??= new RegExp(
    String.raw`${openerAfterConnective(['the', 'this', 'that'])}\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)(\p{Ll}[\p{Ll}-]*)\s+(?:(?:also|then|only|now|not)\s+)?(?:${VERB_FORM})(?=\s|[.;:!?,])`,
    'u',
  ));
/** The determiner of a definite subject, after any connective. */
const DETERMINER = /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s/u;
/** Words that open a mention of a thing told before the line: an article or a number word. */
const INTRODUCING = new Set(['a', 'an', 'the', 'one']);
/** Words that a noun phrase's modifiers stop at: they open a clause or a phrase of their own, or are verbs. */
const NOT_MODIFIER = new Set(
  `of in on at for to from by with and or but as than that which who when where while after before
  is are was were be been has have had will would can could may might must it its their his her they he she
  this these those`.split(/\s+/),
);
/** Prepositions a complement that names the thing opens with ("a deal with Kestrel Bank", "a trial run of the Orrin 400"). */
const COMPLEMENT_OPENERS = new Set(['of', 'for', 'on', 'with', 'worth', 'between', 'from', 'to', 'in', 'at']);
/** Words that end a complement: they open a clause of their own, or are its verb. */
const COMPLEMENT_ENDS = new Set(
  `that which who whom when where while after before because as and but or
  is are was were be been has have had will would can could may might must said says`.split(/\s+/),
);
/** How many words a mention's modifiers and its complement run to at most. */
const MOST_MODIFIERS = 6;
const MOST_COMPLEMENT = 9;
/** How many words a sentence-before's subject runs to at most before its verb (see {@link subjectBefore}). */
const MOST_SUBJECT = 16;

/** A verb that ends a sentence-before's subject: an auxiliary or a past ("has been rejected", "failed"), not a plural in "-s" ("automakers"). */
const SUBJECT_VERB = new RegExp(
  String.raw`^(?:${literalsPattern(AUXILIARY_VERBS)}|${literalsPattern(IRREGULAR_PAST)}|\p{Ll}{2,}ed)$`,
  'u',
);

/** A word and where it starts. */
interface Word {
  text: string;
  start: number;
}

/** A sentence's words, each without the punctuation that closes it ("Bank," → "Bank"), and where they start. */
function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index }));
}

/** Whether a word ends in punctuation that closes a phrase (a comma, a full stop, a bracket, a dash). */
const closes = (w: string): boolean => /[,.;:!?)\]]["”’]?$/u.test(w);
/** A word without its closing punctuation. */
const bare = (w: string): string => w.replace(/[,.;:!?)\]]+["”’]?$/u, '');
/** A month's or a weekday's name: it dates the thing, and names none ("the market on Thursday"). */
const CALENDAR = new Set<string>([...MONTH_NAMES, ...WEEKDAYS]);
/** Whether a phrase names its thing: a capitalised word after its first (no month nor weekday), or a figure. */
const names = (words: readonly string[]): boolean =>
  words.some(
    (w, i) =>
      /\d/u.test(w) ||
      (i > 0 &&
        /^["“(]?\p{Lu}/u.test(w) &&
        !CALENDAR.has(
          bare(w)
            .replace(/^["“(]/u, '')
            .replace(/['’]s$/u, ''),
        )),
  );

/**
 * The mention of a noun in a sentence that names the thing ({@link names}): an article and the words
 * before the noun ("a software fault", "a 90 million crown loan deal"), a possessive name ("Norvale's
 * new ferry"), and a complement after it up to a comma or a clause ("a trial run of the Orrin 400",
 * "a deal with Kestrel Bank worth 90 million crowns"); null when none does.
 * @param text a sentence
 * @param forms the noun's forms, in lower case
 */
function mentionIn(text: string, forms: readonly string[]): string | null {
  const words = wordsOf(text);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as Word;
    if (!forms.includes(bare(w.text).toLowerCase())) continue;
    // back to the article or a possessive name, over modifiers only
    let from = i;
    let opened = false;
    for (let j = i - 1; j >= 0 && i - j <= MOST_MODIFIERS; j--) {
      const m = (words[j] as Word).text;
      if (closes(m)) break;
      const lower = m.toLowerCase();
      if (INTRODUCING.has(lower)) {
        from = j;
        opened = true;
        break;
      }
      if (NOT_MODIFIER.has(lower)) break;
      from = j;
      if (/^\p{Lu}.*['’]s$/u.test(m)) {
        opened = true;
        break;
      }
    }
    if (!opened) continue;
    // and on over a complement, when the words up to the noun name nothing, to the end of the first name
    // in it ("a software fault on the Orrin 400 tram's first run" → "… on the Orrin 400")
    let to = i;
    const next = words[i + 1]?.text;
    const named = names(words.slice(from, i + 1).map((x) => x.text));
    if (!named && !closes(w.text) && next !== undefined && COMPLEMENT_OPENERS.has(next)) {
      let inName = false;
      for (let j = i + 2; j < words.length && j - i <= MOST_COMPLEMENT; j++) {
        const m = (words[j] as Word).text;
        const capitalised = /^["“(]?(?:\p{Lu}|\d)/u.test(m);
        if (COMPLEMENT_ENDS.has(m) || m === '--' || m === '—' || m === '–' || (inName && !capitalised)) break;
        inName ||= capitalised;
        to = j;
        if (closes(m)) break;
      }
      if (to === i + 1) to = i;
    }
    const phrase = words.slice(from, to + 1).map((x) => x.text);
    phrase[phrase.length - 1] = bare(phrase.at(-1) as string);
    if (names(phrase)) return phrase.join(' ');
  }
  return null;
}

/**
 * The subject the sentence before opens with when it is a thing introduced by "a" or "an" and named
 * ({@link names}): "A 90 million crown loan deal for Norvale Transit -- …" gives "A 90 million crown loan
 * deal for Norvale Transit"; its words up to its verb, a comma or a dash. Null when it opens otherwise, or
 * its head is an actor's noun ("A ferry company said …").
 * @param text the sentence before
 */
function subjectBefore(text: string): string | null {
  const words = wordsOf(text);
  if (!/^(?:A|An)$/u.test(words[0]?.text ?? '')) return null;
  const phrase: string[] = [];
  for (const w of words.slice(0, MOST_SUBJECT)) {
    if (phrase.length > 1 && SUBJECT_VERB.test(w.text)) break;
    if (w.text === '--' || w.text === '—' || w.text === '–') break;
    phrase.push(bare(w.text));
    if (closes(w.text)) break;
  }
  if (phrase.length < 2 || phrase.length >= MOST_SUBJECT || !names(phrase)) return null;
  // the head: the last word before a complement
  const complement = phrase.findIndex((w, i) => i > 0 && COMPLEMENT_OPENERS.has(w));
  const head = (phrase[(complement < 0 ? phrase.length : complement) - 1] as string).toLowerCase();
  if (isActorNoun(head) || singularsOf(head).some(isActorNoun)) return null;
  return phrase.join(' ');
}

/**
 * A line whose subject is "the", "this" or "that" and a noun its report told before ("The fault was not
 * reported …", "The bill failed …") with that thing put in its place in square brackets, as its
 * report named it, so that it reads alone ("[The software fault on the Orrin 400] was
 * not reported …"): the nearest mention before it of the same noun that names the thing (an article or a
 * possessive name, the words before the noun, a complement after it, holding a name or a figure); or,
 * for a noun that labels a deed (`data/label-nouns.yaml`: "the bill", "the deal"), the subject the
 * sentence right before opens with, a thing introduced by "a" and named ("A 90 million crown loan deal
 * for Norvale Transit was rejected …"). Null when the subject is no such noun, is an actor's ("The
 * company said …", whose name `referentBefore` gives), or nothing before names it.
 * @param sentences the article's sentences, in order
 * @param index the line's index
 */
export function withNounAntecedent(sentences: readonly { text: string }[], index: number): string | null {
  const text = sentences[index]?.text;
  if (text === undefined) return null;
  const m = definitePattern().exec(text);
  if (!m) return null;
  const noun = m[2] as string;
  if (isActorNoun(noun) || singularsOf(noun).some(isActorNoun)) return null;
  // "The first ferries", "the next vote": a thing of its own, not the one told before
  const modifiers = (m[1] as string).split(/\s+/u).filter(Boolean);
  if (modifiers.some(makesNew)) return null;
  const forms = [noun, `${noun}s`, ...singularsOf(noun)];
  let found: string | null = null;
  for (let j = index - 1; j >= 0 && found === null; j--) {
    const before = (sentences[j] as { text: string }).text;
    // a cheap test first: most sentences hold no form of the noun
    if (before.toLowerCase().includes(noun.slice(0, -1))) found = mentionIn(before, forms);
  }
  if (found === null && isLabelNoun(noun)) {
    const before = sentences[index - 1]?.text;
    found = before === undefined ? null : subjectBefore(before);
  }
  if (found === null) return null;
  const start = m[0].search(DETERMINER);
  // the determiner, its space, the words before the noun and the noun
  const end = start + m[0].slice(start).search(/\s/u) + 1 + (m[1] as string).length + noun.length;
  const capital = /^\p{Lu}/u.test(m[0].slice(start));
  const thing = INTRODUCING.has((found.split(' ')[0] as string).toLowerCase())
    ? `${capital ? 'The' : 'the'} ${found.slice(found.indexOf(' ') + 1)}`
    : found;
  return `${text.slice(0, start)}[${thing}]${text.slice(end)}`;
}
