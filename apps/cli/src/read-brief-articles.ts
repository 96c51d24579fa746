import { type AnalysedArticle, type Article, type Diagnostic, dropDuplicates } from '@briefing/model';
import { withUrls } from './brief-changes.js';
import { InputError } from './errors.js';
import { filterByDate } from './filter-by-date.js';
import { parseCorpus } from './parse-corpus.js';
import type { BriefJob } from './plan.js';
import { ARTICLE_EXTENSIONS } from './read-corpus.js';

/** The articles a brief is built from, each with its per-article analysis, and the findings met on the way. */
export interface BriefArticles {
  articles: Article[];
  analysed: AnalysedArticle[];
  diagnostics: Diagnostic[];
  /** The `digestOf` each of the job's files, in order, for `hashInputs`. */
  digests: string[];
}

/**
 * Gets the articles of a brief: reads, parses and analyses its source files one by one in worker
 * threads (archived web pages get their URL), keeps those in its date window, and drops duplicates (the
 * same article reached twice: the earliest stays). This is the seam where other kinds of sources join
 * the brief's articles.
 * @param job the brief
 * @param progress called as files are parsed, with the count so far and the total
 * @returns the articles (at least one), their analyses and every finding
 * @throws {InputError} `E_INPUT` when no article is left, saying why: sources that do not exist, sources
 *   holding no article files, each file's own reason, or a date window that leaves nothing
 */
export async function readBriefArticles(
  job: BriefJob,
  progress?: (parsed: number, total: number) => void,
): Promise<BriefArticles> {
  if (job.files.length === 0) throw new InputError(noFiles(job));
  const { analysed, diagnostics, signatures, digests } = await parseCorpus(job.files, {
    ...(progress ? { progress } : {}),
    analyse: { packs: job.packs, aliases: job.aliases },
  });
  if (analysed.length === 0) {
    const reasons = diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.file ?? '?'}: ${d.message}`);
    throw new InputError(`no article could be read from its sources:\n  ${reasons.join('\n  ')}`);
  }
  // withUrls keeps the order and sets only `url` and `id`, which the per-article analysis does not read
  // (the signatures stay under the id the parse gave, the file's name)
  const parsedId = new Map(analysed.map((x) => [x.article.path, x.article.id]));
  const articles = withUrls(
    analysed.map((x) => x.article),
    job.urls,
  );
  const analysisOf = new Map(articles.map((a, i) => [a, (analysed[i] as AnalysedArticle).analysis]));
  const dated = filterByDate(articles, job, diagnostics);
  const { kept, diagnostics: duplicates } = dropDuplicates(dated, (a) =>
    signatures.get(parsedId.get(a.path) ?? a.id),
  );
  diagnostics.push(...duplicates);
  if (kept.length === 0) {
    const window = [job.since && `since ${job.since}`, job.until && `until ${job.until}`].filter(Boolean);
    throw new InputError(`none of its ${articles.length} article(s) was published ${window.join(' and ')}`);
  }
  const keptAnalysed = kept.map((article) => ({
    article,
    analysis: analysisOf.get(article) as AnalysedArticle['analysis'],
  }));
  return { articles: kept, analysed: keptAnalysed, diagnostics, digests };
}

function noFiles(job: BriefJob): string {
  if (job.missing.length > 0) return `no article files: ${job.missing.join('; ')}`;
  return `no article files (${ARTICLE_EXTENSIONS.join(', ')}) in its sources`;
}
