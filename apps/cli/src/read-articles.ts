import fs from 'node:fs';
import type { Article, Diagnostic } from '@briefing/model';
import { parseArticle } from '@briefing/parser';

// apart from read-corpus.ts, which `brief build` loads: this one loads the readers of HTML and Markdown
// (`parseArticle`), which a build loads only when it parses such a file (see parse-corpus.ts)

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
