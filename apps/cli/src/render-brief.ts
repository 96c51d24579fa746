import type { Briefing } from '@briefing/model';
import type { Printer, Theme } from '@briefing/render';
import type { Format } from './config.js';
import type { BriefJob } from './plan.js';

/** Runs one stage of a brief, reporting it and recording how long it took. */
export type Timed = <T>(stage: string, fn: () => T | Promise<T>) => Promise<T>;

/**
 * Turns a briefing into the content of each of the brief's formats, in memory: nothing is written
 * until every format is ready, so that a failure leaves the brief's previous files whole.
 * @param job the brief (formats, theme, paper)
 * @param briefing its model
 * @param timed runs and times a stage (`render`, `launch browser`, `print`)
 * @param printer gives the run's printer (asked for only when a PDF is wanted)
 * @param theme the brief's theme, when already loaded (else it is loaded here, from `job.template`)
 * @returns format → content, in the order json, html, pdf
 * @throws {TemplateError} `E_TEMPLATE` for a theme mistake; {BrowserError} `E_BROWSER` when printing fails
 */
export async function renderBrief(
  job: BriefJob,
  briefing: Briefing,
  timed: Timed,
  printer: () => Promise<Printer>,
  theme?: Theme,
): Promise<Map<Format, string | Uint8Array>> {
  const files = new Map<Format, string | Uint8Array>();
  if (job.formats.includes('json')) files.set('json', `${JSON.stringify(briefing, null, 2)}\n`);
  if (!job.formats.includes('html') && !job.formats.includes('pdf')) return files;
  // loaded only here: a JSON-only build never reads the templates' and the browser's code (handlebars,
  // puppeteer: ≈0.1 s of loading before its parse could start)
  const { loadTheme, renderHtml, renderPdf } = await import('@briefing/render');
  theme ??= loadTheme(job.template);
  const html = await timed('render', () => renderHtml(briefing, { theme }));
  if (job.formats.includes('html')) files.set('html', html);
  if (job.formats.includes('pdf')) {
    const ready = await timed('launch browser', printer);
    const options = { format: job.paper, theme };
    files.set('pdf', await timed('print', () => renderPdf(ready, briefing, html, options)));
  }
  return files;
}
