const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours said says say also however although even still since per via one two three four five new its it's us'`.split(
    /\s+/,
  ),
);

/**
 * The content words of a text, lower-cased, without stop words or short tokens.
 * @param text any text
 * @returns the words in order
 */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
  return words.filter((w) => w.length > 2 && !STOP.has(w));
}

/**
 * Jaccard similarity of two sets.
 * @returns |a ∩ b| / |a ∪ b|, 0 for two empty sets
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
