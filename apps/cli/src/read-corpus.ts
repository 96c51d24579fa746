import fs from 'node:fs';
import path from 'node:path';

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
