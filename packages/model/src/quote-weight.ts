import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
import { SCALE_WORDS } from './english-cues.js';
import { holdsClause } from './quoted-phrases.js';

const PleasantryWords = z.object({ words: LowerWords });

/** The words of `data/pleasantry-words.yaml`, read once. */
const pleasantryWords = lazyData(
  'pleasantry-words.yaml',
  PleasantryWords,
  (file): ReadonlySet<string> => new Set(file.words),
);

/*
 * The weights below were measured on the six Wikinews cluster briefs and a brief of the 60 zyte-dev
 * texts: of the 21 speakers with more than two quotes in one report, the two quotes read as saying most
 * (a figure, a claim about someone named, a decision) were kept in 3 more groups than by the first
 * clause and the rarest words alone, and none fewer.
 */
/** A figure: what a report most often quotes a speaker for ('"Two dredgers … 40,000 cubic metres"'). */
const FIGURE_WEIGHT = 2;
/** Someone or something named ("the Kestrel Union signed off …"): a claim or a judgement about an actor. */
const NAMED_WEIGHT = 1;
/** A clause, not a phrase cut from one ('"highly efficient and green"'). */
const CLAUSE_WEIGHT = 1;
/** A pleasantry ("It will be really exciting"): outweighs a clause and a name, never a figure with them. */
const PLEASANTRY_WEIGHT = -2;

/** A digit, or a word that scales a number ("billions of dollars"), or "percent". */
const FIGURE = new RegExp(
  String.raw`\p{N}|\b(?:${Object.keys(SCALE_WORDS).join('|')})s?\b|\bper\s?cent\b`,
  'iu',
);
/** A word that opens with a capital; "I" and its contractions ("I'm", "I've") aside. */
const CAPITALISED = /(?<!\p{L})\p{Lu}\p{L}*(?:['’]\p{L}+)?/gu;
/** What a sentence or a quotation inside the quote opens after: a stop, a colon, a mark, a bracket, a dash. */
const OPENS_AFTER = /[.!?:;"“”'‘’([—–-]\s*$/u;

/**
 * Whether a quote names someone or something: a capitalised word that opens no sentence inside it (not
 * its first word, nor one after {@link OPENS_AFTER}), and is not "I".
 * @param text the quote's text
 */
function namesSomeone(text: string): boolean {
  for (const m of text.matchAll(CAPITALISED)) {
    if (/^I(?:['’]\p{L}+)?$/u.test(m[0])) continue;
    const before = text.slice(0, m.index);
    if (before.trim() === '' || OPENS_AFTER.test(before)) continue;
    return true;
  }
  return false;
}
const WORD = /\p{L}+/gu;

/**
 * How much one quote says, to choose among one speaker's quotes in a source: a figure counts most,
 * then someone or something it names and a clause; a pleasantry's words (`data/pleasantry-words.yaml`)
 * count against it. '"The depot cost 14 million crowns," she said' (4) outweighs '"The Kestrel Union
 * agreed," she said' (2), which outweighs '"It is a wonderful day," she said' (−1).
 * @param text the quote's text
 * @returns the weight, higher for a quote that says more
 */
export function quoteWeight(text: string): number {
  let weight = 0;
  if (FIGURE.test(text)) weight += FIGURE_WEIGHT;
  if (namesSomeone(text)) weight += NAMED_WEIGHT;
  if (holdsClause(text)) weight += CLAUSE_WEIGHT;
  const pleasant = pleasantryWords();
  for (const m of text.toLowerCase().matchAll(WORD))
    if (pleasant.has(m[0])) {
      weight += PLEASANTRY_WEIGHT;
      break;
    }
  return weight;
}
