import type { BodyBlock } from '../src/extraction.js';

const WORD = /[\p{L}\p{N}_]+/gu;
/** Python's `\s` on str, as trafilatura's scorer normalises whitespace. */
const WS = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const norm = (s: string) => s.replace(WS, ' ').trim();

/** A line's label: 1 article text, 0 boilerplate, null unknown (left out of training). */
export type LineLabel = 1 | 0 | null;

/**
 * Labels the lines of a zyte-dev page against its answer: a line is article text when at least half
 * of its word 4-grams (words as the benchmark's scorer counts them) occur in the answer, or, for a line
 * of fewer than four words, when its words occur in the answer in a row.
 * @param lines the page's lines
 * @param answer the page's `articleBody`
 * @returns one label per line
 */
export function labelByAnswer(lines: readonly BodyBlock[], answer: string): LineLabel[] {
  const tokens = answer.match(WORD) ?? [];
  const shingles = new Set<string>();
  for (let i = 0; i + 4 <= tokens.length; i++) shingles.add(tokens.slice(i, i + 4).join(' '));
  const joined = ` ${tokens.join(' ')} `;
  return lines.map((l) => {
    const t = l.text.match(WORD) ?? [];
    if (t.length === 0) return null;
    if (t.length < 4) return joined.includes(` ${t.join(' ')} `) ? 1 : 0;
    let hits = 0;
    for (let i = 0; i + 4 <= t.length; i++) if (shingles.has(t.slice(i, i + 4).join(' '))) hits++;
    return hits * 2 >= t.length - 3 ? 1 : 0;
  });
}

/**
 * Labels the lines of a trafilatura-eval page by its snippets: a line holding a snippet to keep (or held
 * by one, when the snippet spans lines) is article text, one holding a snippet to leave out is
 * boilerplate, the others are unknown.
 * @param lines the page's lines
 * @param keep the snippets to keep (`with`)
 * @param drop the snippets to leave out (`without`)
 * @returns one label per line
 */
export function labelBySnippets(
  lines: readonly BodyBlock[],
  keep: readonly string[],
  drop: readonly string[],
): LineLabel[] {
  const texts = lines.map((l) => norm(l.text));
  const labels: LineLabel[] = lines.map(() => null);
  for (const [snippets, label] of [
    [drop, 0],
    [keep, 1],
  ] as const) {
    for (const raw of snippets) {
      const s = norm(raw);
      if (s.length === 0) continue;
      let found = false;
      texts.forEach((t, i) => {
        if (t.includes(s)) {
          labels[i] = label;
          found = true;
        }
      });
      if (found) continue;
      texts.forEach((t, i) => {
        if (t.length >= 20 && s.includes(t)) labels[i] = label;
      });
    }
  }
  return labels;
}
