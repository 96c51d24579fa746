import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import type { FoundMeta } from './extraction.js';
import { report } from './messages.js';

/**
 * Reads Markdown front matter (YAML) into metadata fields; a field stated there overrides any found
 * in the text. Unknown fields are ignored; invalid YAML is a warning.
 * @param value the YAML text
 * @param file the file being parsed, which gets the findings
 * @returns the metadata stated
 */
export function readFrontMatter(value: string, file: VFile): FoundMeta {
  let data: unknown;
  try {
    data = parseYaml(value, { maxAliasCount: 100 });
  } catch (error) {
    const reason = `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`;
    report(file, 'warning', 'bad-front-matter', reason, { line: 2, column: 1 });
    return {};
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const m = data as Record<string, unknown>;
  const meta: FoundMeta = {};
  const set = <K extends keyof FoundMeta>(key: K, v: FoundMeta[K] | undefined) => {
    if (v !== undefined) meta[key] = v;
  };
  set('title', str(m.title));
  set('subtitle', str(m.subtitle) ?? str(m.description));
  const authors = strs(m.authors ?? m.author);
  if (authors.length) meta.authors = authors;
  set('published', date(m.date ?? m.published));
  set('outlet', str(m.outlet) ?? str(m.site) ?? str(m.source));
  set('section', str(m.section));
  const tags = strs(m.tags);
  if (tags.length) meta.tags = tags;
  set('language', str(m.language) ?? str(m.lang));
  set('url', str(m.url));
  return meta;
}

function date(v: unknown): string | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  return m ? m[0] : undefined;
}

const str = (v: unknown): string | undefined =>
  v instanceof Date
    ? Number.isNaN(v.getTime())
      ? undefined
      : v.toISOString().slice(0, 10)
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
