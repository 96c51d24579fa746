import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { TemplateError } from './errors.js';
import { inlineThemeCss } from './inline-theme-css.js';

/**
 * The folder of the default theme: `layout.hbs`, `partials/*.hbs` (among them `page-header.hbs` and
 * `page-footer.hbs`, the PDF's running header and footer), `style.css`, and `fonts/`. Found through the
 * package's name rather than this file's place, so that it is also found from a bundle of the CLI.
 */
export const defaultThemeDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@briefing/render/package.json')),
  'templates',
);

/**
 * A theme's sources: the layout, the partials by name, and the CSS, each with the file it came from.
 * The CSS is self-contained: the files it imports and the fonts and images it points to are inlined.
 */
export interface Theme {
  layout: ThemeFile;
  partials: Map<string, ThemeFile>;
  css: ThemeFile;
}

/** One file of a theme: its text and the path to name in messages. */
export interface ThemeFile {
  file: string;
  source: string;
}

/**
 * Loads a theme: every file the user's folder has, the default theme's file for every one it lacks.
 * Only regular files inside the folder are read (no `..`, no symlink leaving it).
 * @param dir the user's theme folder, or undefined for the default theme
 * @returns the theme
 * @throws {TemplateError} `E_TEMPLATE` when the folder does not exist or a file escapes it
 */
export function loadTheme(dir?: string): Theme {
  const base = readThemeDir(defaultThemeDir);
  if (dir === undefined) return { ...base, css: inlineCss(base.css, [base]) };
  if (!fs.existsSync(dir)) throw new TemplateError(`theme folder ${dir} does not exist`);
  if (!fs.statSync(dir).isDirectory()) {
    throw new TemplateError(`theme folder ${dir} is a file, not a folder`);
  }
  const own = readThemeDir(dir);
  // a file the CSS names (a font) comes from the user's theme when it has it, else from the default
  const css = own.css.source ? inlineCss(own.css, [own, base]) : inlineCss(base.css, [base]);
  return {
    layout: own.layout.source ? own.layout : base.layout,
    css,
    partials: new Map([...base.partials, ...own.partials]),
  };
}

/**
 * The most a theme's template (`layout.hbs`, a partial) may weigh: the largest of the default theme
 * is 3.5 kB. A template's text is printed into every brief: 1 MB of it printed as 679 A4 pages in
 * 45 s, close to the 60 s print limit (22 MB went past it: 124 s when a timed-out print was retried).
 * An image belongs in `style.css`, which embeds it from its file.
 */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/**
 * The most `{{…}}` tags a theme's template may hold: the whole default theme has fewer than 500 (495 in session 100). Handlebars
 * parses a tag twice (the check, the compile) and compiles it to some 360 bytes of JavaScript: 5,000
 * tags took about 2 s, 105,000 (1 MB of `{{title}}`) 31 s and 2.2 GB of memory, and 200,000 ran
 * out of Node's 4 GB, taking every brief of the run with it.
 */
export const MAX_TEMPLATE_TAGS = 5000;

/**
 * Refuses a template too big to compile or print in reasonable time, before Handlebars reads it.
 * @param file the template, to name
 * @param bytes its size
 * @param source its text, once read
 */
function checkTemplateSize(file: string, bytes: number, source = ''): void {
  if (bytes > MAX_TEMPLATE_BYTES) {
    throw new TemplateError(
      `${file} is ${(bytes / 1024 / 1024).toFixed(1)} MB; a theme's template may be at most 1 MB (its text is printed into every brief: 1 MB of text prints as some 680 pages, near the 60 s print limit; put an image in style.css, which embeds it from its file)`,
    );
  }
  let tags = 0;
  for (let i = source.indexOf('{{'); i >= 0; i = source.indexOf('{{', i + 2)) tags++;
  if (tags > MAX_TEMPLATE_TAGS) {
    throw new TemplateError(
      `${file} has ${tags.toLocaleString('en')} {{…}} tags; a theme's template may have at most ${MAX_TEMPLATE_TAGS.toLocaleString('en')} (the whole default theme has fewer than 500; compiling 100,000 takes half a minute and gigabytes of memory)`,
    );
  }
}

/** A theme folder as read: its files, and a reader for any other file in it (null when it lacks it). */
interface ThemeDir extends Theme {
  read: (rel: string) => Buffer | null;
}

function inlineCss(css: ThemeFile, dirs: ThemeDir[]): ThemeFile {
  const read = (rel: string) => {
    for (const d of dirs) {
      const data = d.read(rel);
      if (data !== null) return data;
    }
    return null;
  };
  return { file: css.file, source: inlineThemeCss(css.source, 'style.css', read, css.file) };
}

function readThemeDir(dir: string): ThemeDir {
  const root = fs.realpathSync(dir);
  const readBytes = (rel: string): Buffer | null => {
    const file = path.join(dir, rel);
    if (!fs.existsSync(file)) return null;
    const real = fs.realpathSync(file);
    if (!real.startsWith(root + path.sep) || !fs.statSync(real).isFile()) {
      throw new TemplateError(`${file} points outside the theme folder ${dir}`);
    }
    return fs.readFileSync(real);
  };
  const read = (rel: string): ThemeFile => {
    const file = path.join(dir, rel);
    // a template is sized before it is read and counted before Handlebars parses it
    if (rel.endsWith('.hbs'))
      checkTemplateSize(file, fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0);
    const source = readBytes(rel)?.toString('utf8') ?? '';
    if (rel.endsWith('.hbs')) checkTemplateSize(file, 0, source);
    return { file, source };
  };
  const partials = new Map<string, ThemeFile>();
  const partialsDir = path.join(dir, 'partials');
  if (fs.existsSync(partialsDir)) {
    for (const name of fs.readdirSync(partialsDir).sort()) {
      if (name.endsWith('.hbs')) partials.set(name.slice(0, -4), read(path.join('partials', name)));
    }
  }
  return { layout: read('layout.hbs'), css: read('style.css'), partials, read: readBytes };
}

/**
 * Copies the default theme (layout, partials with the PDF's page header and footer, CSS, fonts) into
 * a folder for editing. Refuses to overwrite.
 * @param dir the destination; created if missing
 * @returns the files written
 * @throws {TemplateError} `E_THEME_EXISTS` when a theme file already exists there
 */
export function ejectTheme(dir: string): string[] {
  const files = [
    'layout.hbs',
    'style.css',
    ...fs.readdirSync(path.join(defaultThemeDir, 'partials')).map((p) => path.join('partials', p)),
    ...fs.readdirSync(path.join(defaultThemeDir, 'fonts')).map((p) => path.join('fonts', p)),
  ];
  for (const rel of files) {
    if (fs.existsSync(path.join(dir, rel))) {
      throw new TemplateError(`${path.join(dir, rel)} already exists; eject into an empty folder`, {
        code: 'E_THEME_EXISTS',
      });
    }
  }
  fs.mkdirSync(path.join(dir, 'partials'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'fonts'), { recursive: true });
  return files.map((rel) => {
    fs.copyFileSync(path.join(defaultThemeDir, rel), path.join(dir, rel));
    return path.join(dir, rel);
  });
}
