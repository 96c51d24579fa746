import { isGivenName, MONTH_NAMES } from '@briefing/model';
import type { BodyBlock } from '../extraction.js';
import type { BodyRegion } from './body-region.js';
import { namesAuthor, splitNames } from './byline-lines.js';
import { bylineWords } from './byline-words.js';
import { wordsIn } from './count-words.js';
import { isFurnitureLine, isSectionName } from './furniture-lines.js';
import { keyOf } from './line-copies.js';
import { NAME_PARTICLES } from './name-particles.js';
import { type PhraseMatcher, phrases } from './phrase-matcher.js';
import { isRelativeTime } from './relative-times.js';

/**
 * A name word: a capital, then small letters, with a hyphen or an apostrophe and more ("O'Neil",
 * "Pieczewski-Freimuth"), or after a short prefix of its own capital ("DeFino", "McLean"; not
 * "LindqvistFollow", a button run on).
 */
const NAME_PART = /^(?:\p{Lu}\p{Ll}{1,2})?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
/** An initial ("C."), inside a name only. */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * Whether a line is a person's name and nothing else: two to four words, the first a given name, the
 * first and the last capitalised name words, between them name words, initials or a name's particles;
 * no digit, no mark.
 * @param text a line
 */
export function isNameAlone(text: string): boolean {
  return isNameShaped(text) && isGivenName(text.trim().split(' ')[0] as string);
}

/**
 * Whether a line is shaped as a person's name and nothing else ({@link isNameAlone}'s shape, its first
 * word any capitalised name word, not only a given name the model's list holds).
 * @param text a line
 */
function isNameShaped(text: string): boolean {
  const words = text.trim().split(' ');
  if (words.length < 2 || words.length > 4) return false;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (!NAME_PART.test(first) || !NAME_PART.test(last)) return false;
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i] as string;
    if (!NAME_PART.test(w) && !INITIAL.test(w) && !NAME_PARTICLES.has(w)) return false;
  }
  return true;
}

/** Under a byline's opening word alone ("Von"), a name of one to four capitalised words ("Robert"). */
const NAMED = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** How many lines above the body a name alone is looked for, under the headline. */
const NAME_ABOVE_BODY = 15;
/** How many of the body region's first lines, left out of the body, a name alone is looked for in. */
const NAME_IN_OPENING = 5;

/**
 * The author of a text scrape whose byline is a name alone on its line (no "By"): the first line
 * under the headline and above the body (at most {@link NAME_ABOVE_BODY} lines above it), or among the
 * body region's first {@link NAME_IN_OPENING} lines the body left out above its second kept line, that {@link isNameAlone} tells,
 * or, of one to four capitalised words, that a line of a byline's opening word alone stands over ("Von"
 * / "Jane Roe"). No name: the headline, a section's name, furniture; a line among a menu's entries
 * (`inMenu`) or in a list of people (`inNameList`); a line the page holds again above the body's end (a
 * menu's or a box's copy: a copy under it is the writer's box, and a copy above the body with the same
 * line under it the byline given twice, and neither counts); a name the line under it or the body's
 * first two lines tell of (the subject), unless the page's date stands right under it (`overDate`). A date
 * line naming an author among other words ("8 May 2024 · by jroe · in Essays") above it ends the look.
 * @param lines the page's lines
 * @param headline the headline's line
 * @param region the body's region
 * @param isDateLine whether a line is the page's date line (read as the page's dates are)
 * @returns the author, or undefined when no line is one
 */
