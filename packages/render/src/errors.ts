import { BriefingError } from '@briefing/model';

/** Chromium is missing, does not start, cannot be reached, or fails or times out while printing. */
export class BrowserError extends BriefingError<'E_BROWSER'> {
  /**
   * @param message what failed and, when known, why
   * @param options `cause`: the underlying error (puppeteer's, the process's)
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super('E_BROWSER', message, options);
  }
}

/**
 * A theme mistake (`E_TEMPLATE`: a missing folder, a file outside it, a Handlebars error with file and
 * line) or a theme that would be overwritten (`E_THEME_EXISTS`, from `ejectTheme`).
 */
export class TemplateError extends BriefingError<'E_TEMPLATE' | 'E_THEME_EXISTS'> {
  /**
   * @param message where (file:line:column when known) and what
   * @param options `code` (default `E_TEMPLATE`); `cause`: Handlebars' own error
   */
  constructor(message: string, options?: { code?: 'E_TEMPLATE' | 'E_THEME_EXISTS'; cause?: unknown }) {
    super(options?.code ?? 'E_TEMPLATE', message, options);
  }
}
