const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'as', 'by', 'it'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'du', 'sur', 'pas'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'ein', 'eine', 'auf', 'sich', 'für'],
  es: ['el', 'los', 'las', 'y', 'que', 'del', 'una', 'por', 'con', 'para', 'es', 'se', 'como'],
  pt: ['os', 'as', 'que', 'não', 'uma', 'para', 'com', 'do', 'da', 'em', 'é', 'dos', 'mais'],
  it: ['il', 'di', 'che', 'non', 'una', 'per', 'con', 'del', 'della', 'sono', 'gli', 'anche', 'è'],
};
const SETS = Object.entries(STOPWORDS).map(([lang, list]) => [lang, new Set(list)] as const);

/**
 * Guesses the language of a text from its commonest function words.
 * @param text plain text (the first 20,000 characters are read)
 * @returns a BCP 47 tag among en, fr, de, es, pt, it, or `und` when unsure
 */
export function detectLanguage(text: string): string {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return 'und';
  let best = 'und';
  let bestHits = 0;
  for (const [lang, set] of SETS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return bestHits / words.length >= 0.05 ? best : 'und';
}