export function nameAloneAuthors(
  lines: readonly BodyBlock[],
  headline: number,
  region: BodyRegion,
  isDateLine?: (i: number) => boolean,
): string[] | undefined {
  const kept = new Set(region.keep);
  const from = Math.max(headline + 1, region.first - NAME_ABOVE_BODY);
  // in the region, only above its second kept line (under a kept lead or dek at most): a name under
  // paragraphs signs them (a letter to the editor), not the page
  const secondKept = [...region.keep].sort((a, b) => a - b)[1] ?? region.last + 1;
  const end = Math.min(region.last + 1, region.first + NAME_IN_OPENING, secondKept);
  const headlineKey = keyOf((lines[headline] as BodyBlock).text);
  // the body's opening: a name it tells of there is its subject, not its writer
  const opening = region.keep
    .slice(0, 2)
    .map((k) => (lines[k] as BodyBlock).text)
    .join('\n');
  for (let i = from; i < end; i++) {
    if (kept.has(i)) continue;
    const text = (lines[i] as BodyBlock).text.trim();
    // a date line that names an author among other words ("8 May 2024 · by jroe · in Essays") claims it
    if (DIGITS.test(text) && namesAuthor(text)) return undefined;
    const above = i > 0 ? (lines[i - 1] as BodyBlock).text.trim() : '';
    // under a byline's word alone, its colon or none ("Von:" over the name)
    const underOpening =
      bylineWords().has(above.toLowerCase()) || bylineWords().has(above.toLowerCase().replace(/\s*:$/u, ''));
    if (underOpening ? !NAMED.test(text) : !isNameAlone(text)) continue;
    const key = keyOf(text);
    if (key === headlineKey || isSectionName(text) || isFurnitureLine(text)) continue;
    if (!underOpening && (inMenu(lines, i) || inNameList(lines, i))) continue;
    // the page's other lines: a box's or a menu's copy of it, or the line under it or the body's
    // opening telling of that person ("Meet the artist Jane Roe"); a copy under the body's end is the
    // writer's box ("About the author" / "Jane Roe" / "All articles"), which signs the page the more,
    // and a copy above the body with the same line under it is the byline given twice (a wide and a
    // narrow layout's: "Jane Roe" / "Harbour desk" / "Jane Roe" / "Harbour desk")
    const below = i + 1 < lines.length ? (lines[i + 1] as BodyBlock).text : '';
    const isCopy = (j: number) =>
      j !== i &&
      j <= region.last &&
      keyOf((lines[j] as BodyBlock).text) === key &&
      !(j >= from && j < end && keyOf(lines[j + 1]?.text ?? '') === keyOf(below) && below.trim() !== '');
    if (lines.some((_, j) => isCopy(j)) || below.includes(text)) continue;
    // the body's opening telling of the name turns it down, but for a name over the page's date (its
    // byline: the writer may be the subject too, or credit the lead's picture)
    if (opening.includes(text) && !(isDateLine && overDate(lines, i, isDateLine))) continue;
    return [text];
  }
  return undefined;
}

/** A line of a dash alone, between a byline's name and its date ("Jane Roe" / "—" / "3 May 2024"). */
const DASH_ALONE = /^[-–—|·•]$/u;

/**
 * Whether the next line under a line that is not blank or a dash alone is a date line.
 * @param lines the page's lines
 * @param i the line's index
 * @param isDateLine whether a line is a date line
 */
function overDate(lines: readonly BodyBlock[], i: number, isDateLine: (i: number) => boolean): boolean {
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
    const text = (lines[j] as BodyBlock).text.trim();
    if (text === '' || DASH_ALONE.test(text)) continue;
    return isDateLine(j);
  }
  return false;
}

/**
 * Whether a line stands among a menu's or a list's entries: the two lines above it and the two under
 * it are each of three words at most with no digit (no date).
 * @param lines the page's lines
 * @param i the line's index
 */
function inMenu(lines: readonly BodyBlock[], i: number): boolean {
  for (const j of [i - 2, i - 1, i + 1, i + 2]) {
    const text = lines[j]?.text;
    if (text === undefined || DIGITS.test(text) || wordsIn(text) > 3) return false;
  }
  return true;
}

/**
 * Whether a line stands in a list of people: one of the two lines above it or the two under it is a
 * name alone too ("Jane Roe Northside" over "Ann Lee Westfield", a results list).
 * @param lines the page's lines
 * @param i the line's index
 */
function inNameList(lines: readonly BodyBlock[], i: number): boolean {
  for (const j of [i - 2, i - 1, i + 1, i + 2]) if (isNameAlone(lines[j]?.text ?? '')) return true;
  return false;
}

/** A digit. */
const DIGITS = /\d/u;

/**
 * What stands between a writer's name and the date on its line: a bar, a dot, a dash between spaces, or
 * "am", "on", "le" ("Jane Roe | 6 May 2024", "Jana Rolf am 24. Januar 2022 um 15:47").
 */
