/**
 * Sentences grouped by their source's id, each source's in the order given (one pass, no sort).
 * @param sentences sentences of any sources, each with its `article`
 * @returns each source's sentences, sources in order of first sentence
 */
export function sentencesBySource<T extends { article: { id: string } }>(
  sentences: readonly T[],
): Map<string, T[]> {
  const bySource = new Map<string, T[]>();
  // a source's sentences mostly come together: its list is looked up once a run of them, not once a
  // sentence (538,000 at 10,000 pages); the same lists
  let article: T['article'] | undefined;
  let list: T[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as T;
    if (s.article !== article) {
      article = s.article;
      const known = bySource.get(article.id);
      if (known) list = known;
      else {
        list = [];
        bySource.set(article.id, list);
      }
    }
    list.push(s);
  }
  return bySource;
}
