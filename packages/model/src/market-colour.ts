import { z } from 'zod';
import { LowerWords, lazyData, wordSets } from './data-file.js';
import { MONTH_NAMES, MONTH_SHORT_NAMES, WEEKDAYS } from './month-names.js';
import { isContentWord } from './text-stats.js';

const MarketWords = z.object({ nouns: LowerWords, moves: LowerWords, before: LowerWords });
/**
 * The lists of `data/market-words.yaml`, read once.
 * @throws ZodError when the data file does not have its schema
 */
const marketWords = lazyData('market-words.yaml', MarketWords, wordSets);

/**
 * Whether a word is one of a market's move ("fell", "closed", "gained"; `moves` of
 * `data/market-words.yaml`).
 * @param word a word, in lower case
 * @throws ZodError when the data file does not have its schema
 */
export function isMarketMove(word: string): boolean {
  return marketWords().moves.has(word);
}

/** A word as `noEventWords` reads one: letters and digits, joined by a hyphen or an apostrophe. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/**
 * How many words after its noun a move may stand ("the Orvan index of leading shares falling 40 points"):
 * measured on the Wikinews clusters' sentences, six reads 18 of the markets cluster's 30 leads as a move
 * (four read 14, eight 18) and flags 7 sentences of the two other clusters, as four and eight do (ten: 8).
 */
const MOVE_WITHIN = 6;

/**
 * Whether a sentence tells a market's or an index's move: a noun of `data/market-words.yaml` ("index",
 * "stocks", "shares", "markets") with a word of its move ("fell", "closed", "fared", "down") within six
 * words after it, and none of its `before` prepositions one or two words before it ("Harbour shares
 * slid after the vote", "Among the losers, the Kestrel index fared worst of all today"; not "sales in
 * Asian markets fell", whose subject is the sales).
 * @param text a sentence
 * @throws ZodError when the data file does not have its schema
 */
export function tellsMarketMove(text: string): boolean {
  const { nouns, moves, before } = marketWords();
  const lower = Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase());
  return lower.some(
    (w, i) =>
      nouns.has(w) &&
      !lower.slice(Math.max(0, i - 2), i).some((x) => before.has(x)) &&
      lower.slice(i + 1, i + 1 + MOVE_WITHIN).some((x) => moves.has(x)),
  );
}

/** A capitalised word that names no market: a month's or a weekday's name. */
const CALENDAR_NAMES: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_SHORT_NAMES, ...WEEKDAYS]);

/**
 * Whether a sentence tells a market's move ({@link tellsMarketMove}) and names no market: no capitalised
 * word but the names of months and weekdays, and a first word that is a function word or a market's
 * noun ("Over four sessions, stocks have lost nine percent; on Wednesday they lost another two"; not
 * "Kestrel stocks fell", "Stocks in Norvale fell", "Norvale's index rose"). Which index it tells of,
 * only the sentences before say: read alone, the figures are of no market.
 * @param text a sentence
 * @throws ZodError when the data file does not have its schema
 */
export function movesUnnamedMarket(text: string): boolean {
  if (!tellsMarketMove(text)) return false;
  const words = Array.from(text.matchAll(WORD), (m) => m[0]);
  const names = (w: string) => /^\p{Lu}/u.test(w) && !CALENDAR_NAMES.has(w.replace(/['’]s$/u, ''));
  // the first word is capitalised as any: a name unless a function word or a market's noun ("For the
  // past week, …", "Stocks fell …"; not "Norvale's index rose …")
  const first = words[0]?.toLowerCase() ?? '';
  const firstNames = isContentWord(first) && !marketWords().nouns.has(first) && names(words[0] ?? '');
  return !firstNames && !words.slice(1).some(names);
}
