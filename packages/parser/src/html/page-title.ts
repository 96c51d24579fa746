import { decodeHTML } from 'entities';

/** What a page states that may be its title, and what it calls itself. */
export interface StatedTitles {
  /** The titles its metadata states (JSON-LD, Dublin Core, Open Graph, Twitter…), preferred first. */
  stated: readonly (string | undefined)[];
  /** Its `<title>`. */
  title: string | undefined;
  /** Its first `<h1>`. */
  h1: string | undefined;
  /** What the page calls itself: its stated site name, publisher, application name. */
  sites: readonly (string | undefined)[];
  /** The main label of its host name ("backen" for www.backen.de). */
  host?: string | undefined;
}

/** What parts a page's title: a bar, a dash, a guillemet, a bullet, an underscore or a colon with spaces around it. */
const TITLE_PARTS = /\s+(?:[|–—»«·•_]|-|::?)\s+/;

/**
 * The site a page's `<title>` names beside its headline ("Why Greece keeps burning | Climate Desk"): the
 * last part when the first is the headline (its `<h1>`), or the first when the last is, or of two parts
 * the one beside the headline in other words ({@link besideHeadline}); a part of fewer
 * words than the headline (five at most) that opens with a capital or a digit and is no byline. Read
 * when the page states no site name.
 * @param title the page's `<title>`
 * @param h1 the page's first `<h1>`
 * @returns the site's name, or undefined
 */
export function siteOfTitle(title: string | undefined, h1: string | undefined): string | undefined {
  const text = decoded(title);
  const head = h1 ? key(decoded(h1) ?? '') : '';
  if (!text || head.length < 8) return undefined;
  const parts = text.split(TITLE_PARTS).map((p) => p.trim());
  if (parts.length < 2) return undefined;
  const first = parts[0] as string;
  const last = parts.at(-1) as string;
  const site =
    key(first) === head
      ? last
      : key(last) === head
        ? first
        : parts.length === 2
          ? besideHeadline(first, last, h1)
          : undefined;
  // a name shorter than the headline, not the headline again, not a byline ("By linksc")
  if (!site || key(site) === head || wordCount(site) >= Math.min(6, wordCount(h1 as string)))
    return undefined;
  return /^[\p{Lu}\p{N}]/u.test(site) && !/^by\s/i.test(site) ? site : undefined;
}

/**
 * Of a title's two parts, the one beside the headline told in other words ("Press release: service
 * interruption of 17 July | Terna" over "Service interruption in north-west Italy: update"): the
 * other part shares a long word with the `<h1>` and has three words or more, this one shares none and
 * has three words at most. On the 1,313 saved dev pages, 10 gain an outlet: 8 the site's, "Übersicht"
 * (a section's label) and "Zobacz na varnia.pl" ("see on …") not.
 */
function besideHeadline(first: string, last: string, h1: string | undefined): string | undefined {
  if (!h1) return undefined;
  const told = (p: string) => wordCount(p) >= 3 && hasLongWord(p) && sharesWord(p, h1);
  // a name of three words at most, no question ("Wann blüht die Hamamelis?") or tagline ("Run Windows on Mac")
  const named = (p: string) => wordCount(p) <= 3 && hasLongWord(p) && !/[?!]/.test(p) && !sharesWord(p, h1);
  if (told(first) && named(last)) return last;
  if (told(last) && named(first)) return first;
  return undefined;
}

const hasLongWord = (s: string) => /[\p{L}\p{N}]{4,}/u.test(s);

/** Two strings compared for their letters and digits only. */
const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The page's title: the first stated title that is neither the site's name ("International Biathlon
 * Union - IBU") nor a label sharing no word with the page's `<title>` (an `og:title` of
 * "Pressemitteilungen" on a page whose `<title>` names the release), else the `<title>`, else the `<h1>`;
 * the `<h1>` instead of a stated title when it tells the same story in other words (three words or
 * more, one long word shared, no site name: trafilatura-eval's answers are the headline shown, 0.869 /
 * 0.859 → 0.888 / 0.890 on half A / B);
 * entities written twice ("Wohngew&#x00E4;chshaus") decoded, and the site's name left out (see
 * {@link withoutSite}).
 * @param page what the page states
 * @returns the title, or undefined when the page states none
 */
export function pageTitle(page: StatedTitles): string | undefined {
  const h1 = decoded(page.h1);
  const title = decoded(page.title);
  // of stated names that disagree, one that is the page's title names the page, not the site (an
  // application-name copied from the title beside og:site_name)
  const titles = new Set([title, ...page.stated].filter((s): s is string => !!s).map(key));
  const named = page.sites.filter((s): s is string => !!s).map(key);
  const others = named.filter((n) => !titles.has(n));
  const sites = [...(others.length > 0 ? others : named), ...(page.host ? [key(page.host)] : [])].filter(
    (s) => s.length >= 4,
  );
  const own = title && !namesSite(title, sites) ? title : undefined;
  for (const raw of page.stated) {
    const s = decoded(raw);
    if (!s || namesSite(s, sites)) continue;
    if (own && h1 && isSectionLabel(s, own, h1)) continue;
    const found = withoutSite(s, h1, sites);
    // the page's visible headline, when it names the same story in other words
    // (not when the h1 is the stated title under a kicker set before it, see {@link kickerBefore})
    if (
      h1 &&
      h1 !== found &&
      wordCount(h1) >= 3 &&
      !namesSite(h1, sites) &&
      sharesWord(h1, found) &&
      !kickerBefore(h1, found)
    )
      return h1;
    return found;
  }
  if (own) return longestPart(withoutSite(own, h1, sites));
  if (h1 && !namesSite(h1, sites)) return h1;
  return title ?? h1;
}

