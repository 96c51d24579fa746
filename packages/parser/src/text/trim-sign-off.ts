import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { pitchesToReader } from './reader-address.js';
import { isSignOffLine } from './sign-off-lines.js';

/**
 * At most this many lines at the body's end are looked at: a sign-off is a short block, calls with
 * labels or buttons between them, a credit, a few teasers. Measured on zyte-dev and trafilatura-eval
 * text: 6, 10 and 15 give the same figures (zyte 0.955 → 0.956, trafilatura-eval fp −8 against a
 * sign-off that ends at any line but a short label).
 */
const MAX_LINES = 10;
/**
 * What stays of the body must weigh at least this many words, so that a page that is a call (a
 * newsletter's own page) keeps it.
 */
const MIN_LEFT = 50;

/**
 * Tells where the article ends when its last lines are the site's sign-off: calls to the reader (to
 * subscribe, get the app, join or support the site, follow it, say whether the article helped), the
 * newsroom's reporting credits and affiliate disclosures (a line of up to 60 words holding a phrase of
 * `data/sign-off-phrases.yaml`, see {@link isSignOffLine}), and whatever follows them short of a
 * paragraph of prose (labels, buttons, teasers, a credit or a one-line bio). A paragraph of the site's
 * pitch ({@link pitchesToReader}: "When you join us, you get …") does not stop the search; the call above
 * it then takes it along only when that call is no paragraph itself (an advocacy group's article
 * closes on calls of its own). Measured on trafilatura-eval: text half A fp 90 → 89, HTML 47 → 46, tp,
 * half B, zyte-dev and eval:unseen unchanged; with the reader's address alone (no "we") half A tp −2
 * and zyte-dev recall −0.001 (how-to articles speak to the reader).
 * @param lines the non-empty lines
 * @param kinds their kinds, from classifyLines
 * @param first the region's first line
 * @param last the region's last line
 * @param lengths the lines' lengths in words ({@link wordsIn}), when the caller has them
 * @returns the region's last line once the sign-off is left out (`last` when there are none)
 */
export function trimSignOff(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  first: number,
  last: number,
  lengths?: readonly number[],
): number {
  let cut = last;
  let pitch = false;
  for (let j = last; j > first && last - j < MAX_LINES; j--) {
    const text = (lines[j] as BodyBlock).text;
    const words = lengths?.[j] ?? wordsIn(text);
    // under a site's pitch, only a call standing as its own short line heads it: a paragraph holding a
    // call is the article's own appeal (an advocacy group's)
    if (isSignOffLine(text, words)) {
      if (pitch && kinds[j] === 'prose') break;
      cut = j - 1;
    } else if (kinds[j] === 'prose') {
      if (!pitchesToReader(text)) break; // the article's own last paragraph
      pitch = true;
    }
  }
  if (cut === last) return last;
  return keepsText(lines, kinds, first, cut, lengths) ? cut : last;
}

/**
 * Whether lines `from..to` hold at least {@link MIN_LEFT} words of text (prose, sentences, clauses):
 * what must stay of a body once a sign-off or a disclosure is left out.
 * @param lines the non-empty lines
 * @param kinds their kinds, from classifyLines
 * @param from the first line
 * @param to the last line
 * @param lengths the lines' lengths in words ({@link wordsIn}), when the caller has them
 */
export function keepsText(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  from: number,
  to: number,
  lengths?: readonly number[],
): boolean {
  let left = 0;
  for (let j = from; j <= to && left < MIN_LEFT; j++)
    if (isText(kinds[j])) left += lengths?.[j] ?? wordsIn((lines[j] as BodyBlock).text);
  return left >= MIN_LEFT;
}

function isText(kind: LineKind | undefined): boolean {
  return kind === 'prose' || kind === 'sentence' || kind === 'clause';
}
