/** The {@link titleMatch} a title must reach to count as the page's own (a site name added or left out still does). */
export const TITLE_MATCH = 0.8;

/** The words of a title, lower-cased. */
const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * How well a title found matches the page's own: the F1 of their words, each counted as often as it
 * occurs.
 * @param found the title found
 * @param wanted the page's title
 * @returns 0 to 1
 */
export function titleMatch(found: string, wanted: string): number {
  const x = wordsOf(found);
  const y = wordsOf(wanted);
  if (x.length === 0 || y.length === 0) return 0;
  return (2 * sharedWords(x, y)) / (x.length + y.length);
}

/**
 * How much of a title a line holds: the share of the title's words found in it, each counted as often
 * as it occurs (a line that holds the headline and the site's name covers the headline in full).
 * @param line a line of a page
 * @param title the page's title
 * @returns 0 to 1 (0 for a title without words)
 */
export function titleCoverage(line: string, title: string): number {
  const need = wordsOf(title);
  return need.length === 0 ? 0 : sharedWords(wordsOf(line), need) / need.length;
}

/** How many words two lists share, each as often as both hold it. */
function sharedWords(x: readonly string[], y: readonly string[]): number {
  const pool = new Map<string, number>();
  for (const w of y) pool.set(w, (pool.get(w) ?? 0) + 1);
  let both = 0;
  for (const w of x) {
    const left = pool.get(w) ?? 0;
    if (left > 0) {
      both++;
      pool.set(w, left - 1);
    }
  }
  return both;
}
