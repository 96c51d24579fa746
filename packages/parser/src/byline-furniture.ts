import { decodeHTML } from 'entities';
import { readPhraseData } from './text/phrase-matcher.js';

/** The shape of `data/byline-furniture.yaml`: lower-case words, each list read as a set. */
export interface BylineFurniture {
  /** The whole of an "author" that is a form's label or a stamp's word ("Name", "Posted"). */
  labels: string[];
  /** A date stamp's opening word glued after a name ("Jane Roe Updated"). */
  stamps: string[];
  /** A degree a comma split off a name ("MA", "PhD"), dotless. */
  degrees: string[];
  /** A site's section names ("News", "Weather", "Sports"). */
  sections: string[];
  /** A byline's opening words left before a name ("Von Jane Roe", "Eingestellt von Jane Roe"). */
  openings: string[];
  /** A company's legal form ending its name ("GmbH", "e. V.", "Inc."), dotless and spaceless. */
  companies: string[];
}

let furniture: { [K in keyof BylineFurniture]: Set<string> } | undefined;

function lists(): { [K in keyof BylineFurniture]: Set<string> } {
  if (furniture === undefined) {
    const data = readPhraseData('byline-furniture.yaml') as Partial<BylineFurniture>;
    const set = (key: keyof BylineFurniture) => {
      const words = data[key];
      if (!Array.isArray(words) || !words.every((w) => typeof w === 'string'))
        throw new Error(`data/byline-furniture.yaml: "${key}" must be a list of words`);
      return new Set(words.map((w) => w.toLowerCase()));
    };
    furniture = {
      labels: set('labels'),
      stamps: set('stamps'),
      degrees: set('degrees'),
      sections: set('sections'),
      openings: set('openings'),
      companies: set('companies'),
    };
  }
  return furniture;
}

/**
 * The authors a page's metadata or byline gave, without the page furniture read as one
 * (`data/byline-furniture.yaml`): an author that is wholly a form's field label or a stamp's word
 * ("Name", "Posted", "Veröffentlicht") or a degree a comma split off the name before it ("MA") is
 * dropped, a stamp's word glued after a name ("Jane Roe Updated", of "By Jane Roe Updated May 3,
 * 2024") and a sentence's stop after it ("Jane Roe.") are cut off, and references a page escaped
 * twice are decoded ("Redacci&oacute;n"). A byline's opening words left before a name are cut
 * ("Von Jane Roe", "Eingestellt von Jane Roe"), and an author that is the page's own site written
 * as its address ("valleydaily.com" on www.valleydaily.com) or a company (a name ending in a legal
 * form, "Acme Media GmbH") is dropped: a publisher, not a writer. (A site's name as a name, "Valley
 * Daily" or "ValleyDaily", is kept: a blog's name is often its writer's, a person's own site bears the
 * person's name, and some sites sign with their name where no writer is named.)
 * @param authors the authors found
 * @param url the page's address, when found
 * @returns the authors kept, in their order
 */
export function withoutBylineFurniture(authors: readonly string[], url?: string): string[] {
  const { labels, stamps, degrees, companies } = lists();
  const own = siteKeys(url);
  const out: string[] = [];
  for (const found of authors) {
    // a name whose page escaped its letters twice ("Redacci&oacute;n")
    const author = withoutOpening(
      /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(found) ? decodeHTML(found).trim() : found,
    );
    const bare = author
      .trim()
      .replace(/[:.]+$/u, '')
      .toLowerCase();
    if (labels.has(bare) || degrees.has(bare.replace(/\./g, ''))) continue;
    // the site written as its address ("valleydaily.com", "ValleyDaily.co.uk"); a name is kept though
    // the address spells it: a person's own site bears it ("Jane Roe" on janeroe.com), a blog's name
    // is often its writer's, and some sites sign with their name where no writer is named
    if (ADDRESS.test(author.trim()) && own.has(keyOf(author))) continue;
    const words = author.trim().split(/\s+/u);
    const dotless = (w: string | undefined) => (w ?? '').toLowerCase().replace(/\./g, '');
    // "Acme Media GmbH", "Verein der Freunde e. V.": the last word or the last two make a legal form
    if (
      words.length >= 2 &&
      (companies.has(dotless(words.at(-1))) || companies.has(dotless(words.at(-2)) + dotless(words.at(-1))))
    )
      continue;
    const last = (words.at(-1) ?? '').toLowerCase();
    // a stamp's word after a name of two words or more ("Updated" alone is a label, above)
    const name = words.length >= 3 && stamps.has(last) ? words.slice(0, -1).join(' ') : author;
    // a sentence's stop after a name's last word of three letters or more, not written in capitals
    // ("Jane Roe." of a byline line that ends so; "Jr.", "C." and "APR." are abbreviations)
    out.push(/(?:^|\s)(?=\p{L}*\p{Ll})\p{L}{3,}\.$/u.test(name) ? name.slice(0, -1) : name);
  }
  return out;
}

