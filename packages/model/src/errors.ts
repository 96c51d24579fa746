/** Stable codes of the errors Briefing throws when an API is misused or an invariant breaks. */
export type BriefingErrorCode =
  | 'E_USAGE'
  | 'E_CONFIG'
  | 'E_INPUT'
  | 'E_CITATION'
  | 'E_TEMPLATE'
  | 'E_BROWSER'
  | 'E_OUTPUT'
  | 'E_INTERRUPTED';

/**
 * The error Briefing throws: a stable `code`, a message saying what was expected and what came,
 * and the original `cause` when there is one.
 */
export class BriefingError extends Error {
  readonly code: BriefingErrorCode;

  /**
   * @param code stable error code
   * @param message what was expected and what came
   * @param options `cause`: the underlying error
   */
  constructor(code: BriefingErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BriefingError';
    this.code = code;
  }
}
