import fs from 'node:fs';
import path from 'node:path';

/**
 * One field of trafilatura-eval's `metadata.json` (`title`, `date`, ...) for the pages that give it,
 * by page name, sorted.
 * @param dir the dataset's folder
 * @param field the field
 * @param keep which values count (default: any non-empty string)
 */
export function trafilaturaField(
  dir: string,
  field: string,
  keep: (value: string) => boolean = (v) => v !== '',
): Map<string, string> {
  const metadata = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  const given = Object.keys(metadata)
    .filter((name) => {
      const value = metadata[name]?.[field];
      return typeof value === 'string' && keep(value);
    })
    .sort();
  return new Map(given.map((name) => [name, metadata[name]?.[field] as string]));
}
