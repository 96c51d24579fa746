import type { Article } from './article.js';
import { findFixedDates, findSentenceDates, referenceDate, type SentenceDate } from './build-timeline.js';
import { findQuoteCues, type QuoteCue } from './find-quotes.js';
import { type Sentence, splitSentences } from './sentences.js';
import { contentWords, countWords } from './text-stats.js';

/**
 * What can be found in one article without looking at the others: plain data (structured-cloneable),
 * so that it can be computed in a worker thread and handed to {@link buildBriefingFrom}.
 */
export interface ArticleAnalysis {
  /** The article's sentences, with offsets into its text. */
  sentences: Sentence[];
  /** People each sentence introduces, quotes and the cues to their speakers. */
  quoteCues: QuoteCue[];
  /** Dates the sentences state: against the article's own date, or, without one, those that need no reference date. */
  dates: SentenceDate[];
  /** Without an own date: sentences whose date depends on the reference, the brief's latest date. */
  datesPending: number[];
  /** Words in the text (runs of letters, digits and `_`). */
  wordCount: number;
}

/**
 * Analyses one article on its own: sentences, people mentions and quote cues, dated sentences.
 * Everything per article belongs here (per-article recognition too), so that it runs in parallel;
 * what needs all articles (who is who across sources, merging, scoring) is {@link buildBriefingFrom}.
 * @param article a parsed article
 * @returns plain data about it; the article itself is not copied
 */
export function analyseArticle(article: Article): ArticleAnalysis {
  const sentences = splitSentences(article.text);
  for (const s of sentences) s.content = contentWords(s.text).join(' ');
  const ref = referenceDate(article, new Date(0));
  const fixed = ref.own
    ? { dates: findSentenceDates(sentences, ref), pending: [] }
    : findFixedDates(sentences);
  return {
    sentences,
    quoteCues: findQuoteCues(sentences),
    dates: fixed.dates,
    datesPending: fixed.pending,
    wordCount: countWords(article.text),
  };
}
