import { type Article, type Diagnostic, dropDuplicates } from '@briefing/model';
import { withUrls } from './brief-changes.js';
import { InputError } from './errors.js';
import { filterByDate } from './filter-by-date.js';
import type { BriefJob } from './plan.js';
import { ARTICLE_EXTENSIONS, readArticles } from './read-corpus.js';

/** The articles a brief is built from, and the findings met on the way. */
export interface BriefArticles {
  articles: Article[];
  diagnostics: Diagnostic[];
}

/**
 * Gets the articles of a brief: reads its source files (archived web pages get their URL), keeps those
 * in its date window, and drops duplicates (the same article reached twice: the earliest stays). This
 * is the seam where other kinds of sources join the brief's articles.
 * @param job the brief
 * @returns the articles (at least one) and every finding
 * @throws {InputError} `E_INPUT` when no article is left, saying why: sources that do not exist, sources
 *   holding no article files, each file's own reason, or a date window that leaves nothing
 */
export function readBriefArticles(job: BriefJob): BriefArticles {
  if (job.files.length === 0) throw new InputError(noFiles(job));
  const { articles, diagnostics } = readArticles(job.files);
  if (articles.length === 0) {
    const reasons = diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.file ?? '?'}: ${d.message}`);
    throw new InputError(`no article could be read from its sources:\n  ${reasons.join('\n  ')}`);
  }
  const dated = filterByDate(withUrls(articles, job.urls), job, diagnostics);
  const { kept, diagnostics: duplicates } = dropDuplicates(dated);
  diagnostics.push(...duplicates);
  if (kept.length === 0) {
    const window = [job.since && `since ${job.since}`, job.until && `until ${job.until}`].filter(Boolean);
    throw new InputError(`none of its ${articles.length} article(s) was published ${window.join(' and ')}`);
  }
  return { articles: kept, diagnostics };
}

function noFiles(job: BriefJob): string {
  if (job.missing.length > 0) return `no article files: ${job.missing.join('; ')}`;
  return `no article files (${ARTICLE_EXTENSIONS.join(', ')}) in its sources`;
}
