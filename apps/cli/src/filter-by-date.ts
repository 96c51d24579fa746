import type { Article, Diagnostic } from '@briefing/model';

/**
 * Keeps the articles published within a date window. One without a dated publication is left out,
 * with an info message naming it.
 * @param articles the brief's articles
 * @param window `since`/`until` as `YYYY-MM-DD`, either or both
 * @param diagnostics where the info messages go (appended)
 * @returns the articles kept, in order
 */
export function filterByDate(
  articles: Article[],
  window: { since?: string; until?: string },
  diagnostics: Diagnostic[],
): Article[] {
  const { since, until } = window;
  if (!since && !until) return articles;
  return articles.filter((a) => {
    const p = a.published;
    if (p === null || !/^\d{4}/.test(p)) {
      diagnostics.push({
        severity: 'info',
        message: 'left out: no dated publication to compare with --since/--until',
        ruleId: 'undated-filtered',
        source: 'cli',
        file: a.path,
      });
      return false;
    }
    // a month or a year is within the window if any of its days is
    if (since && p.padEnd(10, '-31') < since) return false;
    if (until && p > until) return false;
    return true;
  });
}
