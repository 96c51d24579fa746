import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { isFurnitureLine } from './furniture-lines.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A colon closing a line. */
const COLON_END = /:$/u;

/**
 * Fewer list items than this after the body are not taken for its closing list (a post's footer of
 * "Category: …", "Tags: …" lines is shorter). Measured on zyte-dev and trafilatura-eval text: 8 gives
 * zyte 0.949 → 0.950 (R 0.947 → 0.950) and trafilatura-eval 0.867 (tp +2, fp +2); 5 and 3 take in
 * more footers (fp +4, +10) for no more gain.
 */
const MIN_ITEMS = 8;
/** At most this many lines (a heading) stand between the body and its closing list. */
const MAX_GAP = 1;

/**
 * Finds a list that closes the article: a run of MIN_ITEMS or more neutral lines (`item`: lines of one
 * shape, "Label: value" lines, sentence-case points; `clause`: unpunctuated sentence-case lines) that
 * starts right after the body or under one heading, or of MIN_INTRODUCED or more after a line ending in
 * a colon. Neutral lines add nothing, so the body's best end stops before them however long the list
 * is. A heading that points elsewhere ("More on this", "Most read": a furniture phrase) heads teasers.
 * @param lines the non-empty lines
 * @param kinds the lines' kinds
 * @param last the body's last line
 * @returns the list's last line, or `last` when no such list follows
 */
export function closingList(lines: readonly BodyBlock[], kinds: readonly LineKind[], last: number): number {
  const listed = (k: LineKind | undefined) => k === 'item' || k === 'clause';
  if (!listed(kinds[last + 1]) && !listed(kinds[last + 2])) return last; // most bodies: no list follows
  let start = last + 1;
  while (start <= last + MAX_GAP + 1 && start < kinds.length && !listed(kinds[start])) {
    // a heading that points elsewhere ("More on this", "Most read") heads teasers, not the article's list
    if (kinds[start] !== 'short' || isFurnitureLine((lines[start] as BodyBlock).text)) return last;
    start++;
  }
  if (!listed(kinds[start])) return last;
  let end = start;
  while (listed(kinds[end])) end++;
  // a list the text introduces ("… we visited:", "What you get:") needs fewer items to be one
  const introduced = COLON_END.test(lines[start - 1]?.text ?? '');
  return end - start >= (introduced ? MIN_INTRODUCED : MIN_ITEMS) ? end - 1 : last;
}

/**
 * Fewer items than this after a line ending in a colon are not taken for the article's closing list.
 * Measured on zyte-dev and trafilatura-eval text (with clauses as items and no pointer heading): 3 gives
 * zyte 0.950 → 0.953 (R 0.950 → 0.957) and trafilatura-eval 0.867 (tp +1, fp −2).
 */
const MIN_INTRODUCED = 3;
