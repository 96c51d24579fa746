import type { Briefing } from '@briefing/model';
import { finalizePdf } from './finalize-pdf.js';
import type { PdfOptions, Printer } from './printer.js';

/**
 * Prints a briefing's HTML to a finished PDF: running header, page numbers, outline, tags, and
 * metadata (Title, Author, Subject, Keywords, dates from `generatedAt`).
 * @param printer an open printer
 * @param briefing the briefing (for metadata)
 * @param html its rendered page
 * @param options paper size
 * @returns the PDF bytes
 */
export async function renderPdf(
  printer: Printer,
  briefing: Briefing,
  html: string,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  const raw = await printer.pdf(html, { header: briefing.title, ...options });
  const outlets = [...new Set(briefing.sources.map((s) => s.outlet).filter((o): o is string => o !== null))];
  return finalizePdf(raw, {
    title: briefing.title,
    author: outlets.length ? `Briefing from ${outlets.join(', ')}` : 'Briefing',
    subject: briefing.subtitle ?? `Policy brief on ${briefing.sources.length} sources`,
    keywords: briefing.actors.slice(0, 10).map((a) => a.name),
    date: new Date(briefing.generatedAt),
    source: html,
  });
}
