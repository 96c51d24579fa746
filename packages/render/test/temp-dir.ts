import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
// registered once in each test file that imports this module (each file has its own instance)
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
});

/**
 * Makes an empty temporary folder, removed when the tests of the file are done.
 * @param prefix the start of its name
 * @returns its real path
 */
export function tempDir(prefix = 'brief-render-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  made.push(dir);
  return dir;
}
