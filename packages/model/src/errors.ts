/**
 * The base of every error Briefing's packages throw when an API is misused or an invariant breaks: a
 * stable `code`, a message saying what was expected and what came, and the original `cause` when there
 * is one. Each package throws its own subclasses (model: {@link CitationError}; render: browser and
 * template errors; the CLI: usage, config, input and output errors), so a caller can tell them apart
 * with `instanceof` or by `code`. Findings about an input are vfile-style messages, not errors.
 */
export class BriefingError<Code extends string = string> extends Error {
  /** Stable code, such as `E_CITATION`. */
  readonly code: Code;

  /**
   * @param code stable error code
   * @param message what was expected and what came
   * @param options `cause`: the underlying error
   */
  constructor(code: Code, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A citation that is not verbatim from its source (a bug in the analysis, never silent). */
export class CitationError extends BriefingError<'E_CITATION'> {
  /**
   * @param message which citation and where
   * @param options `cause`: the underlying error
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_CITATION', message, options);
  }
}

/** A knowledge pack that does not exist or does not match the pack schema (the message names the file). */
export class PackError extends BriefingError<'E_PACK'> {
  /**
   * @param message which pack or file, and every problem in it
   * @param options `cause`: the underlying error
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_PACK', message, options);
  }
}

/** A shipped model or data file that cannot be read as what it should be (a broken install). */
export class ModelFileError extends BriefingError<'E_MODEL_FILE'> {
  /**
   * @param message which file and what was expected
   * @param options `cause`: the underlying error
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_MODEL_FILE', message, options);
  }
}
