import type { BodyBlock } from '../extraction.js';
import { type LineKind, shapeOf } from './classify-lines.js';
import { opensOnMoreWord } from './opening-labels.js';

/**
 * A paragraph on either side of a one- or two-word subheading weighs at least this many words.
 * Measured on trafilatura-eval text (tp/fp): half A 1297/125 → 1299/126 ("Im Detail", "Beobachtungstipp"
 * kept; an embed's "Externer Inhalt" label leaks), half B 1242/110 → 1246/111 ("Fazit", "Selbstgewissheit
 * abrüsten"), zyte-dev text 0.960 (R 0.960 → 0.961); 40 words gives B tp +3 only.
 */
const SUBHEAD_PROSE = 20;

/**
 * Tells a one- or two-word subheading inside the article ("Fazit", "Im Detail", "Why WordCamps?"): a
 * short line between two paragraphs of prose of SUBHEAD_PROSE words or more, or one that asks a
 * question wherever it stands (a heading asks, a label does not: a caption or a credit may stand
 * between it and the next paragraph). Labels that short ("Advertisement", "Photo") are otherwise left
 * out of the body; between two paragraphs, a line that no furniture phrase names is as often the next
 * section's heading. The caller has already left out the lines a furniture, credit or pointer phrase
 * names. The question, measured on trafilatura-eval text (tp/fp): half A 1335/99 → 1336/99 ("Why
 * WordCamps?" over a photo's caption), half B 1270/96 unchanged, zyte-dev text unchanged (no page changes).
 * @param j the line's index
 * @param lines the non-empty lines
 * @param kinds the lines' kinds, from `classifyLines`
 * @param words the lines' lengths in words
 * @returns whether line `j` is such a subheading
 */
export function isShortSubheading(
  j: number,
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
): boolean {
  if (kinds[j] !== 'short' || (words[j] as number) < 1) return false;
  if ((lines[j] as BodyBlock).text.endsWith('?')) return true;
  return (
    kinds[j - 1] === 'prose' &&
    kinds[j + 1] === 'prose' &&
    (words[j - 1] as number) >= SUBHEAD_PROSE &&
    (words[j + 1] as number) >= SUBHEAD_PROSE
  );
}

/** Kinds of line that are the article's text on either side of a subheading. */
const TEXT_KINDS: ReadonlySet<LineKind | undefined> = new Set<LineKind | undefined>([
  'prose',
  'sentence',
  'clause',
]);

/**
 * An article's subheadings come several to a page: at least this many distinct short lines standing
 * each between two lines of text inside the body are its headings. Measured on text scrapes (tp/fp;
 * shingles): half A 1344/97 unchanged, half B 1281/95 → 1283/95, zyte-dev text tp +16, fp −6 on 4 pages
 * (0.965 → 0.966), eval:unseen tp +80, fp −32 on 12 pages; 2 gives zyte-dev tp +13 (a results list's
 * one name kept), 4 eval:unseen tp +75.
 */
const MIN_SIBLINGS = 3;

/**
 * Finds the short subheadings of an article that heads its sections with one or two words ("Battery
 * life", "Speakers", "Thermals"; "Status Quo", "Technische Standards"): short lines without a
 * sentence's end, each with a line of text above and under it, when the body holds MIN_SIBLINGS or more
 * of them with different texts. A label ("Advertisement", "Trending", "Video") stands alone on a page or
 * is the same line each time (a `repeated` line, not a `short` one); an article's headings are several,
 * each its own. Where a paragraph is short (a `sentence` under the heading), {@link isShortSubheading}'s
 * twenty words of prose on both sides do not hold.
 * @param lines the non-empty lines
 * @param kinds the lines' kinds, from `classifyLines`
 * @param words the lines' lengths in words
 * @param first the body's first line
 * @param last the body's last line
 * @returns the subheadings' indices (none when fewer than MIN_SIBLINGS)
 */
export function siblingSubheadings(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
  first: number,
  last: number,
): Set<number> {
  const found = new Set<number>();
  const texts = new Set<string>();
  for (let j = first + 1; j < last; j++) {
    if (kinds[j] !== 'short' || (words[j] as number) < 1) continue;
    if (!TEXT_KINDS.has(kinds[j - 1]) || !TEXT_KINDS.has(kinds[j + 1])) continue;
    const text = (lines[j] as BodyBlock).text;
    if (SENTENCE_STOP.test(text)) continue;
    found.add(j);
    texts.add(text.toLowerCase());
  }
  return texts.size >= MIN_SIBLINGS ? found : new Set<number>();
}

/**
 * A line that ends as a sentence, a label ("Foto:"), a pointer ("Mehr erfahren…") or a form's field
 * ("Passwort*") does: no heading.
 */
const SENTENCE_STOP = /[.!:;…*]$/u;

