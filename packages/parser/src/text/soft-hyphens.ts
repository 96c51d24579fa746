import type { BodyBlock } from '../extraction.js';

/** A soft hyphen (U+00AD): where a hyphenating theme may break a word, shown only at a line's end. */
const SOFT_HYPHEN = '\u00ad';

/**
 * A text less its soft hyphens, or the text itself when it holds none.
 * @param text a line or a passage of a text scrape
 */
export function stripSoftHyphens(text: string): string {
  return text.includes(SOFT_HYPHEN) ? text.replaceAll(SOFT_HYPHEN, '') : text;
}

/**
 * The page's lines less their soft hyphens, for reading a byline: a theme that hyphenates its text
 * writes them inside names ("Von Ja\u00adna Roe"), which no name pattern reads as letters. The lines are
 * returned as they are when none holds one (most pages); else copies, each written as `splitLines`
 * writes a line.
 * @param lines the page's lines
 * @returns the lines, less their soft hyphens
 */
export function withoutSoftHyphens(lines: readonly BodyBlock[]): readonly BodyBlock[] {
  if (!lines.some((l) => l.text.includes(SOFT_HYPHEN))) return lines;
  const out: BodyBlock[] = [];
  for (const l of lines)
    out.push({ text: stripSoftHyphens(l.text), line: l.line, column: l.column, offset: l.offset });
  return out;
}
