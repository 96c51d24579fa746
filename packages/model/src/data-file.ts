import { readFileSync } from 'node:fs';
import { modelFile } from './model-files.js';

/**
 * Reads a file of this package's `data/` folder, found through the package's name (see
 * {@link modelFile}), so also from a bundle of the `brief` CLI.
 * @param name the file name under `data/`
 * @returns its bytes
 * @throws {Error} when the file is not there (a broken install)
 */
export function readDataFile(name: string): Buffer {
  return readFileSync(modelFile(`data/${name}`));
}
