import { readArticles } from './read-articles.js';

/**
 * Prints one JSON array with a record per readable file.
 * @returns the exit code: 0 all files read, 1 some failed
 */
export function runExtract(
  files: string[],
  out: (text: string) => void,
  log: (line: string) => void,
): number {
  const { articles, diagnostics } = readArticles(files);
  for (const d of diagnostics) log(`${d.file ?? ''}: ${d.severity}: ${d.message}`);
  const records = articles.map((a) => ({
    path: a.path,
    title: a.title,
    subtitle: a.subtitle,
    authors: a.authors,
    published: a.published,
    publishedPrecision: a.publishedPrecision,
    publishedInferred: a.publishedInferred ?? null,
    ...(a.publishedYearGuessed ? { publishedYearGuessed: true } : {}),
    ...(a.publishedTime ? { publishedTime: a.publishedTime } : {}),
    outlet: a.outlet,
    section: a.section,
    tags: a.tags,
    language: a.language,
    url: a.url,
    text: a.text,
  }));
  out(`${JSON.stringify(records, null, 2)}\n`);
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
