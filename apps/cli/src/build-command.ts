import fs from 'node:fs';
import path from 'node:path';
import { buildBriefing, type Diagnostic, formatDiagnostic } from '@briefing/model';
import { Printer, renderHtml, renderPdf } from '@briefing/render';
import { listCorpus, readArticles } from './read-corpus.js';
import { writeAtomic } from './write-atomic.js';

/** Options of `brief build`. */
export interface BuildOptions {
  corpus: string;
  out: string;
  formats: string[];
  chrome?: string;
  browserWSEndpoint?: string;
  template?: string;
  paper?: 'A4' | 'Letter';
  title?: string;
}

/**
 * Builds one brief from a corpus folder and writes the requested formats.
 * @returns the process exit code: 0 written, 1 some input failed, 2 nothing could be built
 */
export async function runBuild(options: BuildOptions, log: (line: string) => void): Promise<number> {
  const files = listCorpus(options.corpus);
  const { articles, diagnostics } = readArticles(files);
  for (const d of diagnostics) log(formatDiagnostic(d));
  if (articles.length === 0) {
    log(`error: no article could be read from ${options.corpus}`);
    return 1;
  }
  const id = path.basename(path.resolve(options.corpus)) || 'brief';
  const { value: briefing, diagnostics: modelDiagnostics } = buildBriefing(articles, {
    id,
    ...(options.title === undefined ? {} : { title: options.title }),
  });
  for (const d of modelDiagnostics) log(formatDiagnostic(d));
  fs.mkdirSync(options.out, { recursive: true });
  const written: string[] = [];
  const target = (ext: string) => path.join(options.out, `${id}.${ext}`);
  if (options.formats.includes('json')) {
    writeAtomic(target('json'), `${JSON.stringify(briefing, null, 2)}\n`);
    written.push(target('json'));
  }
  const html = renderHtml(briefing, options.template === undefined ? {} : { templateDir: options.template });
  if (options.formats.includes('html')) {
    writeAtomic(target('html'), html);
    written.push(target('html'));
  }
  if (options.formats.includes('pdf')) {
    const printer = await Printer.open({
      ...(options.chrome === undefined ? {} : { chrome: options.chrome }),
      ...(options.browserWSEndpoint === undefined ? {} : { browserWSEndpoint: options.browserWSEndpoint }),
    });
    try {
      writeAtomic(target('pdf'), await renderPdf(printer, briefing, html, { format: options.paper ?? 'A4' }));
      written.push(target('pdf'));
    } finally {
      await printer.close();
    }
  }
  for (const file of written) log(file);
  return hasErrors(diagnostics) ? 1 : 0;
}

function hasErrors(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
