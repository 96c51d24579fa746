import { isTitle, MONTH_NAMES, MONTH_SHORT_NAMES } from '@briefing/model';
import { bylineWordsOf, firstUnits, writtenForms } from './byline-words.js';

/** An author found in a byline, with the role the byline gives (if any). */
export interface Byline {
  authors: string[];
  role: string | null;
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|van|von|da|di|le|la)(?:\s+|-))*\p{Lu}[\p{L}'’.-]*){0,4}`;
/**
 * "By Jane Doe", "BY JANE DOE", "Written by …": an English opening word of `data/byline-words.yaml`, as
 * `writtenForms` writes it, then the names; only the opening words fold case, and the names must be
 * capitalised ("By Jane Doe, health correspondent" has one author, not two: under a case-folding flag
 * `\p{Lu}` matches lower case too). Made from the file once.
 */
let byLine: { pattern: RegExp; firsts: ReadonlySet<number> } | undefined;

/**
 * A date opening a byline's field after a slash: a month's name (or its short form) and a day, or a day's
 * number ("By Jana Roe/June 12, 2027 9:49 am EST/Updated: …", a theme that parts the byline's fields
 * with slashes and none of spaces).
 */
const SLASHED_DATE = String.raw`(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d|\d)`;
/**
 * How long the fields after a slash and a date may be: a date, a time, its zone, and an update's label,
 * date and time (70 characters); the 60 of any other byline's rest keeps out a sentence opening on "By"
 * and a name, which the slash and the date already do.
 */
const SLASHED_REST = 80;

function byLinePattern(): { pattern: RegExp; firsts: ReadonlySet<number> } {
  if (byLine === undefined) {
    const words = bylineWordsOf('en');
    byLine = {
      pattern: new RegExp(
        String.raw`^${writtenForms(words)}\s+(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)\s*(?:/\s*${SLASHED_DATE}.{0,${SLASHED_REST}}|[|·,–—-]?.{0,60})$`,
        'u',
      ),
      firsts: firstUnits(words),
    };
  }
  return byLine;
}

/** A short name in capitals: two to five capitals, no small letter ("NBC", "AFP"). */
const ACRONYM = /^\p{Lu}{2,5}$/u;

const NAME_ROLE = new RegExp(String.raw`^(${NAME})\s+[–—-]\s+(\p{Lu}[^.!?]{2,60})$`, 'u');
/** The dashes {@link NAME_ROLE} needs between a name and a role. */
const DASH = /[–—-]/;
const TRAILING_NAME_ROLE = new RegExp(
  String.raw`(?<=[.!?]["”’]?\s+)(${NAME})\s+[–—]\s+(\p{Lu}[^.!?]{2,60})$`,
  'u',
);

/**
 * Reads a byline line: "By Omar al-Amin |", "By Jane Doe and John Roe", or "Name – Role".
 * @param line one line of text
 * @returns the authors and role, or null when the line is not a byline
 */
export function parseByline(line: string): Byline | null {
  const text = line.trim();
  // each pattern first asks for a character it needs (most lines have neither): the "By" line the first
  // letter of one of its opening words, NAME_ROLE a dash
  const { pattern, firsts } = byLinePattern();
  const by = firsts.has(text.charCodeAt(0)) ? pattern.exec(text) : null;
  if (by?.[1]) {
    const names = withoutDateRunOn(by[1], text.slice(by.index + by[0].indexOf(by[1]) + by[1].length));
    const authors = names
      .split(/\s*(?:,|\band\b|&)\s*/u)
      .map((a) => a.trim())
      // a single word in capitals after a comma is the outlet's or a wire's short name ("By Jane Roe,
      // NBC"), no writer
      .filter((a, i) => a !== '' && !(i > 0 && ACRONYM.test(a) && names.includes(`, ${a}`)));
    return { authors, role: null };
  }
  const nameRole = DASH.test(text) ? NAME_ROLE.exec(text) : null;
  if (nameRole?.[1] && nameRole[2] && wordsIn(nameRole[1]) >= 2 && wordsIn(nameRole[2]) <= 8) {
    return { authors: [nameRole[1]], role: nameRole[2].trim() };
  }
  return null;
}

/**
 * The names of a byline less a month's name its date ran on ("By Maria Olsen March 18 at 9:14 AM": the
 * author had been "Maria Olsen March"; in capitals too, "By JANE ROE MARCH 3"): a month's name ending them, with a day's number after it, when
 * a name of two words or more is left ("By John May 18" keeps John May).
 * @param names the names as the byline's pattern took them
 * @param after the line after them
 */
function withoutDateRunOn(names: string, after: string): string {
  const space = names.lastIndexOf(' ');
  if (space < 0 || !/^\s*\d/u.test(after)) return names;
  const last = names.slice(space + 1).replace(/\.$/u, '');
  // in any case: a byline in capitals writes the month so ("By JANE ROE MARCH 3, 2027")
  const month = (m: string) => m.toLowerCase() === last.toLowerCase();
  if (!MONTH_NAMES.some(month) && !MONTH_SHORT_NAMES.some(month)) return names;
  const rest = names.slice(0, space).trim();
  const lastName = rest.split(/\s*(?:,|\band\b|&)\s*/u).at(-1) ?? '';
  return wordsIn(lastName) >= 2 ? rest : names;
}

/** A name, a comma, then a role in lower case and what it is of: "Priya Natarajan, retail analyst, Castlebar Securities". */
const NAME_COMMA_ROLE = new RegExp(
  String.raw`^(${NAME}),\s+(\p{Ll}[\p{L}\s'’-]{2,50}?)(?:,\s+[^,.!?]{2,60})?$`,
  'u',
);

/**
 * Reads a report's or a note's author line under its headline: a name, then after a comma a role in
 * lower case that holds a title word (`isTitle`: "analyst", "fellow", "editor"), then, after another
 * comma, the body it is of ("Priya Natarajan, retail analyst, Castlebar Securities"). Only the
 * article's authors come from it: a line so shaped inside a page is not taken for a byline elsewhere.
 * @param line one line of text
 * @returns the author and role, or null
 */
export function parseNameAndRole(line: string): Byline | null {
  const text = line.trim();
  if (text.length > 140 || !text.includes(', ')) return null;
  const m = NAME_COMMA_ROLE.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const role = m[2].trim();
  if (!role.split(/\s+/).some((w) => isTitle(w))) return null;
  return { authors: [m[1]], role };
}

/**
 * Finds a "Name – Role" byline stuck to the end of a paragraph after its last sentence.
 * @param paragraph one paragraph
 * @returns the byline and the offset where it starts, or null
 */
export function findTrailingByline(paragraph: string): (Byline & { index: number }) | null {
  const m = TRAILING_NAME_ROLE.exec(paragraph);
  if (!m?.[1] || !m[2] || wordsIn(m[1]) < 2 || wordsIn(m[2]) > 8) return null;
  return { authors: [m[1]], role: m[2].trim(), index: m.index };
}

const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;
