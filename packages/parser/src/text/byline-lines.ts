import { escapeRegExp, isSpaceUnit } from '@briefing/model';
import { bylineWords } from './byline-words.js';
import { wordsIn } from './count-words.js';
import { NAME_PARTICLES } from './name-particles.js';
import { readPhraseData } from './phrase-matcher.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** The separators between a byline's parts. */
const SEPARATORS = /[|·,]/gu;
/** White space between tokens. */
const SPACES = /\s+/u;
/** A digit. */
const DIGIT = /\d/u;

/** A byline line is at most this many words: a "by" word, a name or two and a date. */
const MAX_BYLINE_LINE_WORDS = 12;
/** Words that join the names of a byline ("Jane Doe and John Roe"). */
export const NAME_JOINERS = new Set(['and', 'und', '&', 'et', 'y', 'e', 'i', 'en', 'och', 'og', 'oraz']);
/**
 * A line's names as written, parted where `parts` matches and by joining words ({@link NAME_JOINERS}:
 * "Jana Roe, Ian Lee & Ana Ruiz" gives three); no check that each is a name.
 * @param text a line
 * @param parts what parts the names besides a joining word (commas, and slashes on some lines)
 * @returns the pieces, none empty
 */
export function splitNames(text: string, parts: RegExp): string[] {
  const names: string[] = [];
  for (const piece of text.trim().split(parts)) {
    let current: string[] = [];
    for (const word of piece.split(/\s+/u)) {
      if (NAME_JOINERS.has(word.toLowerCase()) && current.length > 0) {
        names.push(current.join(' '));
        current = [];
      } else current.push(word);
    }
    if (current.length > 0) names.push(current.join(' '));
  }
  return names;
}
/** A capitalised name word ("Kürten", "O'Neil", "J.", "ROE"). */
export const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * The short words that may follow a writer's name on its line before the date or time ("by jroe on 3
 * May", "von jroe am 3. Mai", "Von Jane Roe vom 3. Mai", "par jroe le 3 mai"): English, German, French,
 * Spanish, Italian, Portuguese, Dutch.
 */
export const LINKERS: ReadonlySet<string> = new Set([
  'on',
  'at',
  'am',
  'um',
  'vom',
  'le',
  'el',
  'il',
  'em',
  'op',
]);

/**
 * Whether a word links a name to the date or time after it, in any case ("UM 21:11", "Vom 3. Mai"):
 * it ends the name, however capitalised.
 * @param word a word after a name's words
 * @param next the token after it
 */
export function linksDate(word: string, next: string | undefined): boolean {
  return LINKERS.has(word.toLowerCase()) && next !== undefined && DIGIT.test(next);
}
/** An e-mail address, which may follow a byline's names ("Por Ana Ruiz aruiz@norvale.example"). */
const EMAIL = /^\S+@\S+\.\p{L}{2,}$/u;

/**
 * Whether the token at `i` continues a byline's name: a capitalised word, or a particle with one after it.
 * @param tokens the line's tokens
 * @param i the token's index
 */
function continuesName(tokens: readonly string[], i: number): boolean {
  const token = tokens[i] as string;
  if (NAME_WORD.test(token)) return true;
  let next = i;
  while (next < tokens.length && NAME_PARTICLES.has(tokens[next] as string)) next++;
  return next > i && next < tokens.length && NAME_WORD.test(tokens[next] as string);
}

/**
 * Tells a byline line standing alone: the opening words of `data/byline-words.yaml` ("By", "Von", "Par",
 * "Written by"), one to five capitalised names, and nothing after them or a date ("By Jane Doe 11 February
 * 2020", "von Jonas Weidfeld"); MAX_BYLINE_LINE_WORDS words at most.
 * @param text a line
 * @param words its word count, when known
 */
export function isBylineLine(text: string, words = wordsIn(text)): boolean {
  if (words < 2 || words > MAX_BYLINE_LINE_WORDS) return false;
  const openings = bylineWords();
  if (!mayHoldOpening(text, openings)) return false;
  const tokens = text.replace(SEPARATORS, ' ').split(SPACES).filter(Boolean);
  // the "by" word opens the line ("By", "Written by"), or follows a date ("Published on 17 December 2019
  // by Jane Doe")
  let by = 0;
  while (by < tokens.length && !openings.has((tokens[by] as string).toLowerCase())) by++;
  if (by === tokens.length) return false;
  const opening = tokens
    .slice(0, by + 1)
    .join(' ')
    .toLowerCase();
  if (by > 0 && !openings.has(opening) && !DIGIT.test(opening)) return false;
  const lead = by + 1;
  let end = lead;
  while (end < tokens.length && (continuesName(tokens, end) || NAME_JOINERS.has(tokens[end] as string)))
    end++;
  if (end === lead || !NAME_WORD.test(tokens[lead] as string)) return false;
  // after the names, nothing, the writer's address, or a date ("on 4 December 2006", "11 February
  // 2020"); not both sides
  if (end < tokens.length && EMAIL.test(tokens[end] as string)) end++;
  return end === tokens.length || (by === 0 && DIGIT.test(tokens.slice(end).join(' ')));
}