/**
 * A name less the byline's opening words left before it (`openings`): "Von Jane Roe" → "Jane Roe",
 * "Eingestellt von Apfelkuchenfee" → "Apfelkuchenfee", "Interview: Jane Roe" → "Jane Roe". After one word
 * with no colon ("Von", "By") a name of two words or more must follow: "Von Trapp" stays.
 */
function withoutOpening(author: string): string {
  const { openings, labels } = lists();
  const m = /^(\p{L}+(?:\s+\p{L}+)?)(:?)\s+(\S.*)$/u.exec(author.trim());
  if (!m) return author;
  const [, head = '', colon, rest = ''] = m;
  const words = head.split(/\s+/u);
  // the longest opening: "Eingestellt von" before a one-word "Eingestellt"
  for (const n of [2, 1]) {
    if (words.length < n) continue;
    const opening = words.slice(0, n).join(' ').toLowerCase();
    if (!openings.has(opening)) continue;
    const name = [...words.slice(n), rest].join(' ').trim();
    const restWords = name.split(/\s+/u).length;
    // two words, a colon or a label's word ("Author") tell an opening: one name's word may follow
    const loose = n === 2 || (colon !== '' && words.length === n) || labels.has(opening);
    if (/^\p{L}/u.test(name) && (loose ? restWords >= 1 : restWords >= 2)) return name;
  }
  return author;
}

/** A name written as an address: one word ending in a dot and a domain's letters ("valleydaily.com"). */
const ADDRESS = /^[^\s]+\.\p{L}{2,}$/u;

/**
 * A name's letters and digits alone, in lower case, without accents ("TOUR-Magazin" → "tourmagazin"):
 * what a site's name and a byline are compared by.
 * @param name a name
 */
export function keyOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Second-level labels under a country's domain that a site's name sits below ("co.uk", "com.br"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'gv']);

/**
 * The keys (`keyOf`) a page's own site goes by, from its address: its host, its registered domain and
 * that domain's name ("news.valleydaily.co.uk", "valleydaily.co.uk", "valleydaily"). A blog's host
 * below a shared domain ("jane.blogs.example") counts whole, never its own first label: that is the
 * writer's.
 */
function siteKeys(url: string | undefined): Set<string> {
  const keys = new Set<string>();
  const host = /^(?:[a-z][a-z\d+.-]*:)?\/\/([^/?#:]+)/i.exec(url ?? '')?.[1]?.toLowerCase();
  if (!host) return keys;
  const add = (s: string) => {
    const k = keyOf(s);
    if (k.length >= 3) keys.add(k);
  };
  const labels = host.replace(/^www\d?\./u, '').split('.');
  add(labels.join('.'));
  const tld = labels.at(-1) ?? '';
  const second = labels.at(-2) ?? '';
  const size = tld.length === 2 && SECOND_LEVEL.has(second) && labels.length >= 3 ? 3 : 2;
  if (labels.length >= size) {
    const domain = labels.slice(-size);
    add(domain.join('.'));
    add(domain[0] as string);
  }
  return keys;
}

/** The separators a site's name is joined to its tagline or sections with ("Name | Sections"). */
const SEPARATOR = /\s+[|\-–—·•]\s+/u;

/**
 * A site's name without the list of its sections that follows it after a separator ("Channel 9 |
 * Local News, Weather, Sports | Riverton" → "Channel 9"): cut at the first separator when what
 * follows names two sections or more (`sections` of `data/byline-furniture.yaml`, the last word of
 * each item between separators, commas, "&" and "and"). A tagline of other words is kept.
 * @param site the site's name found
 * @returns the name alone, or the site's name as found
 */
export function siteNameWithoutSections(site: string): string {
  const parts = site.split(SEPARATOR);
  if (parts.length < 2) return site;
  const head = (parts[0] as string).trim();
  if (head === '') return site;
  const { sections } = lists();
  const items = parts
    .slice(1)
    .join(',')
    .split(/\s*(?:,|&|\+|\band\b|\bund\b|\bet\b|\by\b)\s*/u);
  let named = 0;
  for (const item of items) {
    const last = item
      .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
      .trim()
      .split(/\s+/u)
      .at(-1)
      ?.toLowerCase();
    if (last !== undefined && sections.has(last)) named++;
  }
  return named >= 2 ? head : site;
}
