import { isGivenName, MONTH_NAMES } from '@briefing/model';
import { authorLabels, LINKERS, linksDate, NAME_JOINERS, NAME_WORD } from './byline-lines.js';
import { bylineWords } from './byline-words.js';
import { NAME_PARTICLES } from './name-particles.js';
import { readPhraseData } from './phrase-matcher.js';

/** A line longer than this is prose or a list of links, not a post's details. */
const MAX_DETAIL_LINE = 200;
/**
 * How many words a publication note's opening may take before the byline word ("Posted in Notes by
 * jroe"); more is a sentence.
 */
const MAX_BARE_PREFIX = 3;
/** How many words one name takes at most ("Ana María de la Vega" is five with its particles). */
const MAX_NAME_WORDS = 5;

/** The marks that part a detail line's fields: a bar, a dot, a bullet, "//", a dash or slash between spaces. */
const FIELD_MARKS = /\s+(?:\/\/?|[-–—]+)\s+|\s*[|·•⋅]\s*|(?<=\p{L})\/(?=[\p{Lu}\d])/gu;
/** The token a field mark becomes. */
const BREAK = '|';
/** A user name: letters and digits with dots, hyphens, underscores, one slash ("jroe", "j_roe", "ab/dpa"). */
const HANDLE = /^[\p{L}\d][\p{L}\d._-]*(?:\/[\p{L}\d._-]+)?$/u;
/** A letter. */
const LETTER = /\p{L}/u;
/** A digit. */
const DIGIT = /\d/u;

/**
 * The first words of a publication note ("posted" of "posted on", `data/publication-notes.yaml`) and of
 * a byline's opening of two words or more ("written" of "written by", `data/byline-words.yaml`), read once.
 */
let openingWords: ReadonlySet<string> | undefined;

function noteOpenings(): ReadonlySet<string> {
  if (openingWords === undefined) {
    const notes = readPhraseData('publication-notes.yaml') as Record<string, unknown> | null;
    const phrases = [...bylineWords()];
    for (const list of Object.values(notes ?? {})) if (Array.isArray(list)) phrases.push(...list.map(String));
    openingWords = new Set(
      phrases
        .map((p) => p.toLowerCase().split(' '))
        .filter((words) => words.length > 1)
        .map((words) => words[0] as string),
    );
  }
  return openingWords;
}

/**
 * Whether a token opens the writer's field: a byline word of `data/byline-words.yaml` ("by", "von",
 * "Von:") or an author's label of `data/author-labels.yaml` with its colon ("Autor:").
 * @param token the token, as written
 */
function opensWriter(token: string): boolean {
  const lower = token.toLowerCase();
  if (bylineWords().has(lower)) return true;
  return lower.endsWith(':') && authorLabels().has(lower.slice(0, -1));
}

/**
 * The writers a post's detail line names after its byline word or its author's label, among other
 * fields: "8 May 2024 · by jroe · in Essays", "Posted in Notes by jroe on 3 May 2024", "12/04/2024 by
 * Jane Roe 24 Comments", "Published: 05.01.2024 | Author: jroe | Filed under: Walks", "Von: ab/dpa".
 * The byline word opens the line, or follows a date, a field mark, or a publication note's opening
 * of at most {@link MAX_BARE_PREFIX} words with a date after it ("Photo by Jane Roe", "Ann von Lee"
 * are no writer's field). Its name is a run
 * of capitalised words opening on a given name, up to a word that is not one ("by Jane Roe 24
 * Comments") which must close the field (see `closesField`), or a user name in lower case or with
 * digits that its field, a date or a short linking word ("on", "am") closes.
 * @param text a line
 * @returns the writers, or null when the line names none so
 */
export function detailLineAuthors(text: string): { authors: string[] } | null {
  if (text.length > MAX_DETAIL_LINE) return null;
  const tokens = text.replace(FIELD_MARKS, ` ${BREAK} `).split(/\s+/u).filter(Boolean);
  const by = tokens.findIndex(opensWriter);
  if (by < 0) return null;
  const before = tokens.slice(0, by);
  const previous = before.at(-1);
  // the byline word opens its field: the line, or after a field mark or a date ("12/04/2024 by"); else
  // the words before it are a publication note's opening and a date follows ("Posted in Notes by jroe
  // on 3 May 2024"), not a headline's phrase ("A Tribute to Ann von Lee, the Country's Best Comedian")
  if (previous !== undefined && previous !== BREAK && !DIGIT.test(previous)) {
    if (before.length > MAX_BARE_PREFIX || !noteOpenings().has((before[0] as string).toLowerCase()))
      return null;
    if (!tokens.slice(by + 1).some((t) => DIGIT.test(t))) return null;
  }
  let at = by + 1;
  if (tokens[at] === ':') at++;
  const first = tokens[at];
  if (first === undefined) return null;
  const authors = NAME_WORD.test(first.replace(/[,;]$/u, ''))
    ? namesFrom(tokens, at)
    : handleFrom(tokens, at);
  return authors.length > 0 ? { authors } : null;
}

