import fs from 'node:fs';
import path from 'node:path';

/**
 * The titles of trafilatura-eval's pages that have one (its `metadata.json`), by page name, sorted.
 * @param dir the dataset's folder
 */
export function trafilaturaTitles(dir: string): Map<string, string> {
  const metadata = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as Record<
    string,
    { title?: string | null }
  >;
  const titled = Object.keys(metadata)
    .filter((name) => typeof metadata[name]?.title === 'string' && metadata[name].title !== '')
    .sort();
  return new Map(titled.map((name) => [name, metadata[name]?.title as string]));
}
