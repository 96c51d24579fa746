import { type Diagnostic, formatDiagnostic } from '@briefing/model';

/** How the run talks: progress and findings on stderr, results on stdout. */
export interface Reporter {
  /** A stage of a brief begins (progress). */
  stage(brief: string, stage: string): void;
  /**
   * Findings about the inputs, printed in one write: a large corpus gives thousands (10,000 bench pages
   * printed 16,000 lines one write each: 0.25 s of the main thread after the analysis).
   */
  diagnostics(ds: readonly Diagnostic[]): void;
  /** A line of information. */
  info(line: string): void;
  /** An error that fails a brief or the run. */
  error(line: string): void;
  /** A file was written: its path goes to stdout. */
  wrote(file: string): void;
}

/** Choices for {@link createReporter}. */
export interface ReporterOptions {
  quiet: boolean;
  /** --strict: warnings fail the run, so they are printed even with --quiet. */
  strict: boolean;
  /** --json: stdout is kept for the summary. */
  json: boolean;
  /** A person is watching (a TTY, not CI): progress and colour. */
  interactive: boolean;
  color: boolean;
}

/**
 * Makes the reporter for a run: colour and a live status line on a terminal, plain one-line log
 * entries in CI (`CI=true` or no TTY), nothing but errors with `--quiet` (and warnings, with `--strict`).
 * @param options how to report
 * @param out stdout writer
 * @param err stderr writer
 */
export function createReporter(
  options: ReporterOptions,
  out: (s: string) => void,
  err: (s: string) => void,
): Reporter {
  const paint = (code: number, s: string) => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  let status = false;
  const clear = () => {
    if (status) err('\r\x1b[2K');
    status = false;
  };
  const line = (s: string) => {
    clear();
    err(`${s}\n`);
  };
  return {
    stage(brief, stage) {
      if (options.quiet) return;
      if (options.interactive) {
        clear();
        err(`${paint(36, '›')} ${brief}: ${stage}…`);
        status = true;
      } else line(`brief ${brief}: ${stage}`);
    },
    diagnostics(ds) {
      const lines: string[] = [];
      for (const d of ds) {
        if (options.quiet && !(d.severity === 'error' || (options.strict && d.severity === 'warning')))
          continue;
        if (d.severity === 'info' && !options.interactive) continue;
        const text = formatDiagnostic(d);
        lines.push(
          d.severity === 'error'
            ? paint(31, text)
            : d.severity === 'warning'
              ? paint(33, text)
              : paint(2, text),
        );
      }
      if (lines.length > 0) line(lines.join('\n'));
    },
    info(s) {
      if (!options.quiet) line(s);
    },
    error(s) {
      line(paint(31, `error: ${s}`));
    },
    wrote(file) {
      clear();
      if (!options.json && !options.quiet) out(`${file}\n`);
    },
  };
}