/**
 * Whether a page's `<h1>` is its stated title with a kicker set before it ("Open Progress" over "Why
 * collaborative thinking beats individual smarts", a `<small>` or a span above a `<br>`, or "Topic:
 * Headline"): the h1 ends with the stated title, letters and digits compared, and holds more.
 * trafilatura-eval's answers are the headline without the kicker: half A 4 pages of 4 sites mended
 * (0.890 → 0.900), 2 whose answer keeps the kicker still matched but no longer exact; half B 0.892 held
 * (exact 0.820 → 0.842), one page already missed fell further.
 */
function kickerBefore(h1: string, stated: string): boolean {
  const head = key(h1);
  const own = key(stated);
  // eight letters at least, so a one-word title does not stand for a headline that ends with it
  return own.length >= 8 && head.length > own.length && head.endsWith(own);
}

/** A text with its character references decoded, when it holds any (a page that escaped them twice). */
function decoded(text: string | undefined): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t && /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(t) ? decodeHTML(t).replace(/\s+/g, ' ').trim() : t;
}

/**
 * Whether a title is the site's name and nothing more: each of its parts is the name or a piece of it
 * ("ICON • ICON Magazine", "Anwalt Niemeyer" on anwaltniemeyer.de).
 */
function namesSite(text: string, sites: readonly string[]): boolean {
  return text.split(TITLE_PARTS).every((p) => {
    const k = key(p);
    return k.length >= 3 && sites.some((n) => n.includes(k));
  });
}

/**
 * The longest part of a `<title>` still parted after the site's name was looked for: the page's name
 * beside a name of the site that was not recognised ("Kinder und Arbeit » ProNATs e.V.").
 */
function longestPart(title: string): string {
  const parts = title.split(TITLE_PARTS);
  return parts.length < 2 ? title : (parts.reduce((a, b) => (b.length > a.length ? b : a)) as string);
}

/**
 * Whether a part of a title names the site: its name, a piece of it, or a part of three words at most
 * that holds it ("Rezept von Backen.de"); a longer part that names it is a headline about the site
 * ("How we designed Dropbox's ATF").
 */
function isSite(part: string, sites: readonly string[]): boolean {
  const k = key(part);
  const short = part.trim().split(/\s+/).length <= 3;
  return (
    k.length > 0 && sites.some((n) => k === n || (short && k.includes(n)) || (k.length >= 4 && n.includes(k)))
  );
}

/**
 * Whether a stated title is a label of the site's section ("Pressemitteilungen") rather than the page's
 * title: four words at most, fewer than the `<title>` has, and no long word shared with the `<title>` or
 * the `<h1>`. On trafilatura-eval, labels of five words or more and titles no longer than the label
 * were the page's own, beside a `<title>` naming the site ("Four Years Remaining").
 */
function isSectionLabel(stated: string, title: string, h1: string): boolean {
  const n = wordCount(stated);
  return n <= 4 && wordCount(title) > n && !sharesWord(stated, title) && !sharesWord(stated, h1);
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Whether two titles share a word of four letters or more. */
function sharesWord(a: string, b: string): boolean {
  const long = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  const other = new Set(long(b));
  const own = long(a);
  return own.length === 0 || own.some((w) => other.has(w));
}

/**
 * A title without the site's name the page adds to it ("Plejaden, M45 - Abenteuer Astronomie",
 * "Maulwurfkuchen mit Erdbeeren - Rezept von Backen.de"): the page's headline (its `<h1>`) when the
 * title's first part is it, else the title less a first or last part that names the site.
 * @param title the title the page states
 * @param h1 the page's first `<h1>`
 * @param sites what the page calls itself, as keys
 */
function withoutSite(title: string, h1: string | undefined, sites: readonly string[]): string {
  const parts = title.split(TITLE_PARTS);
  if (parts.length < 2) return title;
  const head = h1 ? key(h1) : '';
  // the headline opens the title; a heading that ends it is the site's own (a blog's name in its <h1>)
  // (a blog's name in both, "Four Years Remaining » Blog Archive » …", is no headline)
  if (head.length >= 8 && key(parts[0] as string) === head && !isSite(h1 as string, sites))
    return h1 as string;
  let from = 0;
  let to = parts.length;
  if (isSite(parts[to - 1] as string, sites)) to--;
  else if (isSite(parts[0] as string, sites)) from++;
  if (to - from === parts.length || to - from < 1) return title;
  // the kept parts, with the separators between them as the title wrote them
  let at = 0;
  const pieces: string[] = [];
  for (const p of parts) {
    const i = title.indexOf(p, at);
    pieces.push(title.slice(at, i), p);
    at = i + p.length;
  }
  // pieces: [sep0, part0, sep1, part1, ...]: keep part `from` to part `to - 1` with the separators between
  return pieces
    .slice(2 * from + 1, 2 * to)
    .join('')
    .trim();
}
