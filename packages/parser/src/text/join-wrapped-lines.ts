import { isSpaceUnit } from '@briefing/model';
import type { BodyBlock } from '../extraction.js';

/**
 * A page wrapped at fewer characters than this is no hard-wrapped text: menus and lists of short
 * items stand line under line too. 30 rather than 40 on trafilatura-eval text half A: tp +3 (a
 * narrow column of wrapped prose), zyte-dev unchanged (no page joins at either); 20 with 2 paragraphs
 * a page, A tp +5 but 8 lines of zyte-dev joined (teasers, footers).
 */
const MIN_WIDTH = 30;
/** Lines wrapped wider than this are no plain-text paragraphs (mail and RFCs wrap at 64 to 80). */
const MAX_WIDTH = 100;
/** A wrapped line that is not a paragraph's last fills at least this share of the width. */
const MIN_FILL = 0.6;
/**
 * Fewer wrapped paragraphs than this on a page are not taken for hard-wrapped text: a browser's scrape
 * sets a teaser's headline right over its blurb, or a footer's two lines, about as often. A page found
 * wrapped at one margin ({@link wrapMargin}) needs none more: its breaks are the evidence.
 */
const MIN_PARAGRAPHS = 3;
/** A line that opens on a lower-case letter, after an optional quote or bracket. */
const LOWER_START = /^["'“‘(«]?\p{Ll}/u;
/**
 * A line that ends a sentence (a stop, a question or an exclamation mark, perhaps in quotes), in the
 * scripts that end one otherwise too: the danda, the Arabic question mark and full stop, the
 * ideographic stop and full-width marks.
 */
const SENTENCE_END = /[.!?…।؟۔。！？]["'”’»)]?$/u;
/**
 * A line that opens on a letter of a script with no case (Arabic, Hebrew, Bengali, Devanagari, Thai,
 * …), after an optional quote or bracket: its first letter cannot tell a new sentence from a wrap.
 */
const CASELESS_START = /^["'“‘(«]?\p{Lo}/u;

/**
 * Joins the lines of hard-wrapped paragraphs (plain-text posts, mailing-list archives, RFCs, `<pre>`
 * blocks), which a scrape gives as a line each: each piece then reads as a short line or an item, and
 * a page of such paragraphs lost most of its text. Lines standing right under one another (no blank
 * line between) are one paragraph's when they break as a greedy wrap breaks: a line is long (at
 * least {@link MIN_FILL} of the widest line of its group, which is {@link MIN_WIDTH} to
 * {@link MAX_WIDTH} characters), and the first word of the next line would not have fit on it; and
 * at least half of the breaks fall inside a clause (no sentence's end before, a lower-case letter
 * after), since headlines of like length stand so too. A page needs {@link MIN_PARAGRAPHS} such
 * paragraphs. A page wrapped whole at one margin (see {@link wrapMargin}) also joins the lines that
 * break at it whatever the next line opens on, however few its paragraphs: a paragraph of two lines
 * broken before a name ("… in the second heat to" / "Hannah Okafor and her crew …") had stayed cut,
 * its first line read as a short line and lost, and a note of one wrapped paragraph had lost all but a
 * line, its second line taken for the headline. The joined line keeps the first line's position.
 * Measured on trafilatura-eval text half A and zyte-dev (judged on half B and eval:unseen): see the
 * history doc's fifteenth round.
 * @param lines the scrape's lines, in order
 * @param source the text the lines were split from, to measure each line as written (see
 *   {@link writtenLengths}); their texts are measured when it is not given
 * @returns the same lines with each wrapped paragraph made one line (the array itself when none is)
 */
export function joinWrappedLines(lines: BodyBlock[], source?: string): BodyBlock[] {
  const lengths = writtenLengths(lines, source);
  // [first, last] of each wrapped paragraph found
  const found: number[] = [];
  let i = 0;
  while (i < lines.length) {
    // the group: lines with no blank line between them
    let end = i + 1;
    let width = lengths[i] as number;
    while (end < lines.length && (lines[end] as BodyBlock).line === (lines[end - 1] as BodyBlock).line + 1) {
      width = Math.max(width, lengths[end] as number);
      end++;
    }
    if (end - i >= 2 && width >= MIN_WIDTH && width <= MAX_WIDTH) {
      for (let k = i; k < end; ) {
        let last = k;
        let inClause = 0;
        let inSentence = 0;
        let atEnd = 0;
        while (last + 1 < end && wrapsInto(lengths[last] as number, lines[last + 1] as BodyBlock, width)) {
          const line = lines[last] as BodyBlock;
          const next = lines[last + 1] as BodyBlock;
          if (breaksClause(line, next)) inClause++;
          else if (SENTENCE_END.test(line.text)) atEnd++;
          else if (breaksSentence(line)) inSentence++;
          last++;
        }
        // a break inside a sentence that opens the next line on a capital counts only in a paragraph of
        // three lines or more (a teaser's sentence over a headline stands as two), against the breaks
        // that end no sentence, which a wrap makes anywhere, and where fewer lines end a sentence than
        // not (rows of a table, "14,10 sec.", and a list of sentences end each line on a stop)
        const breaks = last - k;
        const inside = inClause + inSentence;
        if (
          last > k &&
          (inClause * 2 >= breaks ||
            (breaks >= 2 && inside > 0 && inside * 2 >= breaks - atEnd && atEnd * 2 < breaks))
        )
          found.push(k, last);
        k = last + 1;
      }
    }
    i = end;
  }
  const margin = wrapMargin(lines, lengths);
  // on a page wrapped at one margin, every paragraph the clause test found joins with the margin's
  // runs, however few: the margin's own breaks are the evidence (a note of one wrapped paragraph had
  // stayed cut into lines, its second line taken for the headline)
  const all =
    margin > 0
      ? mergeRuns(found, marginRuns(lines, lengths, margin))
      : found.length >= MIN_PARAGRAPHS * 2
        ? found
        : [];
  if (all.length === 0) return lines;
  const out: BodyBlock[] = [];
  let next = 0;
  for (let p = 0; p < all.length; p += 2) {
    const first = all[p] as number;
    const last = all[p + 1] as number;
    while (next < first) out.push(lines[next++] as BodyBlock);
    const parts: string[] = [];
    for (let m = first; m <= last; m++) parts.push((lines[m] as BodyBlock).text);
    // a line of its own shape, as splitLines makes them: a spread's copy has another map, and each
    // step reading the page's lines deoptimised when a page with joined lines came (issue 17)
    const head = lines[first] as BodyBlock;
    out.push({ text: parts.join(' '), line: head.line, column: head.column, offset: head.offset });
    next = last + 1;
  }
  while (next < lines.length) out.push(lines[next++] as BodyBlock);
  return out;
}

/**
 * Each line's length as it was written where a typist set two spaces after a stop, which the split
 * collapses to one: the wrap that filled the line counted both, and each such line had looked short of
 * the margin, its paragraph left cut. Other runs of spaces (a listing's aligned columns) are counted
 * as the split leaves them. The lines' own lengths when no source is given.
 */
function writtenLengths(lines: readonly BodyBlock[], source: string | undefined): ArrayLike<number> {
  const out = new Int32Array(lines.length);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as BodyBlock;
    let length = line.text.length;
    if (source !== undefined) {
      let end = source.indexOf('\n', line.offset);
      if (end === -1) end = source.length;
      while (end > line.offset && isSpaceUnit(source.charCodeAt(end - 1))) end--;
      // only a line the split shortened is read again
      if (end - line.offset > length) length += stopsBeforeTwoSpaces(source, line.offset, end);
    }
    out[k] = length;
  }
  return out;
}

/** How many stops (`.`, `!`, `?`) in `source` from `from` to `to` stand before two spaces and a word. */
function stopsBeforeTwoSpaces(source: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i + 3 < to; i++) {
    const c = source.charCodeAt(i);
    if (
      (c === 46 || c === 33 || c === 63) &&
      source.charCodeAt(i + 1) === 32 &&
      source.charCodeAt(i + 2) === 32 &&
      !isSpaceUnit(source.charCodeAt(i + 3))
    )
      n++;
  }
  return n;
}

/**
 * Breaks at a page's right margin that make it hard-wrapped text: a wrap of a paragraph that the
 * page's widest line sets, where the next line's first word would not have fit. With 3, no text
 * scrape of zyte-dev, trafilatura-eval or the scale bench's 2,000 pages changes (their paragraphs
 * stand on one line each, wider than {@link MAX_WIDTH}); zyte-dev's scrapes hard-wrapped at 76 / 64
 * characters 0.950 / 0.953 → 0.962 / 0.965, and on trafilatura-eval half B (not read) the body of
 * the wrapped scrape against the body as is 0.931 / 0.935 → 0.974 / 0.977 (`eval:robustness
 * --agreement`).
 */
const MIN_MARGIN_BREAKS = 3;
/**
 * Of those breaks, the fewest that fall inside a clause or a sentence (see {@link breaksClause} and
 * {@link breaksSentence}): headlines of like length, line under line, each open on a capital and end
 * no clause. 2 rather than 3: a page of two-line paragraphs breaks before a capital about as often
 * as not (a zyte-dev page wrapped at 76 has 2 of 4).
 */
const MIN_MARGIN_CLAUSES = 2;

/**
 * The width a whole page is hard-wrapped at, or 0 when it is not: its widest line holding a space
 * (a URL alone may run past the margin) is {@link MIN_WIDTH} to {@link MAX_WIDTH} characters, and at
 * least {@link MIN_MARGIN_BREAKS} lines break at that margin into the line under them,
 * {@link MIN_MARGIN_CLAUSES} of them inside a clause (in a script with no case, any break that ends no
 * sentence). A browser's scrape sets each paragraph on one line, so its widest line is longer.
 * The two wrap rules of session 75 (a margin page of any number of paragraphs, the caseless break):
 * no dev page as is changes (`hash:output`, 4,236 pages with the scale bench's 2,000); with
 * `eval:robustness --agreement`, trafilatura-eval's scrapes wrapped at 76 / 64 against their bodies as
 * is, half A 0.971 / 0.977 → 0.981 / 0.982 (read), half B 0.975 / 0.977 → 0.984 / 0.983 (not read).
 */
function wrapMargin(lines: readonly BodyBlock[], lengths: ArrayLike<number>): number {
  let width = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as BodyBlock;
    const length = lengths[k] as number;
    if (length > width && line.text.includes(' ')) {
      if (length > MAX_WIDTH) return 0;
      width = length;
    }
  }
  if (width < MIN_WIDTH) return 0;
  let breaks = 0;
  let inside = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k] as BodyBlock;
    const next = lines[k + 1] as BodyBlock;
    if (next.line !== line.line + 1 || !wrapsInto(lengths[k] as number, next, width)) continue;
    breaks++;
    // a caseless script's line that ends no sentence: the break is inside one (a wrapped Bengali or
    // Arabic page had found no margin, its case test never met)
    if (
      breaksClause(line, next) ||
      (!SENTENCE_END.test(line.text) && (breaksSentence(line) || CASELESS_START.test(next.text)))
    )
      inside++;
    if (breaks >= MIN_MARGIN_BREAKS && inside >= MIN_MARGIN_CLAUSES) return width;
  }
  return 0;
}

