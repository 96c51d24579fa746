import path from 'node:path';
import {
  type Article,
  type Block,
  BriefingError,
  type DatePrecision,
  kebabCase,
  type Result,
} from '@briefing/model';
import { VFile } from 'vfile';
import { siteNameWithoutSections, withoutBylineFurniture } from './byline-furniture.js';
import { decodeText } from './decode.js';
import { extractText, type MarkdownReader } from './extract-text.js';
import type { Extraction, FoundMeta } from './extraction.js';
import { inferPublished } from './infer-published.js';
import { report, toDiagnostic } from './messages.js';
import { timeOfStamp } from './published-time.js';

/** One file to parse: its path (as the user gave it) and its bytes or already-decoded text. */
export interface ParseInput {
  path: string;
  data: Uint8Array | string;
  /** Overrides the id derived from the file name. */
  id?: string;
  /** Largest input read, in bytes (default {@link MAX_INPUT_BYTES}); larger files are refused. */
  maxBytes?: number;
}

/** What {@link parseArticle} returns: the article, the findings as diagnostics, and the vfile. */
export interface ParseResult extends Result<Article | null> {
  /** The file as unified sees it: `messages` holds the findings (for vfile-reporter and friends). */
  file: VFile;
}

/** Files larger than this (8 MiB) are refused: no article is that long, and parsing them costs seconds. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * The readers of marked-up files: saved HTML pages' (`extractHtml`, with an HTML parser) and Markdown
 * notes' (`markdownLines`, with remark). A text scrape needs neither, so a thread that reads only text
 * scrapes does not load their libraries (a third of the parser's code): see {@link loadMarkupReaders}.
 */
export interface MarkupReaders {
  html: (source: string, file: VFile) => Extraction;
  markdown: MarkdownReader;
}

/**
 * Loads the readers of marked-up files (see {@link MarkupReaders}) the first time it is called.
 * @returns the readers
 */
export async function loadMarkupReaders(): Promise<MarkupReaders> {
  return (await import('./markup-readers.js')).markupReaders;
}

/**
 * `parseArticle` with the readers of marked-up files given, or none for a thread that reads only text
 * scrapes: the same article, findings and vfile.
 * @param input path and content
 * @param markup the readers of HTML and Markdown, or null when the file is a text scrape
 * @returns the article (or null), the findings as diagnostics, and the vfile carrying them
 * @throws {MarkupReadersError} when `markup` is null and the file is HTML or Markdown
 */
