// Words of address in a quoted letter or e-mail ("Thank you, Sir, we will wait", "I owe Ya one, Old Pal.", a
// signature "Tom."): how the writer speaks to or signs for someone, no name of an actor.
import { z } from 'zod';
import { LowerWords, lazyData, wordSets } from './data-file.js';
import { isGivenName } from './given-names.js';
import { type Token, tokenAt } from './tokenize-words.js';

const AddressWords = z.object({ nouns: LowerWords, pronouns: LowerWords });

/** The nouns of address and the pronouns of `data/address-words.yaml`, read once. */
const addressWords = lazyData('address-words.yaml', AddressWords, wordSets);

/** Tokens that may close the words of the one addressed: a comma, the sentence's end, a closing quote. */
const AFTER_ADDRESS = new Set([',', '.', '!', '?', ';', '"', '”', '’', "'"]);

/** Tokens that may open them: a comma, an opening quote, "Dear". */
const BEFORE_ADDRESS = new Set([',', '"', '“', '‘', "'", 'Dear']);

/**
 * Whether tokens `from..to` are words of address in a message, no name: a spelling of "you" alone in
 * casual speech ("I owe Ya one"; `pronouns` of `data/address-words.yaml`), or a name ending on a noun of
 * address set off as the one addressed, after a comma, an opening quote, "Dear" or at the sentence's start
 * and before a comma or its end ("Thank you, Sir, we will wait", "Old Pal." of "I owe Ya one, Old Pal.", "Dear
 * Colleague,"; `nouns`), or a given name alone making up its sentence, a message's signature ("Tom.").
 * @param tokens the sentence's tokens
 * @param from the name's first token
 * @param to its last token
 * @throws ZodError when the data file does not have its schema
 */
export function isAddressAt(tokens: readonly Token[], from: number, to: number): boolean {
  const { nouns, pronouns } = addressWords();
  const last = (tokens[to] as Token).text;
  if (from === to && pronouns.has(last.toLowerCase())) return true;
  // a signature's sentence is its name and a mark or two ("Tom.", 'Tom."'): no longer one is read
  if (from === to && tokens.length <= 4 && isSignature(tokens, from)) return true;
  if (!nouns.has(last.toLowerCase())) return false;
  const before = tokenAt(tokens, from - 1)?.text;
  const after = tokenAt(tokens, to + 1)?.text;
  return (
    (before === undefined || BEFORE_ADDRESS.has(before)) && (after === undefined || AFTER_ADDRESS.has(after))
  );
}

/** Whether the token at `at` is a given name and every other token of its sentence a mark ("Tom."). */
function isSignature(tokens: readonly Token[], at: number): boolean {
  for (let i = 0; i < tokens.length; i++)
    if (i !== at && /[\p{L}\p{N}]/u.test((tokens[i] as Token).text)) return false;
  return isGivenName((tokens[at] as Token).text);
}
