import fs from 'node:fs';
import path from 'node:path';

// apart from config.ts, which loads the schemas: the program's entry looks for a config before loading them

/** File names looked for in the working folder, in order. */
export const CONFIG_NAMES = ['briefing.config.json', 'briefing.config.yaml', 'briefing.config.yml'];

/**
 * The config file a run reads: the given one, else the first of {@link CONFIG_NAMES} in `cwd`.
 * @param explicit `--config FILE`
 * @param cwd the working folder
 * @returns its path, or undefined when there is none
 */
export function findConfigFile(explicit: string | undefined, cwd: string): string | undefined {
  return explicit
    ? path.resolve(cwd, explicit)
    : CONFIG_NAMES.map((n) => path.join(cwd, n)).find((f) => fs.existsSync(f));
}
