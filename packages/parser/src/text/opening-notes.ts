import { escapeRegExp } from '@briefing/model';
import { phraseList } from './phrase-matcher.js';

const openings = new Map<string, RegExp>();

/**
 * The phrases of one file of `data/` as a pattern that matches them at the start of a line in lower
 * case only, each ending where a word ends; read once, as {@link phraseList} reads them.
 * @throws TypeError when the file is not a map of lists of non-empty strings
 */
function openingPhrases(file: string): RegExp {
  let pattern = openings.get(file);
  if (pattern === undefined) {
    const escaped = [...phraseList(file)].map(escapeRegExp);
    pattern = new RegExp(`^(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    openings.set(file, pattern);
  }
  return pattern;
}

/**
 * Tells a post's publication note: a line that opens with the words of `data/publication-notes.yaml`
 * ("Veröffentlicht am 3. März 2020 von …", "Posted on …", "Publié le …"). It stands by a headline and
 * is none.
 * @param text a line
 */
export function isPublicationNote(text: string): boolean {
  return openingPhrases('publication-notes.yaml').test(text.trimStart().slice(0, 40).toLowerCase());
}

/**
 * Tells whether a line opens with the words of a source note (`data/source-notes.yaml`: "Aus:",
 * "Adapted from", "Provided by"; a bare "Quelle:" or "Source:" is furniture): the note that names where
 * an article's text comes from.
 * @param text a line
 */
export function opensSourceNote(text: string): boolean {
  return openingPhrases('source-notes.yaml').test(text.trimStart().slice(0, 40).toLowerCase());
}

/**
 * Tells whether a line opens with the words of a post's update note (`data/update-notes.yaml`:
 * "Aktualisiert am", "Updated", "Mis à jour le"); whether a date follows is the caller's test.
 * @param text a line
 */
export function opensUpdateNote(text: string): boolean {
  return openingPhrases('update-notes.yaml').test(text.trimStart().slice(0, 40).toLowerCase());
}
