import { runEnd } from './run-end.js';

/**
 * Finds the article going on past a short box that holds a weak line of text: a poll's question, a
 * list item that reads as a sentence, a caption. The bridge of `selectBody` stops at the first text
 * after the body when it is too weak to be the article's second half; here that weak text is taken as
 * part of the box, and strong text (a few paragraphs) that starts within `maxBox` lines of the body is
 * looked for beyond it. Measured on trafilatura-eval text (tp/fp), with `maxBox` 8 and `min` 150 (the
 * bridge's SHORT_BOX and STRONG_AFTER): half A 1322/114 → 1323/114 (a list of makers whose items end in
 * a parenthesis, then the article's second half), half B 1253/104 unchanged, zyte-dev text 0.962
 * unchanged (no page changes); 12 lines costs zyte-dev (0.957: teasers after a short article), 12
 * lines with 8 lines of furniture at most A fp +2, the text after asked only for BRIDGE_MIN and
 * shared words A +1, a floor of 60 A fp +1, 100 the same as 150, 200 no change. (The tenth round had
 * passed weak runs to any text the bridge would take, A +1/+1 and B fp +1 against its rules; strong
 * text alone within SHORT_BOX is the narrower form.) The same mirrored before the body changes no page.
 * @param scores the lines' scores (see scoreLines)
 * @param last the body's last line
 * @param weakEnd the last line of the weak run that stopped the bridge
 * @param maxBox the strong text starts at most this many lines after the body
 * @param min the least score of the strong text
 * @returns the strong text's first line, its best last line and its score, or null
 */
export function textPastWeakRun(
  scores: ArrayLike<number>,
  last: number,
  weakEnd: number,
  maxBox: number,
  min: number,
): { start: number; at: number; score: number } | null {
  let j = weakEnd + 1;
  while (j < scores.length && j - last - 1 <= maxBox) {
    if ((scores[j] as number) <= 0) {
      j++;
      continue;
    }
    const end = runEnd(scores, j);
    if (end.score >= min) return { start: j, ...end };
    j = end.at + 1;
  }
  return null;
}
