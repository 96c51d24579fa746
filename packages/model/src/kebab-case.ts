/**
 * Text as an id's words in kebab-case: accents taken off (NFKD), lower case, every run of other
 * characters than ASCII letters and digits one hyphen, none at either end. The parser's file ids and
 * the CLI's web source ids are made with it.
 * @param text any text
 * @returns the words, or '' when it has no ASCII letter or digit
 */
export function kebabCase(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
