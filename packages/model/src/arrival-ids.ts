import type { ArticleAnalysis } from './analyse-article.js';
import { TermIds } from './term-keys.js';

/**
 * Ids of each term key of a set of articles, given as the articles arrived (a table for each kind of
 * term): filled on the thread that joins the articles while the workers still parse, so that the
 * cross-article step reads an article's ids from arrays (`RenumberedIds`) instead of probing a table
 * for every use of a term (5 million sentence words and as many story terms at 10,000 pages).
 */
export class ArrivalTables {
  /** Sentences' content words (`sentenceWordsOf`). */
  readonly words = new TermIds();
  /** Story terms (`storyTermsOf`). */
  readonly story = new TermIds();
  /** Framing terms (`frameTermsOf`). */
  readonly frame = new TermIds();
}

/** The ids an article's term keys got in {@link ArrivalTables}, each array in the order of its keys. */
export interface ArrivalIds {
  /** The tables that gave them. */
  tables: ArrivalTables;
  /** Of `sentenceWords.keys`. */
  words: Int32Array;
  /** Of `storyTerms.keys`. */
  story: Int32Array;
  /** Of `frameTerms.keys`. */
  frame: Int32Array;
}

/**
 * Gives an analysed article's term keys their ids in the tables as it arrives (its `arrival`), so that
 * `buildBriefingFrom` does not probe a table for each use of a term. Any order of arrival gives the
 * same brief: the step numbers the terms again in its own order. An analysis without its counted
 * terms (found when needed) is left as it is.
 * @param analysis the article's analysis (its `arrival` is set)
 * @param tables the tables of all the articles of the brief
 */
export function internOnArrival(analysis: ArticleAnalysis, tables: ArrivalTables): void {
  const { sentenceWords, storyTerms, frameTerms } = analysis;
  if (!sentenceWords || !storyTerms || !frameTerms) return;
  analysis.arrival = {
    tables,
    words: idsOf(sentenceWords.keys, tables.words),
    story: idsOf(storyTerms.keys, tables.story),
    frame: idsOf(frameTerms.keys, tables.frame),
  };
}

/**
 * The tables of a brief's articles when every one of them got its ids there, else null.
 * @param analyses the articles' analyses
 */
export function sharedArrivalTables(analyses: readonly ArticleAnalysis[]): ArrivalTables | null {
  const tables = analyses[0]?.arrival?.tables;
  if (tables === undefined) return null;
  return analyses.every((x) => x.arrival?.tables === tables) ? tables : null;
}

function idsOf(keys: Float64Array, table: TermIds): Int32Array {
  const ids = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) ids[k] = table.id(keys[k] as number);
  return ids;
}
