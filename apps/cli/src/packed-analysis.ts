import type { Article, ArticleAnalysis } from '@briefing/model';

// apart from parse-file.ts, which loads the parser: a build parsing in worker threads only unpacks

/**
 * An {@link ArticleAnalysis} whose sentences are `[start, end]` offset pairs into the article's text:
 * one object to copy between threads, not thousands.
 */
export type PackedAnalysis = Omit<ArticleAnalysis, 'sentences'> & { sentences: Uint32Array };

/**
 * Restores the sentences of a packed analysis as slices of the article's text.
 * @param article the analysed article
 * @param packed its packed analysis
 */
export function unpackAnalysis(article: Article, packed: PackedAnalysis): ArticleAnalysis {
  const { sentences: offsets, ...rest } = packed;
  const sentences = [];
  for (let i = 0; i < offsets.length; i += 2) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    sentences.push({ text: article.text.slice(start, end), start, end });
  }
  return { ...rest, sentences };
}
