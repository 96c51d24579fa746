import type { Diagnostic } from '@briefing/model';
import { type DefaultTreeAdapterMap, parse, parseFragment, type Token } from 'parse5';
import type { Theme, ThemeFile } from './theme.js';

/**
 * Elements that load what an attribute names, and those attributes. `<link>` loads only for the
 * `rel`s in {@link LOADING_RELS}; `<input>` only as `type="image"`.
 */
const LOADERS: Record<string, string[]> = {
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  link: ['href'],
  iframe: ['src'],
  frame: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  image: ['href', 'xlink:href'],
  input: ['src'],
};

/** The `rel`s of a `<link>` that make the browser fetch its `href`. */
const LOADING_RELS =
  /(^|\s)(stylesheet|icon|apple-touch-icon|mask-icon|preload|modulepreload|prefetch|manifest)(\s|$)/i;

/** Stands for a `{{…}}` in the masked text: an address built from a field is no `data:` URL either. */
const FIELD = '\u0001';

/**
 * The template's text with what is not HTML blanked out, offsets and lines kept: Handlebars comments
 * and HTML comments as spaces, every other `{{…}}` as {@link FIELD}.
 */
function mask(source: string): string {
  const blank = (s: string, c: string) => s.replace(/[^\n]/g, c);
  return source
    .replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|<!--[\s\S]*?-->/g, (s) => blank(s, ' '))
    .replace(/\{\{[\s\S]*?\}\}\}?/g, (s) => blank(s, FIELD));
}

/** The elements of a parsed template, depth first, in the order of the text. */
function* elementsOf(node: DefaultTreeAdapterMap['parentNode']): Generator<DefaultTreeAdapterMap['element']> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elementsOf(
      child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child,
    );
  }
}

/** An attribute's name as written, with its prefix (`xlink:href`). */
const attrName = (a: Token.Attribute) => (a.prefix ? `${a.prefix}:${a.name}` : a.name);

/** Whether the page loads an address: a `data:` URL, or a fragment of itself. */
const loads = (value: string) => /^\s*(data:|#)/i.test(value) || value.trim() === '';

/** What is wrong with an address the page will not load, in words. */
function why(value: string, original: string, tag = ''): string {
  if (/^\s*(https?:)?\/\//i.test(value))
    return 'nothing remote is fetched (the PDF is printed offline, the HTML page allows data: URLs only)';
  if (value.includes(FIELD))
    return `${original} comes from a field and is no data: URL, the only kind the page loads`;
  const instead =
    tag === 'link'
      ? `@import "${value.trim()}" in style.css`
      : `name it in style.css, url(${value.trim()}), or write a data: URL`;
  return `a template's files are not embedded, only style.css's imports and url()s; ${instead}`;
}

/**
 * Finds what a theme's templates name that the page will never load or run, for the author to hear of
 * it rather than find a broken image in the PDF: an `<img>`, `<script>`, stylesheet `<link>`,
 * `<iframe>`, … whose address is not a `data:` URL (relative to the theme: only `style.css`'s
 * `url()`s are embedded; remote: nothing is fetched), any `<script>` (the PDF is printed with
 * JavaScript off and the page's Content-Security-Policy runs none), and a `url()` in a template's own
 * `style` (not embedded). The default theme has none.
 * @param theme the loaded theme
 * @returns warnings naming file, line and column (`render:theme-not-loaded`)
 */
export function themeWarnings(theme: Theme): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const t of [theme.layout, ...theme.partials.values()]) found.push(...fileWarnings(t));
  return found;
}

function fileWarnings(t: ThemeFile): Diagnostic[] {
  const text = mask(t.source);
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const found: Diagnostic[] = [];
  const warn = (offset: number, message: string) => {
    let line = 0;
    while (line + 1 < starts.length && (starts[line + 1] ?? 0) <= offset) line++;
    found.push({
      severity: 'warning',
      message,
      ruleId: 'theme-not-loaded',
      source: 'render',
      file: t.file,
      line: line + 1,
      column: offset - (starts[line] ?? 0) + 1,
    });
  };
  const shown = (offset: number, length: number) => {
    const s = t.source.slice(offset, offset + length).replace(/\s+/g, ' ');
    return s.length > 60 ? `${s.slice(0, 59)}…` : s;
  };
  // parse5 reads the tags as a browser does (quotes, comments, raw text, SVG's own elements), with
  // where each start tag stands; a layout is a document, a partial a fragment of one
  const tree = /<html[\s>]|<!doctype/i.test(text)
    ? parse(text, { sourceCodeLocationInfo: true })
    : parseFragment(text, { sourceCodeLocationInfo: true });
  for (const el of elementsOf(tree)) {
    const tag = el.tagName;
    const names = LOADERS[tag];
    const place = el.sourceCodeLocation?.startTag;
    if (!names || !place) continue;
    const attribute = (name: string) => el.attrs.find((a) => attrName(a) === name)?.value;
    if (tag === 'link' && !LOADING_RELS.test(attribute('rel') ?? '')) continue;
    if (tag === 'input' && attribute('type')?.toLowerCase() !== 'image') continue;
    const at = place.startOffset;
    const length = place.endOffset - at;
    if (tag === 'script') {
      warn(
        at,
        `${shown(at, length)} will not run: the PDF is printed with JavaScript off, and the HTML page's Content-Security-Policy runs no script`,
      );
      continue;
    }
    for (const name of names) {
      const value = attribute(name);
      if (value === undefined) continue;
      const addresses =
        name === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
      const bad = addresses.find((a) => !loads(a));
      if (bad === undefined) continue;
      warn(at, `${shown(at, length)} will not load: ${why(bad, `its ${name}`, tag)}`);
      break;
    }
  }
  for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) {
    const value = m[2] ?? '';
    if (loads(value)) continue;
    warn(
      m.index ?? 0,
      `${shown(m.index ?? 0, m[0].length)} in a template will not load: ${why(value, 'its address')}`,
    );
  }
  return found;
}
