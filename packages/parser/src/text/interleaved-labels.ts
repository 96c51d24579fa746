import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { isFurnitureLine } from './furniture-lines.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A digit. */
const DIGIT = /\d/u;

/** A label is at most this many words ("Vollständig durchgerechnete Lösung", "Bild anzeigen Bild schließen"). */
const MAX_LABEL_WORDS = 6;
/**
 * A label recurs at least this many times, each time between lines of text. Measured on trafilatura-eval
 * text (tp/fp), half A 1309/115 → 1313/114, half B 1252/104 → 1253/104, zyte-dev text unchanged (0.962,
 * no page changes); 3 gives A 1316/116 but B 1253/104 and more pages changed, 5 A 1313/116.
 */
const MIN_LABELS = 4;
/** Text (a line of prose or a sentence) stands at most this many lines above and under each copy. */
const NEAR_TEXT = 3;

/**
 * Finds the labels that an article repeats between its own items: a short line whose every copy on the
 * page (at least MIN_LABELS) stands between lines of text, such as a worksheet's "Full solution" under
 * each exercise, a step gallery's controls between the steps, or an interviewee's name before each
 * answer. Such a line interrupts the article at every item and, costed as furniture, cut it into runs
 * too weak to be chosen or joined; it is neither for nor against the body (and not kept in it). A line
 * that also stands among menus or teasers (one copy away from text) is not one, nor a line with a digit
 * (a date under each teaser card) or a line that says what furniture says (a "Reply" under each
 * comment, a "read more" under each teaser; see {@link isFurnitureLine}).
 * Measured on trafilatura-eval text (tp/fp): any four copies between text rather than every copy, A
 * 1314/118 and a comment thread's "Antworten" or a teaser list's "weiterlesen" taken for labels; with
 * lines holding a digit, copies told by their shape (a gallery's "2 of 17"), zyte-dev text 0.962 →
 * 0.944 (P 0.963 → 0.929: the dates of teaser cards).
 * @param lines the non-empty lines
 * @param kinds their kinds, from {@link classifyLines}
 * @param words their lengths in words
 * @returns the indices of the labels' copies (empty on most pages)
 */
export function interleavedLabels(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
): Set<number> {
  const found = new Set<number>();
  const copies = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'repeated' || (words[i] as number) > MAX_LABEL_WORDS) continue;
    const text = (lines[i] as BodyBlock).text;
    if (DIGIT.test(text)) continue;
    const key = text.toLowerCase();
    const at = copies.get(key);
    if (at) at.push(i);
    else copies.set(key, [i]);
  }
  for (const at of copies.values()) {
    if (at.length < MIN_LABELS) continue;
    if (!at.every((i) => textNear(kinds, i, -1) && textNear(kinds, i, 1))) continue;
    if (isFurnitureLine((lines[at[0] as number] as BodyBlock).text)) continue;
    for (const i of at) found.add(i);
  }
  return found;
}

/** Whether a line of prose or a sentence stands within NEAR_TEXT lines of line `i`, up (-1) or down (1). */
function textNear(kinds: readonly LineKind[], i: number, direction: -1 | 1): boolean {
  for (let d = 1; d <= NEAR_TEXT; d++) {
    const kind = kinds[i + direction * d];
    if (kind === 'prose' || kind === 'sentence') return true;
  }
  return false;
}
