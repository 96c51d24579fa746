import type { BodyBlock } from '../extraction.js';

/** What a line of a text scrape looks like, judged from the text alone. */
export type LineKind = 'prose' | 'sentence' | 'short' | 'repeated';

/** A contiguous run of lines judged to be the article, as indices into the lines. */
export interface BodyRegion {
  first: number;
  last: number;
  /** The indices of the lines kept as body within the region. */
  keep: number[];
}

/** What a line of page furniture between two paragraphs costs a region, in words. */
const MIN_INNER_WORDS = 3;
const GAP_COST = 45;
const TERMINAL = /[.!?…:;"”’»)\]]$/u;
const SENTENCE_END = /[.!?…]["”’»)]?(\s|$)/gu;

/**
 * Counts words the way the benchmark does: runs of letters, digits and `_`.
 * @param text a line
 * @returns the number of words
 */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}

/**
 * Classifies each line of a text scrape: long `prose`, a short complete `sentence`, a `short` line
 * (menu item, headline, label), or a short line `repeated` elsewhere on the page (navigation, ad markers).
 * @param lines the non-empty lines of the page
 * @returns one kind per line
 */
export function classifyLines(lines: readonly BodyBlock[]): LineKind[] {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const key = l.text.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return lines.map((l) => {
    const words = wordCount(l.text);
    const repeated = (counts.get(l.text.toLowerCase()) ?? 0) > 1;
    const sentences = l.text.match(SENTENCE_END)?.length ?? 0;
    const terminal = TERMINAL.test(l.text);
    if (repeated) return 'repeated';
    if (fusedHeadline(l.text)) return 'short';
    if (words >= 25 && (terminal || sentences >= 2)) return 'prose';
    if (words >= 40) return 'prose';
    if (terminal && words >= 4 && /\p{Ll}/u.test(l.text)) return 'sentence';
    return 'short';
  });
}

/**
 * Tells a link teaser whose headline ran into its blurb when the page was copied
 * ("Week 12: Deebo Samuel Emerging As Strong WR OptionsThe 49ers and …"): a run of three or more
 * capitalised words glued to the next capitalised word without a space.
 * @param text a line
 */
export function fusedHeadline(text: string): boolean {
  const m = /(\p{Ll}{2,}[?!.…"”’]?)(?=\p{Lu}[\p{Ll}\s])/u.exec(text.slice(0, 200));
  if (!m) return false;
  const before = text
    .slice(0, m.index + (m[1] as string).length)
    .split(/\s+/)
    .filter(Boolean);
  if (before.length < 3) return false;
  const capitalised = before.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / before.length >= 0.8;
}

/**
 * Picks the article out of a page's lines: the densest run of prose, where runs are broken by more
 * than `maxGap` non-prose lines in a row, scored by the words of prose they hold.
 * @param lines the non-empty lines
 * @param kinds their kinds, from {@link classifyLines}
 * @returns the region, or null when the page holds no prose
 */
export function selectBody(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  maxGap = 4,
): BodyRegion | null {
  let best: { first: number; last: number; score: number } | null = null;
  let i = 0;
  while (i < lines.length) {
    if (kinds[i] !== 'prose') {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    let score = 0;
    let gap = 0;
    let shortRun = 0;
    for (let j = i; j < lines.length; j++) {
      const kind = kinds[j];
      const words = wordCount((lines[j] as BodyBlock).text);
      if (kind === 'prose' || kind === 'sentence') {
        // paragraphs that follow each other count fully; a blurb between headlines counts less
        score += (kind === 'prose' ? words : words / 2) - gap * GAP_COST;
        last = j;
        gap = 0;
        shortRun = 0;
      } else {
        if (kind === 'short') shortRun++;
        gap++;
        // a list of headlines: several short lines in a row ends the article
        if (gap > maxGap || shortRun > 2) break;
      }
    }
    if (best === null || score > best.score) best = { first, last, score };
    i = last + 1;
  }
  if (best === null) return null;
  // Short complete sentences just above the first long paragraph open the article too.
  for (let j = best.first - 1; j >= 0 && best.first - j <= 2; j--) {
    if (kinds[j] === 'sentence' && /[.!]["”’»)]?$/u.test((lines[j] as BodyBlock).text)) best.first = j;
    else if (kinds[j] !== 'repeated') break;
  }
  const keep: number[] = [];
  for (let j = best.first; j <= best.last; j++) {
    const kind = kinds[j];
    const words = wordCount((lines[j] as BodyBlock).text);
    // inside the article, subheadings and repeated interview questions are text too; one-word labels
    // ("Advertisement", "Photo") are not
    if (kind === 'prose' || kind === 'sentence' || words >= MIN_INNER_WORDS) keep.push(j);
  }
  return { first: best.first, last: best.last, keep };
}
