/**
 * A string as a regular expression that matches it literally ("U.S." → "U\.S\.").
 * @param text any string
 * @returns the pattern's source
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Phrases as one alternation of a regular expression, each matched literally but for its spaces, which
 * match any run of white space ("called on" → "called\s+on").
 * @param phrases words or phrases
 * @returns the pattern's source, without a group around it
 */
export function phrasesPattern(phrases: readonly string[]): string {
  return phrases.map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+')).join('|');
}

/**
 * Words or phrases as one alternation of a regular expression, each matched literally, its spaces as
 * written ({@link phrasesPattern} lets a space match any run of white space).
 * @param phrases words or phrases
 * @returns the pattern's source, without a group around it
 */
export function literalsPattern(phrases: readonly string[]): string {
  return phrases.map(escapeRegExp).join('|');
}
