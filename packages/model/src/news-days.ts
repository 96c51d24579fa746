import type { Article } from './article.js';

/**
 * Days between two reports' publication dates beyond which they report other days: a market's close on
 * 17 and on 20 September differs without anyone disagreeing. On the Wikinews clusters of `timelines/`
 * all six numbers disputes were between reports 3 days to 2 years apart; reports of one event come out
 * on its day or the next.
 */
export const SAME_NEWS_DAYS = 2;

/**
 * Whether two reports can be of the same days: their publication dates (day precision) at most
 * {@link SAME_NEWS_DAYS} apart, or either without a full date.
 * @param a one report
 * @param b the other
 */
export function sameNewsDays(
  a: Pick<Article, 'published' | 'publishedPrecision'>,
  b: Pick<Article, 'published' | 'publishedPrecision'>,
): boolean {
  if (a.publishedPrecision !== 'day' || b.publishedPrecision !== 'day' || !a.published || !b.published)
    return true;
  const days = Math.abs(Date.parse(a.published) - Date.parse(b.published)) / 86_400_000;
  return days <= SAME_NEWS_DAYS;
}
