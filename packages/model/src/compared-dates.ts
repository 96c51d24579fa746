import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
import { phrasesPattern } from './escape-reg-exp.js';
import { MONTH_NAMES, MONTH_SHORT_NAMES } from './month-names.js';

/**
 * The date a record is measured against ("its lowest level since 2003", "the first loss since 1992", "a
 * level not seen since last September") is not when the sentence's event happened: such a "since" and the
 * rest of its clause are blanked (same length, so offsets hold). Nor is the span a superlative or an
 * ordinal ranks over ("marking its second-biggest loss of 2026", "its first fall of the year"): that "of"
 * and its span are blanked too (`data/compared-words.yaml`), and the sentence is dated by another date it
 * states or, a report's statement, by its report's day.
 */
export function withoutComparedDates(text: string): string {
  const blank = (m: string, tail: string) => m.slice(0, m.length - tail.length) + ' '.repeat(tail.length);
  return text
    .replace(COMPARED_SINCE, blank)
    .replace(BASELINE, (m, compared?: string, from?: string) => blank(m, compared ?? from ?? ''))
    .replace(CITED_PAGE, (m) => ' '.repeat(m.length))
    .replace(comparedSpan(), (m, head: string, words: string, span: string) =>
      isRankOverSpan(head, words) ? blank(m, span) : m,
    );
}

const ComparedWordsFile = z.object({
  superlatives: LowerWords,
  ordinals: LowerWords,
  positions: LowerWords,
  spans: LowerWords,
});

/** The pattern of {@link comparedSpan} and the file's ordinals and positions, as Sets. */
const compared = lazyData('compared-words.yaml', ComparedWordsFile, (words) => {
  const head = phrasesPattern([...words.superlatives, ...words.ordinals]);
  const word = String.raw`(?!(?:${BETWEEN})\b)[\p{L}\p{N}'’.]+`;
  const span = String.raw`(?:the|this|last|that)\s+(?:${phrasesPattern(words.spans)})|(?:${MONTH_NAMES.join('|')})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d`;
  return {
    pattern: new RegExp(
      String.raw`(?<!\bat\s+)\b(${head})\b((?:[\s-]+${word}){0,4}?)\s+(of\s+(?:${span}))\b(?![-–/]\d)`,
      'giu',
    ),
    ordinals: new Set(words.ordinals),
    positions: new Set(words.positions),
  };
});

/**
 * A superlative or an ordinal of `data/compared-words.yaml`, up to four words of its noun ("the
 * second-biggest loss", "its best one-day gain"), then "of" and a span of the calendar ("of 2007", "of the
 * year", "of this winter", "of March"): group 1 the superlative or ordinal, 2 the words, 3 the span with
 * its "of". No preposition, conjunction or verb between: "the first flight of the jet in 2007" is a date;
 * none after "at" ("at least nine months of 1997" is the event's span).
 */
function comparedSpan(): RegExp {
  const { pattern } = compared();
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * The first span a superlative or an ordinal ranks over in a sentence ({@link withoutComparedDates}):
 * its "of" and span ("of 2007", "of the year"), where they stand, and the year it names, or null for
 * "the year" or "this year" (the report's own), or undefined for another span (a month, "last year").
 * @param text one sentence
 */
export function rankedSpan(
  text: string,
): { start: number; end: number; year: number | null | undefined } | null {
  for (const m of text.matchAll(comparedSpan())) {
    const [all, head, words, span] = m as unknown as [string, string, string, string];
    if (!isRankOverSpan(head, words)) continue;
    const start = (m.index ?? 0) + all.length - span.length;
    const year = /\d{4}$/.exec(span);
    const own = /^of\s+(?:the|this)\s+year$/i.test(span);
    return { start, end: start + span.length, year: year ? Number(year[0]) : own ? null : undefined };
  }
  return null;
}

/** Words that end a superlative's or ordinal's noun phrase: prepositions, conjunctions, verbs of being. */
const BETWEEN =
  'of|in|on|at|by|for|from|with|to|since|than|that|which|who|and|or|but|as|after|before|is|are|was|were|be|been|has|have|had';

/**
 * Whether a superlative's or ordinal's words rank something over the span after them ("the biggest loss
 * of 2007", "the first snowfall of the year"), not name a place in the calendar ("the first quarter of
 * 2009", an ordinal before one of `positions`) nor a span of the event ("most of 2007"; "the first of
 * March" is a day): "most", "least" and an ordinal need a word of their own after them.
 */
function isRankOverSpan(head: string, words: string): boolean {
  const own = words.split(/[\s-]+/).filter((w) => w !== '');
  const lower = head.toLowerCase();
  const data = compared();
  const ordinal = data.ordinals.has(lower);
  if ((ordinal || lower === 'most' || lower === 'least') && own.length === 0) return false;
  return !ordinal || !own.some((w) => data.positions.has(w.toLowerCase()));
}

/** A month's name or its abbreviation ("Jan.", "Sept."). */
const MONTH_WORD = String.raw`(?:${MONTH_NAMES.join('|')}|(?:${MONTH_SHORT_NAMES.join('|')})\.?)`;

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
