import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file whole or not at all: to a temporary name in the same folder, then renamed.
 * @param file the destination
 * @param data the content
 */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
