import { z } from 'zod';
import { LowerWords, lazyData, wordSets } from './data-file.js';

const SpeakingBodies = z.object({
  bodies: LowerWords,
  companies: LowerWords,
  services: LowerWords,
  beforeOf: LowerWords,
});
/** The nouns of `data/speaking-bodies.yaml`, read once. */
const speakingBodies = lazyData('speaking-bodies.yaml', SpeakingBodies, wordSets);

/**
 * What a noun in lower case after "the" says of the body that speaks ("the coast guard said"), from
 * `data/speaking-bodies.yaml`: `company` for a company's noun, `service` for a public service's,
 * `body` for another body's, or null for no body's noun.
 * @param noun the noun, in lower case ("guard", "carrier", "trust")
 * @throws ZodError when the data file does not have its schema
 */
export function speakingBody(noun: string): 'company' | 'service' | 'body' | null {
  const f = speakingBodies();
  if (!f.bodies.has(noun)) return null;
  return f.companies.has(noun) ? 'company' : f.services.has(noun) ? 'service' : 'body';
}

/**
 * Whether a capitalised word opens a body's name before "of" or "for" ("Bank" of "the Bank of
 * England", "Ministry" of "Ministry of Defence"), from `beforeOf` in `data/speaking-bodies.yaml`.
 * @param word the word as written
 * @throws ZodError when the data file does not have its schema
 */
export function opensBodyBeforeOf(word: string): boolean {
  return speakingBodies().beforeOf.has(word.toLowerCase());
}