/**
 * The paragraphs of a page hard-wrapped at `width`: runs of lines standing right under one another, each
 * but the last wrapping into the next at that margin, where not every break ends a sentence (a list of
 * sentences a line each stays apart); the case of the next line's first letter is no cue here.
 */
function marginRuns(lines: readonly BodyBlock[], lengths: ArrayLike<number>, width: number): number[] {
  const runs: number[] = [];
  for (let k = 0; k < lines.length; ) {
    let last = k;
    let atEnd = 0;
    while (
      last + 1 < lines.length &&
      (lines[last + 1] as BodyBlock).line === (lines[last] as BodyBlock).line + 1 &&
      wrapsInto(lengths[last] as number, lines[last + 1] as BodyBlock, width)
    ) {
      if (SENTENCE_END.test((lines[last] as BodyBlock).text)) atEnd++;
      last++;
    }
    if (last > k && atEnd * 2 < last - k) runs.push(k, last);
    k = last + 1;
  }
  return runs;
}

/** The union of two lists of [first, last] runs, each in order: overlapping runs become one. */
function mergeRuns(a: readonly number[], b: readonly number[]): number[] {
  const all: [number, number][] = [];
  for (let p = 0; p < a.length; p += 2) all.push([a[p] as number, a[p + 1] as number]);
  for (let p = 0; p < b.length; p += 2) all.push([b[p] as number, b[p + 1] as number]);
  all.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [first, last] of all) {
    const n = out.length;
    if (n > 0 && first <= (out[n - 1] as number)) out[n - 1] = Math.max(out[n - 1] as number, last);
    else out.push(first, last);
  }
  return out;
}

