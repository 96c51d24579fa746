import { BriefingError } from '@briefing/model';

/** A bad option or argument on the command line (exit 2). */
export class UsageError extends BriefingError<'E_USAGE'> {
  /**
   * @param message the option, what was expected and what came
   * @param options `cause`: the underlying error
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_USAGE', message, options);
  }
}

/** A config file that cannot be read or is invalid; the message lists every problem by path (exit 2). */
export class ConfigError extends BriefingError<'E_CONFIG'> {
  /**
   * @param message one line per problem, `file: path: problem`
   * @param options `cause`: the underlying error
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_CONFIG', message, options);
  }
}

/** An output folder Briefing must not write into (exit 2). */
export class OutputError extends BriefingError<'E_OUTPUT'> {
  /**
   * @param message the folder and why
   * @param options `cause`: the underlying error
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_OUTPUT', message, options);
  }
}

/** A brief whose sources give no article to build from: it fails, the others go on (exit 1). */
export class InputError extends BriefingError<'E_INPUT'> {
  /**
   * @param message which sources and why each gave nothing
   * @param options `cause`: the underlying error
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_INPUT', message, options);
  }
}

/**
 * The exit code for an error that ended a command: 2 for usage, config (a bad knowledge pack too) and
 * output-folder errors,
 * 1 for anything else.
 * @param error what was thrown
 */
export function exitCodeOf(error: unknown): 1 | 2 {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'E_USAGE' || code === 'E_CONFIG' || code === 'E_PACK' || code === 'E_OUTPUT' ? 2 : 1;
}
