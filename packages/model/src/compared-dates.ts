import { MONTH_NAMES } from './month-names.js';

/**
 * The date a record is measured against ("its lowest level since 2003", "the first loss since 1992", "a
 * level not seen since last September") is not when the sentence's event happened: such a "since" and the
 * rest of its clause are blanked (same length, so offsets hold).
 */
export function withoutComparedDates(text: string): string {
  const blank = (m: string, tail: string) => m.slice(0, m.length - tail.length) + ' '.repeat(tail.length);
  return text
    .replace(COMPARED_SINCE, blank)
    .replace(BASELINE, (m, compared?: string, from?: string) => blank(m, compared ?? from ?? ''))
    .replace(CITED_PAGE, (m) => ' '.repeat(m.length));
}

/** A month's name or its abbreviation ("Jan.", "Sept."). */
const MONTH_WORD = String.raw`(?:${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;

/**
 * A page of a publication and its day, as a letter or a note cites an earlier article ("“Rents rise
 * again,” Page A8, Jan. 13:", "(Page B1, Jan. 15)", "Jan. 13, Page A8"): the day that article ran, no
 * event of the sentence.
 */
const CITED_PAGE = new RegExp(
  String.raw`\b(?:Page|p\.)\s*[A-Z]?\d+[A-Z]?,\s*${MONTH_WORD}\s+\d{1,2}(?:,?\s+\d{4})?\b|\b${MONTH_WORD}\s+\d{1,2}(?:,?\s+\d{4})?,\s*(?:Page|p\.)\s*[A-Z]?\d+[A-Z]?\b`,
  'g',
);

/**
 * The baseline of a comparison ("compared with March of 2008", "an increase of 54 points from March 12",
 * "down 3% from Wednesday's close", "down by half on last year") is not when the sentence's event
 * happened either; a "from", or an "on" before "last", "the previous", "the same" or "a year", opens a
 * baseline only after a word of change, and ends before a "to" ("rose from 3% in 2005 to 5%").
 */
const BASELINE =
  /\b(?:compared|comparison)\b(\s+(?:to|with)\b[^,;:!?]*)|\b(?:increase|decrease|rise|fall|drop|gain|loss|decline|jump|up|down|higher|lower)\b[^,;:.!?]{0,40}?(\bfrom\b[^,;:!?]*?|\bon\s+(?:last|the\s+(?:previous|prior|same)|a\s+year)\b[^,;:!?]*?)(?=\s+to\b|[,;:!?]|$)/gi;

const COMPARED_SINCE =
  /\b(?:(?:low|high|bigg|larg|long|small|strong|weak|fast|slow|sharp|steep|deep|bad|great|wid|narrow|clos)est|first|worst|best|not (?:been )?seen|unseen)\b[^,;:.!?]*?(\bsince\b[^,;:!?]*)/gi;
