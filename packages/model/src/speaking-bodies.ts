import { z } from 'zod';
import { LowerWords, readYamlData } from './data-file.js';
import { modelFile } from './model-files.js';

const SpeakingBodies = z.object({
  bodies: LowerWords,
  companies: LowerWords,
  services: LowerWords,
  beforeOf: LowerWords,
});
let file:
  | {
      bodies: ReadonlySet<string>;
      companies: ReadonlySet<string>;
      services: ReadonlySet<string>;
      beforeOf: ReadonlySet<string>;
    }
  | undefined;

function read(): NonNullable<typeof file> {
  const raw = SpeakingBodies.parse(readYamlData(modelFile('data/speaking-bodies.yaml')));
  file = {
    bodies: new Set(raw.bodies),
    companies: new Set(raw.companies),
    services: new Set(raw.services),
    beforeOf: new Set(raw.beforeOf),
  };
  return file;
}

/**
 * What a noun in lower case after "the" says of the body that speaks ("the coast guard said"), from
 * `data/speaking-bodies.yaml`: `company` for a company's noun, `service` for a public service's,
 * `body` for another body's, or null for no body's noun.
 * @param noun the noun, in lower case ("guard", "carrier", "trust")
 * @throws ZodError when the data file does not have its schema
 */
export function speakingBody(noun: string): 'company' | 'service' | 'body' | null {
  const f = file ?? read();
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
  return (file ?? read()).beforeOf.has(word.toLowerCase());
}
