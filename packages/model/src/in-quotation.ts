import { dateDirection } from './date-direction.js';
import { quotedPassages } from './quoted-passages.js';

/**
 * A double quotation mark, or a single one that may open a quotation (after a space, a bracket or a
 * dash, as `quotedPassages` reads them): a sentence without one quotes nothing, whatever its apostrophes.
 */
const QUOTE_MARK = /["“”‘]|(?:^|[\s([—–])'/;

/** Whether the text between two offsets lies inside one of the sentence's quotations. */
export function inQuotation(text: string, start: number, end: number): boolean {
  if (!QUOTE_MARK.test(text)) return false;
  for (const p of quotedPassages(text)) if (start >= p.start && end <= p.end) return true;
  return false;
}

/**
 * Whether a date lies inside a quotation whose clause there tells of the past: the speaker's
 * recollection ('"We warned in November that the drainage was not working," said a geologist', '"I lost
 * my savings in the crash of May 2020," said an investor'), not the development the sentence reports,
 * which is their saying it. A quoted date ahead is the event the speaker announces, and keeps it, and
 * so does a quoted phrase with no tense of its own ('the dam would be finished "by the middle of 2027"').
 */
export function inQuotedPast(text: string, start: number, end: number): boolean {
  return inQuotation(text, start, end) && dateDirection(text, start, end) === 'backward';
}
