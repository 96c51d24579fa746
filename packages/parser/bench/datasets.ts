import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the extraction datasets: `BRIEF_DATASETS`, else `../shared/datasets` beside the repository.
 * @throws when the folder does not exist
 */
export function datasetsDir(): string {
  const repo = fileURLToPath(new URL('../../..', import.meta.url));
  const dir = process.env.BRIEF_DATASETS ?? path.resolve(repo, '../shared/datasets');
  if (!fs.existsSync(dir)) {
    throw new Error(
      `no datasets at ${dir}: set BRIEF_DATASETS to the folder holding zyte-dev/ and readability-pages/`,
    );
  }
  return dir;
}

/**
 * Lists the files of one zyte-dev format, sorted.
 * @param format `html` or `text`
 */
export function zyteFiles(format: 'html' | 'text'): string[] {
  return datasetFiles('zyte-dev', format);
}

/**
 * Lists the files of one format of a dataset with `html/` and `text/` folders, sorted.
 * @param set the dataset's folder name (`zyte-dev`, `trafilatura-eval`)
 * @param format `html` or `text`
 */
export function datasetFiles(set: string, format: 'html' | 'text'): string[] {
  const dir = path.join(datasetsDir(), set, format);
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f));
}
