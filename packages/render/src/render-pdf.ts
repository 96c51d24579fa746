import type { Briefing } from '@briefing/model';
import { finalizePdf } from './finalize-pdf.js';
import type { Printer } from './printer.js';
import type { RenderOptions } from './render-html.js';
import { renderPageMargins } from './render-page-margins.js';

/** Options for {@link renderPdf}: the paper, and the theme whose page header and footer to print. */
export interface RenderPdfOptions extends RenderOptions {
  /** Paper size (default A4). */
  format?: 'A4' | 'Letter';
}

/**
 * Prints a briefing's HTML to a finished PDF: the theme's running header and footer
 * (`partials/page-header.hbs`, `page-footer.hbs`), outline, tags, and metadata (Title, Author,
 * Subject, Keywords, dates from `generatedAt`).
 * @param printer an open printer
 * @param briefing the briefing (for metadata, header and footer)
 * @param html its rendered page
 * @param options paper size, theme
 * @returns the PDF bytes
 * @throws {BriefingError} `E_TEMPLATE` for a mistake in the header or footer, `E_BROWSER` when it
 *   cannot be printed
 */
export async function renderPdf(
  printer: Printer,
  briefing: Briefing,
  html: string,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  const { format, ...theme } = options;
  const margins = renderPageMargins(briefing, theme);
  const raw = await printer.pdf(html, { ...margins, ...(format ? { format } : {}) });
  const outlets = [...new Set(briefing.sources.map((s) => s.outlet).filter((o): o is string => o !== null))];
  return finalizePdf(raw, {
    title: briefing.title,
    author: outlets.length ? `Briefing from ${outlets.join(', ')}` : 'Briefing',
    subject: briefing.subtitle ?? `Policy brief on ${briefing.sources.length} sources`,
    keywords: briefing.actors.slice(0, 10).map((a) => a.name),
    date: new Date(briefing.generatedAt),
    source: `${html}${margins.headerTemplate}${margins.footerTemplate}`,
  });
}
