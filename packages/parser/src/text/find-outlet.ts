import { endsAsOrganisation } from '@briefing/model';
import { isDocumentKind, isSectionName } from './furniture-lines.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A name, a separator and what follows it: "Name | rest". */
const NAME_AND_SEPARATOR = /^([\p{Lu}][\p{L}\p{N}&'’. ]{1,40}?)\s+[|–—]\s+(\S.{0,80})$/u;
/** An issuer's name: a capital and up to 40 letters, numbers and marks. */
const ISSUER_NAME = /^\p{Lu}[\p{L}\p{N}&'’. -]{0,40}$/u;

/** A site name found at the start of an article's first paragraph, and what follows it. */
export interface OutletPrefix {
  outlet: string;
  section: string | null;
  /** Offset in the paragraph where the article's own text begins. */
  rest: number;
}

const CAP_WORDS = String.raw`\p{Lu}[\p{L}\p{N}&'’.]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.]*){0,3}`;
const PREFIX = new RegExp(
  String.raw`^(${CAP_WORDS})(?:\s*[-–—|]\s+|\s+[-–—|]\s*)(?:(\p{Lu}\p{L}+(?:\s\p{Lu}?\p{L}+)?)\s*:\s*)?(?=["“‘(]?\p{Lu})`,
  'u',
);

/**
 * Finds a site-name prefix such as "Harbour Post- " or "Daily Ledger Online - Opinion: " at the start
 * of the first paragraph. The prefix must be short and made of capitalised words, the dash must stand
 * apart on one side at least ("DFG-Projekt" is one word), and the text after it must start a sentence.
 * A dateline has that shape too ("VIENNA — ", "Potsdam – ", "Ashbury — "): of 13 such prefixes of
 * zyte-dev's and trafilatura-eval's text pages, 2 were outlets, 7 datelines and 4 labels or names
 * ("Gastbeitrag", "Li You"). So a prefix before a dash is an outlet only when it says so: it ends as
 * a newspaper's or a body's name does (`data/organisation-words.yaml` of the model: "… News"), a
 * section follows it ("- Opinion:"), or the page names it as a site ({@link namesSite}: its header
 * "Tarnby Ledger | News …"). A bar is no dateline's: "Rentenpolitik | Blog | …" is cut as before.
 * @param paragraph the first body paragraph
 * @param lines the page's lines, to find the prefix named as a site
 * @returns the outlet, an optional section and where the text resumes, or null
 */
export function findOutletPrefix(paragraph: string, lines: readonly { text: string }[]): OutletPrefix | null {
  const m = PREFIX.exec(paragraph);
  if (!m?.[1]) return null;
  const outlet = m[1].trim();
  const section = m[2]?.trim() ?? null;
  // the lead's own line, read again, names no site
  const after = paragraph.slice(m[0].length, m[0].length + 40);
  // a dateline's dash, never a bar ("Rentenpolitik | Blog | …")
  const dash = !m[0].slice(m[1].length).includes('|');
  if (dash && section === null && !endsAsOrganisation(outlet) && !namesSite(lines, outlet, after))
    return null;
  return { outlet, section, rest: m[0].length };
}

/**
 * Whether a line of the page names a site as one: by itself, before a separator ("Tarnby Ledger | News &
 * Views", "Tarnby Ledger - Home") or beside a copyright sign.
 * @param lines the page's lines
 * @param name the site's name
 * @param lead words of the line to pass over (the one the name opens)
 */
function namesSite(lines: readonly { text: string }[], name: string, lead: string): boolean {
  for (const { text } of lines) {
    if (!text.includes(name) || text.includes(lead)) continue;
    const line = text.trim();
    if (line === name || text.includes('©')) return true;
    if (line.startsWith(name) && SITE_SEPARATOR.test(line.slice(name.length))) return true;
  }
  return false;
}

/** A separator after a site's name opening a header line: " | ", " - ", " – ", " — ", " :: ". */
const SITE_SEPARATOR = /^\s+(?:[|–—-]|::)\s/;

/**
 * A news agency's credit in wire copy's dateline: a place of up to three capitalised words (and its
 * region after a comma) or nothing (the date before it cut already), the agency in parentheses, a dash:
 * "WASHINGTON (AP) — ", "KYIV, Ukraine (AP) — ", "(Reuters) - " after "LONDON, March 9", "BERLIN (dpa) - ".
 */
const WIRE_CREDIT =
  /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?\s*)?\((\p{L}[\p{L}\p{N}&'’. ]{0,30}?)(?:\/[^()]{0,20})?\)\s*[-–—]+\s+(?=["“‘(]?\p{Lu})/u;

/** A wire credit: the agency, whether a place stood before it, and where the text resumes. */
export interface WireCredit {
  outlet: string;
  /** Whether the paragraph named a place before the parentheses ("WASHINGTON (AP) — "). */
  placed: boolean;
  rest: number;
}

/**
 * Finds a news agency's credit opening the first paragraph of wire copy ("WASHINGTON (AP) — The
 * Senate …", and "(Reuters) - Oil prices …" once the dateline's place and date are cut). Without a
 * place before it the parentheses may hold the place itself ("(Leipzig) - "): `placed` tells.
 * @param paragraph the first body paragraph
 * @returns the agency, whether a place stood before it, and where the text resumes; or null
 */
export function findWireCredit(paragraph: string): WireCredit | null {
  const m = WIRE_CREDIT.exec(paragraph);
  if (!m?.[2]) return null;
  return { outlet: m[2].trim(), placed: m[1] !== undefined, rest: m[0].length };
}

/**
 * Finds the outlet a page names in a "Site | tagline" header line.
 * @param line the first line of the page
 * @returns the site name, or null
 */
export function findSiteHeader(line: string): string | null {
  const m = NAME_AND_SEPARATOR.exec(line.trim());
  const site = m?.[1]?.trim();
  if (site === undefined) return null;
  // "Home | News | Business | Sport": a menu's items, not a site and its tagline
  if (MENU_GOES_ON.test(m?.[2] ?? '')) return null;
  // "Opinion | The pension vote shows …": a section's name before the headline, no site's
  if (isSectionName(site)) return null;
  // "Press release – Acme AG": the document's kind, and who issued it
  if (!isDocumentKind(site)) return site;
  const issuer = (m?.[2] ?? '').trim();
  return ISSUER_NAME.test(issuer) ? issuer : null;
}

/** A second separator after a header's first: the line is a menu or a breadcrumb of items. */
const MENU_GOES_ON = /\s[|–—]\s/;

/**
 * A name of capitalised words (one or more), "and", "of", "for", "the" or a particle of a name in another
 * language ("Gazzetta di Ostrel", "Corriere della Sera") between them, alone or before a breadcrumb.
 */
const SITE_NAME =
  /^(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s(?:(?:and|of|for|the|&|di|de|del|della|des|du|la|le|von|van|der)\s)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,5})(?:\s+[/›>»]\s+\S.*)?$/u;

/**
 * Finds the outlet a page's first line names by itself, or before a breadcrumb ("Danish Veterinary and
 * Food Administration / News / Recalls"), when the name ends as a newspaper's or a body's does
 * (`data/organisation-words.yaml` of the model) and the page names it again below (its text, a
 * credit, a copyright line), or by any words when the page's copyright line names it ("Tiel Dagblad" …
 * "© Tiel Dagblad 2025"): a line of other capitalised words is a headline's, and a first menu item
 * ending so ("Submit News", "Top News") is not written twice.
 * @param line the first line of the page
 * @param lines the page's lines, the first among them
 * @returns the name, or null
 */
export function findSiteName(line: string, lines: readonly { text: string }[]): string | null {
  return siteNameAt(line, lines, 0, false);
}

/**
 * Finds the outlet a page names on the line right under a menu line at its top ("Home | News | Business"
 * then "Pahang Today"), when the page's copyright line names it as its holder ("Copyright © 2025
 * Pahang Today Sdn Bhd"): a line under a menu may be a section or a headline, so only the holder
 * names it, never a mere repeat.
 * @param lines the page's lines
 * @param before the first line of the body: the masthead stands above it
 * @returns the name, or null
 */
export function findMasthead(lines: readonly { text: string }[], before: number): string | null {
  const menu = (lines[0] as { text: string } | undefined)?.text ?? '';
  if (before < 2 || !MENU_LINE.test(menu)) return null;
  return siteNameAt((lines[1] as { text: string }).text, lines, 1, true);
}

/** A menu line: three items or more between separators ("Home | News | Sport"). */
const MENU_LINE = /^[^|]{1,40}\|[^|]{1,40}\|[^|]{1,40}/;

/**
 * {@link findSiteName} for the line at `at`: the name it holds, confirmed by another line of the page.
 * @param line the line's text
 * @param lines the page's lines
 * @param at the line's index (it is not its own confirmation)
 * @param holderOnly whether only the copyright line's holder confirms it
 */
function siteNameAt(
  line: string,
  lines: readonly { text: string }[],
  at: number,
  holderOnly: boolean,
): string | null {
  const name = SITE_NAME.exec(line.trim())?.[1];
  if (name === undefined) return null;
  // "Tiel Dagblad" … "© Tiel Dagblad 2025": a name in any language the page's copyright line holds; a
  // word alone ("Fjordposten") only so, as a menu's first item ("News") is written again below
  const named =
    !holderOnly && endsAsOrganisation(name) && name.includes(' ')
      ? (text: string) => text.includes(name)
      : (text: string) =>
          copyrightHolder(text)?.startsWith(name) === true &&
          !WORD_GOES_ON.test(text.slice(text.indexOf(name) + name.length));
  for (let i = 1; i < lines.length; i++)
    if (i !== at && named((lines[i] as { text: string }).text)) return name;
  return null;
}

/** A copyright line's opening up to its holder: "© ", "Copyright © 2021 ", "© since 2010 by ". */
const COPYRIGHT_OPENING =
  /^\s*(?:©|\([cC]\)|[Cc]opyright\b|COPYRIGHT\b)(?:\s*(?:©|(?:since|by|[Cc]opyright|\d{4}(?:\s?[-–]\s?\d{4})?)\b))*[\s,]*/u;
/** A letter or digit right after a name: the name is only the start of a word. */
const WORD_GOES_ON = /^[\p{L}\p{N}]/u;

/**
 * The holder a copyright line names first ("© Tiel Dagblad 2025", "Copyright © 2021 Versfabrik.",
 * "© since 2010 by K.Tannhoefer"), with what follows it; not a place it lists later ("© 2014, UCI,
 * La Habana, Cuba").
 * @param text a line
 * @returns the line from its holder on, or null when it is no copyright line
 */
function copyrightHolder(text: string): string | null {
  const m = COPYRIGHT_OPENING.exec(text);
  if (m) return text.slice(m[0].length);
  // a notice closing a line of other text: "This note was prepared for subscribers. © 2025 Asia Bank
  // Credit Watch."
  const sign = text.indexOf('©');
  if (sign < 2 || !SENTENCE_END_BEFORE.test(text.slice(0, sign))) return null;
  const closing = COPYRIGHT_OPENING.exec(text.slice(sign));
  return closing ? text.slice(sign + closing[0].length) : null;
}

/** A sentence's end and the space after it, right before a copyright sign that closes a line. */
const SENTENCE_END_BEFORE = /[.!?]\s+$/;

/**
 * Finds the outlet an interviewee spoke to: "…, he told Harbour Post." — the name that the text says
 * people "told", when it is the same every time, and when told only once, named again on the page.
 * @param text the article body
 * @param page the whole page's text, where a name told once must stand again
 * @returns the outlet, or null
 */
export function findToldOutlet(text: string, page?: string): string | null {
  // the pattern needs one of its three verbs, and most pages hold none (936 of 999 bench bodies): a
  // search for each verb first, not the pattern tried at every word of the body (100 → 13 ms over the
  // bodies of 1,000 bench pages)
  if (!mayTellOutlet(text)) return null;
  const names = new Set<string>();
  let told = 0;
  for (const m of text.matchAll(TOLD_NAME)) {
    if (m[1]) names.add(m[1]);
    told++;
  }
  if (names.size !== 1) return null;
  const name = [...names][0] as string;
  // told once, and named nowhere else on the page, the name is another outlet's that a passage is
  // credited to ("…, she told Channel 9 News." in a page of another site), not the page's own
  if (told === 1 && page !== undefined && page.indexOf(name) === page.lastIndexOf(name)) return null;
  return name;
}

/**
 * Whether a text holds one of the verbs {@link findToldOutlet} reads. Asked of each line of a body
 * before their joined copy is made for it: a verb cannot span the line break between two lines.
 * @param text a line, or a whole body
 */
export function mayTellOutlet(text: string): boolean {
  return text.includes('told') || text.includes('said to') || text.includes('speaking to');
}

/** The name after "told", "said to", "speaking to" (matchAll reads a copy: its lastIndex stays 0). */
const TOLD_NAME = /\b(?:told|said to|speaking to)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})\s*[.,]/gu;
