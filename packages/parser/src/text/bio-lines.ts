import { wordsIn } from './count-words.js';
import { phrases, readPhraseData } from './phrase-matcher.js';

/** A bio's label is a line of at most this many words ("About the author", "Über den Autor/ die Autorin"). */
const MAX_LABEL_WORDS = 6;

/**
 * Tells the label that heads an author's or a site's bio: a short line (MAX_LABEL_WORDS words at most)
 * holding a phrase of `data/bio-phrases.yaml` ("About the author", "Über mich", "Autorin").
 * @param text a line
 * @param words its word count, when known
 */
export function isBioLabel(text: string, words = wordsIn(text)): boolean {
  return (
    words <= MAX_LABEL_WORDS && phrases('bio-phrases.yaml', ['label'], 'bio-label').test(text.toLowerCase())
  );
}

let beforeNames: Set<string> | undefined;
/** The `before-name` group of `data/bio-phrases.yaml`, read once: whole words, matched whole. */
function beforeName(): Set<string> {
  if (beforeNames === undefined) {
    const data = readPhraseData('bio-phrases.yaml') as Record<string, unknown>;
    const group = data['before-name'];
    if (!Array.isArray(group) || !group.every((p) => typeof p === 'string'))
      throw new TypeError('bio phrases: expected a list of strings under before-name');
    beforeNames = new Set(group.map((p: string) => p.toLowerCase()));
  }
  return beforeNames;
}

/** The words before a name in a bio's label are at most this many ("à propos de"). */
const MAX_BEFORE_NAME = 3;
/** A person's name: two to four words, each capitalised, with no sentence end. */
const NAME = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*$/u;

/**
 * Tells the label of a bio that names its person ("Über Jane Doe", "About Jane Doe"): one to
 * MAX_BEFORE_NAME words of the `before-name` group of `data/bio-phrases.yaml`, then a name of two to
 * four capitalised words, and nothing else.
 * @param text a line
 */
export function isNamedBioLabel(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 3 || words.length > MAX_LABEL_WORDS) return false;
  for (let k = 1; k <= MAX_BEFORE_NAME && words.length - k >= 2; k++) {
    if (!NAME.test(words.slice(k).join(' '))) continue;
    if (beforeName().has(words.slice(0, k).join(' ').toLowerCase())) return true;
  }
  return false;
}

let careerVerbs: string[] | undefined;
/** The `career` group of `data/bio-phrases.yaml`, read once, longest first: whole words, matched whole. */
function careers(): string[] {
  if (careerVerbs === undefined) {
    const data = readPhraseData('bio-phrases.yaml') as Record<string, unknown>;
    const group = data.career;
    if (!Array.isArray(group) || !group.every((p) => typeof p === 'string'))
      throw new TypeError('bio phrases: expected a list of strings under career');
    careerVerbs = group.map((p: string) => p.toLowerCase()).sort((a, b) => b.length - a.length);
  }
  return careerVerbs;
}

/**
 * Tells a paragraph that says who a person is in the third person, opening on their name (in full, or
 * the first name alone) and a verb of the `career` group of `data/bio-phrases.yaml` ("Jane Doe is an
 * author …", "Jane joined the paper in 2017 …").
 * @param text a paragraph
 * @param name the person's name: two to four capitalised words
 */
export function opensOnCareer(text: string, name: string): boolean {
  const opening = text.trimStart();
  const given = name.split(/\s+/)[0] as string;
  for (const who of [name, given]) {
    if (!opening.startsWith(`${who} `)) continue;
    const rest = opening.slice(who.length + 1).toLowerCase();
    if (careers().some((v) => rest.startsWith(`${v} `))) return true;
  }
  return false;
}

/**
 * Tells words that name a writer's role ("a senior writer at", "Redakteurin bei",
 * `data/writer-roles.yaml`).
 * @param text a few words
 */
export function isWriterRole(text: string): boolean {
  return phrases('writer-roles.yaml').test(text.toLowerCase());
}
