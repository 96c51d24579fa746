import fs from 'node:fs';
import path from 'node:path';

/**
 * The shared datasets folder: `BRIEF_DATASETS`, else `../shared/datasets` beside the repository.
 * @param sub a dataset folder under it (`claims`, `newsmtsc-dev`)
 * @returns its absolute path
 * @throws {Error} when the folder is missing
 */
export function datasetDir(sub: string): string {
  const repo = path.resolve(import.meta.dirname, '../../..');
  const dir = path.join(process.env.BRIEF_DATASETS ?? path.resolve(repo, '../shared/datasets'), sub);
  if (!fs.existsSync(dir))
    throw new Error(`no dataset at ${dir}: set BRIEF_DATASETS to the shared datasets folder`);
  return dir;
}

/**
 * Reads a JSON Lines file.
 * @param file its path
 * @returns one value per non-empty line
 */
export function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}
