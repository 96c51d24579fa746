import path from 'node:path';
import type { Article, Block, Diagnostic, Result } from '@briefing/model';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { decodeText } from './decode.js';

/** One file to parse: its path (as the user gave it) and its bytes or already-decoded text. */
export interface ParseInput {
  path: string;
  data: Uint8Array | string;
  /** Overrides the id derived from the file name. */
  id?: string;
}

interface Line {
  text: string;
  line: number;
  column: number;
  offset: number;
}

/**
 * Parses one file (`.txt`, `.md`/`.markdown`, `.html`/`.htm`) into an {@link Article}.
 * @param input path and content
 * @returns the article (or null when the file holds none) and the diagnostics found
 */
export function parseArticle(input: ParseInput): Result<Article | null> {
  const diagnostics: Diagnostic[] = [];
  const file = input.path;
  let source: string;
  if (typeof input.data === 'string') source = input.data;
  else {
    const decoded = decodeText(input.data, file);
    if (!decoded.ok) return { value: null, diagnostics: [decoded.diagnostic] };
    source = decoded.text;
  }
  const ext = path.extname(file).toLowerCase();
  const format =
    ext === '.html' || ext === '.htm' ? 'html' : ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
  let meta: Record<string, unknown> = {};
  let lines: Line[];
  if (format === 'html') {
    const hast = unified().use(rehypeParse).parse(source) as HastRoot;
    const mdast = unified().use(rehypeRemark).runSync(hast) as unknown as MdastRoot;
    meta = htmlMeta(hast);
    lines = mdast.children.flatMap((n) => blockLines(n, source, false));
  } else {
    const mdast = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(source) as MdastRoot;
    const yamlNode = mdast.children.find((n) => n.type === 'yaml');
    if (yamlNode && 'value' in yamlNode) meta = frontMatter(yamlNode.value, file, diagnostics);
    lines = mdast.children.flatMap((n) => blockLines(n, source, format === 'text'));
  }
  const isBody = (l: Line) => l.text.split(/\s+/).length >= 12 && /[.!?"”’)]$/.test(l.text);
  const first = lines.findIndex(isBody);
  if (first === -1) {
    diagnostics.push({
      severity: 'error',
      message: 'no article text found',
      ruleId: 'no-body',
      source: 'parser',
      file,
    });
    return { value: null, diagnostics };
  }
  let last = lines.length - 1;
  while (last > first && !isBody(lines[last] as Line)) last--;
  const body = lines.slice(first, last + 1).filter(isBody);
  let text = '';
  const blocks: Block[] = [];
  for (const l of body) {
    if (text) text += '\n\n';
    blocks.push({
      start: text.length,
      end: text.length + l.text.length,
      position: { line: l.line, column: l.column, offset: l.offset },
    });
    text += l.text;
  }
  const heading = lines
    .slice(0, first)
    .filter((l) => /\p{L}/u.test(l.text) && l.text.split(/\s+/).length >= 4);
  const title = str(meta.title) ?? heading.at(-1)?.text ?? null;
  if (title === null)
    diagnostics.push({
      severity: 'warning',
      message: 'no title found',
      ruleId: 'no-title',
      source: 'parser',
      file,
      line: 1,
      column: 1,
    });
  const published = str(meta.date) ?? str(meta.published) ?? null;
  if (published === null)
    diagnostics.push({
      severity: 'warning',
      message: 'no publication date found',
      ruleId: 'no-date',
      source: 'parser',
      file,
      line: 1,
      column: 1,
    });
  return {
    value: {
      id: input.id ?? slug(file),
      path: file,
      format,
      title,
      subtitle: str(meta.subtitle) ?? null,
      authors: strs(meta.authors ?? meta.author),
      published,
      publishedPrecision: published === null ? null : 'day',
      outlet: str(meta.outlet) ?? str(meta.site) ?? null,
      section: str(meta.section) ?? null,
      tags: strs(meta.tags),
      language: str(meta.language) ?? 'en',
      url: str(meta.url) ?? null,
      text,
      blocks,
    },
    diagnostics,
  };
}

function blockLines(node: RootContent, source: string, splitLines: boolean): Line[] {
  if (node.type === 'yaml') return [];
  const start = node.position?.start;
  const value =
    start && node.position?.end && splitLines
      ? source.slice(start.offset ?? 0, node.position.end.offset)
      : mdastToString(node);
  const out: Line[] = [];
  let offset = start?.offset ?? 0;
  let line = start?.line ?? 1;
  for (const raw of splitLines ? value.split('\n') : value.split(/\n{2,}/)) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, line, column: 1 + raw.length - raw.trimStart().length, offset });
    offset += raw.length + 1;
    line += 1;
  }
  return out;
}

function htmlMeta(hast: HastRoot): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  const visit = (node: HastRoot | HastRoot['children'][number]): void => {
    if (node.type === 'element') {
      const p = node.properties;
      if (node.tagName === 'title' && meta.title === undefined)
        meta.title = node.children
          .map((c) => ('value' in c ? c.value : ''))
          .join('')
          .trim();
      if (node.tagName === 'meta') {
        const key = String(p.property ?? p.name ?? '');
        const content = String(p.content ?? '');
        if (key === 'og:title') meta.title = content;
        if (key === 'og:site_name') meta.outlet = content;
        if (key === 'author') meta.author = content;
        if (key === 'article:published_time') meta.date = content.slice(0, 10);
      }
      if (node.tagName === 'html' && typeof p.lang === 'string') meta.language = p.lang;
    }
    if ('children' in node) for (const c of node.children) visit(c as HastRoot['children'][number]);
  };
  visit(hast);
  return meta;
}

function frontMatter(value: string, file: string, diagnostics: Diagnostic[]): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(value);
    return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch (error) {
    diagnostics.push({
      severity: 'warning',
      message: `front matter is not valid YAML: ${(error as Error).message}`,
      ruleId: 'bad-front-matter',
      source: 'parser',
      file,
      line: 1,
      column: 1,
    });
    return {};
  }
}

const str = (v: unknown): string | undefined =>
  v instanceof Date
    ? v.toISOString().slice(0, 10)
    : typeof v === 'string' && v.trim()
      ? v.trim()
      : typeof v === 'number'
        ? String(v)
        : undefined;
const strs = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map(str).filter((s): s is string => s !== undefined)
    : str(v)
      ? [str(v) as string]
      : [];

/**
 * Derives an article id from a file path: the base name without extension, in kebab-case.
 * @param file the path
 * @returns a non-empty id
 */
export function slug(file: string): string {
  const base = path.basename(file, path.extname(file)).normalize('NFKD').toLowerCase();
  return base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
}
