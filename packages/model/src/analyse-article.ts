import type { Article } from './article.js';
import { builtInIndex } from './built-in-index.js';
import { looksLikeCode } from './code-shape.js';
import type { SentenceDate } from './dated-sentence.js';
import { EntityIndex } from './entity-index.js';
import { type ArticleEntity, findEntities } from './find-entities.js';
import { findQuoteCues, type QuoteCue } from './find-quotes.js';
import { findFixedDates, findSentenceDates, referenceDate } from './find-sentence-dates.js';
import { valenceWordsOf } from './find-stances.js';
import { type FrameTerms, frameTermsAndWordsOf } from './frame-words.js';
import { withoutFunctionWords } from './function-words.js';
import { extendGazetteer, type GazetteerEntry } from './gazetteer.js';
import { inferPublishedStamp, type PublishedStamp } from './infer-published-stamp.js';
import { defaultGazetteer } from './knowledge-pack.js';
import { isBareQuestionLabel, underQuestionLabel } from './open-questions.js';
import { citedLines } from './reference-entry.js';
import { sentenceNewsOf } from './sentence-news.js';
import { type Sentence, splitSentences } from './sentences.js';
import { type StoryTerms, storyTermsOf } from './story-terms.js';
import { type SentenceWords, sentencesHoldTheWords, sentenceWordsOf } from './text-stats.js';
import { readTextWords } from './text-words.js';

/**
 * What can be found in one article without looking at the others: plain data (structured-cloneable),
 * so that it can be computed in a worker thread and handed to {@link buildBriefingFrom}.
 */
export interface ArticleAnalysis {
  /** The article's sentences, with offsets into its text. */
  sentences: Sentence[];
  /** People each sentence introduces, quotes and the cues to their speakers. */
  quoteCues: QuoteCue[];
  /**
   * The day an undated English article's opening line states ({@link inferPublishedStamp}), and why; its
   * `dates` are then read against that day. Null when it has a date, or its opening states none.
   */
  stamp: PublishedStamp | null;
  /** Dates the sentences state: against the article's own date (or `stamp`), or, without one, those that need no reference date. */
  dates: SentenceDate[];
  /** Without an own date: sentences whose date depends on the reference, the brief's latest date. */
  datesPending: number[];
  /** Of `datesPending`, those whose day is the same whatever the reference: what a brief of many years keeps. */
  datesPendingDay: number[];
  /** Words in the text (runs of letters, digits and `_`). */
  wordCount: number;
  /** The entities the article names (title first), for `findActors` to join across articles. */
  entities: ArticleEntity[];
  /** The valence lexicon's words the sentences use, for `briefLexicon` (absent: found when needed). */
  valenceWords?: string[];
  /** The terms `groupStories` compares, counted here (absent: counted when needed). */
  storyTerms?: StoryTerms;
  /** The terms `frameWords` weighs, counted here (absent: counted when needed). */
  frameTerms?: FrameTerms;
  /** Each sentence's content words, for the brief's `Vocabulary` (absent: found when needed). */
  sentenceWords?: SentenceWords;
  /** What the key points ask of each sentence, `sentenceNewsOf` (absent: found when needed). */
  sentenceNews?: Int8Array;
}

/** What the per-article step needs to know beyond the article: which names are known. */
export interface AnalyseOptions {
  /** Shipped knowledge packs to use (the config's `packs`). */
  packs?: readonly string[];
  /** Extra actors and aliases (the config's `aliases`). */
  aliases?: readonly GazetteerEntry[];
}

/**
 * Analyses one article on its own: sentences, people mentions and quote cues, dated sentences.
 * Everything per article belongs here (per-article recognition too), so that it runs in parallel;
 * what needs all articles (who is who across sources, merging, scoring) is {@link buildBriefingFrom}.
 * @param article a parsed article
 * @param options the packs and aliases that say which names are known
 * @returns plain data about it; the article itself is not copied
 * @throws {BriefingError} `E_CONFIG` for an unknown pack
 */
