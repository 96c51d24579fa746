import path from 'node:path';
import { BriefingError } from '@briefing/model';

/** The `data:` media type of each kind of file a theme's CSS may point to. */
const MEDIA_TYPES: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/** `@import "x.css";` or `@import url(x.css);`, and any `url(...)`, quoted or not. */
const IMPORT = /@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1\s*\)?\s*;/g;
const URL = /url\(\s*(["']?)([^"')]+?)\1\s*\)/g;

/**
 * Makes a theme's CSS self-contained, as the page's Content-Security-Policy requires (inline styles
 * and `data:` URLs only): each `@import` of a CSS file of the theme is replaced by that file's text,
 * and each relative `url(...)` (a font, an image) by a `data:` URL of the file. Paths are taken from
 * the folder of the CSS file that names them, inside the theme; URLs with a scheme, protocol-relative
 * URLs and fragments are left alone (the policy blocks the first two).
 * @param css the text of the CSS file
 * @param rel the path of that file inside the theme (`style.css`)
 * @param read reads a file of the theme by its path inside the theme, or gives null when it has none
 * @param file the CSS file's full path, to name in messages
 * @returns the CSS with nothing left to fetch
 * @throws {BriefingError} `E_TEMPLATE` when a named file is missing or of a kind it cannot embed
 */
export function inlineThemeCss(
  css: string,
  rel: string,
  read: (rel: string) => Buffer | null,
  file: string,
  seen: ReadonlySet<string> = new Set([rel]),
): string {
  const resolve = (ref: string) => path.posix.normalize(path.posix.join(path.posix.dirname(rel), ref));
  const load = (ref: string, target: string) => {
    if (target.startsWith('../') || path.posix.isAbsolute(target))
      throw new BriefingError('E_TEMPLATE', `${file}: "${ref}" points outside the theme folder`);
    const data = read(target);
    if (data === null) throw new BriefingError('E_TEMPLATE', `${file}: "${ref}" is not a file of the theme`);
    return data;
  };
  const local = (ref: string) => !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref);
  return css
    .replace(IMPORT, (whole, _q: string, ref: string) => {
      if (!local(ref)) return whole;
      const target = resolve(ref);
      if (seen.has(target)) throw new BriefingError('E_TEMPLATE', `${file}: "${ref}" imports itself`);
      const text = load(ref, target).toString('utf8');
      return inlineThemeCss(text, target, read, `${file} → ${target}`, new Set([...seen, target]));
    })
    .replace(URL, (whole, _q: string, ref: string) => {
      if (!local(ref)) return whole;
      const type = MEDIA_TYPES[path.posix.extname(ref).toLowerCase()];
      if (!type)
        throw new BriefingError('E_TEMPLATE', `${file}: cannot embed "${ref}" (not a font or image)`);
      return `url("data:${type};base64,${load(ref, resolve(ref)).toString('base64')}")`;
    });
}
