// Whether a line of the body stands beside a line of a box (its heading, a button, a label).
import type { LineKind } from './classify-lines.js';

/**
 * Whether line `j` stands beside a line of a box (above or under it): a line that is not text and is
 * shorter than BOX_LINE_WORDS (a box's heading, a button, a label), or the body's edge. A call to sign up
 * in a newsletter box does; a sentence of the article that reports one ('"Join us on Saturday," the union
 * said') or that names a privacy policy stands between paragraphs, or beside another such sentence.
 * @param lengths the lines' lengths in words
 */
export function inBox(j: number, kinds: readonly LineKind[], lengths: readonly number[]): boolean {
  const boxLine = (i: number) => {
    // the body's edge asked as such, not read past the array's ends: such a read throws the optimised
    // code away (speed104)
    if (i < 0 || i >= kinds.length) return true;
    const k = kinds[i];
    if (k === undefined) return true;
    if (k === 'prose' || k === 'sentence' || k === 'clause') return false;
    return (lengths[i] as number) < BOX_LINE_WORDS;
  };
  return boxLine(j - 1) || boxLine(j + 1);
}

/**
 * A box's heading, button or label is shorter than this in words; a sentence the classifier made a short
 * line (a notice's words in it) is longer. Not measured: no dev page has such a line beside a call.
 */
const BOX_LINE_WORDS = 8;
