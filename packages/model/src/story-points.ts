import type { StoryGroup } from './group-stories.js';
import type { ScoredSentence } from './score-sentences.js';
import { choosePoints, type PointSentence, supportCandidates } from './select-key-points.js';

/** Key points a story has at most. */
export const STORY_POINTS = 3;

/** `news` of a sentence whose code the analysis did not find (its story is left to the main thread). */
const NO_NEWS = 1000;

/**
 * What choosing the stories' key points reads of the scored sentences, as typed arrays that can go to
 * another thread (a structured clone of 500,000 sentence objects would cost more than the choosing):
 * each sentence's score, start, whether it is a statement, its news code and where its word ids lie in
 * the learned ids ({@link chooseStoryPoints} holds those), and each source's id, date and last sentence.
 */
export interface StoryPointsJob {
  scores: Float64Array<ArrayBuffer>;
  starts: Uint32Array<ArrayBuffer>;
  statements: Uint8Array<ArrayBuffer>;
  news: Int16Array<ArrayBuffer>;
  /** Each sentence's first and end word id, two numbers a sentence. */
  words: Uint32Array<ArrayBuffer>;
  sources: {
    id: string;
    published: string | null;
    publishedPrecision: ScoredSentence['article']['publishedPrecision'];
  }[];
  /** Where each source's sentences end. */
  ends: Uint32Array<ArrayBuffer>;
}

/** For each story, its chosen points and their candidate supporters (indices of the scored sentences), or null when left to the caller. */
export type StoryPoints = ({ taken: number[]; others: number[][] } | null)[];

/**
 * The {@link StoryPointsJob} of a brief's scored sentences, or null when their word ids are not all
 * ranges of `ids` (words learned here, not by `learnWords` elsewhere) or a sentence's statement is not known.
 * @param scored the scored sentences, each source's together
 * @param ids the learned ids their word ranges are views of
 */
export function storyPointsJob(scored: readonly ScoredSentence[], ids: Uint32Array): StoryPointsJob | null {
  const n = scored.length;
  const job: StoryPointsJob = {
    scores: new Float64Array(n),
    starts: new Uint32Array(n),
    statements: new Uint8Array(n),
    news: new Int16Array(n),
    words: new Uint32Array(2 * n),
    sources: [],
    ends: new Uint32Array(n),
  };
  let sources = 0;
  let previous: ScoredSentence['article'] | null = null;
  // where the sentence's array of ids (its article's, a view of `ids`) begins in `ids`
  let array: Uint32Array | null = null;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const s = scored[i] as ScoredSentence;
    if (s.statement === undefined) return null;
    if (s.wordIds !== array) {
      if (s.wordIds.buffer !== ids.buffer) return null;
      array = s.wordIds;
      at = (array.byteOffset - ids.byteOffset) / 4;
    }
    if (s.article !== previous) {
      if (previous !== null) job.ends[sources++] = i;
      previous = s.article;
      const { id, published, publishedPrecision } = s.article;
      job.sources.push({ id, published, publishedPrecision });
    }
    job.scores[i] = s.score;
    job.starts[i] = s.start;
    job.statements[i] = s.statement ? 1 : 0;
    job.news[i] = s.news ?? NO_NEWS;
    job.words[2 * i] = at + s.wordsFrom;
    job.words[2 * i + 1] = at + s.wordsTo;
  }
  if (previous !== null) job.ends[sources++] = n;
  job.ends = job.ends.slice(0, sources);
  return job;
}

/** A scored sentence as the job gives it back: no text, its place among the scored sentences. */
interface JobSentence extends PointSentence {
  at: number;
}

/**
 * Chooses each story's key points and their candidate supporters as `storiesOf` would
 * ({@link choosePoints}, {@link supportCandidates}), from a {@link StoryPointsJob}, in another thread, say:
 * `storiesOf` then only judges the candidates' figures and dates, which read their text. A story with a
 * sentence whose news code was not found (whose text would be read) is left to it (null).
 * @param job the scored sentences' job
 * @param ids the learned ids the job's word ranges point into
 * @param groups the stories' groups
 * @returns for each group, the indices of its points and of their candidates among the scored sentences
 */
export function chooseStoryPoints(
  job: StoryPointsJob,
  ids: Uint32Array,
  groups: readonly StoryGroup[],
): StoryPoints {
  const bySource = new Map<string, JobSentence[]>();
  let from = 0;
  job.sources.forEach((source, k) => {
    const to = job.ends[k] as number;
    const sentences: JobSentence[] = [];
    for (let i = from; i < to; i++) {
      const news = job.news[i] as number;
      const s: JobSentence = {
        text: '',
        start: job.starts[i] as number,
        score: job.scores[i] as number,
        statement: job.statements[i] === 1,
        article: source,
        wordIds: ids,
        wordsFrom: job.words[2 * i] as number,
        wordsTo: job.words[2 * i + 1] as number,
        at: i,
      };
      if (news !== NO_NEWS) s.news = news;
      sentences.push(s);
    }
    bySource.set(source.id, sentences);
    from = to;
  });
  return groups.map((g) => {
    const sentences = g.sourceIds.flatMap((id) => bySource.get(id) ?? []);
    if (sentences.some((s) => s.news === undefined)) return null;
    const taken = choosePoints(sentences, STORY_POINTS);
    return {
      taken: taken.map((s) => s.at),
      others: supportCandidates(taken, sentences).map((list) => list.map((s) => s.at)),
    };
  });
}
