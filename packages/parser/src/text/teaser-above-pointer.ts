import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { isReadOnLabel } from './furniture-lines.js';

/** A teaser closed by a pointer is at most this many lines: a headline and its cut-off blurb. */
const MAX_TEASER_LINES = 2;
/** A teaser's line is at most this many words; a longer line is text. */
const MAX_TEASER_WORDS = 25;

/**
 * Finds the teasers that a pointer closes inside a body: one or two lines with no sentence's end (a
 * headline, a blurb cut off mid-sentence) right above a "Read more" line that has no colon (see
 * `isReadOnLabel`: not a "read also", which heads what is under it), between two lines of text (the one
 * above not ending in a colon, which introduces what follows). An inline box of
 * one linked story reads so in a scrape (headline, "Read more", then the article goes on);
 * {@link teaserLines} looks under a pointer label, this looks above one. Measured on zyte-dev text
 * (where it was found) and trafilatura-eval text (tp/fp): zyte-dev 0.962 (P 0.963, R 0.960) → 0.962 (P
 * 0.964, R 0.961; two pages lose a linked headline), half A 1324/114 and half B 1253/104 unchanged (one
 * half A page loses a linked headline its snippets do not name), `eval:unseen` text unchanged; without
 * the colon test a command under "type:" went too (half A, no snippet); with any pointer label rather
 * than a "read more" (a "Lesen Sie auch" or "See also" heads the box under it), a site's URL line and a
 * paragraph cut by the box above such a label went too (3 of the 1,000 bench pages).
 * @param lines the non-empty lines
 * @param kinds their kinds, from `classifyLines`
 * @param first the body's first line
 * @param last the body's last line
 * @param words the lines' lengths in words, when the caller has them
 * @returns the indices of the teasers' lines to leave out of the body
 */
export function teaserAbovePointer(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  first: number,
  last: number,
  words?: readonly number[],
): Set<number> {
  const count = (i: number) => words?.[i] ?? wordsIn((lines[i] as BodyBlock).text);
  const out = new Set<number>();
  for (let p = first + 1; p < last; p++) {
    const kind = kinds[p];
    if (kind !== 'short' && kind !== 'repeated') continue;
    const label = (lines[p] as BodyBlock).text.trimEnd();
    if (label.endsWith(':') || !isReadOnLabel(label, count(p))) continue;
    if (!isText(kinds[p + 1])) continue; // the article goes on under the pointer
    let top = p;
    while (top - 1 > first && p - (top - 1) <= MAX_TEASER_LINES && isTeaser(kinds[top - 1], count(top - 1)))
      top--;
    // the text above ends in a colon: what follows is its command, quote or list, not a teaser
    if (top === p || !isText(kinds[top - 1]) || (lines[top - 1] as BodyBlock).text.trimEnd().endsWith(':'))
      continue;
    for (let k = top; k < p; k++) out.add(k);
  }
  return out;
}

function isText(kind: LineKind | undefined): boolean {
  return kind === 'prose' || kind === 'sentence';
}

function isTeaser(kind: LineKind | undefined, words: number): boolean {
  return (kind === 'short' || kind === 'clause') && words <= MAX_TEASER_WORDS;
}
