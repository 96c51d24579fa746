import type { BodyBlock } from '../extraction.js';
import { hasMoreWords, words } from './title-words.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A menu's separator between spaces. */
const MENU_SEPARATOR = /\s+[|·•»/]\s+/;

/**
 * Whether a line is one of a menu: three or more short lines (three words at most) in a row.
 * @param lines the page's lines
 * @param index the line
 */
export function inMenu(lines: readonly BodyBlock[], index: number): boolean {
  // the run is followed only until it is three lines long (a menu of thirty was walked whole for each of
  // its candidates), and a line's words only until there are more than three
  const short = (i: number) => lines[i] !== undefined && !hasMoreWords((lines[i] as BodyBlock).text, 3);
  let run = 1;
  for (let i = index; run < 3 && short(i - 1); i--) {
    if ((lines[i - 1] as BodyBlock).line !== (lines[i] as BodyBlock).line - 1) break;
    run++;
  }
  for (let i = index; run < 3 && short(i + 1); i++) {
    if ((lines[i + 1] as BodyBlock).line !== (lines[i] as BodyBlock).line + 1) break;
    run++;
  }
  return run >= 3;
}

/** The characters a menu line's separators are made of. */
const MENU_MARK = /[|·•»/]/;

/** A menu copied as one line: three or more entries of one or two words between separators. */
export function isMenuLine(text: string): boolean {
  // without a separator's character (most lines) the split gives one part: nothing to split
  if (!MENU_MARK.test(text)) return false;
  const parts = text.split(MENU_SEPARATOR);
  return parts.length >= 3 && parts.every((p) => words(p) <= 2);
}
