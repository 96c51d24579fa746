import { authorLabels } from './byline-lines.js';
import { bylineWords } from './byline-words.js';

/** A label line's colon, with the space some languages set before it ("Auteur :"). */
const COLON = /\s*:$/u;
/** A name line is at most this long: a writer's name or a desk's, not a sentence. */
const MAX_NAME_LINE = 40;
/** A name word: capitalised ("Roe", "O'Neil", "J."), or a user or site name ("jroe", "norvale.example"). */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|[\p{L}\d][\p{L}\d._-]*)$/u;
/** A letter. */
const LETTER = /\p{L}/u;

/**
 * Whether a line is a byline's word or an author's label alone, with its colon or none ("Von", "By:",
 * "Autor", "Written by"): `data/byline-words.yaml` and `data/author-labels.yaml`.
 * @param text a line
 */
export function isWriterLabel(text: string): boolean {
  const lower = text.trim().toLowerCase();
  if (lower === '' || lower.length > 20) return false;
  const bare = lower.replace(COLON, '');
  return (
    bylineWords().has(lower) ||
    bylineWords().has(bare) ||
    bylineWords().has(`${bare}:`) ||
    authorLabels().has(bare)
  );
}

/**
 * The writer of a byline set on two lines: a byline's word or an author's label alone ("Von", "Autor:",
 * "Written by"), the name alone on the line under it ("Jane Roe", "jroe", "Norvale Desk"), one to four
 * words with a letter, a trailing comma dropped. Read on the `count` lines above the body.
 * @param lines the page's lines
 * @param first the body's first line
 * @param count how many lines above it to read
 * @returns the writer, or undefined when no two lines are so set
 */
export function nameUnderLabel(
  lines: readonly { text: string }[],
  first: number,
  count: number,
): string[] | undefined {
  for (let i = Math.max(0, first - count); i + 1 < first; i++) {
    if (!isWriterLabel((lines[i] as { text: string }).text)) continue;
    const name = (lines[i + 1] as { text: string }).text.trim().replace(/,$/u, '');
    if (name.length > MAX_NAME_LINE || !LETTER.test(name)) continue;
    const words = name.split(/\s+/u);
    if (words.length <= 4 && words.every((w) => NAME_TOKEN.test(w))) return [name];
  }
  return undefined;
}
