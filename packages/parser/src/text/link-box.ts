import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { isFurnitureLine, isRelatedLabel } from './furniture-lines.js';
import { isStamp } from './lead-under-stamp.js';
import { titleLike } from './title-like.js';
import { monthNameDate, yearMonthDayDate } from './written-dates.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A colon, semicolon or comma closing a line. */
const PAUSE_END = /[:;,]$/u;

/**
 * A box inside the body is at least this many lines of furniture in a row. Measured on trafilatura-eval
 * text, half A / half B (F), and zyte-dev: 3 gives A 0.872 → 0.873 (fp −2, tp −1), B 0.879 → 0.881
 * (fp −5), zyte text 0.957 → 0.958 (P 0.956 → 0.959), eval:unseen text 0.845 (P +0.001, R −0.001).
 * 2 gives A 0.874, B 0.880, zyte 0.957; without the headline-or-pointer test, B 0.879 (tp −8, fp −12).
 * Not used on HTML: there it gained half B 3 snippets but cost zyte-dev HTML 0.983 → 0.982 (a shop's
 * "Get it on Amazon" links its answer keeps) and eval:unseen HTML 0.912 → 0.911.
 */
const MIN_BOX = 3;

/**
 * A box more than this share of whose lines hold a figure (a digit, in no date stamp) is the article's
 * data, not a link box. Read on trafilatura-eval text half A and zyte-dev text (tp/fn/fp; F1 to four
 * places, the benchmark's scorer), judged on half B and `eval:unseen`: a third gives half A
 * 1353/147/100 → 1354/146/100, zyte-dev 0.9721 → 0.9739 (P 0.9686 → 0.9690), half B 1289/162/96 →
 * 1292/159/96, `eval:unseen` unchanged; a half gives zyte-dev 0.9731 and half B 1291/160/96; two
 * thirds or all, zyte-dev 0.9724 and no trafilatura-eval page changes; a quarter lets in teasers with
 * a number (zyte-dev P 0.9670, half A fp +1, `eval:unseen` 0.8933 → 0.8931); a third or more (not
 * more than a third) zyte-dev P 0.9669, half B fp +1. Date stamps counted as figures, at a half: half A
 * and zyte-dev the same, half B fp +1, `eval:unseen` 0.8933 → 0.8932 (a teaser list's bylines over their dates).
 */
const FIGURE_SHARE = 1 / 3;

/**
 * Finds the lines of link boxes inside a body: MIN_BOX or more furniture lines in a row (`short`,
 * `repeated`, `caption`) among which one reads as a headline or holds a furniture phrase (a "Related"
 * or "Read more" pointer, a gallery control): inline related links, teaser cards, "more in this
 * section" lists, which the body was bridged over. The box's last line, right above a line of text, is
 * kept: it is as often the next section's subheading as a link. Lines of lists (`item`, `clause`) and
 * single labels are not boxes, nor is a box of figures (see {@link holdsFigures}).
 * @param lines the non-empty lines
 * @param kinds their kinds, from {@link classifyLines}
 * @param first the body's first line
 * @param last the body's last line
 * @returns the indices of the box lines to leave out of the body
 */
