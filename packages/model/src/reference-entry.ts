import { isLegalForm } from './organisation-words.js';
import { isSpaceUnit } from './text-stats.js';

/** A footnote's back-link caret opening a reference ("^ Fordyce, Tom (23 October 2011)."). */
const CARET = /^\s*\^/;
/** A reference's label in brackets, then an author list ("[CORS] van Kesteren, Anne (ed), …", "[3] Li, X."). */
const LABELLED = /^\s*\[[\p{Lu}\p{N}][\p{Lu}\p{N}._-]{0,29}\]\s+[^,]{1,40},/u;
/** An author, comma, given names or initials, then the date in brackets: "Collett, John (4 September 2013)". */
const AUTHOR_DATE =
  /^\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s(?:\p{Lu}[\p{L}'’-]*\.?\s?){1,3}\((?:[^()]*\s)?\d{4}\)/u;
/**
 * Authors as medical and science papers list them, a surname and its initials, then another or "et
 * al." ("Shear NH, Spielberg SP.", "Kardaun S et al.", "Cacoub P, et al."), opening the line after an
 * entry's number or marks; read with a year in the line, and not where the initials are a company's
 * legal form ("Volvo AB, Scania AB").
 */
const AUTHOR_INITIALS =
  /^\s*(?:\d{1,3}\.\s+|[•·*]+\s*)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s(\p{Lu}{1,3})(?:,\s(?:et al\.|\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,3}\b)|\set al\.)/u;
const YEAR = /\b(?:1[89]|20)\d{2}\b/;
/** The stamp of when a cited page was read or archived, anywhere in the entry. */
const ACCESS_STAMP = /\b(?:Retrieved|Accessed|Archived from the original)\b/u;
/**
 * Whether a text holds one of {@link ACCESS_STAMP}'s words, found by the string search, which skips
 * along the text faster than the pattern, tried at each word's boundary (47,957 lines of c2000's texts:
 * 12.9 → 6.1 ms).
 */
const mayHoldAccessStamp = (text: string): boolean =>
  text.includes('Retrieved') || text.includes('Accessed') || text.includes('Archived from the original');
/**
 * A cited work's identifier as medical and science papers print them: a DOI ("doi:10.1016/…",
 * "https://doi.org/10.…") or a PubMed id ("[PMID: 24055351]").
 */
const CITED_ID = /\bdoi(?::\s*|\.org\/)10\.\d{4,}|\bPMID:?\s*\d{5,}/iu;
/**
 * {@link CITED_ID} without its word boundaries, tried first: V8 scans a line for a pattern's first
 * characters only when it does not open on `\b` (188,351 lines of 1,000 bench pages: 216 → 15 ms).
 */
const CITED_ID_CUE = /doi(?::\s*|\.org\/)10\.\d{4,}|PMID:?\s*\d{5,}/iu;
/** A journal's year; volume: pages ("2013;31:5339-48", "2005;161(4):303-6"), read only where a ";" is. */
const JOURNAL_CITATION = /\b(?:1[6-9]|20)\d{2};\s?\d+(?:\(\d+\))?:\s?[A-Za-z]?\d+/u;

/**
 * Whether a sentence is an entry of a reference list or a footnote: it cites a work, and its date is
 * when that work appeared or was read, no event. The shapes wikis, papers and standards print: a
 * footnote's caret ("^ Fordyce, Tom (23 October 2011)."), a bracketed label before an author list
 * ("[CORS] van Kesteren, Anne (ed), …"), an author and given names before a bracketed date ("Collett,
 * John (4 September 2013)."), surnames and initials and a year ("Shear NH, Spielberg SP. … 1988."), a
 * "Retrieved …", "Accessed …" or "Archived from the original …" stamp anywhere in it, and a DOI, a
 * PubMed id or a journal's "2013;31:5339-48".
 * @param text one sentence
 */
export function isReferenceEntry(text: string): boolean {
  return (
    CARET.test(text) ||
    LABELLED.test(text) ||
    AUTHOR_DATE.test(text) ||
    (mayHoldAccessStamp(text) && ACCESS_STAMP.test(text)) ||
    (text.includes(';') && JOURNAL_CITATION.test(text)) ||
    (CITED_ID_CUE.test(text) && CITED_ID.test(text)) ||
    listsAuthors(text)
  );
}

/** Whether a line opens with a paper's {@link AUTHOR_INITIALS} and states a year. */
function listsAuthors(text: string): boolean {
  const m = AUTHOR_INITIALS.exec(text);
  return m !== null && !isLegalForm(m[1] as string) && YEAR.test(text);
}

/**
 * The lines of a text that are entries of a reference list ({@link isReferenceEntry}, read on the whole
 * line: "1. Peasah SK, Breese J, et al. Influenza cost… Vaccine. 2013;31:5339-48." is several
 * sentences), the row of links right under such an entry ("Article PubMed Google Scholar", a
 * publisher's) and the list's heading right over its first entry ("References"), as `[start, end)`
 * offsets in order.
 * @param text the article's text
 */
export function citedLines(text: string): [number, number][] {
  const cited: [number, number][] = [];
  let afterEntry = false;
  // the last line with text that is no entry, when it may be a list's heading
  let heading: [number, number] | null = null;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const line = text.slice(start, end);
      const entry: boolean = isReferenceEntry(line) || (afterEntry && LINK_ROW.test(line));
      if (entry) {
        if (heading !== null) cited.push(heading);
        cited.push([start, end]);
      }
      if (line.trim() !== '') {
        afterEntry = entry;
        heading = !entry && mayBeListHeading(line) && LIST_HEADING.test(line) ? [start, end] : null;
      }
    }
    start = end + 1;
  }
  return cited;
}

/** A short heading: up to four words, the first capitalised, and no sentence's end ("References", "Notes"). */
const LIST_HEADING = /^\s*\p{Lu}\p{L}*(?:\s+\p{L}+){0,3}:?\s*$/u;
/**
 * Whether a line may be a {@link LIST_HEADING}: its first and last units other than white space (`\s`)
 * are not ASCII other than a capital first and a letter or ":" last. Most lines are sentences, ending
 * on a stop: the pattern, tried on every line of the text, is not run on them.
 * @param line a line with text
 */
export function mayBeListHeading(line: string): boolean {
  let last = line.length - 1;
  while (last > 0 && isSpaceUnit(line.charCodeAt(last))) last--;
  const end = line.charCodeAt(last);
  if (end < 128 && end !== 58 && !((end | 32) >= 97 && (end | 32) <= 122)) return false;
  let first = 0;
  while (first < last && isSpaceUnit(line.charCodeAt(first))) first++;
  const start = line.charCodeAt(first);
  return start >= 128 || (start >= 65 && start <= 90);
}
/** A line of up to six capitalised words and nothing else: a reference entry's row of links. */
const LINK_ROW = /^\s*\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*){0,5}\s*$/u;