export function analyseArticle(article: Article, options: AnalyseOptions = {}): ArticleAnalysis {
  // a line of code is no sentence of the article: no point, claim, quote, date or actor is read from
  // it (a page's SQL keywords were an organisation, its HTTP headers places); nor is an entry of a
  // reference list (its authors are no actors, its journals and DOIs no terms of the source's framing,
  // an annotation of it no summary of the source: a paper's perspective had been "This is a large
  // multinational prospective study…", said of a work it cites)
  const cited = citedLines(article.text);
  const sentences = splitSentences(article.text).filter((s) => !looksLikeCode(s.text) && !isCited(s, cited));
  const english = readsAsEnglish(article.language);
  const ref = referenceDate(article, new Date(0));
  // the date parser reads English (month and weekday names; "5.9.2023" as May 9): a text in another
  // language gets no dates from it, as the brief's not-english warning says (13 % of a bench page's
  // analysis; see docs/scale-history.md, session 96's moved Scale notes, for what it changed)
  // an undated page whose opening line is its own date line the parser did not read is of that day:
  // its sentences are dated against that day here, and the cross-article step dates the page
  const stamp = english && article.published === null ? inferPublishedStamp(sentences) : null;
  const fixed = !english
    ? { dates: [], pending: [], pendingDay: [] }
    : stamp
      ? {
          dates: findSentenceDates(
            sentences,
            referenceDate(stampedArticle(article, stamp), new Date(stamp.date)),
          ),
          pending: [],
          pendingDay: [],
        }
      : ref.own
        ? { dates: findSentenceDates(sentences, ref), pending: [], pendingDay: [] }
        : findFixedDates(sentences);
  // each sentence's words, read once for the story terms and the sentences' own words, in the walk
  // that counts the framing terms
  const { words, frameTerms: allFrameTerms } = frameTermsAndWordsOf(sentences.map((s) => s.text));
  // a text in another language frames by its content words, not by its function words ("und", "que")
  const frameTerms = english ? allFrameTerms : withoutFunctionWords(allFrameTerms, article.language);
  // the text's word count and its capitalised words (the story terms' names), read in one walk
  const textWords = readTextWords(article.text);
  return {
    sentences,
    // quotes, stance words and news cues are read by English words: another language gets none of
    // them rather than what English cues make of its words ("die" is no death in German)
    quoteCues: english ? findQuoteCues(sentences, article.text) : [],
    stamp,
    dates: fixed.dates,
    datesPending: fixed.pending,
    datesPendingDay: fixed.pendingDay,
    wordCount: textWords.count,
    entities: findEntities(
      // a label line over a list of questions ("Open questions:") names nobody: read as empty, its
      // opening capital made "Open" an actor
      [
        ...(article.title ? [article.title] : []),
        ...sentences.map((s) => (isBareQuestionLabel(s.text) ? '' : s.text)),
      ],
      entityIndexFor(options),
      // only known names are kept in a text not in English (the tagger learned English news, where a
      // capital marks a name): the tagger, a quarter of a page's analysis, is not run there (see
      // docs/scale-history.md, session 96's moved Scale notes, for what that changed)
      english ? undefined : null,
      article.title !== null && article.title !== '',
    ),
    valenceWords: english ? valenceWordsOf(sentences) : [],
    storyTerms: storyTermsOf(
      article,
      sentencesHoldTheWords(article.text, sentences) ? words.keys : undefined,
      cited,
      textWords.capitalised,
    ),
    frameTerms,
    sentenceWords: sentenceWordsOf(sentences, words),
    sentenceNews: sentenceNewsOf(sentences, english, underQuestionLabel(article.text, sentences)),
  };
}

/**
 * The article dated by the day its opening line states ({@link ArticleAnalysis.stamp}).
 * @param article an undated article
 * @param stamp the day and why
 */
export function stampedArticle(article: Article, stamp: PublishedStamp): Article {
  return { ...article, published: stamp.date, publishedPrecision: 'day', publishedInferred: stamp.reason };
}

/**
 * Whether an article's language is one the analysis reads: English, or a language not told.
 * @param language the article's BCP 47 language tag
 */
export function readsAsEnglish(language: string): boolean {
  const code = language.toLowerCase();
  return code === 'und' || code === 'en' || code.startsWith('en-');
}

/** Whether a sentence opens inside one of the {@link citedLines}. */
function isCited(s: Sentence, cited: readonly [number, number][]): boolean {
  return cited.length > 0 && cited.some(([a, b]) => s.start >= a && s.start < b);
}

let lastIndex: { key: string; index: EntityIndex } | null = null;
/** The key of {@link entityIndexFor}'s options without packs and aliases: the built-in index. */
const NO_PACKS_NOR_ALIASES = JSON.stringify([[], []]);

/**
 * The index of the built-in names, the packs and the config's aliases. The last one is kept, so that
 * each thread builds it once per brief, not once per article.
 * @param options the packs and aliases
 * @throws {BriefingError} `E_CONFIG` for an unknown pack
 */
export function entityIndexFor(options: AnalyseOptions): EntityIndex {
  const key = JSON.stringify([options.packs ?? [], options.aliases ?? []]);
  if (lastIndex?.key !== key)
    lastIndex = {
      key,
      index:
        key === NO_PACKS_NOR_ALIASES
          ? builtInIndex()
          : new EntityIndex(extendGazetteer(defaultGazetteer(options.packs ?? []), options.aliases ?? [])),
    };
  return lastIndex.index;
}
