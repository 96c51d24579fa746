// An article's own terms for grouping stories: its body words, title words and names, weighted and keyed.
import type { Article } from './article.js';
import { backgroundKeyCounts } from './background-df.js';
import { forEachCapitalisedWord } from './capitalised-words.js';
import { functionWordsOf } from './function-words.js';
import { languageCountsOf } from './language-df.js';
import { citedLines } from './reference-entry.js';
import { NAME_TERM } from './story-vector.js';
import { ARTICLE_TERMS, keyOfLanes, LANE_A, LANE_B, TermIds, termKey, unitA, unitB } from './term-keys.js';
import { contentWords, forEachContentWordKey } from './text-stats.js';

// The title says what the story is: its words count this many times the body's.
const TITLE_WEIGHT = 3;
// Names (capitalised words inside sentences) carry the actors and places; on the same set weights
// 1, 2 and 3 give F1 0.938, 0.955 and 0.943.
const NAME_WEIGHT = 2;
const MAX_CHARS = 100_000;

/**
 * An article's own terms for {@link groupStories}, in order of first use: body words, title words and
 * names (`#` and the name in lower case) as separate terms, each once as its {@link termKey}, its weighted
 * count and in how many background news texts it occurs. Plain typed arrays, cheap to send between
 * threads.
 */
export interface StoryTerms {
  keys: Float64Array;
  weights: Uint32Array;
  /** Each term's background count, plus `NAME_TERM` for a name's. */
  backgroundDocs: Uint32Array;
}

/**
 * Counts the terms of one article that {@link groupStories} compares, on its own: the part of the
 * grouping that can run in a worker thread.
 * @param article the source
 * @param bodyKeys the keys of its text's content words in order, when already read (`contentWordKeysOf`
 *   of sentences that hold all of them, see `sentencesHoldTheWords`), read only when no line is cited
 * @param cited the text's reference entries (`citedLines`), left out, when already read
 * @param capitalised where the text's capitalised words start and end (`readTextWords`), when already
 *   read, used only when no line is cited and the text is read whole
 * @returns its terms, keyed
 */
export function storyTermsOf(
  article: Article,
  bodyKeys?: ArrayLike<number>,
  cited: readonly [number, number][] = citedLines(article.text),
  capitalised?: ArrayLike<number>,
): StoryTerms {
  // the terms' ids, in order of first use: a table over typed arrays, not a Map of number keys
  const index = new TermIds(ARTICLE_TERMS);
  // each term's weight and background count by id, in typed arrays grown by doubling (the keys are the
  // table's own): arrays pushed to for each term, then copied, were most of what this step allocated
  let weights = new Uint32Array(ARTICLE_TERMS);
  let backgroundDocs = new Uint32Array(ARTICLE_TERMS);
  let n = 0;
  // adds a weight to a term, and says whether the term is new (its background count comes next)
  const isNew = (key: number, w: number): boolean => {
    const k = index.id(key);
    if (k < n) {
      weights[k] = (weights[k] as number) + w;
      return false;
    }
    if (n === weights.length) {
      weights = grownCounts(weights);
      backgroundDocs = grownCounts(backgroundDocs);
    }
    weights[n++] = w;
    return true;
  };
  // the background count of the term just added
  const counted = (docs: number) => {
    backgroundDocs[n - 1] = docs;
  };
  // the counts by key alone (a thread's first page reads them from the build's table, see
  // backgroundKeyCounts), for the title's words and names too: no background word's key is another's
  const counts = backgroundKeyCounts();
  // what a story is about is said early: the first 100,000 characters (a long article's first 15,000
  // words or so) are enough, and a 5 MB one-line file costs no more than that
  // a reference list's journals and authors tell nothing of the story (two papers on a drug's rash and
  // on flu jabs had been one story by the journals they both cite)
  const text = (cited.length === 0 ? article.text : blanked(article.text, cited)).slice(0, MAX_CHARS);
  // the body's content words by key, no string made for one; read once for this and the sentences'
  // words when the text is whole (not cut at MAX_CHARS)
  // a text in another language leaves out its function words ("der", "que"): general news counts them
  // nowhere, and they made unrelated reports in that language one story (see functionWordsOf)
  const functionWords = functionWordsOf(article.language);
  const foreign = functionWords?.keys ?? null;
  // and its words count as common as they are in its language where that is more than in English news
  // ("Zeit", "Prozent", "gobierno": unknown to English news, they counted as rare; see languageCountsOf)
  const language = languageCountsOf(article.language);
  const docsOf = (key: number): number => {
    const docs = counts.get(key) ?? 0;
    return language === null ? docs : Math.max(docs, language.get(key) ?? 0);
  };
  const word = (key: number) => {
    if (foreign?.has(key)) return;
    if (isNew(key, 1)) counted(docsOf(key));
  };
  const whole = cited.length === 0 && text.length === article.text.length;
  if (bodyKeys && whole) for (let k = 0; k < bodyKeys.length; k++) word(bodyKeys[k] as number);
  else forEachContentWordKey(text, word);
  for (const w of contentWords(article.title ?? '')) {
    const key = termKey(w);
    if (foreign?.has(key)) continue;
    if (isNew(key, TITLE_WEIGHT)) counted(docsOf(key));
  }
  // a capitalised word not at a sentence start is most often a name: an actor, a place, a product
  const name = (start: number, end: number) => {
    // the key of "#" and the name in lower case, hashed as read when the name is ASCII, and the key of
    // the name alone, its background count's (no string of the name made, lower-cased and looked up
    // for each new name: every noun of a text in German)
    let a = unitA(LANE_A, 35);
    let b = unitB(LANE_B, 35);
    let wordA = LANE_A;
    let wordB = LANE_B;
    let ascii = true;
    for (let i = start; ascii && i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      a = unitA(a, c);
      b = unitB(b, c);
      wordA = unitA(wordA, c);
      wordB = unitB(wordB, c);
      ascii = c < 128;
    }
    if (ascii) {
      // a capitalised function or calendar word of another language ("Donnerstag") is no name
      if (foreign?.has(keyOfLanes(wordA, wordB))) return;
      if (isNew(keyOfLanes(a, b), NAME_WEIGHT)) counted(NAME_TERM + docsOf(keyOfLanes(wordA, wordB)));
      return;
    }
    const lower = text.slice(start, end).toLowerCase();
    if (foreign?.has(termKey(lower))) return;
    if (isNew(termKey(`#${lower}`), NAME_WEIGHT)) counted(NAME_TERM + docsOf(termKey(lower)));
  };
  // in a language that capitalises every noun (German) a capitalised word is no sign of a name: as names
  // too, its everyday nouns counted twice, as two shared terms, and two short unrelated texts made one
  // story by one noun ("Prozent", "Zeit", "Redaktion") or two ("Millionen Euro")
  if (functionWords?.capitalisedNouns !== true) {
    if (capitalised && whole)
      for (let k = 0; k < capitalised.length; k += 2)
        name(capitalised[k] as number, capitalised[k + 1] as number);
    else forEachCapitalisedWord(text, name);
  }
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = index.key(k);
  return { keys, weights: weights.slice(0, n), backgroundDocs: backgroundDocs.slice(0, n) };
}

/** A text with the given ranges blanked by spaces (its length and other offsets kept). */
function blanked(text: string, ranges: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of ranges) {
    out += text.slice(at, a) + ' '.repeat(b - a);
    at = b;
  }
  return out + text.slice(at);
}

/** A copy of a count array twice as long. */
function grownCounts(a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}