/**
 * The capitalised names from a token on: name words, a name's particles before one, joined by a comma or
 * a joining word; a month's name before a day's number ends them ("by JANE ROE NOVEMBER 8").
 */
function namesFrom(tokens: readonly string[], at: number): string[] {
  const authors: string[] = [];
  let name: string[] = [];
  const close = () => {
    if (name.length > 0 && name.length <= MAX_NAME_WORDS && name.join('').length > 2)
      authors.push(name.join(' '));
    name = [];
  };
  let i = at;
  let comma = false;
  for (; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (NAME_JOINERS.has(token)) {
      close();
      continue;
    }
    const word = token.replace(/[,;]$/u, '');
    const particle = NAME_PARTICLES.has(word) && name.length > 0 && NAME_WORD.test(tokens[i + 1] ?? '');
    if (!particle && !NAME_WORD.test(word)) break;
    if (isMonth(word) && DIGIT.test(tokens[i + 1] ?? '') && name.length > 0) break;
    if (name.length > 0 && linksDate(word, tokens[i + 1])) break;
    name.push(word);
    comma = word !== token;
    if (comma) {
      close();
      if (!NAME_WORD.test((tokens[i + 1] ?? '').replace(/[,;]$/u, ''))) {
        i++;
        break;
      }
    }
  }
  close();
  // each name opens on a given name: "von Die Kestrelpresse 31. Oktober" names a publication (on
  // trafilatura-eval text half B this kept the "no author" pages' rate at 0.034 rather than 0.041; half
  // A lost one writer whose given name the list lacks)
  if (!authors.every((a) => isGivenName(a.split(' ')[0] as string))) return [];
  return closesField(tokens, i, comma) ? authors : [];
}

/**
 * Whether the writer's field ends at a token: the line's end, a field mark, a date or a count, a linking
 * word, an address ("@jroe"), the next field's label ("Foto:"), or, after a comma, a role or an outlet
 * ("by Jane Roe, Harbour Notes"); a joining word with no name after it is a phrase's ("Of Rules, Roles
 * and the rest", a headline), and so is any other word.
 * @param tokens the line's tokens
 * @param i the token after the names
 * @param comma whether a comma closed the names
 */
function closesField(tokens: readonly string[], i: number, comma: boolean): boolean {
  const next = tokens[i];
  if (next === undefined || next === BREAK || DIGIT.test(next) || LINKERS.has(next.toLowerCase()))
    return true;
  if (next.startsWith('@') || next.endsWith(':')) return true;
  return comma && !NAME_JOINERS.has(tokens[i - 1] as string);
}

/** Whether a word is a month's name in any case ("March", "MARCH"). */
function isMonth(word: string): boolean {
  const lower = word.toLowerCase();
  return MONTH_NAMES.some((m) => m.toLowerCase() === lower);
}

/**
 * A user name from a token on ("jroe", "kestrel_77", "revamp Webteam"), with at most two capitalised
 * words after it, when its field, a date or time, or a linking word closes it; none for a word of three
 * letters or fewer with no digit ("by the", "von der": a phrase, not a name).
 */
function handleFrom(tokens: readonly string[], at: number): string[] {
  const handle = (tokens[at] as string).replace(/[,;:]$/u, '');
  if (!HANDLE.test(handle) || !LETTER.test(handle)) return [];
  if (handle.length <= 3 && !DIGIT.test(handle)) return [];
  const name = [handle];
  let i = at + 1;
  while (i < tokens.length && name.length < 3 && NAME_WORD.test(tokens[i] as string))
    name.push(tokens[i++] as string);
  const next = tokens[i];
  const closed =
    next === undefined ||
    next === BREAK ||
    DIGIT.test(next) ||
    LINKERS.has(next) ||
    (tokens[i - 1] as string).endsWith(',');
  return closed ? [name.join(' ')] : [];
}
