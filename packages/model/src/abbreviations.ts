import { z } from 'zod';
import { lazyData, wordSets } from './data-file.js';
import { tokenAt } from './tokenize-words.js';

/**
 * One token as the tokenizer keeps it: letters and digits, two runs of them an ampersand joins ("R&D"),
 * or runs stops join, with the last stop of single letters ("Ph.D" of "Ph.D.", "M.D.").
 */
const Words = z.array(z.string().regex(/^[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+|(?:\.[\p{L}\p{N}]+)+\.?)?$/u)).min(1);
const CommonAbbreviations = z.object({ words: Words, references: Words });
/** The abbreviations and the references' head nouns of `data/common-abbreviations.yaml`, read once. */
const abbreviations = lazyData('common-abbreviations.yaml', CommonAbbreviations, wordSets);

/** A reference's number or letter: "27A", "105", "5", "M", "IV", "304A". */
const REFERENCE_NUMBER = /^(?:\d+[A-Za-z]{0,2}|\p{Lu}|[IVXL]+)$/u;

/**
 * Whether a word is an abbreviation of a common noun that news writes in capitals ("VR", "CPU", "SUV",
 * "GDP", "Q1"), never a name, by `data/common-abbreviations.yaml`. Case as written.
 * @param word one word
 * @throws ZodError when the data file does not have its schema
 */
export function isCommonAbbreviation(word: string): boolean {
  // every listed word is short: most names are ruled out before the set is read
  if (word.length > 6) return false;
  return abbreviations().words.has(word);
}

/**
 * Whether the word at `at` is a reference to a part of a law or a document, or its number: a head noun
 * of `references` in `data/common-abbreviations.yaml` before a number or a letter ("Section 27A",
 * "Schedule M", "Article 5"), or that number ("304A" of "Section 304A").
 * @param tokens the sentence's tokens
 * @param at the word's token
 * @throws ZodError when the data file does not have its schema
 */
export function isReferenceAt(tokens: readonly { text: string }[], at: number): boolean {
  const heads = abbreviations().references;
  const word = tokenAt(tokens, at)?.text ?? '';
  if (heads.has(word)) return REFERENCE_NUMBER.test(tokenAt(tokens, at + 1)?.text ?? '');
  return (
    at > 0 &&
    heads.has(tokenAt(tokens, at - 1)?.text ?? '') &&
    /^\d/.test(word) &&
    REFERENCE_NUMBER.test(word)
  );
}
