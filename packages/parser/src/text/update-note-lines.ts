import { isStamp } from './lead-under-stamp.js';
import { opensUpdateNote } from './opening-notes.js';

/**
 * Tells a post's update note standing alone: a stamp (a short line holding a date with its day or a
 * time, see {@link isStamp}) that opens with the words of `data/update-notes.yaml` ("Aktualisiert am
 * 17.01.2021", "Updated June 13, 2019", "Mis à jour le 3 mars 2020 à 10h").
 * @param text a line
 */
export function isUpdateNoteLine(text: string): boolean {
  return opensUpdateNote(text) && isStamp(text);
}
