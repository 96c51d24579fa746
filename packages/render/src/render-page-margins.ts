import type { Briefing } from '@briefing/model';
import Handlebars from 'handlebars';
import { registerHelpers } from './helpers.js';
import { compile, type RenderOptions } from './render-html.js';
import { loadTheme } from './theme.js';

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

/** The PDF's running header and footer as Chromium's header and footer templates. */
export interface PageMargins {
  /** HTML printed at the top of every page ('' for none). */
  headerTemplate: string;
  /** HTML printed at the bottom of every page ('' for none). */
  footerTemplate: string;
}

/**
 * Renders a theme's `partials/page-header.hbs` and `partials/page-footer.hbs` with the briefing as
 * context, in strict mode like the page. Chromium prints each as a document of its own, which does
 * not see the page's fonts: `fontFaces` holds the `@font-face` rules of the theme's CSS for the font
 * families the template names, for a `<style>` of the template. A theme drops either by leaving the file empty.
 * @param briefing the briefing (the template context)
 * @param options the theme to use
 * @returns the header and footer templates
 * @throws {TemplateError} `E_TEMPLATE` for a template mistake, with file and line
 */
export function renderPageMargins(briefing: Briefing, options: RenderOptions = {}): PageMargins {
  const theme = options.theme ?? loadTheme(options.templateDir);
  const hbs = Handlebars.create();
  registerHelpers(hbs, briefing);
  const names = new Set(theme.partials.keys());
  for (const [name, partial] of theme.partials) hbs.registerPartial(name, compile(hbs, partial, names));
  const faces = theme.css.source.match(FONT_FACE) ?? [];
  const render = (name: string) => {
    const partial = theme.partials.get(name);
    if (!partial?.source.trim()) return '';
    // Chromium loads the faces of a header anew for each page: only those of the families it names
    // (printing the fixture's 7 pages took 0.25 s longer with all six faces than with none)
    const used = faces.filter((face) =>
      partial.source.includes(/font-family:\s*["']?([^"';]+)/.exec(face)?.[1] ?? '\0'),
    );
    return compile(hbs, partial, names)({ ...briefing, fontFaces: used.join('\n') }).trim();
  };
  return { headerTemplate: render('page-header'), footerTemplate: render('page-footer') };
}
