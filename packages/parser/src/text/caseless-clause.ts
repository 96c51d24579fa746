// A line in a script without capitals that ends on a comma: a sentence broken over lines.
import { lowerCaseShare } from './lower-case-share.js';
import { endsOnComma } from './mark-runs.js';

/**
 * Whether a line in a script that has no capitals (Chinese, Japanese, Arabic, Hebrew, Thai…: its first
 * letter is `\p{Lo}`) ends on a comma of any script ({@link endsOnComma}), as a sentence its writer
 * broke over lines does: such a line has no case for {@link lowerCaseShare} to read.
 * @param text a line
 */
export function caselessClause(text: string): boolean {
  return endsOnComma(text) && CASELESS_START.test(text);
}

/** A line's first letter, when it is one of a script without capitals. */
export const CASELESS_START = /^[^\p{L}]*\p{Lo}/u;
