import { isLetterOrDigitUnit } from '@briefing/model';
import { wordsIn } from './count-words.js';
import { MAX_NOTICE_WORDS } from './notice-lines.js';
import { readPhraseData } from './phrase-matcher.js';

/**
 * Whether a lower-cased line opens with one of some labels where a word ends ("tags:", "you are here
 * ›"), not inside a longer word ("tagsüber").
 * @param lower the line, lower-cased, from its first character
 * @param labels lower-case labels
 */
function opensWithLabel(lower: string, labels: readonly string[]): boolean {
  return labels.some((label) => {
    if (!lower.startsWith(label)) return false;
    // the label's end asked of the length, not by a read past the string's end (NaN), which throws the
    // optimised code away (speed104)
    return lower.length === label.length || !isLetterOrDigitUnit(lower.charCodeAt(label.length));
  });
}

/** The labels of each label file read (`tag-labels.yaml`, `trail-labels.yaml`, `more-labels.yaml`). */
const labelLists = new Map<string, readonly string[]>();

/**
 * The labels of a data file of the shape `{ labels: [...] }` (`TagLabels`, `TrailLabels`, `MoreLabels`),
 * read once.
 * @param file the file's name in `data/`
 */
function labelsIn(file: string): readonly string[] {
  let labels = labelLists.get(file);
  if (labels === undefined) {
    labels = (readPhraseData(file) as { labels: string[] }).labels;
    labelLists.set(file, labels);
  }
  return labels;
}

/** The shape of `data/tag-labels.yaml`: the lower-case labels that open a post's tag list. */
export interface TagLabels {
  labels: string[];
}

/**
 * Tells the label of a post's tag list where it opens a line: "Tags: Energy, Housing", "Filed under",
 * "Themen:", "Schlagwörter cozy, …" (`data/tag-labels.yaml`), the list under
 * it or after it on the line. Only at the line's start: "filed under seal" inside a sentence is none.
 * @param text a line
 * @param words its word count, when known
 */
export function isTagLabel(text: string, words = wordsIn(text)): boolean {
  if (words > MAX_NOTICE_WORDS) return false;
  const lower = text.trimStart().toLowerCase();
  return opensWithLabel(lower, labelsIn('tag-labels.yaml'));
}

/** The shape of `data/trail-labels.yaml`: the lower-case labels that say where on a site a page stands. */
export interface TrailLabels {
  labels: string[];
}

/**
 * Tells the label of a site's breadcrumb trail where it opens a line: "You are here:", "Sie befinden
 * sich hier:" (`data/trail-labels.yaml`), the trail under it or after it on the line. Only at the
 * line's start and in a short line: "you are here" inside a sentence is none.
 * @param text a line
 * @param words its word count, when known
 */
export function isTrailLabel(text: string, words = wordsIn(text)): boolean {
  if (words > MAX_NOTICE_WORDS) return false;
  const lower = text.trimStart().toLowerCase();
  return opensWithLabel(lower, labelsIn('trail-labels.yaml'));
}

/** The shape of `data/more-labels.yaml`: the lower-case words that open a label of other pages' items. */
export interface MoreLabels {
  labels: string[];
}

/** Marks a box's label may open on (":: Relevantes …", "» More …"). */
const LABEL_MARKS = /^[\p{P}\p{S}\s]+/u;

/**
 * Tells a line that opens with a word of `data/more-labels.yaml` ("Weitere Informationen zum …:",
 * ":: Relevantes aus dem Archiv:", "More from our site"), after marks maybe: the label of a box of
 * other pages' items when it is short and closes the body (see `select-body.ts`); the caller bounds its
 * length. Only at the line's start: "more" inside a sentence is none.
 * @param text a line
 */
export function opensOnMoreWord(text: string): boolean {
  const lower = text.replace(LABEL_MARKS, '').toLowerCase();
  return opensWithLabel(lower, labelsIn('more-labels.yaml'));
}
