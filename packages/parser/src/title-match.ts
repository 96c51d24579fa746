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
  return (2 * both) / (x.length + y.length);
}
