import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Reads a file of this package's `data/` folder, from the package itself or, when this code has been
 * bundled into a program (the `brief` CLI), through the package's `./data/*` export.
 * @param name the file name under `data/`
 * @returns its bytes
 * @throws {Error} when the file is in neither place
 */
export function readDataFile(name: string): Buffer {
  const beside = new URL(`../data/${name}`, import.meta.url);
  if (beside.protocol === 'file:' && existsSync(beside)) return readFileSync(beside);
  return readFileSync(fileURLToPath(import.meta.resolve(`@briefing/model/data/${name}`)));
}
