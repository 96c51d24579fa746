import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { TemplateError } from './errors.js';

/**
 * The folder of the default theme: `layout.hbs`, `partials/*.hbs`, `style.css`. Found through the
 * package's name rather than this file's place, so that it is also found from a bundle of the CLI.
 */
export const defaultThemeDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@briefing/render/package.json')),
  'templates',
);

/** A theme's sources: the layout, the partials by name, and the CSS, each with the file it came from. */
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
  if (dir === undefined) return base;
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new TemplateError(`theme folder ${dir} does not exist`);
  }
  const own = readThemeDir(dir);
  return {
    layout: own.layout.source ? own.layout : base.layout,
    css: own.css.source ? own.css : base.css,
    partials: new Map([...base.partials, ...own.partials]),
  };
}

function readThemeDir(dir: string): Theme {
  const root = fs.realpathSync(dir);
  const read = (rel: string): ThemeFile => {
    const file = path.join(dir, rel);
    if (!fs.existsSync(file)) return { file, source: '' };
    const real = fs.realpathSync(file);
    if (!real.startsWith(root + path.sep) || !fs.statSync(real).isFile()) {
      throw new TemplateError(`${file} points outside the theme folder ${dir}`);
    }
    return { file, source: fs.readFileSync(real, 'utf8') };
  };
  const partials = new Map<string, ThemeFile>();
  const partialsDir = path.join(dir, 'partials');
  if (fs.existsSync(partialsDir)) {
    for (const name of fs.readdirSync(partialsDir).sort()) {
      if (name.endsWith('.hbs')) partials.set(name.slice(0, -4), read(path.join('partials', name)));
    }
  }
  return { layout: read('layout.hbs'), css: read('style.css'), partials };
}

/**
 * Copies the default theme (layout, partials, CSS) into a folder for editing. Refuses to overwrite.
 * @param dir the destination; created if missing
 * @returns the files written
 * @throws {TemplateError} `E_THEME_EXISTS` when a theme file already exists there
 */
export function ejectTheme(dir: string): string[] {
  const files = [
    'layout.hbs',
    'style.css',
    ...fs.readdirSync(path.join(defaultThemeDir, 'partials')).map((p) => path.join('partials', p)),
  ];
  for (const rel of files) {
    if (fs.existsSync(path.join(dir, rel))) {
      throw new TemplateError(`${path.join(dir, rel)} already exists; eject into an empty folder`, {
        code: 'E_THEME_EXISTS',
      });
    }
  }
  fs.mkdirSync(path.join(dir, 'partials'), { recursive: true });
  return files.map((rel) => {
    fs.copyFileSync(path.join(defaultThemeDir, rel), path.join(dir, rel));
    return path.join(dir, rel);
  });
}
