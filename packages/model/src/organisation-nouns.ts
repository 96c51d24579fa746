import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { modelFile } from './model-files.js';
import type { Token } from './tokenize-words.js';

const OrganisationNouns = z.object({ nouns: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1) });
let nouns: ReadonlySet<string> | undefined;

/** Words that may follow the noun that ends an apposition ("a stationery company with ..."). */
const AFTER_APPOSITION = new Set([
  ',',
  '.',
  ';',
  ')',
  'that',
  'which',
  'whose',
  'with',
  'based',
  'from',
  'in',
  'of',
  'owned',
  'founded',
  'and',
]);
/** Words an apposition may hold between its article and its noun ("an Australian media company"). */
const APPOSITION_WORDS = 4;

/**
 * Whether the words around a name say it is an organisation: a noun of `data/organisation-nouns.yaml`
 * right before it ("the airline Ryanair") or ending an apposition after it ("Staedtler, a stationery
 * company").
 * @param tokens the sentence's tokens
 * @param from the name's first token
 * @param to the name's last token
 * @throws ZodError when the data file does not have its schema
 */
export function namedAsOrganisation(tokens: readonly Token[], from: number, to: number): boolean {
  nouns ??= new Set(
    OrganisationNouns.parse(parseYaml(readFileSync(modelFile('data/organisation-nouns.yaml'), 'utf8'))).nouns,
  );
  const before = tokens[from - 1]?.text;
  if (before !== undefined && nouns.has(before)) return true;
  if (tokens[to + 1]?.text !== ',') return false;
  const article = tokens[to + 2]?.text;
  if (article !== 'a' && article !== 'an' && article !== 'the') return false;
  for (let i = to + 3; i <= to + 3 + APPOSITION_WORDS && i < tokens.length; i++) {
    const word = (tokens[i] as Token).text;
    if (nouns.has(word)) return AFTER_APPOSITION.has(tokens[i + 1]?.text ?? '.');
    if (AFTER_APPOSITION.has(word)) return false;
  }
  return false;
}
