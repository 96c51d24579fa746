import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { FOREIGN_SHARE, stems } from './link-box.js';
import { opensOnMoreWord } from './opening-labels.js';

/**
 * A "more from" label stands among the body's last this many kept lines (the close that
 * `classify-text-leaks.ts` reads). Measured on trafilatura-eval text (tp/fp): half A 1365/85 → 1365/83,
 * half B 1300/93 unchanged, zyte-dev text unchanged; at 30 a half-A label with 29 kept lines under it
 * is asked about too.
 */
const CLOSE_LINES = 10;
/** A label runs to MIN_WORDS to MAX_WORDS words (`orphanLabels`' 8 of `orphan-labels.ts`; "Mehr:" alone is furniture's). */
const MIN_WORDS = 2;
const MAX_WORDS = 8;

/**
 * Finds a label of other pages' items closing a text scrape's body: a kept line, not a paragraph, of
 * MIN_WORDS to MAX_WORDS words that opens with a word of `data/more-labels.yaml` and ends in a colon
 * ("Weitere Informationen zum …:", ":: Relevantes aus dem Archiv:", "More from our site:"), among the
 * body's last CLOSE_LINES kept lines, over kept lines that are teasers: the first is no paragraph (a
 * headline, an item), or at most FOREIGN_SHARE of their content words stand in the body above the
 * label. Without the colon, an article's own subheadings open on the same words ("Mehr Investitionen
 * in …" over its paragraph, "Other Linux distributions"); a label over nothing kept is left (on half
 * B it was the article's own).
 * @param keep the kept lines, in order
 * @param lines the non-empty lines
 * @param kinds their kinds, from `classifyLines`
 * @param lengths the lines' lengths in words, when known
 * @returns the lines to leave out of the body: the label and the teasers under it
 */
export function moreLabelItems(
  keep: readonly number[],
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  lengths: readonly number[] | undefined,
): number[] {
  for (let p = Math.max(1, keep.length - CLOSE_LINES); p < keep.length; p++) {
    const j = keep[p] as number;
    if (kinds[j] === 'prose') continue;
    const text = (lines[j] as BodyBlock).text.trim();
    const words = lengths ? (lengths[j] as number) : wordsIn(text);
    if (words < MIN_WORDS || words > MAX_WORDS || !text.endsWith(':') || !opensOnMoreWord(text)) continue;
    // a label over nothing kept: half B's were the article's own (a snippet lost)
    if (p === keep.length - 1) continue;
    const under = keep.slice(p + 1);
    if (sharedShare(keep.slice(0, p), under, lines) <= FOREIGN_SHARE) return [j, ...under];
    // a box of headlines under the label goes with it, and of the paragraphs under it those about other
    // things: such a box may stand between the article's last two paragraphs
    if (kinds[under[0] as number] === 'prose') continue;
    const above = keep.slice(0, p);
    return [
      j,
      ...under.filter((k) => kinds[k] !== 'prose' || sharedShare(above, [k], lines) <= FOREIGN_SHARE),
    ];
  }
  return [];
}

/** The share of the content words of lines `under` that stand in lines `above`. */
function sharedShare(
  above: readonly number[],
  under: readonly number[],
  lines: readonly BodyBlock[],
): number {
  const words = new Set<string>();
  for (const k of above) for (const s of stems((lines[k] as BodyBlock).text)) words.add(s);
  let all = 0;
  let shared = 0;
  for (const k of under)
    for (const s of stems((lines[k] as BodyBlock).text)) {
      all++;
      if (words.has(s)) shared++;
    }
  return all === 0 ? 1 : shared / all;
}
