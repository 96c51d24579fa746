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
 * twice are decoded ("Redacci&oacute;n").
 * @param authors the authors found
 * @returns the authors kept, in their order
 */
export function withoutBylineFurniture(authors: readonly string[]): string[] {
  const { labels, stamps, degrees } = lists();
  const out: string[] = [];
  for (const found of authors) {
    // a name whose page escaped its letters twice ("Redacci&oacute;n")
    const author = /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(found) ? decodeHTML(found).trim() : found;
    const bare = author
      .trim()
      .replace(/[:.]+$/u, '')
      .toLowerCase();
    if (labels.has(bare) || degrees.has(bare.replace(/\./g, ''))) continue;
    const words = author.trim().split(/\s+/u);
    const last = (words.at(-1) ?? '').toLowerCase();
    // a stamp's word after a name of two words or more ("Updated" alone is a label, above)
    const name = words.length >= 3 && stamps.has(last) ? words.slice(0, -1).join(' ') : author;
    // a sentence's stop after a name's last word of three letters or more, not written in capitals
    // ("Jane Roe." of a byline line that ends so; "Jr.", "C." and "APR." are abbreviations)
    out.push(/(?:^|\s)(?=\p{L}*\p{Ll})\p{L}{3,}\.$/u.test(name) ? name.slice(0, -1) : name);
  }
  return out;
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
