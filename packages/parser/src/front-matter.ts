import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import type { FoundMeta } from './extraction.js';
import { report } from './messages.js';

/**
 * Reads Markdown front matter (YAML) into metadata fields; a field stated there overrides any found
 * in the text. Unknown fields are ignored. Front matter that is not valid YAML is a warning, and is
 * read as one `key: value` a line: a title with a colon of its own (`title: Measles: cases rise`) is
 * the commonest slip, and a brief without the source's date and outlet serves the reader worse.
 * @param value the YAML text
 * @param file the file being parsed, which gets the findings
 * @returns the metadata stated
 */
export function readFrontMatter(value: string, file: VFile): FoundMeta {
  let data: unknown;
  try {
    data = parseYaml(value, { maxAliasCount: 100 });
  } catch (error) {
    const first = ((error as Error).message.split('\n')[0] as string).replace(/:$/, '');
    const reason = `front matter is not valid YAML (${first}); read as one "key: value" a line`;
    report(file, 'warning', 'bad-front-matter', reason, { line: 2, column: 1 });
    data = plainFields(value);
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
  // its time of day, when it states one (`date: 2026-03-04T18:30:00Z`): read with the day it is of
  set('publishedStamp', str(m.date ?? m.published));
  // a note's `source:` is often the page it was taken from, a web address: that is its url, not an outlet
  // (the brief had listed "https://…" as the note's outlet)
  const source = str(m.source);
  const sourceUrl = source !== undefined && WEB_ADDRESS.test(source) ? source : undefined;
  set('outlet', str(m.outlet) ?? str(m.site) ?? (sourceUrl ? undefined : source));
  set('section', str(m.section));
  const tags = strs(m.tags);
  if (tags.length) meta.tags = tags;
  set('language', str(m.language) ?? str(m.lang));
  set('url', str(m.url) ?? sourceUrl);
  return meta;
}

/** A value that is one web address and nothing else. */
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/**
 * Front matter read as one `key: value` a line, the value everything after the first colon (outer quotes
 * dropped), and `- item` lines under a key with no value as its list; other lines are skipped.
 */
function plainFields(value: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let list: string[] | null = null;
  for (const line of value.split(/\r?\n/)) {
    const item = /^\s*-\s+(.+)$/.exec(line);
    if (item && list) {
      list.push(unquote(item[1] as string));
      continue;
    }
    const field = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    list = null;
    if (!field) continue;
    const key = (field[1] as string).toLowerCase();
    const rest = (field[2] as string).trim();
    if (rest === '') out[key] = list = [];
    else out[key] = unquote(rest);
  }
  return out;
}

const unquote = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, '$2');

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