/**
 * A page's table of contents stands this near the body, in lines, above or below it: the window where
 * {@link listedSubheadings} looks for the headings' copies (no scan of the whole page). Measured on text
 * scrapes (zyte-dev, trafilatura-eval, eval:unseen): 30, 60 and 120 change the same 4 pages (the contents
 * lists stand right beside their bodies); 60 leaves room for a contents list under a comment count or a
 * share bar at no cost.
 */
const CONTENTS_WINDOW = 60;

/**
 * Two headings of the body listed one after the other in the contents stand at most this many lines
 * apart there (a subsection the body heads with a longer line, or over a table, sits between them).
 * Measured on text scrapes (zyte-dev, trafilatura-eval, eval:unseen): 2, 4 and 8 change the same 4 pages;
 * 4 for a contents list that names a subsection or two the rule does not take.
 */
const CONTENTS_GAP = 4;

/**
 * Finds the one- or two-word subheadings of an article that the page's table of contents lists again
 * ("Getting started" over its section and under "On this page"), which `classifyLines` reads as
 * `repeated` lines and the body had left out as labels. Each stands between two lines of text, its
 * shape is that of no other line of the body, and a copy of it stands within CONTENTS_WINDOW lines
 * above or below the body, CONTENTS_GAP lines or fewer after or before the copy of the body's previous
 * or next such heading: two headings or more listed in the body's order. A label set inside an article
 * ("Advertisement", "Video") comes back in the body; a teaser's section label has its copy in the site's
 * menu, whose order (alphabetical, the site's own) is not the body's.
 * @param lines the non-empty lines
 * @param kinds the lines' kinds, from `classifyLines`
 * @param words the lines' lengths in words
 * @param first the body's first line
 * @param last the body's last line
 * @returns the subheadings' indices
 */
export function listedSubheadings(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
  first: number,
  last: number,
): Set<number> {
  const found = new Set<number>();
  const bodyShapes = new Map<string, number>();
  const candidates: number[] = [];
  for (let j = first; j <= last; j++) {
    if (kinds[j] !== 'repeated') continue;
    const shape = shapeOf((lines[j] as BodyBlock).text);
    bodyShapes.set(shape, (bodyShapes.get(shape) ?? 0) + 1);
    if (j === first || j === last || (words[j] as number) < 1 || (words[j] as number) > 2) continue;
    if (!TEXT_KINDS.has(kinds[j - 1]) || !TEXT_KINDS.has(kinds[j + 1])) continue;
    if (!SENTENCE_STOP.test((lines[j] as BodyBlock).text)) candidates.push(j);
  }
  if (candidates.length < 2) return found;
  // the copies beside the body, by shape (the nearest one above, else the nearest one below)
  const copies = new Map<string, number>();
  for (let j = Math.max(0, first - CONTENTS_WINDOW); j < first; j++)
    if (kinds[j] === 'repeated') copies.set(shapeOf((lines[j] as BodyBlock).text), j);
  for (let j = Math.min(lines.length - 1, last + CONTENTS_WINDOW); j > last; j--)
    if (kinds[j] === 'repeated') {
      const shape = shapeOf((lines[j] as BodyBlock).text);
      if (!copies.has(shape) || (copies.get(shape) as number) > last) copies.set(shape, j);
    }
  let before = -1;
  let beforeCopy = -1;
  for (const j of candidates) {
    const shape = shapeOf((lines[j] as BodyBlock).text);
    const copy = bodyShapes.get(shape) === 1 ? copies.get(shape) : undefined;
    if (copy === undefined) continue;
    if (before >= 0 && copy > beforeCopy && copy - beforeCopy <= CONTENTS_GAP) {
      found.add(before);
      found.add(j);
    }
    before = j;
    beforeCopy = copy;
  }
  return found;
}

/** Kinds of line that open a section under its heading: the text, a list's item, a table's row. */
const SECTION_KINDS: ReadonlySet<LineKind | undefined> = new Set<LineKind | undefined>([
  'prose',
  'sentence',
  'clause',
  'item',
  'row',
]);

