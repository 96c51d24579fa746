import { isSpaceUnit } from '@briefing/model';
import type { BodyBlock } from '../extraction.js';
import { MIN_WORDS } from './headline-shape.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A date closing a headline: ", 27 March 2024", " March 27". */
const TRAILING_DATE =
  /,?\s+(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2})(?:,?\s+\d{4})?$/i;

/**
 * A line admitted as a candidate, with what the features read of it more than once; records filled by
 * `push` in one array, not arrays made by `map`: `map` makes a holey array once the function is
 * optimised and a packed one before, and the steps reading it deoptimised on the other (issue 17).
 */
export interface CandidateLine {
  /** Index of the line among the page's lines. */
  index: number;
  /** The line, or the last part of a breadcrumb trail. */
  text: string;
  /** What its copies share (see {@link keyOf}). */
  key: string;
  /** Its long words (see {@link longTerms}). */
  own: string[];
  /** Its words. */
  all: string[];
  /** The line without its outer spaces, as a longer line would quote it. */
  trimmed: string;
  /** Whether a longer line holds it whole (see {@link markQuoted}). */
  quoted: boolean;
}

/**
 * Marks the candidates another line of the page holds whole, longer by 80 characters at most: a trail,
 * a tab title or a comment header that quotes the headline. A name of one or two words stands inside
 * many lines by chance: only candidates of {@link MIN_WORDS} or more are looked for.
 */
export function markQuoted(found: readonly CandidateLine[], lines: readonly BodyBlock[]): void {
  const open: CandidateLine[] = [];
  for (const f of found) if (f.all.length >= MIN_WORDS) open.push(f);
  // shortest first: a line is compared only with the candidates shorter than it
  open.sort((x, y) => x.trimmed.length - y.trimmed.length);
  if (open.length === 0) return;
  const shortest = (open[0] as CandidateLine).trimmed.length;
  const longest = (open[open.length - 1] as CandidateLine).trimmed.length;
  let left = open.length;
  // as the page writes it: lower-casing every line cost more than the rest of the step
  for (const { text } of lines) {
    if (text.length <= shortest || text.length > longest + 80) continue;
    // the first candidate the line may quote, found by halves: those shorter by more than 80 were each
    // passed over in turn on every line
    let lo = 0;
    let hi = open.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((open[mid] as CandidateLine).trimmed.length + 80 < text.length) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < open.length; k++) {
      const f = open[k] as CandidateLine;
      const key = f.trimmed;
      if (key.length >= text.length) break;
      if (!f.quoted && text.includes(key)) {
        f.quoted = true;
        if (--left === 0) return;
      }
    }
  }
}

/**
 * How often the page prints each candidate's key (see {@link keyOf}). Only lines about as long as a key
 * can hold it: the long lines of a page, its paragraphs, are not keyed (keying every line took 0.3 ms
 * of a text scrape's 3).
 */
export function copiesOf(lines: readonly BodyBlock[], found: readonly CandidateLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.key, 0);
  // no key: the shortest would be Infinity, a number of another kind in the comparison below, where
  // this function deoptimised ("lost precision or NaN", issue 17)
  if (found.length === 0) return counts;
  const longest = found.reduce((m, f) => Math.max(m, f.key.length), 0);
  const shortest = found.reduce((m, f) => Math.min(m, f.key.length), Number.POSITIVE_INFINITY);
  // a key drops at most a trailing date (", 27 March 2024") and the line's outer spaces
  const max = longest + 40;
  // the lengths of the keys: a line with no digit (no date to strip) and no "İ" has a key as long as
  // the line less its outer spaces, and is lower-cased to be looked up only when some key is that long
  const lengths = new Uint8Array(longest + 1);
  for (const f of found) lengths[f.key.length] = 1;
  for (const l of lines) {
    if (l.text.length > max) continue;
    // nor is a key longer than its line, but where lower case writes "İ" as two units (the one
    // character it lengthens): a line shorter than every key (a menu's labels, most lines of a page)
    // is not lower-cased to be looked up
    const dotted = l.text.includes('\u0130');
    if (l.text.length < shortest && !dotted) continue;
    if (!dotted && !DIGIT.test(l.text)) {
      const length = trimmedLength(l.text);
      if (length > longest || lengths[length] === 0) continue;
    }
    const key = keyOf(l.text);
    const n = counts.get(key);
    if (n !== undefined) counts.set(key, n + 1);
  }
  return counts;
}

/** The key two copies of a line share: lower case, without a trailing date. */
export function keyOf(text: string): string {
  // every date the pattern strips has a digit: most lines have none and skip it
  return (DIGIT.test(text) ? stripTrailingDate(text) : text.trim()).toLowerCase();
}

const DIGIT = /\d/;

/** The length of `text.trim()`, counted without the copy (`isSpaceUnit` is the set `trim` takes off). */
function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceUnit(text.charCodeAt(start))) start++;
  while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/**
 * Removes a trailing date from a headline: "WHAT DOES …?, 27 MARCH" → "WHAT DOES …?".
 * @param text a headline
 */
export function stripTrailingDate(text: string): string {
  return text.replace(TRAILING_DATE, '').trim();
}
