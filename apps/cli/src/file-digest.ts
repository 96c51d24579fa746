import { createHash } from 'node:crypto';
import fs from 'node:fs';

/**
 * The SHA-256 of a source file's bytes, as `hashInputs` counts the file: computed where the file is
 * read anyway (the parse workers), so that a build reads each source once.
 * @param data the file's bytes (empty for a file that cannot be read)
 * @returns a hex digest
 */
export function digestOf(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Reads a file and gives {@link digestOf} its bytes; a missing or unreadable file counts as empty.
 * @param file the path
 * @returns a hex digest
 */
export function digestFile(file: string): string {
  try {
    return digestOf(fs.readFileSync(file));
  } catch {
    return digestOf(new Uint8Array(0));
  }
}
