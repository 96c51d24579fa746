import type { BodyBlock } from '../extraction.js';
import { type LineKind, shapeOf } from './classify-lines.js';

/**
 * The first of the article's last sections stands at most this many lines under the body's end (its
 * heading right under the last paragraph, or under a line or two the body's end left out).
 */
const FIRST_GAP = 3;

/**
 * A section past the body is at most this many lines, its heading included (select-body's MAX_BRIDGE:
 * a short box the bridge would take, were the text past it not too light).
 */
const MAX_SECTION = 12;

/**
 * The copy of a heading in the page's contents list stands at most this many lines above the body or
 * under the last section (short-subheadings' CONTENTS_WINDOW).
 */
const CONTENTS_WINDOW = 60;

/**
 * Two entries of the contents list, one after the other, stand at most this many lines apart there
 * (short-subheadings' CONTENTS_GAP: a subsection's entry between them).
 */
const CONTENTS_GAP = 4;

/** A heading has at most this many words ("Reporting a problem", "Getting started"). */
const HEADING_WORDS = 5;

/** Kinds of line a section's text is: the last section runs over these. */
const TEXT_KINDS: ReadonlySet<LineKind | undefined> = new Set<LineKind | undefined>(['prose', 'sentence']);

/**
 * Finds the article's last sections cut off from the body by a short heading, a line of furniture and
 * text too light to bridge to ("Licensing" over a licence line, "Reporting a problem" over three short
 * sentences): the page's table of contents ("On this page") lists the body's own headings and, right
 * after them in the same order, the headings that stand past the body's end, each section at most
 * MAX_SECTION lines. The contents list is the page's own word that those sections are the article's. The
 * body then runs through the last listed section's text (its `prose` and `sentence` lines); the lines
 * inside are judged as any of the body's (a licence notice, a label go). Text scrapes only. Only the
 * lines near the body and the contents list's window are read.
 * @param lines the non-empty lines
 * @param kinds the lines' kinds, from `classifyLines`
 * @param words the lines' lengths in words
 * @param first the body's first line
 * @param last the body's last line
 * @returns the last section's last line of text, or `last` when no listed section follows
 */
export function contentsTail(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
  first: number,
  last: number,
): number {
  const isHeading = (j: number) =>
    kinds[j] === 'repeated' && (words[j] as number) >= 1 && (words[j] as number) <= HEADING_WORDS;
  // most bodies: no repeated heading right under their end
  let heading = -1;
  for (let j = last + 1; j <= Math.min(lines.length - 1, last + FIRST_GAP); j++)
    if (isHeading(j)) {
      heading = j;
      break;
    }
  if (heading === -1) return last;
  const shape = (j: number) => shapeOf((lines[j] as BodyBlock).text);
  // the first heading's copy in a contents list beside the body, and the entry before it a heading of
  // the body's own
  const copy = copyOf(lines, kinds, shape(heading), first, heading);
  if (copy === -1 || !listsBody(kinds, words, shape, copy, first, last)) return last;
  // the headings past the body, in the contents list's order, each section at most MAX_SECTION lines
  let end = last;
  let at = heading;
  let entry = copy;
  const headings = new Set<string>([shape(heading)]);
  for (;;) {
    let next = -1;
    let nextEntry = -1;
    for (let e = entry + 1; e <= Math.min(lines.length - 1, entry + CONTENTS_GAP) && next === -1; e++) {
      if (kinds[e] !== 'repeated') continue;
      const s = shape(e);
      for (let j = at + 1; j <= Math.min(lines.length - 1, at + MAX_SECTION); j++)
        if (j !== e && isHeading(j) && shape(j) === s && !headings.has(s)) {
          headings.add(s);
          next = j;
          nextEntry = e;
          break;
        }
    }
    // the section under `at`: its text lines, up to the next listed heading or the first other line
    let j = at + 1;
    let text = -1;
    const stop = next === -1 ? at + MAX_SECTION : next - 1;
    while (j <= Math.min(lines.length - 1, stop)) {
      if (TEXT_KINDS.has(kinds[j])) text = j;
      else if (next === -1) break; // the last section ends at its text's end
      j++;
    }
    if (text !== -1) end = next === -1 ? text : Math.max(end, text);
    if (next === -1) break;
    at = next;
    entry = nextEntry;
  }
  // the contents list stands beside the sections, not among them
  return copy > first && copy <= end ? last : end;
}

/**
 * The nearest copy of a heading's shape in the contents list's window: above the body, else under the
 * heading (past the sections), or -1.
 */
function copyOf(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  shape: string,
  first: number,
  heading: number,
): number {
  for (let j = first - 1; j >= Math.max(0, first - CONTENTS_WINDOW); j--)
    if (kinds[j] === 'repeated' && shapeOf((lines[j] as BodyBlock).text) === shape) return j;
  for (let j = heading + 1; j <= Math.min(lines.length - 1, heading + CONTENTS_WINDOW); j++)
    if (kinds[j] === 'repeated' && shapeOf((lines[j] as BodyBlock).text) === shape) return j;
  return -1;
}

/** Fewer of the body's headings than this listed right before the first entry past it: no contents list. */
const LISTED_BODY = 2;

/**
 * Whether the LISTED_BODY entries right before `copy` in the contents list (each at most CONTENTS_GAP
 * lines before the next) name headings inside the body, of as many shapes, in the body's order: the list
 * is the body's table of contents, and its entry `copy` comes after the body's headings. A label the
 * page repeats (a photo's credit, the writer's name, a teaser's section) lists no headings of the body
 * in order.
 */
function listsBody(
  kinds: readonly LineKind[],
  words: readonly number[],
  shape: (j: number) => string,
  copy: number,
  first: number,
  last: number,
): boolean {
  const seen = new Set<string>([shape(copy)]);
  let below = last + 1; // the body heading of the entry after, which this entry's must stand above
  let entry = copy;
  for (let found = 0; found < LISTED_BODY; found++) {
    let matched = false;
    for (let e = entry - 1; e >= Math.max(0, entry - CONTENTS_GAP) && !matched; e--) {
      if (kinds[e] !== 'repeated') continue;
      const s = shape(e);
      if (seen.has(s)) return false;
      for (let j = below - 1; j >= first; j--)
        if (kinds[j] === 'repeated' && (words[j] as number) <= HEADING_WORDS && shape(j) === s) {
          seen.add(s);
          below = j;
          entry = e;
          matched = true;
          break;
        }
    }
    if (!matched) return false;
  }
  return true;
}
