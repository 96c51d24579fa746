import type { BodyBlock } from '../extraction.js';
import { parseByline } from './find-byline.js';

const MAX_LOOKBACK = 80;

/** The headline found above the body, and the lines around it that say more. */
export interface FoundTitle {
  title: string;
  /** Index of the title line among the page's lines. */
  index: number;
  subtitle: string | null;
  section: string | null;
}

/**
 * Finds the headline among the lines above the body. A headline is a line of 3 to 30 words that does
 * not end like a sentence; it scores for being repeated on the page (sites print it twice), for standing
 * near a dateline, for being the first such line and for standing just above the body.
 * @param lines the page's non-empty lines
 * @param bodyStart index of the first body line
 * @param isDateline whether a line is a dateline
 * @returns the title with its dek and section, or null
 */
export function findTitle(
  lines: readonly BodyBlock[],
  bodyStart: number,
  isDateline: (index: number) => boolean,
): FoundTitle | null {
  const from = Math.max(0, bodyStart - MAX_LOOKBACK);
  const keyOf = (text: string) => stripTrailingDate(text).toLowerCase();
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(keyOf(l.text), (counts.get(keyOf(l.text)) ?? 0) + 1);
  let best: { index: number; score: number } | null = null;
  let first = true;
  for (let i = from; i < bodyStart; i++) {
    const text = (lines[i] as BodyBlock).text;
    if (!isHeadline(text) || isDateline(i) || parseByline(text) !== null) continue;
    let score = 0;
    if ((counts.get(keyOf(text)) ?? 0) > 1) score += 3;
    for (let d = -3; d <= 3; d++)
      if (d !== 0 && i + d >= 0 && i + d < lines.length && isDateline(i + d)) score += 2;
    if (first) score += 1;
    if (bodyStart - i <= 3) score += 1;
    if (/\s\|\s/.test(text)) score -= 3;
    first = false;
    if (best === null || score > best.score) best = { index: i, score };
  }
  if (best === null) return null;
  const headline = stripTrailingDate((lines[best.index] as BodyBlock).text);
  // the page's acronyms matter only to an all-capitals headline: scanning every line for them took 5 %
  // of the parse of the scale bench's pages
  const title = /\p{Ll}/u.test(headline) ? headline : tidyHeadline(headline, acronymsIn(lines));
  const next = lines[best.index + 1];
  const subtitle =
    next &&
    best.index + 1 < bodyStart &&
    /[.!?]$/.test(next.text) &&
    words(next.text) >= 6 &&
    words(next.text) <= 45
      ? next.text
      : null;
  // the section label may sit above any copy of the headline (sites print it twice)
  const bestKey = keyOf((lines[best.index] as BodyBlock).text);
  let section: string | null = null;
  for (let i = from; i < bodyStart && section === null; i++) {
    if (keyOf((lines[i] as BodyBlock).text) === bestKey) section = sectionAbove(lines, i, isDateline);
  }
  return { title, index: best.index, subtitle, section };
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
    /^\p{Lu}/u.test(prev.text) &&
    !/[.!?:|]$/.test(prev.text) &&
    !isDateline(index - 1)
    ? prev.text
    : null;
}

function inMenu(lines: readonly BodyBlock[], index: number): boolean {
  const short = (i: number) => lines[i] !== undefined && words((lines[i] as BodyBlock).text) <= 3;
  let first = index;
  while (short(first - 1) && (lines[first - 1] as BodyBlock).line === (lines[first] as BodyBlock).line - 1)
    first--;
  let last = index;
  while (short(last + 1) && (lines[last + 1] as BodyBlock).line === (lines[last] as BodyBlock).line + 1)
    last++;
  return last - first + 1 >= 3;
}

/**
 * Removes a trailing date from a headline: "WHAT DOES …?, 27 MARCH" → "WHAT DOES …?".
 * @param text a headline
 */
export function stripTrailingDate(text: string): string {
  return text
    .replace(
      /,?\s+(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2})(?:,?\s+\d{4})?$/i,
      '',
    )
    .trim();
}

function isHeadline(text: string): boolean {
  const n = words(text);
  return n >= 3 && n <= 30 && /\p{L}/u.test(text) && !/[.,;:]$/.test(text) && !isMenuLine(text);
}

/** A menu copied as one line: three or more entries of one or two words between separators. */
function isMenuLine(text: string): boolean {
  const parts = text.split(/\s+[|·•»/]\s+/);
  return parts.length >= 3 && parts.every((p) => words(p) <= 2);
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
  if (/\p{Ll}/u.test(text)) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) => {
      const bare = w.replace(/^\P{L}+|\P{L}+$/gu, '');
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
    if (!/\p{Ll}/u.test(l.text)) continue; // an all-capitals line says nothing about case
    for (const w of l.text.match(/\p{L}+/gu) ?? []) {
      const key = w.toLowerCase();
      if (w.length >= 2 && w.length <= 6 && w === w.toUpperCase()) upper.add(key);
      else other.add(key);
    }
  }
  for (const w of other) upper.delete(w);
  return upper;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
