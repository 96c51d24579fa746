import fs from 'node:fs';
import path from 'node:path';
import type { Article, Diagnostic } from '@briefing/model';
import { parseArticle } from '@briefing/parser';

/** File extensions read as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/**
 * Lists the article files in a folder (not recursing into dot-folders), sorted by path.
 * @param dir the corpus folder
 * @returns the file paths, joined to `dir`
 */
export function listCorpus(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((p) => !p.split(path.sep).some((part) => part.startsWith('.') && part.length > 1))
    .sort();
}

/**
 * Reads and parses files into articles; a file that cannot be read or holds no article becomes a
 * diagnostic naming it, and the others go on. Ids are made unique.
 * @param files the paths
 * @returns the articles and all diagnostics
 */
export function readArticles(files: readonly string[]): { articles: Article[]; diagnostics: Diagnostic[] } {
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      diagnostics.push({
        severity: 'error',
        message: `cannot read file (${reason})`,
        ruleId: 'unreadable',
        source: 'cli',
        file,
      });
      continue;
    }
    const result = parseArticle({ path: file, data });
    diagnostics.push(...result.diagnostics);
    if (result.value === null) continue;
    let id = result.value.id;
    for (let n = 2; seen.has(id); n++) id = `${result.value.id}-${n}`;
    seen.add(id);
    articles.push({ ...result.value, id });
  }
  return { articles, diagnostics };
}
