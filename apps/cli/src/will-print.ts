import type { Command, Option } from 'commander';

/**
 * Reads a command line with the program's own option list, as commander will, to tell early — before
 * the rest of the program is loaded — whether it is a build that will print a PDF on a browser of its
 * own: `build` (or no command), no `--help`/`--version`, no `--browser-ws-endpoint`, and `pdf` among
 * `--format` if given. (A config that turns PDFs off cannot be known this early: the browser is then
 * stopped unused.)
 * @param program the program (its commands and options, no action is run)
 * @param argv the arguments after the program name
 * @returns `{ chrome }` (the `--chrome` value, if any) when it will print, else null
 */
export function buildWillPrint(program: Command, argv: readonly string[]): { chrome?: string } | null {
  const optionsOf = (cmd: Command): readonly Option[] => cmd.createHelp().visibleOptions(cmd);
  const build = program.commands.find((c) => c.name() === 'build');
  if (build === undefined) return null;
  let command: Command | undefined;
  const values = new Map<string, string | boolean>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') {
      // the first word names the command; `build` takes no other word (commander refuses it)
      if (command !== undefined) return null;
      command = program.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
      if (command !== build) return null;
      continue;
    }
    const at = arg.indexOf('=');
    const flag = at < 0 ? arg : arg.slice(0, at);
    const option = [...optionsOf(command ?? build), ...optionsOf(program)].find(
      (o) => o.long === flag || o.short === flag,
    );
    if (option === undefined) continue; // commander reports it
    const takesValue = option.required || option.optional;
    values.set(option.attributeName(), takesValue ? (at < 0 ? (argv[++i] ?? '') : arg.slice(at + 1)) : true);
  }
  if (['help', 'version', 'browserWsEndpoint'].some((name) => values.has(name))) return null;
  const format = values.get('format');
  if (typeof format === 'string' && !format.split(',').some((f) => f.trim() === 'pdf')) return null;
  const chrome = values.get('chrome');
  return typeof chrome === 'string' ? { chrome } : {};
}
