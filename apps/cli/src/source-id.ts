import { createHash } from 'node:crypto';
import { kebabCase } from '@briefing/model';

/** The longest readable part of a web source's id, before its hash. */
const MAX_WORDS = 60;

/**
 * A web page's source id, from its canonical URL rather than the archive file it was read from: the
 * last segment of its path in kebab-case (the host when the path has none) and 8 hex digits of the
 * URL's SHA-256, e.g. `one-page-3fa2c1d0`. The archive file is named after the page's content, so a
 * page corrected under its URL, or fetched again with another body, had got a new id (and anchor) each
 * time; this id stays the same as long as the URL does, and reads as the page it names.
 * @param url the page's canonical URL
 * @returns the id
 */
export function webSourceId(url: string): string {
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 8);
  let words = '';
  try {
    const parsed = new URL(url);
    const segment = parsed.pathname.split('/').filter(Boolean).at(-1) ?? '';
    words = kebabCase(decodeSafely(segment).replace(/\.[a-z0-9]{1,5}$/i, '')) || kebabCase(parsed.hostname);
  } catch {
    words = '';
  }
  words = words.slice(0, MAX_WORDS).replace(/-+$/, '');
  return words ? `${words}-${hash}` : `web-${hash}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