export function parseArticleWith(input: ParseInput, markup: MarkupReaders | null): ParseResult {
  if (markup === null && formatOf(input.path) !== 'text')
    throw new MarkupReadersError(
      `${input.path} is ${formatOf(input.path)}: parsing it needs the readers of markup, and none were given`,
    );
  const file = new VFile({ path: input.path });
  const done = (value: Article | null): ParseResult => ({
    value,
    diagnostics: file.messages.map(toDiagnostic),
    file,
  });
  const size = typeof input.data === 'string' ? input.data.length : input.data.byteLength;
  const limit = input.maxBytes ?? MAX_INPUT_BYTES;
  if (size > limit) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    report(
      file,
      'error',
      'too-large',
      `file is too large to be an article (${mb(size)}, limit ${mb(limit)})`,
    );
    return done(null);
  }
  let source: string;
  if (typeof input.data === 'string') source = input.data;
  else {
    const decoded = decodeText(input.data, { html: formatOf(input.path) === 'html' });
    if (!decoded.ok) {
      report(file, 'error', decoded.ruleId, decoded.reason);
      return done(null);
    }
    source = decoded.text;
  }
  file.value = source;
  const format = formatOf(input.path);
  let extraction: Extraction;
  try {
    extraction =
      format === 'html'
        ? (markup as MarkupReaders).html(source, file)
        : extractText(source, file, format === 'markdown' && (markup as MarkupReaders).markdown);
  } catch (error) {
    const reason =
      error instanceof RangeError
        ? 'the markup is nested too deeply to read'
        : error instanceof Error
          ? error.message
          : String(error);
    report(file, 'error', 'parse-failed', `could not parse ${format}: ${reason}`);
    return done(null);
  }
  if (extraction.blocks.length === 0) {
    report(file, 'error', 'no-body', 'no article text found', { line: 1, column: 1 });
    return done(null);
  }
  let text = '';
  const blocks: Block[] = [];
  for (const b of extraction.blocks) {
    if (text) text += '\n\n';
    blocks.push({
      start: text.length,
      end: text.length + b.text.length,
      position: { line: b.line, column: b.column, offset: b.offset },
    });
    text += b.text;
  }
  const { meta } = extraction;
  if (meta.title === undefined) {
    meta.title = titleFromFileName(input.path);
    const lead = extraction.blocks[0] as Extraction['blocks'][number];
    const reason = `no headline found above the body; the title "${meta.title}" is made from the file name`;
    report(file, 'warning', 'no-title', reason, { line: lead.line, column: lead.column });
  }
  if (meta.published !== undefined && !isPublicationDate(meta.published)) {
    // a misread, not the day the page came out: a typed "3024", a list's "3/31111", a page's "S. 1089"
    // (one such date had made the brief's latest day a year of 3111, and set 38 sources in it)
    report(
      file,
      'warning',
      'implausible-date',
      `the publication date read (${meta.published}) is not between ${FIRST_YEAR} and ${LAST_YEAR}: taken for a misread, it is not used`,
      { line: 1, column: 1 },
    );
    meta.published = undefined;
    meta.publishedInferred = undefined;
    meta.publishedYearGuessed = undefined;
  }
  // an analyst's note dated only by its name ("2026-03-14-call.md", as journals and static sites name
  // them): its day, stated there on purpose, before any guess from its words; a scrape's or a saved
  // page's name is the saver's, not the page's, and is not read
  if (meta.published === undefined && format === 'markdown') dateFromFileName(input.path, meta);
  if (meta.published === undefined) inferPublished(extraction.blocks, meta, file);
  if (meta.published === undefined)
    report(file, 'warning', 'no-date', 'no publication date found', { line: 1, column: 1 });
  const publishedTime =
    meta.publishedInferred === undefined ? timeOfStamp(meta.publishedStamp, meta.published) : undefined;
  return done({
    id: input.id ?? slug(input.path),
    path: input.path,
    format,
    title: meta.title ?? null,
    subtitle: meta.subtitle ?? null,
    // page furniture read as a name: a form's label, a stamp's word, the site itself or a company
    authors: withoutBylineFurniture(meta.authors ?? [], meta.url),
    published: meta.published ?? null,
    publishedPrecision: meta.published === undefined ? null : precisionOf(meta.published),
    publishedInferred: meta.published === undefined ? null : (meta.publishedInferred ?? null),
    ...(meta.published !== undefined && meta.publishedInferred && meta.publishedYearGuessed
      ? { publishedYearGuessed: true }
      : {}),
    // the time of day a stamp of the article's day states, not one of an inferred day (fixture
    // html-published-time)
    ...(publishedTime === undefined ? {} : { publishedTime }),
    outlet: meta.outlet === undefined ? null : siteNameWithoutSections(meta.outlet),
    section: meta.section ?? null,
    tags: meta.tags ?? [],
    language: meta.language ?? 'en',
    url: meta.url ?? null,
    text,
    blocks,
  });
}

/**
 * Tells the input format from a file's extension.
 * @param file the path
 * @returns `html`, `markdown`, or `text` for anything else
 */
export function formatOf(file: string): Article['format'] {
  const ext = path.extname(file).toLowerCase();
  return ext === '.html' || ext === '.htm'
    ? 'html'
    : ext === '.md' || ext === '.markdown'
      ? 'markdown'
      : 'text';
}

/** A file name that opens on an ISO day: "2026-03-14-call", "2026-03-14 call", "2026-03-14". */
const FILE_NAME_DAY = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;

function dateFromFileName(file: string, meta: FoundMeta): void {
  const name = path.basename(file);
  const m = FILE_NAME_DAY.exec(name);
  if (!m) return;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  const month = Number(m[2]);
  const date = Number(m[3]);
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || date < 1 || date > last || !isPublicationDate(day)) return;
  meta.published = day;
  meta.publishedInferred = `its file name dates it ("${name}")`;
}

function titleFromFileName(file: string): string {
  const words = path
    .basename(file, path.extname(file))
    .replace(/[-_.]+/g, ' ')
    .trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Untitled';
}

function precisionOf(date: string): DatePrecision {
  if (date.startsWith('--')) return 'month-day';
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/**
 * Derives an article id from a file path: the base name without extension, in kebab-case.
 * @param file the path
 * @returns a non-empty id
 */
export function slug(file: string): string {
  return kebabCase(path.basename(file, path.extname(file))) || 'article';
}

/** `parseArticleWith` asked to parse HTML or Markdown without the readers of markup. */
export class MarkupReadersError extends BriefingError<'E_MARKUP_READERS'> {
  /**
   * @param message which file and what was missing
   */
  constructor(message: string) {
    super('E_MARKUP_READERS', message);
  }
}

/** The first and last years a page's publication date may fall in: the years `yearsMentioned` reads. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;

/**
 * Whether a date read as a page's can be its date of publication: in {@link FIRST_YEAR}–{@link LAST_YEAR},
 * or without a year (`--MM-DD`, a day and month the brief places later).
 * @param date the date read (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `--MM-DD`)
 */
function isPublicationDate(date: string): boolean {
  if (!/^\d{4}/.test(date)) return true;
  const year = Number(date.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}