export function linkBoxLines(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  first: number,
  last: number,
): Set<number> {
  const out = new Set<number>();
  let i = first;
  while (i <= last) {
    if (!isBoxKind(kinds[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 <= last && isBoxKind(kinds[end + 1])) end++;
    if (end - i + 1 >= MIN_BOX && pointsAway(lines, i, end) && !holdsFigures(lines, i, end)) {
      const next = kinds[end + 1];
      const subheading = next === 'prose' || next === 'sentence';
      for (let j = i; j <= (subheading ? end - 1 : end); j++)
        if (kinds[j] === 'short' || kinds[j] === 'repeated') out.add(j);
    }
    i = end + 1;
  }
  return out;
}

function isBoxKind(kind: LineKind | undefined): boolean {
  return kind === 'short' || kind === 'repeated' || kind === 'caption';
}

/** Whether one of lines `from`..`to` reads as a headline or holds a furniture phrase. */
function pointsAway(lines: readonly BodyBlock[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const text = (lines[j] as BodyBlock).text;
    if (titleLike(text) || isFurnitureLine(text)) return true;
  }
  return false;
}

/**
 * Tells a box of figures — ingredients with their amounts, prices, opening hours, a match's goals, a
 * discography's years — which is the article's data, not links: more than FIGURE_SHARE of lines
 * `from`..`to` hold a digit, a date stamp's not counted (a teaser list's "14. May 2019" under each
 * headline is no figure; see `isStamp`), nor a date written inside a line (an archive's "Dec 2, 2018
 * Title - Part Dec 2, 2018": a blog's list of videos had been kept as the article's data; the dev sets
 * and `eval:unseen` unchanged).
 */
function holdsFigures(lines: readonly BodyBlock[], from: number, to: number): boolean {
  let n = 0;
  for (let j = from; j <= to; j++) {
    const text = (lines[j] as BodyBlock).text;
    if (DIGIT.test(text) && !isStamp(text) && DIGIT.test(withoutDates(text))) n++;
  }
  return n > FIGURE_SHARE * (to - from + 1);
}
const DIGIT = /\p{Nd}/u;

/** A line less the dates written in it ("Dec 2, 2018 Danse … Dec 2, 2018"), two at most. */
function withoutDates(text: string): string {
  let rest = text;
  for (let k = 0; k < 2; k++) {
    const date = monthNameDate(rest) ?? yearMonthDayDate(rest);
    if (date === null) break;
    rest = rest.slice(0, date.index) + rest.slice(date.end);
  }
  return rest;
}

/**
 * A headline of another article runs to MIN_HEADLINE_WORDS to MAX_HEADLINE_WORDS words (as `wordsIn`
 * counts them: "don't" and "US-China" are two). Measured on `eval:robustness --interrupted`, headlines,
 * F1 zyte-dev / half A / half B: 14 gives 0.954 / 0.961 / 0.962, 16 0.958 / 0.963 / 0.963, 18 the same
 * as 16 (a headline of 14 words, split at its apostrophes and hyphens, broke the run);
 * trafilatura-eval text and zyte-dev text the same at 14, 16 and 18.
 */
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 16;
/** A box of other articles' headlines is at least this many lines: two are as often two subheadings. */
const MIN_HEADLINES = 3;
/**
 * A run of headlines at most this share of whose content words stand elsewhere in the body is about
 * other things. Measured on trafilatura-eval text (tp/fp), zyte-dev text and `eval:robustness
 * --interrupted` (headlines, F1 zyte-dev / half A / half B), with 14 words at most and no figure
 * opening a headline: 0.25 leaves every
 * snippet figure as it was (half A 1354/98, half B 1297/96, zyte-dev text 0.978) and takes 0.924 /
 * 0.943 / 0.944 to 0.937 / 0.959 / 0.960; 0.2 gives 0.936 / 0.958 / 0.958; 0.3 0.939 / 0.960 / 0.960
 * with the snippet figures unchanged; 0.34 and 0.4 cost half B tp 1297 → 1294. Half A's own lists
 * of features share a third of their content words with their bodies or more: 0.25 keeps a margin
 * below them.
 */
export const FOREIGN_SHARE = 0.25;
/** A content word is at least CONTENT_LETTERS letters; words are compared on their first STEM letters. */
const CONTENT_LETTERS = 4;
const STEM = 5;
/**
 * A headline opens on a capital or a figure ("3 things to know …"), after a quotation mark maybe. The
 * figure, measured as FOREIGN_SHARE (14 words at most): 0.937 / 0.959 / 0.960 → 0.954 / 0.961 / 0.962;
 * the snippet figures unchanged.
 */
const HEADLINE_START = /^["“‘'«„]?[\p{Lu}\p{N}]/u;
/** A headline ends on no stop, colon or comma, nor on one hidden behind an invisible mark (U+2063 …). */
const HEADLINE_END = /[.!?:;,…]\p{Cf}*$/u;
const LETTERS = /\p{L}+/gu;

/**
 * Finds boxes of other articles' headlines set between two paragraphs of a body with no label above
 * them ("Related" boxes whose label was not copied): MIN_HEADLINES or more lines in a row each shaped
 * as a headline (MIN_HEADLINE_WORDS to MAX_HEADLINE_WORDS words, opening on a capital, no stop, colon
 * or comma at the end), between a paragraph that ends a sentence (not one that introduces a list with
 * a colon) and one of text, whose content words the rest of the body hardly shares (FOREIGN_SHARE):
 * an article's own list of features or steps, and its subheadings, speak of what its paragraphs do.
 * @param lines the non-empty lines
 * @param kinds their kinds, from {@link classifyLines}
 * @param first the body's first line
 * @param last the body's last line
 * @param words the lines' lengths in words
 * @param vocabulary the body's content words, counted once when first asked (see {@link bodyVocabulary})
 * @returns the indices of the headlines to leave out of the body
 */
export function foreignHeadlines(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  first: number,
  last: number,
  words: readonly number[],
  vocabulary: () => ReadonlyMap<string, number> = bodyVocabulary(lines, first, last),
): Set<number> {
  const out = new Set<number>();
  let i = first + 1;
  while (i < last) {
    if (!isHeadline(lines, kinds, words, i)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < last && isHeadline(lines, kinds, words, end + 1)) end++;
    if (end - i + 1 >= MIN_HEADLINES && endsParagraph(lines, kinds, i - 1) && isText(kinds[end + 1])) {
      if (sharedShare(lines, i, end, vocabulary()) <= FOREIGN_SHARE)
        for (let j = i; j <= end; j++) out.add(j);
    }
    i = end + 1;
  }
  return out;
}

/**
 * A teaser card's blurb runs to at most this many words (one or two sentences); longer is an article's
 * paragraph. Not varied: the blurbs met (zyte-dev text, trafilatura-eval half A) run to 10-40 words.
 */
const MAX_BLURB_WORDS = 60;
/**
 * A run of teaser cards is at least this many headline-and-blurb pairs, closing the body under more
 * words of it than the run holds (see {@link closesBody}, {@link followsArticle}). Measured on zyte-dev
 * text, trafilatura-eval text (tp/fp) and `eval:unseen` text: zyte-dev 0.978 (P 0.976) → 0.979 (P
 * 0.979; one page's four cards), half A 1357/98 and half B 1299/96 unchanged (three pages' share
 * buttons, "Click to print (Opens in new window)", leave the body, unscored), `eval:unseen` 0.894 (P
 * 0.931) → 0.895 (P 0.933). Anywhere in the body, not only closing it, cost half A tp −3 (a listicle of
 * workout videos, a rally's programme: each item a headline and a blurb) and half B tp −2.
 */
const MIN_CARDS = 3;
/** A pointer mark a card's headline may open on ("» Title of another piece"). */
const CARD_MARK = /^[»›>]\s*/u;

/**
 * Finds teaser cards for other articles inside a body: MIN_CARDS or more pairs in a row of a line
 * shaped as a headline (as {@link foreignHeadlines} reads one, after a pointer mark maybe) and one
 * line of text of at most MAX_BLURB_WORDS words, its blurb, whose content words the rest of the body
 * hardly shares (FOREIGN_SHARE), closing the body after an article longer than the run (a listicle's
 * items, each a headline and a blurb, are the article). Each blurb is prose, so neither {@link linkBoxLines} nor
 * {@link foreignHeadlines} sees the run; an article's own short sections under subheadings speak of
 * what its other paragraphs do.
 * @param lines the non-empty lines
 * @param kinds their kinds, from {@link classifyLines}
 * @param first the body's first line
 * @param last the body's last line
 * @param words the lines' lengths in words
 * @param vocabulary the body's content words, counted once when first asked (see {@link bodyVocabulary})
 * @returns the indices of the cards' lines to leave out of the body
 */
export function foreignCards(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  first: number,
  last: number,
  words: readonly number[],
  vocabulary: () => ReadonlyMap<string, number> = bodyVocabulary(lines, first, last),
): Set<number> {
  const out = new Set<number>();
  const isCard = (j: number) =>
    j + 1 <= last &&
    isHeadline(lines, kinds, words, j, CARD_MARK) &&
    isText(kinds[j + 1]) &&
    (words[j + 1] as number) <= MAX_BLURB_WORDS;
  let i = first + 1;
  while (i < last) {
    if (!isCard(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (isCard(end + 1)) end += 2;
    if (
      (end - i + 1) / 2 >= MIN_CARDS &&
      closesBody(kinds, end, last) &&
      followsArticle(words, first, i, end)
    ) {
      if (sharedShare(lines, i, end, vocabulary()) <= FOREIGN_SHARE)
        for (let j = i; j <= end; j++) out.add(j);
    }
    i = end + 1;
  }
  return out;
}

/**
 * Finds a box of teasers under its label closing the body: a "Read also" or "Related" label (see
 * `isRelatedLabel`) after a longer article, with under it, to the body's end, MIN_CARDS or more cards
 * of one of two shapes: each a line of at most MAX_HEADLINE_WORDS words that is no paragraph (a
 * headline, however it ends: "Wer wird Meister?", "14.02.2020 - Title") over a line of text of at most
 * MAX_BLURB_WORDS words; or each one line of text of at most MAX_BLURB_WORDS words (a headline glued
 * to its blurb). The label says where the cards point, so unlike {@link foreignCards} their words are
 * not compared with the body's: another article of the same site speaks of the same things. A label
 * over the article's own next part, which goes on in paragraphs, longer ones or two in a row beside
 * subheadings, is no box's. MIN_CARDS, MAX_HEADLINE_WORDS and MAX_BLURB_WORDS as the other rules
 * read them, measured here on trafilatura-eval text (tp/fp) and zyte-dev text: half A 1357/98 →
 * 1357/95 (five pages' boxes leave, three scored), half B 1299/96 unchanged (two pages change),
 * zyte-dev, `eval:unseen` text and `eval:robustness` unchanged. "Read more" labels are left out: a
 * news site's "Leer más" stands inside its article, over the rest of it in short paragraphs.
 * @param lines the non-empty lines
 * @param kinds their kinds, from {@link classifyLines}
 * @param first the body's first line
 * @param last the body's last line
 * @param words the lines' lengths in words
 * @returns the indices of the label and the cards to leave out of the body
 */
export function labelledCards(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  first: number,
  last: number,
  words: readonly number[],
): Set<number> {
  const out = new Set<number>();
  const isBlurb = (j: number) => isText(kinds[j]) && (words[j] as number) <= MAX_BLURB_WORDS;
  const isHead = (j: number) =>
    kinds[j] !== 'prose' && kinds[j] !== 'row' && (words[j] as number) <= MAX_HEADLINE_WORDS;
  for (let i = first + 1; i < last; i++) {
    if (kinds[i] === 'prose' || !isRelatedLabel((lines[i] as BodyBlock).text, words[i])) continue;
    // headline-and-blurb pairs, else blurbs alone
    let end = i;
    let cards = 0;
    while (end + 2 <= last && isHead(end + 1) && isBlurb(end + 2)) {
      end += 2;
      cards++;
    }
    if (cards < MIN_CARDS || !closesBody(kinds, end, last)) {
      end = i;
      cards = 0;
      while (end + 1 <= last && isBlurb(end + 1)) {
        end++;
        cards++;
      }
    }
    if (cards >= MIN_CARDS && closesBody(kinds, end, last) && followsArticle(words, first, i, end)) {
      for (let j = i; j <= end; j++) out.add(j);
      break;
    }
  }
  return out;
}

/** Whether no line of text stands between line `end` and the body's last line: the cards close the body. */
function closesBody(kinds: readonly LineKind[], end: number, last: number): boolean {
  for (let j = end + 1; j <= last; j++) if (isText(kinds[j])) return false;
  return true;
}

/** Whether the body above lines `from`..`to` runs to more words than they do: an article came first. */
function followsArticle(words: readonly number[], first: number, from: number, to: number): boolean {
  let above = 0;
  let run = 0;
  for (let j = first; j < from; j++) above += words[j] as number;
  for (let j = from; j <= to; j++) run += words[j] as number;
  return above > run;
}

function isText(kind: LineKind | undefined): boolean {
  return kind === 'prose' || kind === 'sentence';
}

/** Whether line `i` is a paragraph ending a sentence, not one opening a list with a colon. */
function endsParagraph(lines: readonly BodyBlock[], kinds: readonly LineKind[], i: number): boolean {
  return isText(kinds[i]) && !PAUSE_END.test((lines[i] as BodyBlock).text);
}

/**
 * Whether line `i` is shaped as a headline (see {@link foreignHeadlines}), after a mark `opening` takes
 * off (a card's pointer: {@link foreignCards}).
 */
function isHeadline(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
  i: number,
  opening?: RegExp,
): boolean {
  const kind = kinds[i];
  if (kind === 'prose' || kind === 'row' || kind === 'caption') return false;
  const n = words[i] as number;
  if (n < MIN_HEADLINE_WORDS || n > MAX_HEADLINE_WORDS) return false;
  const line = (lines[i] as BodyBlock).text;
  const text = opening ? line.replace(opening, '') : line;
  return HEADLINE_START.test(text) && !HEADLINE_END.test(text);
}

/** The content words of a line, each as its stem. */
export function stems(text: string): string[] {
  const out: string[] = [];
  // no `?? []`: an empty literal is an array of another kind than the match's, and the loop's optimised
  // code, made for one kind, is thrown away when the other comes (speed104)
  const words = text.match(LETTERS);
  if (words === null) return out;
  for (const w of words) if (w.length >= CONTENT_LETTERS) out.push(w.slice(0, STEM).toLowerCase());
  return out;
}

/** How many times each content word stands in lines `first`..`last`. */
function contentWords(lines: readonly BodyBlock[], first: number, last: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let j = first; j <= last; j++)
    for (const s of stems((lines[j] as BodyBlock).text)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

/**
 * The body's content words (see {@link contentWords}), counted on the first call only: most bodies hold
 * no run a rule asks about, and a body with one of each kind is counted once.
 * @param lines the non-empty lines
 * @param first the body's first line
 * @param last the body's last line
 * @returns a function giving the counts
 */
export function bodyVocabulary(
  lines: readonly BodyBlock[],
  first: number,
  last: number,
): () => ReadonlyMap<string, number> {
  let counts: Map<string, number> | undefined;
  return () => {
    counts ??= contentWords(lines, first, last);
    return counts;
  };
}

/** The share of the content words of lines `from`..`to` that stand elsewhere in the body too. */
function sharedShare(
  lines: readonly BodyBlock[],
  from: number,
  to: number,
  vocabulary: ReadonlyMap<string, number>,
): number {
  const inRun = new Map<string, number>();
  const all: string[] = [];
  for (let j = from; j <= to; j++)
    for (const s of stems((lines[j] as BodyBlock).text)) {
      all.push(s);
      inRun.set(s, (inRun.get(s) ?? 0) + 1);
    }
  if (all.length === 0) return 1;
  let shared = 0;
  for (const s of all) if ((vocabulary.get(s) ?? 0) > (inRun.get(s) ?? 0)) shared++;
  return shared / all.length;
}
