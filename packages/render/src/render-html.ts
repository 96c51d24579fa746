import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Briefing } from '@briefing/model';
import Handlebars from 'handlebars';
import { checkTemplate } from './check-template.js';
import { describeParseError } from './describe-parse-error.js';
import { TemplateError } from './errors.js';
import { registerHelpers } from './helpers.js';
import { defaultThemeDir, loadTheme, type Theme, type ThemeFile } from './theme.js';

/** Options for {@link renderHtml}. */
export interface RenderOptions {
  /** A user's theme folder; files it lacks come from the default theme. */
  templateDir?: string;
  /** An already loaded theme (wins over `templateDir`). */
  theme?: Theme;
}

/**
 * Renders a briefing to one self-contained HTML page. Templates run in Handlebars strict mode: a
 * missing field or partial is an error naming the template file and line, never empty text. Article
 * text reaches the page only as escaped data.
 * @param briefing the briefing model (the template context)
 * @param options the theme to use
 * @returns the HTML text
 * @throws {TemplateError} `E_TEMPLATE` for a template mistake, with file and line
 */
export function renderHtml(briefing: Briefing, options: RenderOptions = {}): string {
  const theme = options.theme ?? loadTheme(options.templateDir);
  const hbs = Handlebars.create();
  registerHelpers(hbs, briefing);
  const names = new Set(theme.partials.keys());
  for (const [name, partial] of theme.partials) hbs.registerPartial(name, compile(hbs, partial, names));
  const layout = compile(hbs, theme.layout, names);
  try {
    return withPolicy(layout({ ...briefing, css: theme.css.source }));
  } catch (error) {
    throw asTemplateError(error, theme.layout);
  }
}

/** What the page may load: inline styles and `data:` URLs, as the printer (which aborts the rest). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const POLICY_META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;

/**
 * The page with the default layout's Content-Security-Policy `<meta>`, put first in its `<head>` when
 * the theme's layout lacks it: opened in a browser, the HTML then loads and runs what the PDF does,
 * nothing remote and no script, whatever the theme (a layout without it loaded a remote image the PDF
 * did not show). A theme's own policy stays, and can only narrow this one (a browser applies both).
 * @param html the rendered page
 */
function withPolicy(html: string): string {
  if (html.includes(POLICY_META)) return html;
  const at = /<head\b[^>]*>/i.exec(html) ?? /<html\b[^>]*>/i.exec(html) ?? /<!doctype[^>]*>/i.exec(html);
  const i = at ? at.index + at[0].length : 0;
  return `${html.slice(0, i)}${at ? '\n' : ''}${POLICY_META}${at ? '' : '\n'}${html.slice(i)}`;
}

/**
 * Compiles one theme file in strict mode (or takes its precompiled form), so that a mistake in it,
 * when compiled or run, is an error naming the file and line. A file that is not precompiled is
 * checked first ({@link checkTemplate}): a misspelt field or a missing partial fails even where the
 * day's briefing leaves it unread.
 * @param hbs the Handlebars instance with the helpers and partials
 * @param t the template file
 * @param partials the names of the theme's partials
 * @returns the template function
 * @throws {TemplateError} `E_TEMPLATE` for a parse error
 */
export function compile(
  hbs: typeof Handlebars,
  t: ThemeFile,
  partials: ReadonlySet<string>,
): Handlebars.TemplateDelegate {
  let fn: Handlebars.TemplateDelegate;
  try {
    const spec = precompiled().get(createHash('sha256').update(t.source).digest('hex'));
    if (!spec) checkTemplate(hbs, t, partials);
    fn = spec ? hbs.template(spec) : hbs.compile(t.source, { strict: true, noEscape: false });
  } catch (error) {
    throw asTemplateError(error, t);
  }
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return fn(context, options);
    } catch (error) {
      throw asTemplateError(error, t);
    }
  };
}

/** What `Handlebars.precompile` gives (the type is not exported by handlebars' declarations). */
type TemplateSpec = Parameters<typeof Handlebars.template>[0];

let specs: Map<string, TemplateSpec> | undefined;

/**
 * The default theme's templates as `pnpm build` precompiled them (scripts/precompile-theme.mjs), by
 * the hash of their source; empty when they were not built (tests run from src/ compile them).
 */
function precompiled(): Map<string, TemplateSpec> {
  if (specs) return specs;
  specs = new Map();
  try {
    const file = path.join(defaultThemeDir, '..', 'dist', 'precompiled-theme.cjs');
    const entries = createRequire(import.meta.url)(file) as Record<
      string,
      { sha: string; spec: TemplateSpec }
    >;
    for (const { sha, spec } of Object.values(entries)) specs.set(sha, spec);
  } catch {
    // not built: every template is compiled when used
  }
  return specs;
}

function asTemplateError(error: unknown, t: ThemeFile): TemplateError {
  if (error instanceof TemplateError) return error;
  const e = error as Error & { lineNumber?: number; column?: number };
  const raw = e.message ?? String(error);
  const parse = describeParseError(raw, t.source);
  if (parse) return new TemplateError(`${t.file}:${parse}`, { cause: error });
  const line =
    e.lineNumber ??
    Number(/Parse error on line (\d+)/.exec(raw)?.[1] ?? /- (\d+):\d+$/.exec(raw)?.[1] ?? Number.NaN);
  const column = e.column ?? Number(/- \d+:(\d+)$/.exec(raw)?.[1] ?? Number.NaN);
  const where = Number.isFinite(line)
    ? `${t.file}:${line}${Number.isFinite(column) ? `:${column + 1}` : ''}`
    : t.file;
  const reason = raw
    .replace(/ - \d+:\d+$/, '')
    .replace(/ in \[object Object\]/, '')
    .split('\n')[0];
  return new TemplateError(`${where}: ${reason}`, { cause: error });
}