const NAME_DATE_SEPARATOR = /\s*(?:[|·•–—,]|\s-\s|\s(?:am|on|le)\s)\s*/u;

/**
 * A date opening what follows a comma after a name: a digit, or a month's name (a word) and a digit
 * ("Jane Roe, 6 May 2024", "Jane Roe, May 6, 2024"); after a comma the date must open the rest, so that
 * a name and a clause ("Jane Roe, who came in 2019") is none.
 */
const DATE_OPENS_REST = /^(?:\d|\p{L}{3,9}\.?\s+\d)/u;

/**
 * An English month's name opening a date with the day after it ("March 3, 2027"), after a space or run
 * into the small letter before it ("Jane RoeMarch 3, 2027", a theme's name and date set side by side).
 */
const MONTH_RUN_ON = new RegExp(String.raw`(?<=\p{Ll}|\s)(?:${MONTH_NAMES.join('|')})\.?\s+\d`, 'u');

/**
 * The writer of a line that gives a person's name alone ({@link isNameAlone}) and then the date
 * ("Jane Roe | 6 May 2024"): a byline a blog or a magazine sets over its article with no "by". The
 * name may run into the month that opens the date, with a space or none between ("Jane Roe March 3,
 * 2027", "Jane RoeMarch 3, 2027"): the name is cut where the month's name begins.
 * @param text a line
 * @param isDate whether the rest of the line reads as a date
 * @returns the name, or null when the line is not so shaped
 */
export function nameBeforeDate(
  text: string,
  isDate: (rest: string) => boolean,
): { authors: string[] } | null {
  if (text.length > 120) return null;
  const cut = MONTH_RUN_ON.exec(text);
  if (cut !== null && cut.index > 0) {
    const name = text.slice(0, cut.index).trim();
    if (isNameAlone(name) && isDate(text.slice(cut.index))) return { authors: [name] };
  }
  const m = NAME_DATE_SEPARATOR.exec(text);
  if (m === null) return nameSpaceDate(text, isDate);
  if (m.index === 0) return null;
  const name = text.slice(0, m.index).trim();
  const rest = text.slice(m.index + m[0].length);
  if (m[0].trim() === ',' && !DATE_OPENS_REST.test(rest)) return null;
  return DIGITS.test(rest) && isNameAlone(name) && isDate(rest) ? { authors: [name] } : null;
}

/** A name, a space, then a short date and nothing else ("Jane Roe 06.05.2024", "Jane Roe 6 May 2024"). */
const NAME_SPACE_DATE = /^(\p{Lu}[^\d]{3,60}?) (\d[\d./ \p{L}]{4,20})$/u;

/**
 * The writer of a line that gives a name alone and then the date with only a space between: the line
 * must end on the date (of at most 20 characters), so that a name opening a sentence with a number
 * after it is none.
 */
function nameSpaceDate(text: string, isDate: (rest: string) => boolean): { authors: string[] } | null {
  const m = NAME_SPACE_DATE.exec(text.trim());
  if (m === null) return null;
  const name = m[1] as string;
  return isNameAlone(name) && isDate(m[2] as string) ? { authors: [name] } : null;
}

/** How many words a role run on after a writer's name may have ("Senior Political Correspondent"). */
const ROLE_AFTER_NAME_WORDS = 3;
/** A role's word after a name: capitalised or in lower case, letters only ("Education", "editor"). */
const ROLE_WORD = /^\p{L}+$/u;

/**
 * The writer of a line that gives a person's name and then, with no mark between, the writer's role
 * ending on a word of `data/writer-roles.yaml`'s `press` ("Jana Roe Senior Correspondent", "Jana Roe
 * Harbour editor"): a byline a news site sets under its headline. The name is a given name, initials or
 * a name's particles, then one surname (a middle name is taken for the surname: "Jana Maria Roe
 * Political Editor" gives "Jana Maria"); the role is what is left, of {@link ROLE_AFTER_NAME_WORDS}
 * words at most.
 * @param text a line
 * @returns the name and its role, or null when the line is not so shaped
 */
