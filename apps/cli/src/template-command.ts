import { ejectTheme, TemplateError } from '@briefing/render';
import { UsageError } from './errors.js';

/**
 * `brief template eject [dir]`: copies the default theme into a folder, prints the files written.
 * @param dir the destination
 * @param out stdout writer
 * @param err stderr writer
 * @throws {UsageError} `E_USAGE` when the folder already holds a theme file
 */
export function ejectCommand(dir: string, out: (s: string) => void, err: (s: string) => void): void {
  let files: string[];
  try {
    files = ejectTheme(dir);
  } catch (error) {
    if (error instanceof TemplateError && error.code === 'E_THEME_EXISTS')
      throw new UsageError(error.message, { cause: error });
    throw error;
  }
  for (const file of files) out(`${file}\n`);
  err(`edit the files, then build with --template ${dir} (or "template": "${dir}" in the config)\n`);
}
