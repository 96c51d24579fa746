import type { Article } from './article.js';
import type { Sentence } from './sentences.js';
import { contentWords } from './text-stats.js';

/** A sentence of one source with its content words and how central it is to the whole brief. */
export interface ScoredSentence extends Sentence {
  article: Article;
  /** Position of the sentence in its article (0 = lead). */
  index: number;
  words: Set<string>;
  score: number;
}

/**
 * Scores every sentence for a brief: words that several sources use weigh more than words only one
 * source uses (what sources agree is important), rare words more than common ones, and an article's
 * opening sentences get a small lead bonus. Linear in the number of sentences.
 * @param articles the sources
 * @param sentencesOf the sentences of each article, by id
 * @returns all sentences, scored, in source order
 */
export function scoreSentences(
  articles: readonly Article[],
  sentencesOf: ReadonlyMap<string, Sentence[]>,
): ScoredSentence[] {
  const all: ScoredSentence[] = [];
  const sentenceDf = new Map<string, number>();
  const sourcesOf = new Map<string, Set<string>>();
  for (const a of articles) {
    (sentencesOf.get(a.id) ?? []).forEach((s, index) => {
      const words = new Set(contentWords(s.text));
      for (const w of words) {
        sentenceDf.set(w, (sentenceDf.get(w) ?? 0) + 1);
        const set = sourcesOf.get(w) ?? new Set<string>();
        set.add(a.id);
        sourcesOf.set(w, set);
      }
      all.push({ ...s, article: a, index, words, score: 0 });
    });
  }
  const n = Math.max(1, all.length);
  for (const s of all) {
    let sum = 0;
    for (const w of s.words) {
      const idf = Math.log(1 + n / (sentenceDf.get(w) ?? 1));
      const support = (sourcesOf.get(w)?.size ?? 1) - 1;
      sum += idf * (support > 0 ? Math.min(support, 4) : 0.25);
    }
    const lead = s.index === 0 ? 1.3 : s.index === 1 ? 1.15 : s.index === 2 ? 1.05 : 1;
    s.score = (sum / (6 + s.words.size)) * lead;
  }
  return all;
}

/**
 * Whether a sentence can stand alone as a point of the brief: a statement of 8 to 60 words, not a
 * question, not a fragment.
 * @param s the sentence
 */
export function isStatement(s: Sentence): boolean {
  const words = s.text.split(/\s+/).length;
  return (
    words >= 8 &&
    words <= 60 &&
    /[.!"”’)]$/.test(s.text) &&
    !/\?["”’]?$/.test(s.text) &&
    /^["“]?\p{Lu}/u.test(s.text)
  );
}
