import type { Article } from './article.js';
import { underQuestionLabel } from './open-questions.js';
import { isStatementText, NOT_A_STATEMENT } from './sentence-news.js';
import type { Sentence } from './sentences.js';
import { Vocabulary, type WordRange } from './text-stats.js';

/** A sentence of one source with its content words and how central it is to the whole brief. */
export interface ScoredSentence extends Sentence, WordRange {
  article: Article;
  /** Position of the sentence in its article (0 = lead). */
  index: number;
  // its content words (WordRange), as ids of the vocabulary it was scored with: a range of the ids of
  // its article's sentences
  score: number;
  /** Whether it can stand alone as a point ({@link isStatement}), found once for the several steps that ask. */
  statement?: boolean;
  /** Its code of `sentenceNewsOf` when the article's analysis found it (absent: found when asked). */
  news?: number;
}

/**
 * Scores every sentence for a brief: words that several sources use weigh more than words only one
 * source uses (what sources agree is important), rare words more than common ones, and an article's
 * opening sentences get a small lead bonus. Linear in the number of sentences.
 * @param articles the sources
 * @param sentencesOf the sentences of each article, by id
 * @param vocabulary interns the sentences' words (pass one to read the words back later)
 * @param newsOf an article's `sentenceNewsOf` codes by id, when its analysis found them
 * @returns all sentences, scored, in source order
 */
export function scoreSentences(
  articles: readonly Article[],
  sentencesOf: ReadonlyMap<string, Sentence[]>,
  vocabulary: Vocabulary = new Vocabulary(),
  newsOf?: (id: string) => Int8Array | undefined,
): ScoredSentence[] {
  const all: ScoredSentence[] = [];
  for (const a of articles) {
    const news = newsOf?.(a.id);
    const sentences = sentencesOf.get(a.id) ?? [];
    // an analyst's open questions listed under their label state no finding (see sentenceNewsOf)
    const asking = news === undefined ? underQuestionLabel(a.text, sentences) : undefined;
    const learned = vocabulary.learnedOf(sentences);
    sentences.forEach((s, index) => {
      const code = news?.[index];
      // a range of the article's one array of ids, no array a sentence
      let wordIds: Uint32Array;
      let wordsFrom: number;
      let wordsTo: number;
      if (learned !== undefined && index < learned.ends.length) {
        wordIds = learned.ids;
        wordsFrom = index === 0 ? 0 : (learned.ends[index - 1] as number);
        wordsTo = learned.ends[index] as number;
      } else ({ wordIds, wordsFrom, wordsTo } = vocabulary.idsOfSentence(s, false));
      const scored: ScoredSentence = {
        text: s.text,
        start: s.start,
        end: s.end,
        article: a,
        index,
        wordIds,
        wordsFrom,
        wordsTo,
        // not yet scored (below). NaN, not 0: V8 gives a field the place of its first value, and 0 gave
        // `score` a small integer's; the first fractional score written then changed the shape of every
        // sentence, each migrated to the new one when next read (`--trace-migration`: 96,710 at 2,000
        // bench pages, this function's time 109 -> 53 ms, the briefs identical)
        score: Number.NaN,
        statement:
          code === undefined ? isStatementText(s.text) && !asking?.has(index) : code !== NOT_A_STATEMENT,
      };
      // set, not spread from a new object: one of 500,000 sentences at 10,000 pages
      if (code !== undefined) scored.news = code;
      all.push(scored);
    });
  }
  // per word: in how many sentences, and in how many sources (sentences arrive grouped by source id)
  const sentenceDf = new Uint32Array(vocabulary.size);
  const sources = new Uint32Array(vocabulary.size);
  const lastSource = new Int32Array(vocabulary.size).fill(-1);
  let source = -1;
  let previous: string | null = null;
  for (let i = 0; i < all.length; i++) {
    const s = all[i] as ScoredSentence;
    if (s.article.id !== previous) {
      previous = s.article.id;
      source++;
    }
    const ids = s.wordIds;
    for (let k = s.wordsFrom; k < s.wordsTo; k++) {
      const w = ids[k] as number;
      sentenceDf[w] = (sentenceDf[w] as number) + 1;
      if (lastSource[w] !== source) {
        lastSource[w] = source;
        sources[w] = (sources[w] as number) + 1;
      }
    }
  }
  const n = Math.max(1, all.length);
  // what a word adds to a sentence's sum depends on the word alone: computed once a word, not once for
  // each of its 5 million uses at 10,000 pages (the same expression on the same numbers)
  const weight = new Float64Array(vocabulary.size);
  for (let w = 0; w < weight.length; w++) {
    if (sentenceDf[w] === 0) continue;
    const idf = Math.log(1 + n / (sentenceDf[w] as number));
    const support = (sources[w] as number) - 1;
    // no ceiling on support: with 30 sources a word 20 of them use is more central than one 4 use
    // (eval:keypoints clusters of 30: R-1 13.3 -> 13.8; the same as a ceiling of 4 on 5 sources)
    weight[w] = idf * (support > 0 ? support : 0.25);
  }
  for (let i = 0; i < all.length; i++) {
    const s = all[i] as ScoredSentence;
    let sum = 0;
    const ids = s.wordIds;
    for (let k = s.wordsFrom; k < s.wordsTo; k++) sum += weight[ids[k] as number] as number;
    const lead = s.index === 0 ? 1.3 : s.index === 1 ? 1.15 : s.index === 2 ? 1.05 : 1;
    // a prior of 10 words scored higher on eval:keypoints (R-1 +0.5) but split the corpus's talks claim
    // (claims choose their statements by this score): kept at 6
    // to 12 places: the sum's last bits depend on the order of the word ids, which depends on the order
    // the articles were read in, and two sentences of equal words must tie whatever that order
    s.score = Math.round((sum / (6 + (s.wordsTo - s.wordsFrom))) * lead * 1e12) / 1e12;
  }
  return all;
}

/**
 * Whether a sentence can stand alone as a point of the brief: a statement of 8 to 60 words, not a
 * question, not a fragment.
 * @param s the sentence (a scored one answers from what {@link scoreSentences} found)
 */
export function isStatement(s: Sentence & { statement?: boolean }): boolean {
  return s.statement ?? isStatementText(s.text);
}
