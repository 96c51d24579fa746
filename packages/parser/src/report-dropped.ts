import type { VFile } from 'vfile';
import type { BodyBlock } from './extraction.js';
import { report } from './messages.js';

/** A sentence's end: a stop, perhaps a closing mark, then white space or the line's end. */
const SENTENCE = /[.!?。！？]["”’»)]?(?:\s|$)/gu;

/**
 * Reports what selection dropped: a note when most of the page was furniture, and a warning, at its
 * position, for a dropped run of sentences nearly as long as the body (a second article, or a body the
 * selection missed). Text scrapes and saved HTML pages both report through it.
 * @param lines the page's lines (text scrape) or text blocks (HTML page)
 * @param kept the indices of the lines kept as body
 * @param blocks the body as kept (its length is what was kept)
 * @param file the file being parsed, which gets the findings
 */
export function reportDropped(
  lines: readonly BodyBlock[],
  kept: ReadonlySet<number>,
  blocks: readonly BodyBlock[],
  file: VFile,
): void {
  const keptChars = blocks.reduce((n, b) => n + b.text.length, 0);
  let droppedChars = 0;
  let run: { start: number; chars: number; sentences: number } | null = null;
  let largest: { start: number; chars: number } | null = null;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line === undefined || kept.has(i)) {
      if (run && run.sentences >= 2 && (largest === null || run.chars > largest.chars)) largest = run;
      run = null;
      continue;
    }
    droppedChars += line.text.length;
    run ??= { start: i, chars: 0, sentences: 0 };
    run.chars += line.text.length;
    // only whether a run holds two sentences matters: the count stops there (most dropped lines are a
    // menu's, and counting all of a long one's built an array of its sentences)
    SENTENCE.lastIndex = 0;
    while (run.sentences < 2 && SENTENCE.test(line.text)) run.sentences++;
  }
  const at = (i: number) => ({ line: (lines[i] as BodyBlock).line, column: (lines[i] as BodyBlock).column });
  if (largest && largest.chars >= keptChars * 0.75) {
    const reason = `dropped ${largest.chars} characters of sentences here, nearly as much as the body kept (${keptChars}): a second article, or the body missed?`;
    report(file, 'warning', 'large-block-dropped', reason, at(largest.start));
  }
  if (droppedChars > keptChars) {
    const first = lines.findIndex((_, i) => !kept.has(i));
    const reason = `kept ${keptChars} characters of article text and dropped ${droppedChars} of page furniture`;
    report(file, 'info', 'boilerplate-dropped', reason, at(first));
  }
}
