/**
 * A string as a regular expression that matches it literally ("U.S." → "U\.S\.").
 * @param text any string
 * @returns the pattern's source
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