export function nameBeforeRole(text: string): { authors: string[]; role: string } | null {
  if (text.length > 80 || DIGITS.test(text)) return null;
  const words = text.trim().split(/\s+/u);
  if (words.length < 3 || words.length > 4 + ROLE_AFTER_NAME_WORDS) return null;
  if (!phrases('writer-roles.yaml', ['press'], 'press-roles').test((words.at(-1) as string).toLowerCase()))
    return null;
  // the name's second word is its surname, less initials and particles before it: a middle name is not
  // told from a surname that is a given name too ("Jana Adams Harbour editor")
  let end = 1;
  while (
    end < words.length - 2 &&
    (INITIAL.test(words[end] as string) || NAME_PARTICLES.has(words[end] as string))
  )
    end++;
  const name = words.slice(0, end + 1).join(' ');
  const role = words.slice(end + 1);
  if (role.length > ROLE_AFTER_NAME_WORDS || !role.every((w) => ROLE_WORD.test(w))) return null;
  return isNameAlone(name) ? { authors: [name], role: role.join(' ') } : null;
}

/**
 * A user's handle, as a post's detail line gives its writer: four characters or more, with a letter,
 * opening on a small letter or holding a digit or an underscore ("kestrel42", "jroe", "Kes_Trel"); a
 * capitalised word alone is as often the post's category ("Travel") and is none.
 */
const HANDLE = /^(?=[^\s]*\p{L})(?:\p{Ll}[\p{L}\d._-]{3,}|[\p{L}\d][\p{L}\d.-]*[_\d][\p{L}\d._-]*)$/u;

/** What may stand between a date and the name after it: a comma, a bar, a dot, a dash. */
const DATE_NAME_SEPARATOR = /^[\s,|·•–—-]*/u;
/**
 * A time after a post line's date, with its linking word and unit ("um 16:14 Uhr", "at 9:14 am",
 * "à 18h05", "- 18:55"): English, German, French, Spanish, Italian, Portuguese, Dutch.
 */
const TIME =
  /^(?:(?:at|um|à|a las|alle|às|om)\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?(?![\p{L}\d])/iu;
/** A field mark after a name: a bar, a dot, a bullet, a dash between spaces. */
const FIELD_MARK = /^\s*(?:[|·•]|[–—-]\s)/u;
/** A count that opens what follows a name ("6", "1 Kommentar", "91 Ergänzungen"). */
const COUNT = /^\d+(?![\p{L}\d.:/])/u;
/** How many of the words after a name a comment's label or call is looked for in. */
const TRAILING_WORDS = 4;

/**
 * The writer of a line that opens on its date and ends on a person's name alone ({@link isNameAlone}):
 * "28 Jan. 2024 Jane Roe", "11.12.2024 - Jane Roe", a blog's post line with no "by". A post's detail
 * line may give the date twice (run on: "2. Mai 20242. Mai 2024") and a time before the name ("3 May
 * 2024 at 9:14 am - Jane Roe"), and fields after it ("3 May 2024 Jane Roe 6", "… Jane Roe Leave a
 * comment", "… - Jane Roe - 12 comments"): the name, of two to four words, is then closed by a field
 * mark, a count, or a comment's label or call (`data/furniture-phrases.yaml`'s `comments`,
 * `data/comment-form-phrases.yaml`).
 * @param text a line
 * @param dateEnd where the date that opens the line ends, or -1 when no date opens it
 * @param dateAgain where a date opening a text ends (the date given again), or -1 when none opens it
 * @returns the name, or null when the line is not so shaped
 */
export function nameAfterDate(
  text: string,
  dateEnd: number,
  dateAgain: (rest: string) => number = () => -1,
): { authors: string[] } | null {
  if (dateEnd < 0 || text.length > 120) return null;
  let rest = text.slice(dateEnd).replace(DATE_NAME_SEPARATOR, '');
  const again = dateAgain(rest);
  if (again >= 0) rest = rest.slice(again).replace(DATE_NAME_SEPARATOR, '');
  const time = TIME.exec(rest);
  if (time) rest = rest.slice(time[0].length).replace(DATE_NAME_SEPARATOR, '');
  rest = rest.trim();
  if (rest !== '' && isNameAlone(rest)) return { authors: [rest] };
  const words = rest.split(' ');
  // a user's handle, one token, that the line's end or a field closes ("3 May 2027 · kestrel42 · 4")
  const handle = words[0] as string;
  if (HANDLE.test(handle) && (words.length === 1 || closesName(rest.slice(handle.length))))
    return { authors: [handle] };
  for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    if (isNameAlone(name) && closesName(rest.slice(name.length))) return { authors: [name] };
  }
  return null;
}

