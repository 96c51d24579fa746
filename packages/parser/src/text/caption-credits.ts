// Tells a photo caption by the credit printed with it: in parentheses, after a slash, after or before a copyright sign,
// or run on to its last word.
import { isGivenName } from '@briefing/model';
import { isCreditLine } from './credit-lines.js';
import { isFurnitureLine } from './furniture-lines.js';
import { isNoticeLine } from './notice-lines.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** White space or slashes between a credit's names. */
const SPACES_OR_SLASHES = /[\s/]+/;
/** White space closing a text. */
const SPACE_END = /\s$/u;
/** A sentence's end closing a text, maybe inside a quotation mark or a bracket. */
const SENTENCE_END = /[.!?]["”’)]?\s*$/u;

/** A credit in parentheses at a line's end: "(Jane Roe/Reuters)", "(AP Photo/John Doe)". */
const PAREN_CREDIT = /\(([^()]{10,80})\)$/u;

/**
 * Tells a photo caption by the credit it ends in: a name and an agency or picture library joined by a
 * slash, in parentheses ("… in Washington. (Joshua Roberts/Reuters)", "(Photo by Jane Roe/Getty
 * Images)", "(mlharing / iStock.com)"). A wire credit closing a paragraph ("(dpa)", "(dpa/gem)") names
 * no photographer and stays text.
 * @param text a line
 */
export function creditInParentheses(text: string): boolean {
  if (!text.endsWith(')')) return false;
  const inner = PAREN_CREDIT.exec(text)?.[1];
  if (inner === undefined) return false;
  return inner.includes('/') && isCreditLine(inner);
}

/** A credit at a line's end: capitalised names joined by a slash, "Leonhard Foeger / Reuters file". */
const SLASH_CREDIT =
  /(?:[.!?]["”’)]?|\s)((?:\p{Lu}[\p{L}.'’-]*\s?){1,3}\/\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}(?:\s\p{Ll}+)?)$/u;
/** A credit names at least this many words ("Halle/Saale", "CDU/CSU" are places and parties). */
const SLASH_CREDIT_WORDS = 3;

/**
 * Tells a photo caption by the credit that ends it: names joined by a slash, glued to the caption's
 * last sentence ("…at the Capitol.J. Scott Applewhite / AP file") or after a caption with no stop
 * ("Das Kabinett bei seiner Klausurtagung Bundesregierung/Jane Roe"). A sentence that ends with a stop
 * and then names such a pair is left alone.
 * @param text a line
 */
export function slashCreditTail(text: string): boolean {
  if (!text.includes('/')) return false;
  const m = SLASH_CREDIT.exec(text);
  if (!m || (m[1] as string).trim().split(SPACES_OR_SLASHES).length < SLASH_CREDIT_WORDS) return false;
  const head = text.slice(0, m.index + 1);
  return !SPACE_END.test(head) || !SENTENCE_END.test(head);
}

/**
 * A copyright credit closing a line after its text: "©" or "(c)", then a capitalised name ("… at dusk.
 * © Jane Roe / Agency", "… in the hall / (C) Jane Roe", "… verwendet. - © Agency").
 */
const COPYRIGHT_CREDIT = /\S\s+(?:[-–/|]\s*)?(?:©|\([cC]\))\s*\p{Lu}[^.!?©]{0,50}$/u;

/**
 * Tells a photo caption by the copyright credit that ends it (see COPYRIGHT_CREDIT): a picture's
 * credit is a name after "©". A line opening with "©", or naming a year after it ("© 2020 Agency"), is
 * a rights line, not a caption: it is left to the notice tests (zyte-dev keeps a wire's rights line).
 * @param text a line
 */
export function copyrightCreditTail(text: string): boolean {
  return (text.includes('©') || text.includes('(')) && COPYRIGHT_CREDIT.test(text);
}

/**
 * A copyright credit opening a line before a sentence: "©", a name with no figure (no year: "© 2020
 * Agency …" is a rights line), then a capitalised word and a lower-case one where the caption starts, and
 * a stop at the end ("© Jane Roe A heron stands in the reeds at dawn.").
 */
const COPYRIGHT_HEAD = /^©\s*\p{L}[^\d]*\s\p{Lu}\p{Ll}*\s\p{Ll}[^©]*[.!?]$/u;

/**
 * Tells a photo caption by the copyright credit that opens it (see COPYRIGHT_HEAD): the picture's
 * credit printed before its caption, as {@link copyrightCreditTail} reads one printed after it. A rights
 * line opening with "©" names a year, ends on no stop ("© Jane Roe, some rights reserved") or holds a
 * notice's or a rights line's words ("© Agency Ltd. All rights reserved.": `data/notice-phrases.yaml`,
 * `data/furniture-phrases.yaml`), and stays for the notice tests. Measured (text scrapes; the round of session 75): zyte-dev text 0.9750 → 0.9754 (P
 * 0.9711 → 0.9718; one page's two captions, "© Name Needle poking skin during …"), trafilatura-eval
 * half A, half B and `eval:unseen` unchanged (no page changes).
 * @param text a line
 * @param words its length in words
 */
export function copyrightCreditHead(text: string, words: number): boolean {
  if (text.charCodeAt(0) !== 0xa9 || !COPYRIGHT_HEAD.test(text)) return false;
  return !isNoticeLine(text.toLowerCase(), words) && !isFurnitureLine(text.slice(1), words); // "©" is one
}

/**
 * A person's name of two capitalised words run on to a line's last word with no space, after a word in
 * lower case of three letters or more or after a sentence's end ("… no spreading allowedJane Roe", "… must
 * stay closed!Jane Roe"): a picture's credit the scrape glued to its caption. A brand written in camel case
 * ("NorvaleBook Pro", "FjordLink Express") opens its word on a capital and is not read so.
 */
const FUSED_NAME = /(?:(?:^|\s)\p{Ll}{3,}|[.!?])(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+$/u;

/**
 * Tells a photo caption by its photographer's name run on to its last word (see FUSED_NAME), the name
 * opening on a given name (the model's `isGivenName`). Measured (text scrapes; tp/fp): half A 1383/83 →
 * 1383/82 (a picture's caption inside a guide), half B unchanged; zyte-dev text has no such line.
 * @param text a line
 */
export function fusedNameCredit(text: string): boolean {
  const given = FUSED_NAME.exec(text)?.[1];
  return given !== undefined && isGivenName(given);
}