/**
 * The authors of a byline line that {@link isBylineLine} tells ("von Jonas Weidfeld", "Par Jeanne
 * Dupont le 7 mai 2020", "Por Ana Ruiz y Luis Vera"): the capitalised names after its opening word, one
 * name a run of them, split at a comma or a joining word; a line that names none (a name of one letter
 * and a stop) gives null.
 * @param text a line
 * @returns the authors, or null when the line is no byline line
 */
export function bylineLineAuthors(text: string): { authors: string[] } | null {
  if (!isBylineLine(text)) return null;
  const openings = bylineWords();
  const tokens = text.split(SPACES).filter(Boolean);
  let i = 0;
  while (i < tokens.length && !openings.has((tokens[i] as string).replace(SEPARATORS, '').toLowerCase())) i++;
  const authors: string[] = [];
  let name: string[] = [];
  const close = () => {
    if (name.length > 0 && name.join('').length > 2) authors.push(name.join(' '));
    name = [];
  };
  for (i++; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const word = token.replace(/[|·,]+$/u, '');
    if (NAME_JOINERS.has(word)) {
      close();
      continue;
    }
    if (!NAME_WORD.test(word) && !(word === token && continuesName(tokens, i))) break;
    if (name.length > 0 && linksDate(word, tokens[i + 1])) break;
    name.push(word);
    if (word !== token) close();
  }
  close();
  return authors.length > 0 ? { authors } : null;
}

/** The lengths of the byline's opening words (1 where one is that long), made from their list once. */
let openingLengths: Uint8Array | undefined;

/**
 * Whether a token of a line (as {@link isBylineLine} cuts it: between white space and the separators
 * `|`, `·`, `,`) is as long as one of the opening words, or holds "İ" (which lower case lengthens):
 * without one, no token is an opening word, and the line is not cut into tokens to look them up.
 */
export function mayHoldOpening(text: string, openings: ReadonlySet<string>): boolean {
  if (openingLengths === undefined) {
    const longest = Math.max(0, ...[...openings].map((w) => w.length));
    openingLengths = new Uint8Array(longest + 1);
    for (const w of openings) openingLengths[w.length] = 1;
  }
  const lengths = openingLengths;
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (c === 0x130) return true;
    if (isSpaceUnit(c) || c === 0x7c || c === 0xb7 || c === 0x2c) {
      if (start >= 0 && i - start < lengths.length && lengths[i - start] === 1) return true;
      start = -1;
    } else if (start < 0) start = i;
  }
  return false;
}

/** The shape of `data/author-labels.yaml`: labels of a post's author ("author", "autor"), lower case. */
export interface AuthorLabels {
  labels: string[];
}

/** An author's label of `data/author-labels.yaml` and its colon inside a line ("Autor: jroe"), read once. */
let authorLabel: RegExp | undefined;

/** The labels of `data/author-labels.yaml`, read and checked once. */
let labelSet: ReadonlySet<string> | undefined;

/**
 * The labels of a post's author of `data/author-labels.yaml`, lower case ("author", "autor").
 * @throws TypeError when the file is not a list `labels` of words
 */
export function authorLabels(): ReadonlySet<string> {
  if (labelSet === undefined) {
    const { labels } = (readPhraseData('author-labels.yaml') ?? {}) as Partial<AuthorLabels>;
    if (
      !Array.isArray(labels) ||
      labels.length === 0 ||
      !labels.every((l) => typeof l === 'string' && l !== '')
    )
      throw new TypeError('author labels: expected a list `labels` of words');
    labelSet = new Set(labels.map((l) => l.toLowerCase()));
  }
  return labelSet;
}

/** The pattern of {@link namesAuthor}'s labels, from `data/author-labels.yaml`. */
function authorLabelPattern(): RegExp {
  const words = [...authorLabels()].map(escapeRegExp).join('|');
  return new RegExp(`(?:^|[\\s|·•/⋅])(?:${words})\\s*:`, 'iu');
}

/** A letter: a name or a handle holds one, a time or a count does not. */
const HAS_LETTER = /\p{L}/u;
/** What parts a line of a post's details: spaces and the marks between its fields. */
export const FIELD_BREAK = /[\s|·•/⋅,]+/u;

/**
 * Tells a line that names its author among other details: a word of `data/byline-words.yaml` before a
 * name or a handle ("8. Januar 2020 · by jroe · in Essays", "21 March 2024 von Jane Roe 1 Kommentar"),
 * or an author's label of `data/author-labels.yaml` and its colon ("3 May 2024 // Autor: jroe //
 * Lesezeit: 1 Minute"). Read on the lines above the body that state a date (see `scrapedArticle`): a
 * post's date line with its author.
 * @param text a line
 */
export function namesAuthor(text: string): boolean {
  authorLabel ??= authorLabelPattern();
  if (authorLabel.test(text)) return true;
  const openings = bylineWords();
  const tokens = text.split(FIELD_BREAK).filter(Boolean);
  for (let i = 0; i + 1 < tokens.length; i++)
    if (openings.has((tokens[i] as string).toLowerCase()) && HAS_LETTER.test(tokens[i + 1] as string))
      return true;
  return false;
}