/**
 * Whether `next` goes on the paragraph `line` was wrapped from at `width` characters: the line is
 * long, and the next one's first word would not have fit on it.
 */
function wrapsInto(length: number, next: BodyBlock, width: number): boolean {
  if (length < width * MIN_FILL) return false;
  const space = next.text.indexOf(' ');
  const firstWord = space === -1 ? next.text.length : space;
  return length + 1 + firstWord > width;
}

/** Whether the break between two lines falls inside a clause: no sentence ends before it, and the next line opens in lower case. */
function breaksClause(line: BodyBlock, next: BodyBlock): boolean {
  return LOWER_START.test(next.text) && !SENTENCE_END.test(line.text);
}

/**
 * Whether a line that the next opens on a capital breaks inside a sentence all the same: it ends on a
 * comma, or a sentence ends inside it ("… Ärzte. Auch die Dokumentation von weiteren Befunden ist in" /
 * "der Regel …"); asked only of a line that ends no sentence. German sets its nouns in capitals, so a wrapped line opens on
 * one about as often as on a word in lower case: its paragraphs had stayed cut into lines.
 */
function breaksSentence(line: BodyBlock): boolean {
  return line.text.endsWith(',') || SENTENCE_INSIDE.test(line.text);
}
/** A sentence's end inside a line: a stop, a question or an exclamation mark, a space, a capital. */
const SENTENCE_INSIDE = /\p{Ll}[.!?]["'”’»)]?\s+["'“‘(«]?\p{Lu}/u;
