import { bylineLineAuthors } from './byline-lines.js';
import { wordsIn } from './count-words.js';
import { parseByline } from './find-byline.js';

/**
 * The writers of a line that is a byline and nothing else: a byline's opening word, then names of two
 * words or more, joined by a comma or a joining word ("By Jana Roe", "Von Jana Roe und Ole Lind"). A
 * body may keep such a line as prose when it stands among its first lines, under a dek; a line that says
 * more ("Of harbours and ferries", a subheading whose words are one each; "By Jana Roe, who …") is none.
 * @param text a line
 * @returns the writers, or null when the line is not so shaped
 */
export function strictBylineAuthors(text: string): string[] | null {
  const byline = parseByline(text);
  const found = byline?.role === null ? byline : bylineLineAuthors(text);
  if (found === null || found.authors.some((a) => wordsIn(a) < 2)) return null;
  // besides the names, the opening word (or two: "Written by") and one joining word between two names
  const others = wordsIn(text) - wordsIn(found.authors.join(' '));
  return others <= 1 + found.authors.length ? found.authors : null;
}
