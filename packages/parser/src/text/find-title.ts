import type { BodyBlock } from '../extraction.js';
import { keyOf, stripTrailingDate } from './line-copies.js';
import { inMenu } from './menu-lines.js';
import { MAX_LOOKBACK } from './title-candidates.js';
import type { TitleCandidate } from './title-features.js';
import { type TitleModel, titleModel, titleScore } from './title-model.js';
import { words } from './title-words.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A sentence's end closing a line. */
const SENTENCE_END = /[.!?]$/;
/** What a word holds before its first letter and after its last. */
const OUTER_NON_LETTERS = /^\P{L}+|\P{L}+$/gu;

/** The headline found above the body, and the lines around it that say more. */
export interface FoundTitle {
  title: string;
  /** Index of the title line among the page's lines. */
  index: number;
  subtitle: string | null;
  section: string | null;
}

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const HAS_LOWER = /\p{Ll}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const LETTER_RUNS = /\p{L}+/gu;
/**
 * Picks the headline among the candidates above the body (see `titleCandidates`): the one the title
 * model scores highest, the earliest of a tie. Its dek is a sentence just under it; its section a
 * short label just above one of its copies.
 * @param lines the page's non-empty lines
 * @param bodyStart index of the first body line
 * @param candidates the headline candidates
 * @param isDateline whether a line is a dateline
 * @param model the title model (the shipped one by default)
 * @returns the title with its dek and section, or null when there is no candidate
 */
export function findTitle(
  lines: readonly BodyBlock[],
  bodyStart: number,
  candidates: readonly TitleCandidate[],
  isDateline: (index: number) => boolean,
  model: TitleModel = titleModel(),
): FoundTitle | null {
  let best: { index: number; text: string; score: number } | null = null;
  for (const c of candidates) {
    const score = titleScore(model, c.features);
    if (best === null || score > best.score) best = { index: c.index, text: c.text, score };
  }
  if (best === null) return null;
  const from = Math.max(0, bodyStart - MAX_LOOKBACK);
  const headline = stripTrailingDate(best.text);
  // the page's acronyms matter only to an all-capitals headline: scanning every line for them took 5 %
  // of the parse of the scale bench's pages
  const tidy = HAS_LOWER.test(headline) ? headline : tidyHeadline(headline, acronymsIn(lines));
  const kicker = kickerAbove(lines, best.index);
  const title = kicker === null ? tidy : `${kicker} ${tidy}`;
  const next = lines[best.index + 1];
  const subtitle =
    next &&
    best.index + 1 < bodyStart &&
    SENTENCE_END.test(next.text) &&
    words(next.text) >= 6 &&
    words(next.text) <= 45
      ? next.text
      : null;
  // the section label may sit above any copy of the headline (sites print it twice)
  const bestKey = keyOf(best.text);
  let section: string | null = null;
  for (let i = from; i < bodyStart && section === null; i++) {
    if (keyOf((lines[i] as BodyBlock).text) === bestKey) section = sectionAbove(lines, i, isDateline);
  }
  return { title, index: best.index, subtitle, section };
}

/** A kicker's shape: a phrase closing on a colon right after a word ("Cup final in Port Avel:"). */
const KICKER_END = /[\p{L}\p{N})"“”»«]:$/u;
/** Fewest and most words of a kicker: "Search for:" and "Follow us on:" have two and are labels. */
const KICKER_WORDS = [3, 8] as const;

/**
 * The kicker printed right over the headline and closing on a colon, the first half of a title set on
 * two lines ("Storm season in Port Avel:" over "Ferries stay in harbour"): the page's title holds both.
 * On trafilatura-eval text: half A +2 pages, half B unchanged, none lost; labels of two words ("Suche
 * nach:", "Aktuelle Seite:") stand over headlines on 5 pages, hence three words at least.
 * @param lines the page's non-empty lines
 * @param index index of the headline
 * @returns the kicker's text, or null when the line above is none
 */
function kickerAbove(lines: readonly BodyBlock[], index: number): string | null {
  const prev = lines[index - 1];
  if (!prev || prev.line !== (lines[index] as BodyBlock).line - 1) return null;
  const n = words(prev.text);
  return KICKER_END.test(prev.text) &&
    n >= KICKER_WORDS[0] &&
    n <= KICKER_WORDS[1] &&
    CAPITAL_FIRST.test(prev.text)
    ? prev.text
    : null;
}

function sectionAbove(
  lines: readonly BodyBlock[],
  index: number,
  isDateline: (index: number) => boolean,
): string | null {
  const prev = lines[index - 1];
  return prev &&
    // a section label sits just above the headline (a blank line at most) and is not one entry of a
    // menu (three or more short lines in a block)
    prev.line >= (lines[index] as BodyBlock).line - 2 &&
    !inMenu(lines, index - 1) &&
    words(prev.text) <= 2 &&
    CAPITAL_FIRST.test(prev.text) &&
    !/[.!?:|]$/.test(prev.text) &&
    !isDateline(index - 1)
    ? prev.text
    : null;
}

const SMALL = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * Turns an all-capitals headline into title case; leaves any other headline alone. A word stays in
 * capitals only when the page itself writes it so and never otherwise (see {@link acronymsIn}): an
 * all-capitals headline cannot tell "US" from "us", so no acronym is made up ("STAY WITH US").
 * @param text a headline
 * @param acronyms words (lower-cased) the page writes only in capitals
 */
export function tidyHeadline(text: string, acronyms: ReadonlySet<string> = new Set()): string {
  if (HAS_LOWER.test(text)) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) => {
      const bare = w.replace(OUTER_NON_LETTERS, '');
      if (bare && acronyms.has(bare)) return w.toUpperCase();
      return i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join(' ');
}

/**
 * Finds the acronyms a page writes: words of two to six letters that appear in capitals inside lines
 * written in mixed case, and never in lower or title case anywhere in those lines.
 * @param lines the page's lines
 * @returns the acronyms, lower-cased
 */
export function acronymsIn(lines: readonly BodyBlock[]): Set<string> {
  const upper = new Set<string>();
  const other = new Set<string>();
  for (const l of lines) {
    if (!HAS_LOWER.test(l.text)) continue; // an all-capitals line says nothing about case
    for (const w of l.text.match(LETTER_RUNS) ?? []) {
      const key = w.toLowerCase();
      if (w.length >= 2 && w.length <= 6 && w === w.toUpperCase()) upper.add(key);
      else other.add(key);
    }
  }
  for (const w of other) upper.delete(w);
  return upper;
}

/** Words of four letters or more, lower-cased: the words that say what a text is about, in any language. */
