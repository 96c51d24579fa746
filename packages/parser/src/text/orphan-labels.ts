// The labels of boxes that left the body, kept alone between two parts of the article.
import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { isPointerLabel } from './furniture-lines.js';

/**
 * A label's box is at least this many lines left out of the body under it (MIN_BOX of `link-box.ts`, not
 * varied). Measured with the pointer test of {@link orphanLabels} on trafilatura-eval text (tp/fp): half
 * A 1365/86 → 1365/85, half B 1300/93 unchanged (one page changes, unscored); zyte-dev text, `eval:unseen`
 * text and `eval:robustness` unchanged. Without that test, three more half-A pages lost an article's own
 * sentence over a code block left out ("Consider the following example:").
 */
const MIN_ORPHANED_BOX = 3;
/** A label is at most this many words ("Mehr Kolumnen auf …:", "More from our archive:"). */
const MAX_LABEL_WORDS = 8;

/**
 * Finds the labels of boxes that left the body: a kept line of MAX_LABEL_WORDS words at most, no
 * paragraph, ending in a colon, under which MIN_ORPHANED_BOX lines or more were left out before the
 * next kept line, one of them a pointer's label (`isPointerLabel`). What the label introduced is gone;
 * the label alone, between two parts of the article, names another page's items ("Mehr Kolumnen auf
 * …:" over a box of teasers, each under "Mehr zum Thema").
 * @param keep the kept lines, in order
 * @returns the labels to leave out
 */
export function orphanLabels(
  keep: readonly number[],
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  lengths: readonly number[] | undefined,
): number[] {
  const out: number[] = [];
  for (let p = 0; p + 1 < keep.length; p++) {
    const j = keep[p] as number;
    if ((keep[p + 1] as number) - j <= MIN_ORPHANED_BOX || kinds[j] === 'prose') continue;
    const text = (lines[j] as BodyBlock).text.trimEnd();
    if (!text.endsWith(':')) continue;
    const words = lengths ? (lengths[j] as number) : wordsIn(text);
    if (words > MAX_LABEL_WORDS) continue;
    // the box points away: a line of it is a pointer's label ("Mehr zum Thema", "Related"); an
    // article's "Consider the following example:" over a code block left out is text
    for (let k = j + 1; k < (keep[p + 1] as number); k++)
      if (isPointerLabel((lines[k] as BodyBlock).text, lengths?.[k])) {
        out.push(j);
        break;
      }
  }
  return out;
}