/**
 * Whether what follows a name on a post's detail line closes it: a field mark, a count, or a comment's
 * label or call among its first words.
 * @param after the line after the name
 */
function closesName(after: string): boolean {
  if (FIELD_MARK.test(after)) return true;
  const next = after.trim();
  if (COUNT.test(next)) return true;
  const words = next.toLowerCase().split(' ').slice(0, TRAILING_WORDS);
  return (
    opensOn(phrases('furniture-phrases.yaml', ['comments'], 'comment-labels'), words) ||
    opensOn(phrases('comment-form-phrases.yaml', ['form'], 'comment-calls'), words)
  );
}

/**
 * Whether one of a matcher's phrases opens some words: the fewest first words that hold one hold it
 * from their first word on ("Leave a comment", not "Roe Leave a comment").
 * @param matcher the phrases
 * @param words the words, in lower case
 */
function opensOn(matcher: PhraseMatcher, words: readonly string[]): boolean {
  for (let k = 1; k <= words.length; k++)
    if (matcher.test(words.slice(0, k).join(' '))) return !matcher.test(words.slice(1, k).join(' '));
  return false;
}

/** A small letter: a line in capitals holds none. */
const SMALL_LETTER = /\p{Ll}/u;

/**
 * A line's names when it is shaped as a person's name alone ({@link isNameShaped}), the same in capitals ("JANA
 * ROE"), or a list of such names joined by commas and a joining word ("Jana Roe, Ian Lee y Ana Ruiz").
 * @param text a line
 * @returns the names as written, or null when the line is not so shaped
 */
function namesAlone(text: string): string[] | null {
  // commas and joining words ("y", "und") part the names
  const names = splitNames(text, /\s*,\s*/u);
  if (names.length === 0) return null;
  // the relative time under the line is the byline's sign: a given name the list lacks is a name too
  const isName = (name: string) =>
    isNameShaped(name) ||
    (!SMALL_LETTER.test(name) &&
      isNameShaped(name.replace(/\p{L}+/gu, (w) => (w[0] as string) + w.slice(1).toLowerCase())));
  return names.every(isName) ? names : null;
}

/**
 * The writers of a text scrape whose byline is a name over the time since the page posted it, counted
 * back from the moment it is read ("Jana Roe" over "3 hours ago", "JANA ROE" over "VOR 3 STUNDEN"): a
 * page that prints no date but that. The name line ({@link namesAlone}) stands in the lines above the
 * body, the relative time ({@link isRelativeTime}) on the next line that is not blank. A page that
 * holds two such pairs is a list of teasers, each signed and timed, and gives none.
 * @param lines the page's lines
 * @param first the body's first line
 * @param count how many lines above the body the name is looked for in
 * @returns the writers, or undefined when no line is one
 */
export function nameOverRelativeTime(
  lines: readonly BodyBlock[],
  first: number,
  count: number,
): string[] | undefined {
  const pairAt = (i: number): string[] | null => {
    const text = (lines[i] as BodyBlock).text;
    if (text.trim() === '' || DIGITS.test(text) || isSectionName(text) || isFurnitureLine(text)) return null;
    let j = i + 1;
    while (j < lines.length && (lines[j] as BodyBlock).text.trim() === '') j++;
    if (j >= lines.length || !isRelativeTime((lines[j] as BodyBlock).text)) return null;
    return namesAlone(text);
  };
  let found: string[] | undefined;
  for (let i = Math.max(0, first - count); i < first; i++) {
    found = pairAt(i) ?? undefined;
    if (found) break;
  }
  if (!found) return undefined;
  // a second such pair anywhere on the page: a list of teasers
  let pairs = 0;
  for (let i = 0; i < lines.length && pairs < 2; i++) if (pairAt(i) !== null) pairs++;
  return pairs > 1 ? undefined : found;
}