/**
 * Finds the one- or two-word headings of an article's sections that no sibling, contents list or
 * paragraph's word tells ("Our verdict", "Qualified clubs" over a list of clubs): a `short` line
 * without a sentence's end (see SENTENCE_STOP), left out as a label, right under a kept paragraph of
 * prose of SUBHEAD_PROSE words or more and right over a kept line of text, a list's item or a table's
 * row with a kept line under that (its section), and not opening on a word of `data/more-labels.yaml` ("Further reading", "More
 * information": a box of other pages' items). A label set between paragraphs stands over what the body
 * leaves out or what it is not: a video's box, a poll's question over its options, a `repeated` teaser,
 * a comment form, a photo's credit, or a `short` line (a teaser's kicker over its headline, as "Transit"
 * over "Norvale opens tram line to stadium").
 * Only a label past the body's opening reaches here (the caller's test: at the opening, half A fp +2, a
 * contents list's label and a pointer's). Measured on text scrapes: zyte-dev text 0.9803 → 0.9806 (2
 * pages: a verdict's heading, a list's), half A 1375/125/85 and half B 1305/146/93 unchanged (5 lines
 * kept on 5 half-A pages, none scored: 3 headings, a handle, a recipe card's buttons), `eval:unseen` text unchanged (0.897, no page changes). With a `short` line under it too:
 * `eval:unseen` 4 pages gain (+0.0001) but half B fp +1, so not taken; without the more-labels test,
 * half A fp +1 ("More information" over its box of links).
 * @param labels the lines the caller left out as labels, in order
 * @param keep the lines kept, in order
 * @param lines the non-empty lines
 * @param kinds the lines' kinds, from `classifyLines`
 * @param words the lines' lengths in words
 * @returns the headings' indices, in order
 */
export function sectionHeadings(
  labels: readonly number[],
  keep: readonly number[],
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
): number[] {
  const found: number[] = [];
  if (labels.length === 0) return found;
  const kept = new Set(keep);
  for (const j of labels) {
    if (kinds[j] !== 'short' || (words[j] as number) < 1 || (words[j] as number) > 2) continue;
    if (kinds[j - 1] !== 'prose' || (words[j - 1] as number) < SUBHEAD_PROSE || !kept.has(j - 1)) continue;
    if (!SECTION_KINDS.has(kinds[j + 1]) || !kept.has(j + 1) || !kept.has(j + 2)) continue;
    const text = (lines[j] as BodyBlock).text;
    if (!SENTENCE_STOP.test(text) && !opensOnMoreWord(text)) found.push(j);
  }
  return found;
}

/**
 * Finds the one- or two-word headings of an article that the page prints once more ("Fares" over its
 * section, and in a contents list or a sticky header): lines `classifyLines` reads as `repeated`, which
 * the body left out as labels. Each has no sentence's end, stands between two kept lines of text, and its
 * shape stands on exactly one other line of the page; and either it stands between two paragraphs of
 * prose, or that copy is above it with no line of text on either side (an entry of a contents list, a
 * header's name). A box's label ("Advertisement", "Video", "Related") stands over each of its boxes, so
 * on three lines or more; a teaser's kicker stands over its headline, not between two paragraphs.
 * {@link listedSubheadings} takes two headings or more whose copies stand outside the body, in its order;
 * this takes one alone, its copy anywhere. Measured on text scrapes (session 96, extract128): `eval:unseen`
 * text 0.89675 → 0.89682 (2 pages, tp +33, fp −20 shingles, no page loses), zyte-dev text 0.98058 and
 * trafilatura-eval (half A 1375/125/85, half B 1305/146/93) unchanged; each arm alone gains one of the two
 * pages. With the copy also kept off text for the paragraphs' arm, `eval:unseen` keeps only one page.
 * @param labels the `repeated` lines of one or two words the caller left out as labels, in order
 * @param keep the lines kept, in order
 * @param lines the non-empty lines
 * @param kinds the lines' kinds, from `classifyLines`
 * @returns the headings' indices, in order
 */
export function echoedHeadings(
  labels: readonly number[],
  keep: readonly number[],
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
): number[] {
  const found: number[] = [];
  const candidates: [number, string][] = [];
  const kept = new Set(keep);
  for (const j of labels) {
    if (!kept.has(j - 1) || !kept.has(j + 1)) continue;
    if (!TEXT_KINDS.has(kinds[j - 1]) || !TEXT_KINDS.has(kinds[j + 1])) continue;
    const text = (lines[j] as BodyBlock).text;
    if (!SENTENCE_STOP.test(text) && !text.endsWith('?')) candidates.push([j, shapeOf(text)]);
  }
  if (candidates.length === 0) return found;
  // the lines of each candidate's shape, in one pass over the page's repeated lines
  const at = new Map<string, number[]>(candidates.map(([, shape]) => [shape, []]));
  for (let k = 0; k < lines.length; k++)
    if (kinds[k] === 'repeated') at.get(shapeOf((lines[k] as BodyBlock).text))?.push(k);
  for (const [j, shape] of candidates) {
    const same = at.get(shape) as number[];
    if (same.length !== 2) continue;
    const copy = (same[0] === j ? same[1] : same[0]) as number;
    const betweenParagraphs = kinds[j - 1] === 'prose' && kinds[j + 1] === 'prose';
    const listedAbove = copy < j && !TEXT_KINDS.has(kinds[copy - 1]) && !TEXT_KINDS.has(kinds[copy + 1]);
    if (betweenParagraphs || listedAbove) found.push(j);
  }
  return found;
}
