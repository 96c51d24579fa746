import path from 'node:path';
import type { Article, Block, DatePrecision, Diagnostic, Result } from '@briefing/model';
import { decodeText } from './decode.js';
import { extractHtml } from './extract-html.js';
import { extractText } from './extract-text.js';
import type { Extraction } from './extraction.js';

/** One file to parse: its path (as the user gave it) and its bytes or already-decoded text. */
export interface ParseInput {
  path: string;
  data: Uint8Array | string;
  /** Overrides the id derived from the file name. */
  id?: string;
  /** Largest input read, in bytes (default {@link MAX_INPUT_BYTES}); larger files are refused. */
  maxBytes?: number;
}

/** Files larger than this (8 MiB) are refused: no article is that long, and parsing them costs seconds. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * Parses one file (`.txt`, `.md`/`.markdown`, `.html`/`.htm`) into an {@link Article}.
 * @param input path and content
 * @returns the article (or null when the file holds none) and the diagnostics found
 */
export function parseArticle(input: ParseInput): Result<Article | null> {
  const file = input.path;
  const size = typeof input.data === 'string' ? input.data.length : input.data.byteLength;
  const limit = input.maxBytes ?? MAX_INPUT_BYTES;
  if (size > limit) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      value: null,
      diagnostics: [
        {
          severity: 'error',
          message: `file is too large to be an article (${mb(size)}, limit ${mb(limit)})`,
          ruleId: 'too-large',
          source: 'parser',
          file,
        },
      ],
    };
  }
  let source: string;
  if (typeof input.data === 'string') source = input.data;
  else {
    const decoded = decodeText(input.data, file);
    if (!decoded.ok) return { value: null, diagnostics: [decoded.diagnostic] };
    source = decoded.text;
  }
  const format = formatOf(file);
  let extraction: Extraction;
  try {
    extraction =
      format === 'html' ? extractHtml(source, file) : extractText(source, file, format === 'markdown');
  } catch (error) {
    const reason =
      error instanceof RangeError
        ? 'the markup is nested too deeply to read'
        : error instanceof Error
          ? error.message
          : String(error);
    return {
      value: null,
      diagnostics: [
        {
          severity: 'error',
          message: `could not parse ${format}: ${reason}`,
          ruleId: 'parse-failed',
          source: 'parser',
          file,
        },
      ],
    };
  }
  const diagnostics: Diagnostic[] = [...extraction.diagnostics];
  const note = (severity: Diagnostic['severity'], ruleId: string, message: string, line = 1, column = 1) =>
    diagnostics.push({ severity, message, ruleId, source: 'parser', file, line, column });
  if (extraction.blocks.length === 0) {
    note('error', 'no-body', 'no article text found');
    return { value: null, diagnostics };
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
    meta.title = titleFromFileName(file);
    const lead = extraction.blocks[0] as Extraction['blocks'][number];
    note(
      'warning',
      'no-title',
      `no headline found above the body; the title "${meta.title}" is made from the file name`,
      lead.line,
      lead.column,
    );
  }
  if (meta.published === undefined) note('warning', 'no-date', 'no publication date found');
  return {
    value: {
      id: input.id ?? slug(file),
      path: file,
      format,
      title: meta.title ?? null,
      subtitle: meta.subtitle ?? null,
      authors: meta.authors ?? [],
      published: meta.published ?? null,
      publishedPrecision: meta.published === undefined ? null : precisionOf(meta.published),
      outlet: meta.outlet ?? null,
      section: meta.section ?? null,
      tags: meta.tags ?? [],
      language: meta.language ?? 'en',
      url: meta.url ?? null,
      text,
      blocks,
    },
    diagnostics,
  };
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
  const base = path.basename(file, path.extname(file)).normalize('NFKD').toLowerCase();
  return base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
}
