import { appendToList } from './append-to-list.js';

/**
 * Sentences grouped by their source's id, each source's in the order given (one pass, no sort).
 * @param sentences sentences of any sources, each with its `article`
 * @returns each source's sentences, sources in order of first sentence
 */
export function sentencesBySource<T extends { article: { id: string } }>(
  sentences: readonly T[],
): Map<string, T[]> {
  const bySource = new Map<string, T[]>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as T;
    appendToList(bySource, s.article.id, s);
  }
  return bySource;
}
