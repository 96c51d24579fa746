import type { BodyBlock } from '../extraction.js';

/** What a line of a text scrape looks like, judged from the text alone. */
export type LineKind = 'prose' | 'sentence' | 'clause' | 'row' | 'short' | 'repeated' | 'caption';

/** A contiguous run of lines judged to be the article, as indices into the lines. */
export interface BodyRegion {
  first: number;
  last: number;
  /** The indices of the lines kept as body within the region. */
  keep: number[];
}

/** What a line of page furniture between two paragraphs costs a region, in words. */
const MIN_INNER_WORDS = 3;
const TERMINAL = /[.!?…:;"”’»)\]。！？」』）]$/u;
const SENTENCE_END = /[.!?…]["”’»)]?(\s|$)|[。！？]/gu;

/**
 * Counts words the way the benchmark does: runs of letters, digits and `_`.
 * @param text a line
 * @returns the number of words
 */
export function wordCount(text: string): number {
  return countWords(text, false);
}

/**
 * Measures how much a line says, in words: runs of letters and digits, where scripts written without
 * spaces (Chinese, Japanese, Korean) count one word for every two characters.
 * @param text a line
 * @returns the length in words
 */
export function wordsIn(text: string): number {
  return countWords(text, true);
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** What each non-ASCII character seen so far is: bit 1 a word character, bit 2 Chinese, Japanese or Korean. */
const kindOf = new Map<number, number>();

/**
 * Counts runs of word characters in one pass without building arrays (it runs on every line of every
 * page); with `cjk`, characters of Chinese, Japanese and Korean count a word per two instead.
 */
function countWords(text: string, cjk: boolean): number {
  let words = 0;
  let ideographs = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let kind: number;
    if (c < 0x80)
      kind = (c >= 0x30 && c <= 0x39) || c === 0x5f || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? 1 : 0;
    else {
      c = text.codePointAt(i) as number;
      if (c > 0xffff) i++;
      let k = kindOf.get(c);
      if (k === undefined) {
        const ch = String.fromCodePoint(c);
        k = (WORD_CHAR.test(ch) ? 1 : 0) | (CJK_CHAR.test(ch) ? 2 : 0);
        kindOf.set(c, k);
      }
      kind = cjk && k & 2 ? 2 : k & 1;
    }
    if (kind === 2) ideographs++;
    if (kind === 1 && !inWord) words++;
    inWord = kind === 1;
  }
  return words + Math.ceil(ideographs / 2);
}

/**
 * Classifies each line of a text scrape: long `prose`, a short complete `sentence`, a `short` line
 * (menu item, headline, label), or a short line `repeated` elsewhere on the page (navigation, ad markers).
 * @param lines the non-empty lines of the page
 * @returns one kind per line
 */
export function classifyLines(lines: readonly BodyBlock[]): LineKind[] {
  const counts = new Map<string, number>();
  const shapes = lines.map((l) => shapeOf(l.text)); // once per line: it lower-cases the whole line
  for (const key of shapes) counts.set(key, (counts.get(key) ?? 0) + 1);
  const kinds = lines.map((l, i): LineKind => {
    const words = wordsIn(l.text);
    const repeated = (counts.get(shapes[i] as string) ?? 0) > 1;
    const sentences = l.text.match(SENTENCE_END)?.length ?? 0;
    const terminal = TERMINAL.test(l.text);
    if (fusedHeadline(l.text) || titleLike(l.text)) return 'short';
    // a caption ending in its credit: "… (Image: Agency)", "… equivalent. Credit: Agency", or a
    // gallery's "2of4 A shopper looks at …"
    if (words < 25 && /\(\s*\p{L}+\s*:[^()]{1,40}\)$/u.test(l.text)) return 'caption';
    if (words < 60 && /[.!?]["”’)]?\s+\p{Lu}\p{L}+:\s+\p{Lu}[^.!?:]{0,40}$/u.test(l.text)) return 'caption';
    if (/^\d+\s?of\s?\d+\s?\p{Lu}/u.test(l.text)) return 'caption';
    if (!repeated && words >= 25 && (terminal || sentences >= 2)) return 'prose';
    if (!repeated && words >= 40) return 'prose';
    // a question repeated for each interviewee is text; a repeated paragraph (a teaser listed twice)
    // or label is not
    if (terminal && words >= 4 && /[\p{Ll}\p{Lo}]/u.test(l.text) && (!repeated || words < 15))
      return 'sentence';
    // a list item or a clause written in sentence case, long enough not to be a menu entry
    if (!repeated && words >= 8 && lowerCaseShare(l.text) >= 0.5) return 'clause';
    return repeated ? 'repeated' : 'short';
  });
  markHeadlineLists(lines, kinds);
  markTables(lines, kinds);
  return kinds;
}

/** Fewer rows than this in a row are not taken for a table. */
const MIN_TABLE_ROWS = 5;

/**
 * Turns runs of five or more table rows (lines of several tokens, a third or more of them numbers,
 * with about as many tokens each) into `row` lines: standings, results and figures are body text.
 */
function markTables(lines: readonly BodyBlock[], kinds: LineKind[]): void {
  const isRow = (text: string) => {
    const tokens = text.split(/\s+/);
    const numbers = tokens.filter((t) => /^[-+]?\p{N}[\p{N}.,:%]*$/u.test(t)).length;
    return tokens.length >= 4 && numbers >= 2 && numbers / tokens.length >= 0.34;
  };
  let i = 0;
  while (i < lines.length) {
    if (!isRow((lines[i] as BodyBlock).text)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && isRow((lines[end + 1] as BodyBlock).text)) end++;
    if (end - i + 1 >= MIN_TABLE_ROWS) for (let j = i; j <= end; j++) kinds[j] = 'row';
    i = end + 1;
  }
}

/**
 * Turns runs of three or more unpunctuated clauses into `short` lines: that is a list of headlines,
 * unless the line above introduces a list ("…:", "…").
 */
function markHeadlineLists(lines: readonly BodyBlock[], kinds: LineKind[]): void {
  let i = 0;
  while (i < kinds.length) {
    if (kinds[i] !== 'clause') {
      i++;
      continue;
    }
    let end = i;
    while (kinds[end + 1] === 'clause') end++;
    const intro = lines[i - 1]?.text ?? '';
    if (end - i >= 2 && !/(?::|…|\.\.\.)$/u.test(intro)) for (let j = i; j <= end; j++) kinds[j] = 'short';
    i = end + 1;
  }
}

/**
 * The shape of a short line: lower-cased with its numbers blanked, so that "Rating: 9 Votes" and
 * "Rating: 36 Votes", or "2 days ago at 07:52 am" and "3 days ago at 08:12 am", count as the same line.
 * Long lines keep their own text.
 * @param text a line
 */
export function shapeOf(text: string): string {
  const key = text.toLowerCase();
  return key.length > 80 ? key : key.replace(/\p{N}+/gu, '#');
}

function lowerCaseShare(text: string): number {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length / (words.length || 1);
}

/**
 * Tells a headline-like line: three to twenty words, nearly all capitalised, with no sentence break
 * inside (a link to another article, a menu entry, the page's own title).
 * @param text a line
 */
export function titleLike(text: string): boolean {
  if (/[.!?…]\s/u.test(text)) return false; // first: most lines are prose, and this is cheap
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3 || words.length > 20) return false;
  const capitalised = words.filter((w) => /^["“‘(]?[\p{Lu}\p{N}]/u.test(w) || SMALL_WORD.test(w)).length;
  return capitalised / words.length >= 0.9 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
}

const SMALL_WORD = /^(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|the|to|vs|with)$/;

/**
 * Tells a link teaser whose headline ran into its blurb when the page was copied
 * ("Week 12: Deebo Samuel Emerging As Strong WR OptionsThe 49ers and …"): a run of three or more
 * capitalised words glued to the next capitalised word without a space.
 * @param text a line
 */
export function fusedHeadline(text: string): boolean {
  const head = text.slice(0, 200);
  // a lower-case letter glued to a capital: without one (most lines) the costlier search cannot match
  if (!/\p{Ll}[?!.…"”’]?\p{Lu}[\p{Ll}\s]/u.test(head)) return false;
  const m = /(\p{Ll}{2,}[?!.…"”’]?)(?=\p{Lu}[\p{Ll}\s])/u.exec(head);
  if (!m) return false;
  const before = text
    .slice(0, m.index + (m[1] as string).length)
    .split(/\s+/)
    .filter(Boolean);
  if (before.length < 3) return false;
  const capitalised = before.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / before.length >= 0.8;
}

/** What the first line of furniture in a row costs a region; the k-th line in a row costs k times this. */
const RUN_COST = 10;
const SENTENCE_WEIGHT = 0.5;
const FIRST_SHARE = 0.35;
const FIRST_MIN = 60;
const CLAUSE_WEIGHT = 0;

/**
 * Scores each line for how much it speaks for being article text: prose counts its words, a short
 * complete sentence half of them, and furniture (menus, labels, headline lists) costs more the longer
 * its run goes on, so that one label between two paragraphs costs little and a menu costs a lot.
 * @param lines the non-empty lines
 * @param kinds their kinds, from {@link classifyLines}
 * @returns one score per line
 */
export function scoreLines(lines: readonly BodyBlock[], kinds: readonly LineKind[]): number[] {
  let run = 0;
  return lines.map((l, i) => {
    const kind = kinds[i];
    const words = wordsIn(l.text);
    // a line of symbols or invisible characters (a spacer) says nothing either way
    if (words === 0) return 0;
    if (kind === 'prose') {
      run = 0;
      return words;
    }
    if (kind === 'sentence') {
      run = 0;
      return words * SENTENCE_WEIGHT;
    }
    if (kind === 'row') {
      run = 0;
      return words * SENTENCE_WEIGHT;
    }
    if (kind === 'clause') {
      run = 0;
      return words * CLAUSE_WEIGHT;
    }
    run++;
    return -RUN_COST * run;
  });
}

/**
 * Picks the article out of a page's lines: the run of lines whose scores (see {@link scoreLines}) add up
 * to the most, found in one pass (the maximum-sum run), then drops the labels inside it.
 * @param lines the non-empty lines
 * @param kinds their kinds, from {@link classifyLines}
 * @returns the region, or null when no line speaks for being article text
 */
export function selectBody(lines: readonly BodyBlock[], kinds: readonly LineKind[]): BodyRegion | null {
  const scores = scoreLines(lines, kinds);
  // Each run of lines whose running score stays above zero, at its best end.
  const runs: { first: number; last: number; score: number }[] = [];
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      runs.push({ first: i, last: i, score: 0 });
    }
    sum += scores[i] as number;
    const run = runs[runs.length - 1] as { first: number; last: number; score: number };
    if (sum > run.score) {
      run.score = sum;
      run.last = i;
    }
  }
  const top = Math.max(0, ...runs.map((r) => r.score));
  if (top <= 0) return null;
  // Comments and teasers follow the article: of the runs nearly as strong as the best, the first wins.
  const best = runs.find((r) => r.score >= Math.min(top, Math.max(top * FIRST_SHARE, FIRST_MIN))) as {
    first: number;
    last: number;
    score: number;
  };
  while (best.first < best.last && (scores[best.first] as number) <= 0) best.first++;
  // Short complete sentences just above the first long paragraph open the article too.
  for (let j = best.first - 1; j >= 0 && best.first - j <= 2; j--) {
    if (kinds[j] === 'sentence' && /[.!]["”’»)]?$/u.test((lines[j] as BodyBlock).text)) best.first = j;
    else if (kinds[j] !== 'repeated') break;
  }
  const keep: number[] = [];
  for (let j = best.first; j <= best.last; j++) {
    const kind = kinds[j];
    const words = wordsIn((lines[j] as BodyBlock).text);
    if (isCaption(j, lines, kinds)) {
      j++; // the credit line under it goes too
      continue;
    }
    // inside the article, subheadings and repeated interview questions are text too; one-word labels
    // ("Advertisement", "Photo") are not
    if (kind === 'caption') continue;
    if (
      kind === 'prose' ||
      kind === 'sentence' ||
      kind === 'clause' ||
      kind === 'row' ||
      words >= MIN_INNER_WORDS
    )
      keep.push(j);
  }
  return { first: best.first, last: best.last, keep };
}

/**
 * Tells a photo caption inside an article: a short sentence followed by a short credit line (a name,
 * an agency) and then by a paragraph again.
 */
function isCaption(j: number, lines: readonly BodyBlock[], kinds: readonly LineKind[]): boolean {
  const next = kinds[j + 1];
  return (
    kinds[j] === 'sentence' &&
    (next === 'short' || next === 'repeated') &&
    creditLike((lines[j + 1] as BodyBlock | undefined)?.text ?? '') &&
    kinds[j + 2] === 'prose'
  );
}

/** A credit line: one to eight words, each starting with a capital (names, agencies, "A/B/C"). */
function creditLike(text: string): boolean {
  const words = text.split(/[\s/]+/).filter(Boolean);
  return words.length >= 1 && words.length <= 8 && words.every((w) => /^[\p{Lu}©(]/u.test(w));
}
