import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';

/**
 * A paragraph on either side of a one- or two-word subheading weighs at least this many words.
 * Measured on trafilatura-eval text (tp/fp): half A 1297/125 → 1299/126 ("Im Detail", "Beobachtungstipp"
 * kept; an embed's "Externer Inhalt" label leaks), half B 1242/110 → 1246/111 ("Fazit", "Selbstgewissheit
 * abrüsten"), zyte-dev text 0.960 (R 0.960 → 0.961); 40 words gives B tp +3 only.
 */
const SUBHEAD_PROSE = 20;

/**
 * Tells a one- or two-word subheading inside the article ("Fazit", "Im Detail", "Why WordCamps?"): a
 * short line between two paragraphs of prose of SUBHEAD_PROSE words or more, or one that asks a
 * question wherever it stands (a heading asks, a label does not: a caption or a credit may stand
 * between it and the next paragraph). Labels that short ("Advertisement", "Photo") are otherwise left
 * out of the body; between two paragraphs, a line that no furniture phrase names is as often the next
 * section's heading. The caller has already left out the lines a furniture, credit or pointer phrase
 * names. The question, measured on trafilatura-eval text (tp/fp): half A 1335/99 → 1336/99 ("Why
 * WordCamps?" over a photo's caption), half B 1270/96 unchanged, zyte-dev text unchanged (no page changes).
 * @param j the line's index
 * @param lines the non-empty lines
 * @param kinds the lines' kinds, from `classifyLines`
 * @param words the lines' lengths in words
 * @returns whether line `j` is such a subheading
 */
export function isShortSubheading(
  j: number,
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
): boolean {
  if (kinds[j] !== 'short' || (words[j] as number) < 1) return false;
  if ((lines[j] as BodyBlock).text.endsWith('?')) return true;
  return (
    kinds[j - 1] === 'prose' &&
    kinds[j + 1] === 'prose' &&
    (words[j - 1] as number) >= SUBHEAD_PROSE &&
    (words[j + 1] as number) >= SUBHEAD_PROSE
  );
}
