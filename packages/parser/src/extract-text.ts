import type { Diagnostic } from '@briefing/model';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { BodyBlock, Extraction, FoundMeta } from './extraction.js';

/**
 * Finds the article in a text scrape (`.txt`) or Markdown note (`.md`) through remark-parse.
 * @param source the decoded file
 * @param file the path, for messages
 * @param markdown true for Markdown (blocks are mdast blocks), false for text (every line is a block)
 * @returns body blocks, metadata (front matter included) and findings
 */
export function extractText(source: string, file: string, markdown: boolean): Extraction {
  const diagnostics: Diagnostic[] = [];
  const mdast = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(source) as MdastRoot;
  let meta: FoundMeta = {};
  const yamlNode = mdast.children.find((n) => n.type === 'yaml');
  if (yamlNode && 'value' in yamlNode) meta = frontMatter(yamlNode.value, file, diagnostics);
  const lines = mdast.children.flatMap((n) => blockLines(n, source, !markdown));
  const isBody = (l: BodyBlock) => l.text.split(/\s+/).length >= 12 && /[.!?"”’)]$/.test(l.text);
  const first = lines.findIndex(isBody);
  if (first === -1) return { blocks: [], meta, diagnostics };
  let last = lines.length - 1;
  while (last > first && !isBody(lines[last] as BodyBlock)) last--;
  const heading = lines
    .slice(0, first)
    .filter((l) => /\p{L}/u.test(l.text) && l.text.split(/\s+/).length >= 4);
  const title = heading.at(-1)?.text;
  return {
    blocks: lines.slice(first, last + 1).filter(isBody),
    meta: { ...(title === undefined ? {} : { title }), ...meta },
    diagnostics,
  };
}

function blockLines(node: RootContent, source: string, splitLines: boolean): BodyBlock[] {
  if (node.type === 'yaml') return [];
  const start = node.position?.start;
  const value =
    start && node.position?.end && splitLines
      ? source.slice(start.offset ?? 0, node.position.end.offset)
      : mdastToString(node);
  const out: BodyBlock[] = [];
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

function frontMatter(value: string, file: string, diagnostics: Diagnostic[]): FoundMeta {
  let data: unknown;
  try {
    data = parseYaml(value);
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
  if (data === null || typeof data !== 'object') return {};
  const m = data as Record<string, unknown>;
  const meta: FoundMeta = {};
  const set = <K extends keyof FoundMeta>(key: K, v: FoundMeta[K] | undefined) => {
    if (v !== undefined) meta[key] = v;
  };
  set('title', str(m.title));
  set('subtitle', str(m.subtitle));
  const authors = strs(m.authors ?? m.author);
  if (authors.length) meta.authors = authors;
  set('published', str(m.date) ?? str(m.published));
  set('outlet', str(m.outlet) ?? str(m.site));
  set('section', str(m.section));
  const tags = strs(m.tags);
  if (tags.length) meta.tags = tags;
  set('language', str(m.language) ?? str(m.lang));
  set('url', str(m.url));
  return meta;
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
