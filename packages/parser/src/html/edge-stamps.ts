import { findDateline, withoutDateLabel, writesDayFirst, yearsMentioned } from '../text/find-published.js';

/** A stamp holds at most this many words, as a date line over the article does (`MAX_WORDS` of shown-date.ts). */
const MAX_WORDS = 10;
/**
 * Words a stamp holds beside its date and its label: a time of day ("07:49 Uhr"), a place ("Bonn,"), a
 * label the label list does not know ("Créé:"). Measured with `hash:output` on the dev pages: 0 changes
 * 16 pages, 1 24, 2 30, 3 34 (a readability-pages source among them), 4 38 (a zyte-dev page whose answer
 * keeps an embedded post's "— Name (@handle) October 9, 2018" of the page's own day at its end).
 */
const OTHER_WORDS = 2;

/**
 * The body's opening, where a stamp under the first block (a headline of a post, a dek, a byline) is the
 * page's date line too: the stamp may stand as the second or third block. Measured with a throwaway probe
 * over trafilatura-eval HTML half A (saved and blind) and zyte-dev: 7 half-A pages saved hold such a line
 * (a news archive's post heading over "<day>, 19:49 | <handle>", a dek over "<weekday>, <day> -
 * <section>", a place line over "Datum <day>", a byline over the day), 1 of them scored (`without`), none
 * in a `with` snippet; no zyte-dev page has one.
 */
const OPENING_BLOCKS = 3;

/** A part of a stamp beside its byline is at most this many words: a name ("Jane Roe"), a time ("um 16:14 Uhr"). */
const PART_WORDS = 3;
/** A count of comments or replies, a part of its own: a number and one word ("12 comments", "91 Antworten"). */
const COUNT = /^\p{N}+\s+\p{L}+$/u;

/**
 * Whether what a stamp holds beside its date is a byline and a count, in parts set apart by separators
 * ("- Jane Roe - 12 comments", "| Jane Roe | 3 replies"): two parts or more, one a count ({@link COUNT}),
 * each other at most PART_WORDS words. Measured blind (`eval:extraction --blind`): trafilatura-eval HTML
 * half A fp 61 → 60 (a dated byline with a count of readers' additions opening the body), half B (held
 * out) and zyte-dev unchanged.
 * @param rest the stamp without its date
 */
function isBylineAndCount(rest: string): boolean {
  const parts = rest
    .split(/\s[^\p{L}\p{N}\s]+\s/u)
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (parts.length < 2 || !parts.some((p) => COUNT.test(p))) return false;
  return parts.every((p) => COUNT.test(p) || wordsOf(p).length <= PART_WORDS);
}

/** The words of a line, not counting its separators (a part with no letter or digit: "·", "|", "–"). */
const wordsOf = (text: string): string[] => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * Drops the stamps the body opens or ends on: its first or last blocks, when each is a line stating the
 * day the page is dated and little else (a date, its label, a time or a place: "14. Februar 2012",
 * "sexta-feira, 22 de outubro de 2010 às 20:13", "Posted on April 22, 2022", "Bonn, 11.10.2021"), or
 * a dated byline with a count ("9.5.2024 - Jane Roe - 12 comments": see {@link isBylineAndCount}). The
 * page's date is metadata, which the article carries as its `published` day; zyte-dev's answers leave
 * such a line out, and none of them opens or ends on one. Two such lines in a row (the same
 * line twice) both go, and so does such a line as the opening's second or third block, under a post's
 * headline, a dek or a byline (see {@link OPENING_BLOCKS}). A date line of another day (a quoted post's
 * "— Name (@handle) November 4, 2019" under the article, an event's day) and the body's inner lines
 * past its opening stay. Run once the page's date is settled, since the body's opening may be what dated it.
 * @param blocks the body's blocks, in order
 * @param published the day the page is dated (`YYYY-MM-DD`), when known
 * @returns the blocks without such a stamp at either end; the same array when there is none
 */
export function dropEdgeStamps<T extends { text: string }>(
  blocks: T[],
  published: string | null | undefined,
): T[] {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published) || blocks.length < 3) return blocks;
  let context: { years: number[]; dayFirst: boolean } | null = null;
  const isStamp = (text: string): boolean => {
    if (wordsOf(text).length > MAX_WORDS) return false;
    if (context === null) {
      const body = blocks.map((b) => b.text).join('\n');
      context = { years: yearsMentioned(body), dayFirst: writesDayFirst(body) };
    }
    const { years, dayFirst } = context;
    const stripped = withoutDateLabel(text);
    // a slashed date may be read day first or month first: either reading naming the page's day will do
    const read = (slashDayFirst: boolean) => {
      const found = findDateline(stripped, years, slashDayFirst);
      return found?.date === published ? found : null;
    };
    const found = read(dayFirst) ?? read(!dayFirst);
    if (!found) return false;
    const rest = `${stripped.slice(0, found.index)} ${stripped.slice(found.end)}`;
    return wordsOf(rest).length <= OTHER_WORDS || isBylineAndCount(rest);
  };
  let first = 0;
  let end = blocks.length;
  while (end - first > 2 && isStamp((blocks[first] as T).text)) first++;
  while (end - first > 2 && isStamp((blocks[end - 1] as T).text)) end--;
  // and a stamp under the opening's first block (a post's headline, a dek, a byline), with its copy
  const inner = new Set<number>();
  for (let i = first + 1; i < Math.min(first + OPENING_BLOCKS, end); i++)
    if (end - first - inner.size > 2 && isStamp((blocks[i] as T).text)) inner.add(i);
  if (first === 0 && end === blocks.length && inner.size === 0) return blocks;
  return blocks.slice(first, end).filter((_, k) => !inner.has(first + k));
}
