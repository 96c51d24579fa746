import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { opensSourceNote } from './opening-notes.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A stop, a question or exclamation mark, or a colon closing a line. */
const STOP_END = /[.!?:]$/u;

/**
 * A source note longer than this many words is no note but a paragraph that opens so. Measured on
 * trafilatura-eval text half A (its two kept notes hold 14 and 20 words) and `hash:output`: no cap at all
 * changes the same 3 pages of the dev sets, so the cap trades nothing there; it guards unseen pages.
 */
const MAX_NOTE_WORDS = 30;
/**
 * A line between the body and its source note of at most this many words is the writer's name (half A's
 * one such name holds 3); 8 changes the same 3 pages of the dev sets (`hash:output`), so it trades nothing.
 */
const MAX_NAME_WORDS = 4;

/**
 * Finds the note that closes an article naming where its text comes from ("Aus: <book>, <publisher>
 * 2015", "Adapted from …", "Provided by …"): a line opening with a source label
 * ({@link opensSourceNote}) of at most MAX_NOTE_WORDS words, right under the body's last line or under
 * one short line without a stop (the writer's name). The note scores nothing, so the body's end stops
 * above it, and on a short line its label reads as furniture.
 * @param lines the non-empty lines
 * @param kinds the lines' kinds
 * @param last the body's last line
 * @returns the note's line, or -1 when none closes the body
 */
export function closingSource(lines: readonly BodyBlock[], kinds: readonly LineKind[], last: number): number {
  for (let i = last + 1; i <= last + 2 && i < lines.length; i++) {
    const text = (lines[i] as BodyBlock).text;
    if (opensSourceNote(text)) return wordsIn(text) <= MAX_NOTE_WORDS ? i : -1;
    // only a name (a few words, no stop) may stand between the body and its note
    if (kinds[i] !== 'short' || wordsIn(text) > MAX_NAME_WORDS || STOP_END.test(text.trim())) return -1;
  }
  return -1;
}
